#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/oauth/ConnectableProviders.h"

namespace clientele {
class Clock;
class ConnectedAccounts;
class OAuthFlow;
class OAuthTokenEndpoint;
class OAuthUserAgent;
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
};

// Runs Settings → Connected accounts: one OAuth flow at a time (system browser or embedded window,
// as the provider wants), the account recorded once its tokens are in the keychain, and disconnect
// (revoke at the provider, forget the tokens, drop the record).
class AccountConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountConnector)

public:
    // keychainAccount: the practice's keychain account (its vault id).
    AccountConnector(ConnectedAccountsPage& page, ConnectedAccounts& accounts, const Clock& clock,
        AccountServices services, QString keychainAccount, QObject* parent = nullptr);
    ~AccountConnector() override;

    void reload();

private:
    void connectProvider(const QString& providerId);
    void cancel();
    void disconnectAccount(const QUuid& accountId);
    const ConnectableProvider* provider(const QString& providerId) const;
    void finishFlow();

    ConnectedAccountsPage& m_page;
    ConnectedAccounts& m_accounts;
    const Clock& m_clock;
    AccountServices m_services;
    QString m_keychainAccount;
    // The running sign-in; all three live as long as it does.
    std::unique_ptr<OAuthTokenEndpoint> m_tokenEndpoint;
    std::unique_ptr<OAuthUserAgent> m_agent;
    std::unique_ptr<OAuthFlow> m_flow;
};

} // namespace clientele::ui
