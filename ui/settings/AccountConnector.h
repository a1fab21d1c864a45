#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

#include "core/mail/SmtpAccount.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/oauth/ConnectableProviders.h"
#include "core/store/CalendarSyncScheduler.h"
#include "ui/settings/AccountCalendarsDialog.h"

namespace clientele {
class CalendarProvider;
class CalendarSyncScheduler;
class Clock;
class MailTransport;
class ConnectedAccounts;
class OAuthFlow;
class OAuthSession;
class OAuthTokenEndpoint;
class OAuthUserAgent;
class RelayEnrollment;
class SecretStore;
} // namespace clientele

namespace clientele::ui {

class ConnectedAccountsPage;

// What connecting accounts needs from the app: the keychain, the providers this build offers, and
// the adapters for each flow (the app wires the real ones: the system browser or the clientele-signin
// window as the provider wants, and the token endpoint over the network).
struct AccountServices
{
    SecretStore* keychain = nullptr;
    QList<ConnectableProvider> providers;
    std::function<std::unique_ptr<OAuthUserAgent>(const ConnectableProvider&)> userAgentFor;
    std::function<std::unique_ptr<OAuthTokenEndpoint>(const OAuthProviderConfig&)> tokenEndpointFor;
    // The calendar API of a connected account (Google or Graph), with tokens from its session.
    std::function<std::unique_ptr<CalendarProvider>(const ConnectableProvider&, OAuthSession&)> calendarFor;
    // How Settings → Email sends: through a mail server with the password or token `credentials`
    // gives, or into a folder of .eml files (the app wires SMTP through libcurl and the file sink);
    // without them, emails wait.
    std::function<std::shared_ptr<MailTransport>(const SmtpAccount&, AccessTokenSource credentials)> smtpTransportFor;
    std::function<std::shared_ptr<MailTransport>(const QString& folder)> folderTransportFor;
    // Settings → Relay and what runs through the relay (the calendar feed); null: not offered.
    RelayEnrollment* relay = nullptr;
    QString suggestedRelayAddress; // CLIENTELE_RELAY_URL, e.g. the demo's local relay
    // CLIENTELE_RELAY_AUTOCONNECT=1 (scripts/run --demo): a practice without a relay connects to the
    // suggested one by itself, so the demo's payments and texts work from the start.
    bool connectRelayAutomatically = false;
};

// Runs Settings → Connected accounts: one OAuth flow at a time (system browser or embedded window,
// as the provider wants), the account recorded once its tokens are in the keychain, and disconnect
// (revoke at the provider, forget the tokens, drop the record). With a sync scheduler, it also
// offers each account's calendars to choose from (after connecting, and on Calendars…) and Sync Now.
class AccountConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountConnector)

public:
    // keychainAccount: the practice's keychain account (its vault id).
    AccountConnector(ConnectedAccountsPage& page, ConnectedAccounts& accounts, const Clock& clock,
        AccountServices services, QString keychainAccount, QObject* parent = nullptr);
    ~AccountConnector() override;

    // Calendars and Sync Now go through `scheduler` (may be null: no calendar sync, e.g. no keychain).
    void setCalendarSync(CalendarSyncScheduler* scheduler);
    void reload();
    // The calendar choice of the account, open now (tests drive it).
    AccountCalendarsDialog* calendarsDialog() const { return m_calendarsDialog; }

Q_SIGNALS:
    // An account was connected or disconnected (a disconnected one's busy time is gone).
    void accountsChanged();

private:
    void connectProvider(const QString& providerId);
    void cancel();
    void disconnectAccount(const QUuid& accountId);
    const ConnectableProvider* provider(const QString& providerId) const;
    void finishFlow();
    void chooseCalendars(const QUuid& accountId, const QString& title);
    void saveCalendarChoices(const QUuid& accountId);
    void saveNextChoice(const QUuid& accountId, QList<CalendarChoice> remaining);
    void syncNow();

    ConnectedAccountsPage& m_page;
    ConnectedAccounts& m_accounts;
    const Clock& m_clock;
    AccountServices m_services;
    QString m_keychainAccount;
    // The running sign-in; all three live as long as it does.
    std::unique_ptr<OAuthTokenEndpoint> m_tokenEndpoint;
    std::unique_ptr<OAuthUserAgent> m_agent;
    std::unique_ptr<OAuthFlow> m_flow;
    QPointer<CalendarSyncScheduler> m_sync; // the workspace's; it goes first on lock
    QPointer<AccountCalendarsDialog> m_calendarsDialog;
};

} // namespace clientele::ui
