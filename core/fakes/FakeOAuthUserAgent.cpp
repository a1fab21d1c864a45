#include "core/fakes/FakeOAuthUserAgent.h"

#include <utility>

#include "core/oauth/OAuthErrors.h"

namespace clientele {

Result<QUrl> FakeOAuthUserAgent::prepare(const QUrl& redirectTemplate)
{
    m_redirectUri = redirectTemplate;
    return redirectTemplate;
}

QFuture<Result<OAuthRedirect>> FakeOAuthUserAgent::authorize(const QUrl& authorizationUrl)
{
    m_lastUrl = authorizationUrl;
    m_pending = std::make_shared<QPromise<Result<OAuthRedirect>>>();
    m_pending->start();
    QFuture<Result<OAuthRedirect>> future = m_pending->future();
    if (m_responder) {
        complete(m_responder(authorizationUrl));
    }
    return future;
}

void FakeOAuthUserAgent::cancel()
{
    complete(oauthError(OAuthFailure::UserClosed, QStringLiteral("the provider"), QStringLiteral("fake closed")));
}

void FakeOAuthUserAgent::complete(Result<OAuthRedirect> result)
{
    if (!m_pending) {
        return;
    }
    const auto pending = std::exchange(m_pending, nullptr);
    pending->addResult(std::move(result));
    pending->finish();
}

} // namespace clientele
