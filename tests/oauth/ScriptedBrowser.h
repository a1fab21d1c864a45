#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace clientele::test {

// A browser as far as an OAuth flow needs one: follows redirects by hand, keeps cookies, fills in
// oidc-provider's development login form and answers its consent form, and finally follows the
// redirect to the app's loopback listener. Scripted ways to misbehave: deny consent, tamper with the
// state on the way back, or never come back at all.
class ScriptedBrowser final
{
public:
    enum class Consent
    {
        Allow,
        Deny,
    };

    ScriptedBrowser() { m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); }

    QString login = QStringLiteral("alice");
    Consent consent = Consent::Allow;
    bool tamperState = false;
    bool neverReturn = false;

    // The OpenUrl callback of SystemBrowserUserAgent.
    bool open(const QUrl& url)
    {
        ++m_opened;
        m_authorizationUrl = url;
        if (!neverReturn) {
            get(url);
        }
        return true;
    }

    int opened() const { return m_opened; }
    const QUrl& authorizationUrl() const { return m_authorizationUrl; }
    // The loopback listener's answer to the final redirect: status and page.
    int callbackStatus() const { return m_callbackStatus; }
    const QByteArray& callbackPage() const { return m_callbackPage; }
    const QUrl& callbackUrl() const { return m_callbackUrl; }
    // Anything the script did not expect (a provider error page): for failure messages.
    const QString& trouble() const { return m_trouble; }

private:
    void get(const QUrl& url) { handle(m_manager.get(QNetworkRequest(url))); }

    void post(const QUrl& url, const QUrlQuery& form)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        handle(m_manager.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    }

    void handle(QNetworkReply* reply)
    {
        QObject::connect(reply, &QNetworkReply::finished, &m_manager, [this, reply]() {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (reply->url().path() == QLatin1StringView("/callback")) {
                m_callbackStatus = status;
                m_callbackPage = body;
                return;
            }
            if (status >= 300 && status < 400) {
                QUrl next = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
                if (next.path() == QLatin1StringView("/callback") && tamperState) {
                    QUrlQuery query(next);
                    query.removeAllQueryItems(QStringLiteral("state"));
                    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-by-someone-else"));
                    next.setQuery(query);
                }
                if (next.path() == QLatin1StringView("/callback")) {
                    m_callbackUrl = next;
                }
                get(next);
                return;
            }
            const QString html = QString::fromUtf8(body);
            const auto action = QRegularExpression(QStringLiteral("action=\"([^\"]+)\"")).match(html);
            if (status == 200 && action.hasMatch() && html.contains(QLatin1StringView("name=\"login\""))) {
                QUrlQuery form;
                form.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
                form.addQueryItem(QStringLiteral("login"), login);
                form.addQueryItem(QStringLiteral("password"), QStringLiteral("any password"));
                post(reply->url().resolved(QUrl(action.captured(1))), form);
                return;
            }
            if (status == 200 && action.hasMatch() && html.contains(QLatin1StringView("value=\"consent\""))) {
                if (consent == Consent::Deny) {
                    const auto abort = QRegularExpression(QStringLiteral("href=\"([^\"]*/abort)\"")).match(html);
                    get(reply->url().resolved(QUrl(abort.captured(1))));
                    return;
                }
                QUrlQuery form;
                form.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
                post(reply->url().resolved(QUrl(action.captured(1))), form);
                return;
            }
            m_trouble = QStringLiteral("HTTP %1 at %2: %3")
                            .arg(status)
                            .arg(reply->url().toString(QUrl::RemoveQuery), html.left(2000));
        });
    }

    QNetworkAccessManager m_manager;
    QUrl m_authorizationUrl;
    QUrl m_callbackUrl;
    QByteArray m_callbackPage;
    QString m_trouble;
    int m_callbackStatus = 0;
    int m_opened = 0;
};

} // namespace clientele::test
