#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

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

private:
    NodePeer m_peer;
};

} // namespace clientele::test
