#include "core/oauth/OAuthSession.h"

#include <utility>

#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthLogging.h"
#include "core/oauth/ReadyFuture.h"
#include "core/ports/Clock.h"
#include "core/ports/OAuthTokenEndpoint.h"

namespace clientele {

OAuthSession::OAuthSession(OAuthProviderConfig config, OAuthTokenKeychain keychain, OAuthTokenEndpoint& endpoint,
    const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_keychain(std::move(keychain))
    , m_endpoint(&endpoint)
    , m_clock(&clock)
{
}

OAuthSession::~OAuthSession() = default;

QFuture<Result<QByteArray>> OAuthSession::accessToken()
{
    return enqueue();
}

QFuture<Result<QByteArray>> OAuthSession::accessTokenAfterUnauthorized(const QByteArray& rejectedToken)
{
    if (!m_tokenFromUnauthorizedRefresh.isEmpty() && rejectedToken == m_tokenFromUnauthorizedRefresh) {
        return readyFuture(Result<QByteArray>(oauthError(OAuthFailure::InvalidGrant, m_config.displayName,
            QStringLiteral("a freshly refreshed access token was rejected too"))));
    }
    // Someone else already refreshed past the rejected token: hand out the new one.
    if (!m_tokens || m_tokens->accessToken == rejectedToken) {
        m_forceRefresh = true;
    }
    return enqueue();
}

QFuture<Result<QByteArray>> OAuthSession::enqueue()
{
    if (m_disconnected) {
        return readyFuture(Result<QByteArray>(
            oauthError(OAuthFailure::InvalidGrant, m_config.displayName, QStringLiteral("account disconnected"))));
    }
    auto waiter = std::make_shared<QPromise<Result<QByteArray>>>();
    waiter->start();
    QFuture<Result<QByteArray>> future = waiter->future();
    m_waiters.push_back(std::move(waiter));
    if (!m_busy) {
        proceed();
    }
    return future;
}

void OAuthSession::proceed()
{
    if (m_waiters.empty()) {
        return;
    }
    if (!m_tokens) {
        m_busy = true;
        m_keychain.load().then(this, [this](const Result<OAuthTokens>& loaded) {
            m_busy = false;
            if (m_disconnected) {
                return;
            }
            if (!loaded) {
                finishWaiters(loaded.error());
                return;
            }
            m_tokens = loaded.value();
            proceed();
        });
        return;
    }
    if (m_forceRefresh || m_tokens->expiresWithin(m_clock->nowUtc(), kRefreshMarginSeconds)) {
        startRefresh();
        return;
    }
    finishWaiters(m_tokens->accessToken);
}

void OAuthSession::startRefresh()
{
    if (m_tokens->refreshToken.isEmpty()) {
        m_forceRefresh = false;
        finishWaiters(oauthError(
            OAuthFailure::InvalidGrant, m_config.displayName, QStringLiteral("no refresh token was issued")));
        return;
    }
    m_busy = true;
    const bool forced = m_forceRefresh;
    ++m_refreshCount;
    qCInfo(lcOAuth) << "refreshing the access token for provider" << m_config.providerId;
    m_endpoint->refresh(m_tokens->refreshToken).then(this, [this, forced](const Result<OAuthTokens>& response) {
        m_forceRefresh = false;
        if (m_disconnected) {
            // disconnect() won the race: these tokens must not go back into the keychain.
            m_busy = false;
            return;
        }
        if (!response) {
            m_busy = false;
            qCWarning(lcOAuth) << "refresh failed for provider" << m_config.providerId << ':'
                               << oauthFailureName(oauthFailureOf(response.error()));
            finishWaiters(response.error());
            return;
        }
        // Memory first: with a rotated refresh token the old one is already dead at the provider.
        m_tokens = m_tokens->refreshedWith(response.value());
        if (forced) {
            m_tokenFromUnauthorizedRefresh = m_tokens->accessToken;
        }
        m_keychain.save(*m_tokens).then(this, [this](const Result<void>& saved) {
            m_busy = false;
            if (!saved) {
                // The token still works for this session; the next start may need a reconnect.
                qCWarning(lcOAuth) << "could not save refreshed tokens for provider" << m_config.providerId << ':'
                                   << saved.error().detail();
            }
            finishWaiters(m_tokens->accessToken);
            proceed(); // callers that arrived during the save
        });
    });
}

void OAuthSession::finishWaiters(const Result<QByteArray>& result)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (const Waiter& waiter : waiters) {
        waiter->addResult(result);
        waiter->finish();
    }
}

QFuture<Result<OAuthDisconnectReport>> OAuthSession::disconnect()
{
    m_disconnected = true;
    auto promise = std::make_shared<QPromise<Result<OAuthDisconnectReport>>>();
    promise->start();
    QFuture<Result<OAuthDisconnectReport>> future = promise->future();
    if (m_tokens) {
        revokeThenRemove(promise);
        return future;
    }
    m_keychain.load().then(this, [this, promise](const Result<OAuthTokens>& loaded) {
        if (loaded) {
            m_tokens = loaded.value();
        }
        revokeThenRemove(promise);
    });
    return future;
}

void OAuthSession::revokeThenRemove(const std::shared_ptr<QPromise<Result<OAuthDisconnectReport>>>& promise)
{
    const OAuthTokens tokens = m_tokens.value_or(OAuthTokens {});
    m_tokens.reset();
    finishWaiters(oauthError(OAuthFailure::InvalidGrant, m_config.displayName, QStringLiteral("account disconnected")));
    auto report = std::make_shared<OAuthDisconnectReport>();
    auto removeEntry = [this, promise, report]() {
        m_keychain.remove().then(this, [promise, report](const Result<void>& removed) {
            promise->addResult(
                removed ? Result<OAuthDisconnectReport>(*report) : Result<OAuthDisconnectReport>(removed.error()));
            promise->finish();
        });
    };
    auto revokeAccess = [this, tokens, report, removeEntry]() {
        if (tokens.accessToken.isEmpty()) {
            removeEntry();
            return;
        }
        m_endpoint->revoke(tokens.accessToken, OAuthTokenEndpoint::TokenKind::AccessToken)
            .then(this, [report, removeEntry](const Result<void>& revoked) {
                if (!revoked && !report->revocationError) {
                    report->revocationError = revoked.error();
                }
                removeEntry();
            });
    };
    // The refresh token first: it is the long-lived one, and revoking it usually ends the grant.
    if (tokens.refreshToken.isEmpty()) {
        revokeAccess();
        return;
    }
    m_endpoint->revoke(tokens.refreshToken, OAuthTokenEndpoint::TokenKind::RefreshToken)
        .then(this, [report, revokeAccess](const Result<void>& revoked) {
            if (!revoked) {
                report->revocationError = revoked.error();
            }
            revokeAccess();
        });
}

} // namespace clientele
