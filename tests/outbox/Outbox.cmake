# The outbox of side effects (SYNC.md §3.9): the store's rows, and the sender through the real relay
# process in sandbox mode, with a child desktop killed at the sender's failpoints.
clientele_add_test(test_store_command_outbox SOURCES outbox/test_store_command_outbox.cpp
    store/StoreTestSupport.h store/PracticeFixtures.h LIBS clientele_store clientele_fakes LABELS "store;outbox")

add_executable(command_sender_child outbox/command_sender_child.cpp)
target_link_libraries(command_sender_child PRIVATE clientele_options clientele_store clientele_adapters Qt6::Network)

clientele_add_test(test_command_sender SOURCES outbox/test_command_sender.cpp outbox/OutboxTestSupport.h
    outbox/SandboxRelay.h relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;outbox;relay" TIMEOUT 180)
target_compile_definitions(test_command_sender PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>"
    CLIENTELE_SENDER_CHILD="$<TARGET_FILE:command_sender_child>")
add_dependencies(test_command_sender clientele-relay command_sender_child)

# The inbox (SYNC.md §3.10): the vault's events read from the real relay process in sandbox mode,
# applied with the cursor in one transaction, with the child desktop killed before committing a page.
clientele_add_test(test_vault_inbox SOURCES outbox/test_vault_inbox.cpp outbox/OutboxTestSupport.h
    outbox/SandboxRelay.h outbox/SandboxVault.h relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;outbox;inbox;relay" TIMEOUT 180)
target_compile_definitions(test_vault_inbox PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>"
    CLIENTELE_SENDER_CHILD="$<TARGET_FILE:command_sender_child>")
add_dependencies(test_vault_inbox clientele-relay command_sender_child)

# Texting clients: consent, sending and delivery through the real relay in sandbox mode (simulated
# Twilio), and replies (C, R, STOP, START) read back through the inbox.
clientele_add_test(test_text_messages SOURCES outbox/test_text_messages.cpp outbox/OutboxTestSupport.h
    outbox/SandboxRelay.h outbox/SandboxVault.h relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;outbox;inbox;relay;sms" TIMEOUT 180)
target_compile_definitions(test_text_messages PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_text_messages clientele-relay)

# Reminders of sessions by text: the plan's moments, quiet hours, the late policy, once across
# restarts, and a reminder that waited too long in the outbox withdrawn.
clientele_add_test(test_reminders SOURCES outbox/test_reminders.cpp outbox/OutboxTestSupport.h
    outbox/SandboxRelay.h relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;outbox;reminders;sms;relay" TIMEOUT 180)
target_compile_definitions(test_reminders PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_reminders clientele-relay)

# Scenario 1 (DESIGN.md §1) as one story: inquiry → contract signed → deposit link paid through the
# relay → booking Confirmed → reminder texts 7 days and 24 hours before, once each, across a restart.
clientele_add_test(test_scenario_photographer SOURCES outbox/test_scenario_photographer.cpp
    outbox/OutboxTestSupport.h outbox/SandboxRelay.h outbox/SandboxVault.h relay/RelayProcess.h store/StoreTestSupport.h
    store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "e2e;store;outbox;inbox;sms;reminders;relay" TIMEOUT 180)
target_compile_definitions(test_scenario_photographer PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_scenario_photographer clientele-relay)

# Clients' subscriptions through Stripe (a coach's monthly plan): started by a paid link, changed,
# sent to the billing portal, renewed, ended, through the real relay in sandbox mode.
clientele_add_test(test_subscriptions SOURCES outbox/test_subscriptions.cpp outbox/OutboxTestSupport.h
    outbox/SandboxRelay.h outbox/SandboxVault.h relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;outbox;inbox;relay;subscriptions" TIMEOUT 180)
target_compile_definitions(test_subscriptions PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_subscriptions clientele-relay)

# Syncing the practice between its computers (SYNC.md §3.6–3.8) through the real relay process: a
# second computer joining with a pairing code, edits merging field by field, offline changes going
# out once, and the relay holding only ciphertext.
clientele_add_test(test_change_sync SOURCES outbox/test_change_sync.cpp outbox/OutboxTestSupport.h
    outbox/SandboxRelay.h relay/RelayProcess.h store/StoreTestSupport.h store/PracticeFixtures.h
    LIBS clientele_store clientele_adapters clientele_fakes clientele_test_support Qt6::Network
    LABELS "store;outbox;sync;relay" TIMEOUT 180)
target_compile_definitions(test_change_sync PRIVATE CLIENTELE_RELAY_BINARY="$<TARGET_FILE:clientele-relay>")
add_dependencies(test_change_sync clientele-relay)
