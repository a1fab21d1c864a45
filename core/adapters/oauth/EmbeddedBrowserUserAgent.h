#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPromise>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <memory>

#include "core/ports/OAuthUserAgent.h"

namespace clientele {

// OAuthUserAgent on an embedded browser: the clientele-signin window (app/signin), a QtWebEngine
// view in its own process with an off-the-record profile, which catches the navigation to the
// redirect URI before it leaves the machine and refuses certificate errors. Running it as a child
// process keeps Chromium out of the desktop until a flow opens (DESIGN.md §6: nothing slow at
// start-up, no GL context sharing in the desktop) and a browser crash away from the practice data.
//
// For providers that refuse embedded browsers (Google) use SystemBrowserUserAgent instead.
class EmbeddedBrowserUserAgent final : public QObject, public OAuthUserAgent
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBrowserUserAgent)

public:
    struct Options
    {
        QString program; // path of clientele-signin
        QString windowTitle; // translated: "Connect Microsoft 365"
        QString providerName; // "Microsoft 365", for messages
        QString localeName; // UI language for the window
        std::chrono::milliseconds timeout = std::chrono::minutes(10);
        // The window's environment. Defaults to this process's without the variables that would
        // open the sign-in page to other local processes (see signInEnvironment).
        QProcessEnvironment environment = signInEnvironment(QProcessEnvironment::systemEnvironment());
    };

    explicit EmbeddedBrowserUserAgent(Options options, QObject* parent = nullptr);
    ~EmbeddedBrowserUserAgent() override;

    Result<QUrl> prepare(const QUrl& redirectTemplate) override;
    QFuture<Result<OAuthRedirect>> authorize(const QUrl& authorizationUrl) override;
    void cancel() override;

    // `base` without QTWEBENGINE_REMOTE_DEBUGGING and Chromium flags that enable remote debugging:
    // inherited from a developer's shell, they would let any local process read the sign-in page.
    static QProcessEnvironment signInEnvironment(QProcessEnvironment base);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void settle(Result<OAuthRedirect> result);
    void stopWindow();

    Options m_options;
    QUrl m_redirectUri;
    QProcess* m_process = nullptr;
    QTimer m_timeout;
    QByteArray m_output;
    std::shared_ptr<QPromise<Result<OAuthRedirect>>> m_promise;
    bool m_settled = true;
};

} // namespace clientele
