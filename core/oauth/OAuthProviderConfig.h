#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace clientele {

// What Clientele needs to know about one OAuth provider's desktop client: endpoints, client id and
// scopes. Presets for the providers we connect to; tests point it at a local OpenID provider.
struct OAuthProviderConfig
{
    QString providerId; // "google", "microsoft": part of the keychain entry's name
    QString displayName; // for messages: "Google"
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // empty when the provider has none (Microsoft)
    QString clientId;
    // Google's desktop clients get a secret that is sent but not confidential (PROVIDERS.md §3.1;
    // RFC 8252 §8.5). Empty for true public clients.
    QString clientSecret;
    QStringList scopes;
    // Provider-specific authorization parameters, sent as given (prompt=consent, access_type=offline).
    QList<QPair<QString, QString>> extraAuthorizationParameters;
    // Where the redirect goes; a loopback user agent replaces the port (RFC 8252 §7.3).
    QUrl redirectUri = QUrl(QStringLiteral("http://127.0.0.1/callback"));
    // Whether refresh needs the scope again (Microsoft's v2 endpoint wants it).
    bool scopeOnRefresh = false;

    // The authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636 §4.3).
    QUrl authorizationUrl(const QUrl& redirect, const QByteArray& state, const QByteArray& codeChallenge) const;

    static OAuthProviderConfig google(const QString& clientId, const QString& clientSecret, const QStringList& scopes);
    // tenant: "common", "organizations", "consumers" or a tenant id.
    static OAuthProviderConfig microsoft(const QString& clientId, const QString& tenant, const QStringList& scopes);
};

} // namespace clientele
