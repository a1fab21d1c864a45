#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include "core/Result.h"
#include "core/oauth/OAuthProviderConfig.h"
#include "core/oauth/OAuthTokens.h"

namespace clientele {

class OAuthTokenEndpoint;
class OAuthUserAgent;
class SecretStore;

// A newly connected account: who signed in, and the tokens now in the keychain.
struct OAuthConnection
{
    QString account; // the ID token's email, else its subject
    QString keychainPurpose;
    OAuthTokens tokens;
};

// One "Connect account" run: PKCE + state, the user agent shows the provider's pages, the code is
// exchanged, the account checked, and the tokens stored in the keychain. One object per attempt.
class OAuthFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthFlow)

public:
    // keychainAccount: the SecretStore account the practice's secrets live under.
    OAuthFlow(OAuthProviderConfig config, OAuthUserAgent& agent, OAuthTokenEndpoint& endpoint, SecretStore& store,
        QString keychainAccount, QObject* parent = nullptr);
    ~OAuthFlow() override;

    // expectedAccount: when reconnecting, the account (email or subject) that must sign in; a
    // different one is refused with WrongAccount and its tokens revoked.
    QFuture<Result<OAuthConnection>> start(const QString& expectedAccount = {});
    // The user closed the dialog.
    void cancel();

private:
    OAuthProviderConfig m_config;
    OAuthUserAgent* m_agent;
    OAuthTokenEndpoint* m_endpoint;
    SecretStore* m_store;
    QString m_keychainAccount;
    bool m_started = false;
};

} // namespace clientele
