# Calendar providers (issue 7, parts 3 and 4): the real Google Calendar and Microsoft Graph adapters
# against fake provider APIs (tests/node/fake-google-calendar.mjs, fake-microsoft-graph.mjs, node's
# built-in http only) over loopback. A missing node makes the tests fail with a message, never skip.
find_program(NODE node)
foreach(provider IN ITEMS google microsoft)
    clientele_add_test(test_calendar_${provider} SOURCES calendar/test_calendar_${provider}.cpp
        calendar/CalendarTestSupport.h calendar/FakeCalendarServer.h
        LIBS clientele_adapters clientele_fakes Qt6::Network LABELS "adapters;calendar" TIMEOUT 180)
    target_compile_definitions(test_calendar_${provider} PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
        CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")
endforeach()
target_sources(test_calendar_google PRIVATE calendar/FakeGoogleCalendarProcess.h)
target_sources(test_calendar_microsoft PRIVATE calendar/FakeMicrosoftGraphProcess.h)

# The sync engine (core/store/CalendarSync) with the real Google adapter and a real encrypted practice.
clientele_add_test(test_calendar_sync_google SOURCES calendar/test_calendar_sync_google.cpp
    calendar/FakeCalendarServer.h calendar/FakeGoogleCalendarProcess.h store/StoreTestSupport.h
    store/PracticeFixtures.h LIBS clientele_store clientele_adapters clientele_fakes Qt6::Network
    LABELS "store;calendar" TIMEOUT 180)
target_compile_definitions(test_calendar_sync_google PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
    CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")

# Syncing connected accounts as the app does: the scheduler, accounts and tokens of a real practice,
# the adapters built from each account's session, against both fakes.
clientele_add_test(test_calendar_sync_scheduler SOURCES calendar/test_calendar_sync_scheduler.cpp
    calendar/FakeCalendarServer.h calendar/FakeGoogleCalendarProcess.h calendar/FakeMicrosoftGraphProcess.h
    store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes Qt6::Network LABELS "store;calendar" TIMEOUT 240)
target_compile_definitions(test_calendar_sync_scheduler PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
    CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")

# The subscribable feed: a real practice publishing through the real relay process; what a calendar
# app fetches is read by python-icalendar and ical.js.
clientele_add_test(test_calendar_feed_publisher SOURCES calendar/test_calendar_feed_publisher.cpp
    relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_feeds clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;calendar;relay" TIMEOUT 180)
target_compile_definitions(test_calendar_feed_publisher PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_calendar_feed_publisher clientele-relay)
