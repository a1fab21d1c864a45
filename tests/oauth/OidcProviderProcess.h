#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "core/oauth/OAuthProviderConfig.h"
#include "tests/support/NodePeer.h"

namespace clientele::test {

// The real OpenID Connect provider (npm oidc-provider, tests/node/oidc-provider-server.mjs) on loopback.
class OidcProviderProcess final
{
public:
    // accessTokenTtl: seconds. Returns an empty string when up, else why not.
    QString start(int accessTokenTtl = 3600)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OIDC_ACCESS_TOKEN_TTL"), QString::number(accessTokenTtl));
        return m_peer.start(QStringLiteral("oidc-provider-server.mjs"), QStringLiteral("oidc-provider"),
            QStringLiteral("oidc-provider"), environment);
    }
    void stop() { m_peer.stop(); }
    QUrl url(const QString& path) const { return m_peer.url(path); }
    QString transcript() { return m_peer.transcript(); }

    // The desktop client the server registers (clientele-desktop, public, PKCE), configured as
    // Clientele would configure a provider: id "oidc-test", a refresh token through offline_access
    // with prompt=consent (as Google wants it).
    OAuthProviderConfig desktopClient() const
    {
        OAuthProviderConfig config;
        config.providerId = QStringLiteral("oidc-test");
        config.displayName = QStringLiteral("Test Provider");
        config.authorizationEndpoint = url(QStringLiteral("/auth"));
        config.tokenEndpoint = url(QStringLiteral("/token"));
        config.revocationEndpoint = url(QStringLiteral("/token/revocation"));
        config.clientId = QStringLiteral("clientele-desktop");
        config.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        config.extraAuthorizationParameters = {{QStringLiteral("prompt"), QStringLiteral("consent")}};
        return config;
    }

private:
    NodePeer m_peer;
};

} // namespace clientele::test
