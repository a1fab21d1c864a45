#include "app/AccountWiring.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <chrono>

#include "core/adapters/calendar/CalendarProviders.h"
#include "core/adapters/mail/FileSinkTransport.h"
#include "core/adapters/mail/SmtpTransport.h"
#include "core/adapters/oauth/EmbeddedBrowserUserAgent.h"
#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/adapters/oauth/SystemBrowserUserAgent.h"
#include "core/oauth/OAuthLogging.h"

namespace clientele {

ui::AccountServices accountServices(
    SecretStore* keychain, QNetworkAccessManager& network, const Clock& clock, RelayEnrollment* relay)
{
    ui::AccountServices services;
    services.keychain = keychain;
    services.relay = relay;
    services.suggestedRelayAddress = qEnvironmentVariable("CLIENTELE_RELAY_URL");
    services.connectRelayAutomatically = qEnvironmentVariable("CLIENTELE_RELAY_AUTOCONNECT") == u"1";
    Result<QList<ConnectableProvider>> providers = connectableProviders(QStringLiteral(CLIENTELE_GOOGLE_CLIENT_ID),
        QStringLiteral(CLIENTELE_MICROSOFT_CLIENT_ID), qEnvironmentVariable("CLIENTELE_OAUTH_PROVIDERS"));
    if (!providers) {
        // A developer's override file that cannot be read: nothing is offered rather than something broken.
        qCWarning(lcOAuth).noquote() << "no connectable accounts:" << providers.error().toString();
    } else {
        services.providers = *providers;
    }
    qCInfo(lcOAuth) << "connectable providers:" << services.providers.size();

    services.userAgentFor = [](const ConnectableProvider& provider) -> std::unique_ptr<OAuthUserAgent> {
        if (provider.signIn == ConnectableProvider::SignIn::SystemBrowser) {
            return std::make_unique<SystemBrowserUserAgent>(
                [](const QUrl& url) { return QDesktopServices::openUrl(url); }, provider.config.displayName);
        }
        EmbeddedBrowserUserAgent::Options options;
        options.program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("clientele-signin"));
        options.windowTitle = QCoreApplication::translate("clientele::AccountWiring", "Connect %1 — Clientele")
                                  .arg(provider.config.displayName);
        options.providerName = provider.config.displayName;
        options.localeName = QLocale().name();
        return std::make_unique<EmbeddedBrowserUserAgent>(std::move(options));
    };
    services.tokenEndpointFor = [&network, &clock](
                                    const OAuthProviderConfig& config) -> std::unique_ptr<OAuthTokenEndpoint> {
        return std::make_unique<OAuthTokenClient>(config, network, clock, std::chrono::seconds(30));
    };
    services.calendarFor = [&network](const ConnectableProvider& provider, OAuthSession& session) {
        return calendarProviderFor(provider, network, session);
    };
    services.smtpTransportFor = [](const SmtpAccount& account, AccessTokenSource credentials) {
        return std::make_shared<SmtpTransport>(account, std::move(credentials));
    };
    services.folderTransportFor = [](const QString& folder) { return std::make_shared<FileSinkTransport>(folder); };
    return services;
}

} // namespace clientele
