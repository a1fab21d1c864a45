#include "core/adapters/oauth/SystemBrowserUserAgent.h"

#include <utility>

#include "core/adapters/oauth/LoopbackRedirectListener.h"
#include "core/oauth/OAuthErrors.h"
#include "core/oauth/ReadyFuture.h"

namespace clientele {

SystemBrowserUserAgent::SystemBrowserUserAgent(OpenUrl openUrl, QString providerName, std::chrono::milliseconds timeout)
    : m_openUrl(std::move(openUrl))
    , m_providerName(std::move(providerName))
    , m_timeout(timeout)
{
}

SystemBrowserUserAgent::~SystemBrowserUserAgent() = default;

Result<QUrl> SystemBrowserUserAgent::prepare(const QUrl& redirectTemplate)
{
    // A fresh listener per flow: its port is open only while this flow waits (RFC 8252 §8.3).
    m_listener = std::make_unique<LoopbackRedirectListener>();
    return m_listener->listen(redirectTemplate, m_timeout, m_providerName);
}

QFuture<Result<OAuthRedirect>> SystemBrowserUserAgent::authorize(const QUrl& authorizationUrl)
{
    Q_ASSERT(m_listener); // prepare() first
    if (!m_openUrl || !m_openUrl(authorizationUrl)) {
        m_listener->close();
        return readyFuture(Result<OAuthRedirect>(oauthError(OAuthFailure::BrowserUnavailable, m_providerName,
            QStringLiteral("the system refused to open the authorization URL"))));
    }
    return m_listener->redirect();
}

void SystemBrowserUserAgent::cancel()
{
    if (m_listener) {
        m_listener->close();
    }
}

} // namespace clientele
