#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <memory>
#include <optional>
#include <vector>

#include "core/Result.h"
#include "core/oauth/OAuthProviderConfig.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/oauth/OAuthTokens.h"

namespace clientele {

class Clock;
class OAuthTokenEndpoint;

// What disconnect() managed: the keychain entry is gone either way; revocation at the provider may
// have failed (offline), which the UI reports ("Also revoke Clientele in your Google account").
struct OAuthDisconnectReport
{
    std::optional<Error> revocationError;
};

// Hands out a valid access token for one connected account. Tokens come from the keychain on first
// use, are refreshed when they expire within kRefreshMarginSeconds, and once more when a caller says
// the provider answered 401. Concurrent callers share one refresh: with rotating refresh tokens
// (Microsoft, oidc-provider) two parallel refreshes would invalidate each other.
class OAuthSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSession)

public:
    static constexpr qint64 kRefreshMarginSeconds = 60;

    OAuthSession(OAuthProviderConfig config, OAuthTokenKeychain keychain, OAuthTokenEndpoint& endpoint,
        const Clock& clock, QObject* parent = nullptr);
    ~OAuthSession() override;

    // A token valid for at least kRefreshMarginSeconds (as far as the expiry says).
    QFuture<Result<QByteArray>> accessToken();
    // The provider rejected `rejectedToken` with 401: refresh once. If the token from that refresh is
    // rejected too, the answer is InvalidGrant (reconnect) rather than another refresh.
    QFuture<Result<QByteArray>> accessTokenAfterUnauthorized(const QByteArray& rejectedToken);
    // Revokes the refresh token, then the access token (RFC 7009), then removes the keychain entry,
    // even when revocation failed. Fails only when the keychain entry could not be removed.
    QFuture<Result<OAuthDisconnectReport>> disconnect();

    // How many refresh requests went to the provider (for tests and diagnostics).
    int refreshCount() const { return m_refreshCount; }

private:
    using Waiter = std::shared_ptr<QPromise<Result<QByteArray>>>;

    QFuture<Result<QByteArray>> enqueue();
    void proceed();
    void startRefresh();
    void finishWaiters(const Result<QByteArray>& result);
    void revokeThenRemove(const std::shared_ptr<QPromise<Result<OAuthDisconnectReport>>>& promise);

    OAuthProviderConfig m_config;
    OAuthTokenKeychain m_keychain;
    OAuthTokenEndpoint* m_endpoint;
    const Clock* m_clock;
    std::optional<OAuthTokens> m_tokens;
    std::vector<Waiter> m_waiters;
    bool m_busy = false; // loading or refreshing: new callers wait for it
    bool m_forceRefresh = false;
    bool m_disconnected = false;
    QByteArray m_tokenFromUnauthorizedRefresh;
    int m_refreshCount = 0;
};

} // namespace clientele
