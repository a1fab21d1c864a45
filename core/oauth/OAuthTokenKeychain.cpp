#include "core/oauth/OAuthTokenKeychain.h"

#include <utility>

#include "core/oauth/OAuthErrors.h"
#include "core/ports/SecretStore.h"

namespace clientele {

OAuthTokenKeychain::OAuthTokenKeychain(
    SecretStore& store, QString keychainAccount, QString providerId, QString providerAccount)
    : m_store(&store)
    , m_keychainAccount(std::move(keychainAccount))
    , m_providerId(std::move(providerId))
    , m_providerAccount(std::move(providerAccount))
{
}

QString OAuthTokenKeychain::purposeFor(const QString& providerId, const QString& providerAccount)
{
    return QStringLiteral("oauth/%1/%2").arg(providerId, providerAccount);
}

QFuture<Result<OAuthTokens>> OAuthTokenKeychain::load() const
{
    const QString provider = m_providerId;
    // No context object: the mapping is pure, so it may run on whichever thread the keychain uses.
    return m_store->read(m_keychainAccount, purpose()).then([provider](const Result<SecretStore::Secret>& secret) {
        if (!secret) {
            if (secret.error().code() == Error::Code::NotFound) {
                return Result<OAuthTokens>(oauthError(OAuthFailure::InvalidGrant, provider,
                    QStringLiteral("no tokens in the keychain for this account")));
            }
            return Result<OAuthTokens>(secret.error());
        }
        return OAuthTokens::deserialize(**secret);
    });
}

QFuture<Result<void>> OAuthTokenKeychain::save(const OAuthTokens& tokens) const
{
    return m_store->write(m_keychainAccount, purpose(), tokens.serialize());
}

QFuture<Result<void>> OAuthTokenKeychain::remove() const
{
    return m_store->remove(m_keychainAccount, purpose());
}

} // namespace clientele
