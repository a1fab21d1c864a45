# Tests of the Settings views (included from tests/CMakeLists.txt).
clientele_add_test(test_ui_settings SOURCES ui/test_ui_settings.cpp LIBS clientele_ui LABELS ui)

# The main flow through the widgets over a real encrypted practice (first run → service → client →
# booking → invoice → payment → confirmed → lock/unlock → undo).
clientele_add_test(test_ui_workflow SOURCES ui/test_ui_workflow.cpp
    LIBS clientele_ui clientele_fakes LABELS ui TIMEOUT 300)

# Settings → Connected accounts against the real OpenID provider (tests/node, started by the test).
find_program(NODE node)
clientele_add_test(test_ui_connected_accounts SOURCES ui/test_ui_connected_accounts.cpp
    LIBS clientele_ui clientele_adapters clientele_fakes Qt6::Network LABELS "ui;oauth" TIMEOUT 180)
target_compile_definitions(test_ui_connected_accounts PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
    CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")

# Calendar sync in the workspace: Settings → Calendars…, Sync Now and Today's calendar changes, with
# the real Google adapter against the fake Google Calendar API (tests/node).
clientele_add_test(test_ui_calendar_sync SOURCES ui/test_ui_calendar_sync.cpp
    calendar/FakeCalendarServer.h calendar/FakeGoogleCalendarProcess.h store/PracticeFixtures.h
    LIBS clientele_ui clientele_adapters clientele_fakes Qt6::Network LABELS "ui;calendar" TIMEOUT 180)
target_compile_definitions(test_ui_calendar_sync PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
    CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")

# Settings → Relay and Settings → Calendar Feed against the real relay process.
clientele_add_test(test_ui_calendar_feed SOURCES ui/test_ui_calendar_feed.cpp relay/RelayProcess.h
    store/PracticeFixtures.h LIBS clientele_ui clientele_adapters clientele_fakes Qt6::Network
    LABELS "ui;calendar;relay" TIMEOUT 180)
target_compile_definitions(test_ui_calendar_feed PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_ui_calendar_feed clientele-relay)
# The Outbox section with the real relay in sandbox mode: waiting without a relay, withdrawing,
# sending once connected, a refusal with its reason, and retrying it as a new request.
clientele_add_test(test_ui_outbox SOURCES ui/test_ui_outbox.cpp relay/RelayProcess.h store/PracticeFixtures.h
    LIBS clientele_ui clientele_adapters clientele_fakes Qt6::Network
    LABELS "ui;outbox;relay" TIMEOUT 180)
target_compile_definitions(test_ui_outbox PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_ui_outbox clientele-relay)

# A practice on two computers through the real relay: Add a Computer… shows a code, Join a Practice…
# takes it, and each computer's clients appear on the other.
clientele_add_test(test_ui_second_computer SOURCES ui/test_ui_second_computer.cpp relay/RelayProcess.h
    store/PracticeFixtures.h LIBS clientele_ui clientele_adapters clientele_fakes Qt6::Network
    LABELS "ui;sync;relay" TIMEOUT 180)
target_compile_definitions(test_ui_second_computer PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_ui_second_computer clientele-relay)

# Settings → Email with the real SMTP adapter against a real SMTP server on loopback (aiosmtpd): the
# test message's failures, the password in the keychain, templates, and an email queued going out.
clientele_add_test(test_ui_email SOURCES ui/test_ui_email.cpp store/PracticeFixtures.h
    LIBS clientele_ui clientele_adapters clientele_fakes clientele_test_support Qt6::Network LABELS "ui;mail" TIMEOUT 180)
