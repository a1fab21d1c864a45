#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include "core/Result.h"
#include "core/oauth/OAuthProviderConfig.h"

namespace clientele {

// A provider Settings → Connected accounts offers: how to sign in, and where its calendar API is.
struct ConnectableProvider
{
    enum class SignIn
    {
        SystemBrowser, // the user's browser and a loopback redirect: Google refuses embedded browsers
        EmbeddedBrowser, // the clientele-signin window (Microsoft 365)
    };

    OAuthProviderConfig config;
    SignIn signIn = SignIn::SystemBrowser;
    QString calendarApi; // "google" or "microsoft": which adapter speaks to apiBase
    QUrl apiBase;
};

// The providers this build can connect. Google and Microsoft 365 are offered only when the build
// carries a client id for them (CMake CLIENTELE_GOOGLE_CLIENT_ID, CLIENTELE_MICROSOFT_CLIENT_ID):
// without one, connecting could only fail, so the provider is not listed.
//
// `overridesPath` (the CLIENTELE_OAUTH_PROVIDERS environment variable in the app) names a JSON file
// whose providers replace built-in ones of the same id or add to them: for development against a
// test tenant, for the tests and for the demo, which use local OpenID and calendar servers. A file
// that cannot be used is an error naming the file and the field. Its shape:
//
//   {"providers": [{"id": "microsoft", "name": "Microsoft 365 (test tenant)", "clientId": "…",
//     "clientSecret": "", "signIn": "system" | "embedded", "calendarApi": "google" | "microsoft",
//     "authorizationEndpoint": "https://…", "tokenEndpoint": "https://…",
//     "revocationEndpoint": "https://…" (optional), "apiBase": "https://…",
//     "scopes": ["…"], "authorizationParameters": {"prompt": "consent"},
//     "redirectUri": "http://127.0.0.1/callback" (optional), "scopeOnRefresh": false}]}
Result<QList<ConnectableProvider>> connectableProviders(
    const QString& googleClientId, const QString& microsoftClientId, const QString& overridesPath = {});

// The provider of that id among `providers`; null when this build does not offer it.
const ConnectableProvider* findProvider(const QList<ConnectableProvider>& providers, const QString& providerId);

} // namespace clientele
