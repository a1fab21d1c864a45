# Calendar providers (issue 7, parts 3 and 4): the real Google Calendar adapter against a fake Google
# Calendar API (tests/node/fake-google-calendar.mjs, node's built-in http only) over loopback.
# A missing node makes the test fail with a message, never skip.
find_program(NODE node)
clientele_add_test(test_calendar_google SOURCES calendar/test_calendar_google.cpp calendar/FakeGoogleCalendarProcess.h
    LIBS clientele_adapters clientele_fakes Qt6::Network LABELS "adapters;calendar" TIMEOUT 180)
target_compile_definitions(test_calendar_google PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
    CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")
