#include "core/oauth/OAuthProviderConfig.h"

#include <QUrlQuery>

namespace clientele {

QUrl OAuthProviderConfig::authorizationUrl(
    const QUrl& redirect, const QByteArray& state, const QByteArray& codeChallenge) const
{
    // Start from the endpoint's own query (some providers put fixed parameters there).
    QUrlQuery query(authorizationEndpoint);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirect.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("scope"), scopes.join(u' '));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    for (const auto& [name, value] : extraAuthorizationParameters) {
        query.addQueryItem(name, value);
    }
    // QUrlQuery leaves some delimiters alone (e.g. '+', which servers read as a space, and '/' or ':'
    // in redirect_uri); encode every value fully so the provider sees exactly what we sent.
    QStringList pairs;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value)));
    }
    QUrl url = authorizationEndpoint;
    url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
    return url;
}

OAuthProviderConfig OAuthProviderConfig::google(
    const QString& clientId, const QString& clientSecret, const QStringList& scopes)
{
    OAuthProviderConfig config;
    config.providerId = QStringLiteral("google");
    config.displayName = QStringLiteral("Google");
    config.authorizationEndpoint = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    config.tokenEndpoint = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    config.revocationEndpoint = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    config.clientId = clientId;
    config.clientSecret = clientSecret;
    config.scopes = QStringList {QStringLiteral("openid"), QStringLiteral("email")} + scopes;
    // offline + consent: Google issues a refresh token only then, and a new one on each consent.
    config.extraAuthorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
        {QStringLiteral("prompt"), QStringLiteral("consent")}};
    return config;
}

OAuthProviderConfig OAuthProviderConfig::microsoft(
    const QString& clientId, const QString& tenant, const QStringList& scopes)
{
    OAuthProviderConfig config;
    const QString base = QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/").arg(tenant);
    config.providerId = QStringLiteral("microsoft");
    config.displayName = QStringLiteral("Microsoft");
    config.authorizationEndpoint = QUrl(base + QStringLiteral("authorize"));
    config.tokenEndpoint = QUrl(base + QStringLiteral("token"));
    config.clientId = clientId;
    // offline_access: the refresh token; openid email: who signed in (PROVIDERS.md §4.1).
    config.scopes =
        QStringList {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")} + scopes;
    config.extraAuthorizationParameters = {{QStringLiteral("response_mode"), QStringLiteral("query")},
        {QStringLiteral("prompt"), QStringLiteral("select_account")}};
    // Microsoft registers loopback redirects as http://localhost and ignores the port (PROVIDERS.md §4.1).
    config.redirectUri = QUrl(QStringLiteral("http://localhost/"));
    config.scopeOnRefresh = true;
    return config;
}

} // namespace clientele
