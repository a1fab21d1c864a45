# OAuth 2.0 for connected accounts (issue 7). Included from core/CMakeLists.txt once clientele_core,
# clientele_adapters and clientele_fakes exist: the pure parts (PKCE, state, tokens, session, flow,
# ports) go to clientele_core; what speaks Qt Network to clientele_adapters; the fake to clientele_fakes.
target_sources(clientele_core PRIVATE
    ports/OAuthTokenEndpoint.h
    ports/OAuthUserAgent.h
    oauth/AccessTokenSource.h oauth/AccessTokenSource.cpp
    oauth/ConnectableProviders.h oauth/ConnectableProviders.cpp
    oauth/OAuthErrors.h oauth/OAuthErrors.cpp
    oauth/OAuthFlow.h oauth/OAuthFlow.cpp
    oauth/OAuthLogging.h oauth/OAuthLogging.cpp
    oauth/OAuthProviderConfig.h oauth/OAuthProviderConfig.cpp
    oauth/OAuthSession.h oauth/OAuthSession.cpp
    oauth/OAuthState.h oauth/OAuthState.cpp
    oauth/OAuthTokenKeychain.h oauth/OAuthTokenKeychain.cpp
    oauth/OAuthTokens.h oauth/OAuthTokens.cpp
    oauth/Pkce.h oauth/Pkce.cpp
    oauth/ReadyFuture.h
    oauth/RedirectQuery.h oauth/RedirectQuery.cpp
    oauth/SignInProtocol.h oauth/SignInProtocol.cpp
)
target_sources(clientele_adapters PRIVATE
    adapters/oauth/EmbeddedBrowserUserAgent.h adapters/oauth/EmbeddedBrowserUserAgent.cpp
    adapters/oauth/LoopbackRedirectListener.h adapters/oauth/LoopbackRedirectListener.cpp
    adapters/oauth/OAuthTokenClient.h adapters/oauth/OAuthTokenClient.cpp
    adapters/oauth/SystemBrowserUserAgent.h adapters/oauth/SystemBrowserUserAgent.cpp
)
target_sources(clientele_fakes PRIVATE fakes/FakeOAuthUserAgent.h fakes/FakeOAuthUserAgent.cpp)
