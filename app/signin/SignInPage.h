#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

namespace clientele {

// Catches every request for the redirect URI (a server redirect included) before it reaches the
// network: the authorization code never leaves the machine, even to a local port.
class RedirectInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    RedirectInterceptor(QUrl redirectUri, QObject* parent);
    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

Q_SIGNALS:
    void redirectCaught(const QUrl& url);

private:
    QUrl m_redirectUri;
};

// The provider's sign-in pages. Refuses navigation to the redirect URI (for private-use schemes,
// which make no network request for the interceptor to see) and pop-up windows.
class SignInPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    SignInPage(QWebEngineProfile* profile, QUrl redirectUri, QObject* parent);

Q_SIGNALS:
    void redirectCaught(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString& message, int lineNumber, const QString& sourceId) override;

private:
    QUrl m_redirectUri;
};

} // namespace clientele
