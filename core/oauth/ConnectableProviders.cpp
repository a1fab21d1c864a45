#include "core/oauth/ConnectableProviders.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clientele {

namespace {

Error badFile(const QString& path, const QString& why)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("clientele::OAuth", "The connected-account settings in %1 cannot be used: %2")
            .arg(path, why),
        QStringLiteral("CLIENTELE_OAUTH_PROVIDERS %1: %2").arg(path, why));
}

Result<QUrl> urlField(const QJsonObject& object, const char* name, bool required, const QString& path)
{
    const QString text = object.value(QLatin1StringView(name)).toString();
    if (text.isEmpty() && !required) {
        return QUrl();
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        return badFile(path, QStringLiteral("\"%1\" is not an http(s) URL").arg(QLatin1StringView(name)));
    }
    return url;
}

Result<ConnectableProvider> providerFrom(const QJsonObject& object, const QString& path)
{
    ConnectableProvider provider;
    OAuthProviderConfig& config = provider.config;
    config.providerId = object.value(QStringLiteral("id")).toString();
    config.displayName = object.value(QStringLiteral("name")).toString();
    config.clientId = object.value(QStringLiteral("clientId")).toString();
    config.clientSecret = object.value(QStringLiteral("clientSecret")).toString();
    if (config.providerId.isEmpty() || config.displayName.isEmpty() || config.clientId.isEmpty()) {
        return badFile(path, QStringLiteral("every provider needs \"id\", \"name\" and \"clientId\""));
    }
    for (const auto& scope : object.value(QStringLiteral("scopes")).toArray()) {
        config.scopes.append(scope.toString());
    }
    const QJsonObject extra = object.value(QStringLiteral("authorizationParameters")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        config.extraAuthorizationParameters.append({it.key(), it.value().toString()});
    }
    config.scopeOnRefresh = object.value(QStringLiteral("scopeOnRefresh")).toBool();
    const Result<QUrl> authorization = urlField(object, "authorizationEndpoint", true, path);
    const Result<QUrl> token = urlField(object, "tokenEndpoint", true, path);
    const Result<QUrl> revocation = urlField(object, "revocationEndpoint", false, path);
    const Result<QUrl> api = urlField(object, "apiBase", true, path);
    for (const Result<QUrl>* url : {&authorization, &token, &revocation, &api}) {
        if (!*url) {
            return url->error();
        }
    }
    config.authorizationEndpoint = *authorization;
    config.tokenEndpoint = *token;
    config.revocationEndpoint = *revocation;
    provider.apiBase = *api;
    if (const QString redirect = object.value(QStringLiteral("redirectUri")).toString(); !redirect.isEmpty()) {
        config.redirectUri = QUrl(redirect, QUrl::StrictMode);
    }

    const QString signIn = object.value(QStringLiteral("signIn")).toString();
    if (signIn == u"system") {
        provider.signIn = ConnectableProvider::SignIn::SystemBrowser;
    } else if (signIn == u"embedded") {
        provider.signIn = ConnectableProvider::SignIn::EmbeddedBrowser;
    } else {
        return badFile(path, QStringLiteral("\"signIn\" must be \"system\" or \"embedded\""));
    }
    provider.calendarApi = object.value(QStringLiteral("calendarApi")).toString();
    if (provider.calendarApi != u"google" && provider.calendarApi != u"microsoft") {
        return badFile(path, QStringLiteral("\"calendarApi\" must be \"google\" or \"microsoft\""));
    }
    return provider;
}

} // namespace

Result<QList<ConnectableProvider>> connectableProviders(
    const QString& googleClientId, const QString& microsoftClientId, const QString& overridesPath)
{
    QList<ConnectableProvider> providers;
    if (!googleClientId.isEmpty()) {
        ConnectableProvider google;
        // Google's desktop clients have a non-confidential secret; a build that needs it passes it
        // with the id as "id:secret".
        const QString id = googleClientId.section(u':', 0, 0);
        const QString secret = googleClientId.section(u':', 1);
        google.config =
            OAuthProviderConfig::google(id, secret, {QStringLiteral("https://www.googleapis.com/auth/calendar")});
        google.signIn = ConnectableProvider::SignIn::SystemBrowser;
        google.calendarApi = QStringLiteral("google");
        google.apiBase = QUrl(QStringLiteral("https://www.googleapis.com/calendar/v3/"));
        providers.append(google);
    }
    if (!microsoftClientId.isEmpty()) {
        ConnectableProvider microsoft;
        microsoft.config = OAuthProviderConfig::microsoft(
            microsoftClientId, QStringLiteral("common"), {QStringLiteral("Calendars.ReadWrite")});
        microsoft.signIn = ConnectableProvider::SignIn::EmbeddedBrowser;
        microsoft.calendarApi = QStringLiteral("microsoft");
        microsoft.apiBase = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/"));
        providers.append(microsoft);
    }
    if (overridesPath.isEmpty()) {
        return providers;
    }

    QFile file(overridesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return badFile(overridesPath, file.errorString());
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(qint64 {1024} * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badFile(overridesPath, parseError.errorString());
    }
    const QJsonArray entries = document.object().value(QStringLiteral("providers")).toArray();
    if (entries.isEmpty()) {
        return badFile(overridesPath, QStringLiteral("no \"providers\" array"));
    }
    for (const auto& entry : entries) {
        Result<ConnectableProvider> provider = providerFrom(entry.toObject(), overridesPath);
        if (!provider) {
            return provider.error();
        }
        providers.removeIf([&provider](const ConnectableProvider& builtIn) {
            return builtIn.config.providerId == provider->config.providerId;
        });
        providers.append(*provider);
    }
    return providers;
}

const ConnectableProvider* findProvider(const QList<ConnectableProvider>& providers, const QString& providerId)
{
    for (const ConnectableProvider& candidate : providers) {
        if (candidate.config.providerId == providerId) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace clientele
