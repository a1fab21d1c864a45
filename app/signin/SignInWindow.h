#pragma once

#include <QWidget>

#include "core/oauth/SignInProtocol.h"

class QLabel;
class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;
class QWebEngineLoadingInfo;
class QWebEngineCertificateError;

namespace clientele {

class SignInPage;

// The embedded browser of an OAuth flow: the provider's pages in an off-the-record profile of its
// own (no cookies, cache or storage outlive the window), the address the user is on always shown,
// and one outcome reported once: the caught redirect, closed, a load failure or a refused certificate.
class SignInWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWindow)

public:
    explicit SignInWindow(const SignInRequest& request, QWidget* parent = nullptr);
    ~SignInWindow() override;

    void start();

Q_SIGNALS:
    void finished(const clientele::SignInOutcome& outcome);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void finish(const SignInOutcome& outcome);
    void onLoadingChanged(const QWebEngineLoadingInfo& info);
    void onCertificateError(const QWebEngineCertificateError& error);
    void showAddress(const QUrl& url);

    SignInRequest m_request;
    QWebEngineProfile* m_profile = nullptr;
    SignInPage* m_page = nullptr;
    QWebEngineView* m_view = nullptr;
    QLabel* m_secureIcon = nullptr;
    QLabel* m_address = nullptr;
    QProgressBar* m_progress = nullptr;
    bool m_finished = false;
};

} // namespace clientele
