#include "app/signin/SignInPage.h"

#include <QWebEngineUrlRequestInfo>
#include <utility>

#include "core/oauth/RedirectQuery.h"

namespace clientele {

RedirectInterceptor::RedirectInterceptor(QUrl redirectUri, QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_redirectUri(std::move(redirectUri))
{
}

void RedirectInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    if (!isRedirectTo(info.requestUrl(), m_redirectUri)) {
        return;
    }
    info.block(true);
    // Queued: the window reacts once the request has been refused, not from inside WebEngine's call.
    QMetaObject::invokeMethod(
        this, [this, url = info.requestUrl()]() { Q_EMIT redirectCaught(url); }, Qt::QueuedConnection);
}

SignInPage::SignInPage(QWebEngineProfile* profile, QUrl redirectUri, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(std::move(redirectUri))
{
}

bool SignInPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (isRedirectTo(url, m_redirectUri)) {
        Q_EMIT redirectCaught(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage* SignInPage::createWindow(WebWindowType /*type*/)
{
    // Sign-in needs no second window; a page that asks for one gets none.
    return nullptr;
}

void SignInPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel /*level*/, const QString& /*message*/,
    int /*lineNumber*/, const QString& /*sourceId*/)
{
    // The provider's console chatter could carry account details; it goes nowhere.
}

} // namespace clientele
