# The Outbox section (see ../CMakeLists.txt); sources relative to ui/.
target_sources(clientele_ui PRIVATE
    outbox/OutboxController.h outbox/OutboxController.cpp
    outbox/OutboxText.h outbox/OutboxText.cpp
)
