#pragma once

#include <QFuture>
#include <QString>

#include "core/Result.h"
#include "core/oauth/OAuthTokens.h"

namespace clientele {

class SecretStore;

// Where one connected account's tokens live: a single keychain entry, purpose
// "oauth/<provider>/<account>", under the practice's keychain account. Never QSettings.
class OAuthTokenKeychain final
{
public:
    OAuthTokenKeychain(SecretStore& store, QString keychainAccount, QString providerId, QString providerAccount);

    static QString purposeFor(const QString& providerId, const QString& providerAccount);
    QString purpose() const { return purposeFor(m_providerId, m_providerAccount); }

    // NotFound (as an InvalidGrant OAuth error: "reconnect") when the account has no tokens.
    QFuture<Result<OAuthTokens>> load() const;
    QFuture<Result<void>> save(const OAuthTokens& tokens) const;
    QFuture<Result<void>> remove() const;

private:
    SecretStore* m_store;
    QString m_keychainAccount;
    QString m_providerId;
    QString m_providerAccount;
};

} // namespace clientele
