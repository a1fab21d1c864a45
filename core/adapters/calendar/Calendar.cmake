# Calendar providers (issue 7, parts 3 and 4): the CalendarProvider port goes to clientele_core, the
# Google Calendar v3 and Microsoft Graph adapters (Qt Network, sharing RestApiTransport) to
# clientele_adapters, the in-memory fake to clientele_fakes.
# Included from core/CMakeLists.txt after those targets exist; paths are relative to core/.
target_sources(clientele_core PRIVATE ports/CalendarProvider.h)
target_sources(clientele_adapters PRIVATE
    adapters/calendar/ApiDialect.h
    adapters/calendar/BusyIntervals.h adapters/calendar/BusyIntervals.cpp
    adapters/calendar/CalendarLogging.h adapters/calendar/CalendarLogging.cpp
    adapters/calendar/CalendarProviders.h adapters/calendar/CalendarProviders.cpp
    adapters/calendar/GoogleCalendarClient.h adapters/calendar/GoogleCalendarClient.cpp
    adapters/calendar/GoogleErrors.h adapters/calendar/GoogleErrors.cpp
    adapters/calendar/GoogleEventJson.h adapters/calendar/GoogleEventJson.cpp
    adapters/calendar/MicrosoftCalendarClient.h adapters/calendar/MicrosoftCalendarClient.cpp
    adapters/calendar/MicrosoftGraphErrors.h adapters/calendar/MicrosoftGraphErrors.cpp
    adapters/calendar/MicrosoftEventJson.h adapters/calendar/MicrosoftEventJson.cpp
    adapters/calendar/RestApiTransport.h adapters/calendar/RestApiTransport.cpp
)
target_sources(clientele_fakes PRIVATE fakes/FakeCalendarProvider.h fakes/FakeCalendarProvider.cpp)
