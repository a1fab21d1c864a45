#include "core/oauth/OAuthFlow.h"

#include <memory>
#include <utility>

#include <QPromise>

#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthLogging.h"
#include "core/oauth/OAuthState.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/oauth/Pkce.h"
#include "core/oauth/ReadyFuture.h"
#include "core/ports/OAuthTokenEndpoint.h"
#include "core/ports/OAuthUserAgent.h"

namespace clientele {

namespace {

using ConnectionPromise = std::shared_ptr<QPromise<Result<OAuthConnection>>>;

void settle(const ConnectionPromise& promise, Result<OAuthConnection> result)
{
    if (!result) {
        qCWarning(lcOAuth) << "connecting failed:" << oauthFailureName(oauthFailureOf(result.error()));
    }
    promise->addResult(std::move(result));
    promise->finish();
}

} // namespace

OAuthFlow::OAuthFlow(OAuthProviderConfig config, OAuthUserAgent& agent, OAuthTokenEndpoint& endpoint,
    SecretStore& store, QString keychainAccount, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_agent(&agent)
    , m_endpoint(&endpoint)
    , m_store(&store)
    , m_keychainAccount(std::move(keychainAccount))
{
}

OAuthFlow::~OAuthFlow() = default;

void OAuthFlow::cancel()
{
    m_agent->cancel();
}

QFuture<Result<OAuthConnection>> OAuthFlow::start(const QString& expectedAccount)
{
    Q_ASSERT(!m_started); // one object per attempt: a second start would reuse PKCE and state
    m_started = true;
    const Result<QUrl> redirect = m_agent->prepare(m_config.redirectUri);
    if (!redirect) {
        return readyFuture(Result<OAuthConnection>(redirect.error()));
    }
    const Pkce pkce = Pkce::generate();
    const QByteArray state = OAuthState::generate();
    const QUrl& redirectUri = redirect.value();
    auto promise = std::make_shared<QPromise<Result<OAuthConnection>>>();
    promise->start();
    qCInfo(lcOAuth) << "connecting an account of provider" << m_config.providerId;

    m_agent->authorize(m_config.authorizationUrl(redirectUri, state, pkce.challenge()))
        .then(this, [this, promise, state, pkce, redirectUri, expectedAccount](const Result<OAuthRedirect>& answer) {
            if (!answer) {
                settle(promise, answer.error());
                return;
            }
            // State first: an answer that is not ours says nothing, not even its error, and its code
            // must never reach the token endpoint.
            if (!OAuthState::matches(state, answer->state)) {
                settle(promise,
                    oauthError(OAuthFailure::StateMismatch, m_config.displayName,
                        QStringLiteral("redirect state does not match this flow")));
                return;
            }
            if (!answer->error.isEmpty()) {
                settle(promise, oauthErrorFromResponse(m_config.displayName, answer->error, answer->errorDescription));
                return;
            }
            if (answer->code.isEmpty()) {
                settle(promise,
                    oauthError(OAuthFailure::InvalidResponse, m_config.displayName,
                        QStringLiteral("redirect has neither code nor error")));
                return;
            }
            m_endpoint->exchangeCode(answer->code, pkce.verifier(), redirectUri)
                .then(this, [this, promise, expectedAccount](const Result<OAuthTokens>& tokens) {
                    if (!tokens) {
                        settle(promise, tokens.error());
                        return;
                    }
                    QString account = tokens->accountIdentity();
                    if (!expectedAccount.isEmpty() && !account.isEmpty()
                        && account.compare(expectedAccount, Qt::CaseInsensitive) != 0) {
                        // Tokens for an account nobody asked to connect: give them back.
                        if (!tokens->refreshToken.isEmpty()) {
                            m_endpoint->revoke(tokens->refreshToken, OAuthTokenEndpoint::TokenKind::RefreshToken);
                        }
                        settle(promise,
                            oauthError(OAuthFailure::WrongAccount, m_config.displayName,
                                QStringLiteral("signed-in account differs from the expected one")));
                        return;
                    }
                    if (account.isEmpty()) {
                        account = expectedAccount;
                    }
                    if (account.isEmpty()) {
                        settle(promise,
                            oauthError(OAuthFailure::InvalidResponse, m_config.displayName,
                                QStringLiteral("no id_token to tell which account signed in; "
                                               "request the openid scope")));
                        return;
                    }
                    const OAuthTokenKeychain keychain(*m_store, m_keychainAccount, m_config.providerId, account);
                    OAuthConnection connection {account, keychain.purpose(), tokens.value()};
                    keychain.save(tokens.value())
                        .then(this, [promise, connection = std::move(connection)](const Result<void>& saved) {
                            settle(promise,
                                saved ? Result<OAuthConnection>(connection) : Result<OAuthConnection>(saved.error()));
                        });
                });
        });
    return promise->future();
}

} // namespace clientele
