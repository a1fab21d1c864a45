#pragma once

#include <QPromise>
#include <QUrl>
#include <functional>
#include <memory>

#include "core/ports/OAuthUserAgent.h"

namespace clientele {

// The OAuthUserAgent fake: behaves like an intercepting browser (the redirect URI stays as given).
// With a responder set, authorize() answers at once with what it returns for the authorization URL
// (read the state from it to echo it back); without one, the flow waits until complete() or cancel().
class FakeOAuthUserAgent final : public OAuthUserAgent
{
public:
    using Responder = std::function<Result<OAuthRedirect>(const QUrl& authorizationUrl)>;

    void setResponder(Responder responder) { m_responder = std::move(responder); }

    Result<QUrl> prepare(const QUrl& redirectTemplate) override;
    QFuture<Result<OAuthRedirect>> authorize(const QUrl& authorizationUrl) override;
    void cancel() override;

    // Resolves a pending authorize().
    void complete(Result<OAuthRedirect> result);

    const QUrl& lastAuthorizationUrl() const { return m_lastUrl; }
    const QUrl& lastRedirectUri() const { return m_redirectUri; }

private:
    Responder m_responder;
    QUrl m_lastUrl;
    QUrl m_redirectUri;
    std::shared_ptr<QPromise<Result<OAuthRedirect>>> m_pending;
};

} // namespace clientele
