# OAuth for connected accounts (issue 7): the pure parts, and the whole flow against a real OpenID
# Connect provider (npm oidc-provider, installed into tests/node by scripts/setup) run by node.
# A missing node or node_modules makes test_oauth_flow fail with a message, never skip.
find_program(NODE node)
clientele_add_test(test_oauth_pkce SOURCES oauth/test_oauth_pkce.cpp
    LIBS clientele_core clientele_fakes LABELS "core;oauth")
clientele_add_test(test_oauth_flow SOURCES oauth/test_oauth_flow.cpp oauth/OidcProviderProcess.h
    oauth/ScriptedBrowser.h
    LIBS clientele_adapters clientele_fakes Qt6::Network LABELS "adapters;oauth" TIMEOUT 180)
target_compile_definitions(test_oauth_flow PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
    CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node")

# The embedded browser (point 5): the real clientele-signin window, offscreen, against the same
# provider, driven over the Chrome DevTools protocol. Needs the UI build (WebEngine).
if(CLIENTELE_BUILD_UI)
    clientele_add_test(test_oauth_embedded SOURCES oauth/test_oauth_embedded.cpp oauth/OidcProviderProcess.h
        support/DevToolsClient.h
        LIBS clientele_adapters clientele_fakes Qt6::Network Qt6::WebSockets LABELS "adapters;oauth;ui" TIMEOUT 300)
    add_dependencies(test_oauth_embedded clientele-signin)
    target_compile_definitions(test_oauth_embedded PRIVATE CLIENTELE_NODE_EXECUTABLE="${NODE}"
        CLIENTELE_TEST_NODE_DIR="${PROJECT_SOURCE_DIR}/tests/node"
        CLIENTELE_SIGNIN_PROGRAM="$<TARGET_FILE:clientele-signin>")
endif()
