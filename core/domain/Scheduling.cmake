# Scheduling sources of core/domain (see CMakeLists.txt).
target_sources(clientele_core PRIVATE
    TimeInterval.h
    WallClock.h WallClock.cpp
    Schedule.h Schedule.cpp
    BookingStatus.h BookingStatus.cpp
    BookingTransitionContext.h
    BookingStateMachine.h BookingStateMachine.cpp
    RescheduleEntry.h
    StatusChange.h
    Recurrence.h Recurrence.cpp
    Booking.h Booking.cpp
    LocalSlot.h
    Availability.h Availability.cpp
    ConflictCheck.h ConflictCheck.cpp
)
