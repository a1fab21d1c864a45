#include "app/signin/SignInWindow.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <utility>

#include "app/signin/SignInPage.h"

namespace clientele {

SignInWindow::SignInWindow(const SignInRequest& request, QWidget* parent)
    : QWidget(parent)
    , m_request(request)
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(request.windowTitle);
    resize(520, 700);

    // A profile without a storage name is off the record: cookies, cache and local storage live in
    // memory and die with the window, so no session of the provider outlives the flow.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    auto* interceptor = new RedirectInterceptor(request.redirectUri, m_profile);
    m_profile->setUrlRequestInterceptor(interceptor);

    m_page = new SignInPage(m_profile, request.redirectUri, this);
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);

    const auto caught = [this](const QUrl& url) {
        SignInOutcome outcome;
        outcome.kind = SignInOutcome::Kind::Redirect;
        outcome.redirect = url;
        finish(outcome);
    };
    connect(interceptor, &RedirectInterceptor::redirectCaught, this, caught);
    connect(m_page, &SignInPage::redirectCaught, this, caught);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &SignInWindow::onLoadingChanged);
    connect(m_page, &QWebEnginePage::certificateError, this, &SignInWindow::onCertificateError);
    connect(m_page, &QWebEnginePage::urlChanged, this, &SignInWindow::showAddress);
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, &QWidget::close);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
        [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
            if (status == QWebEnginePage::NormalTerminationStatus) {
                return;
            }
            finish({SignInOutcome::Kind::LoadFailed, {},
                QStringLiteral("the page's renderer process ended (status %1, exit code %2)")
                    .arg(static_cast<int>(status))
                    .arg(exitCode)});
        });

    // The address the user is on, always visible: what lets them tell the provider's real page from
    // a look-alike before they type a password.
    m_secureIcon = new QLabel(this);
    m_secureIcon->setTextFormat(Qt::RichText);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setTextFormat(Qt::RichText);
    auto* addressRow = new QHBoxLayout;
    addressRow->setContentsMargins(8, 6, 8, 6);
    addressRow->setSpacing(8);
    addressRow->addWidget(m_secureIcon);
    addressRow->addWidget(m_address, 1);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(3);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);

    auto* note = new QLabel(
        tr("You sign in on %1's own page. Clientele never sees your password.").arg(request.providerName), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto* bottomRow = new QHBoxLayout;
    bottomRow->setContentsMargins(8, 6, 8, 8);
    bottomRow->addWidget(note, 1);
    bottomRow->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(addressRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottomRow);

    auto* escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
}

SignInWindow::~SignInWindow()
{
    // The page must go before its profile, or WebEngine keeps the profile alive and warns.
    m_view->setPage(nullptr);
    delete m_page;
}

void SignInWindow::start()
{
    showAddress(m_request.authorizationUrl);
    m_page->load(m_request.authorizationUrl);
}

void SignInWindow::closeEvent(QCloseEvent* event)
{
    finish({SignInOutcome::Kind::Closed, {}, {}});
    event->accept();
}

void SignInWindow::finish(const SignInOutcome& outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    // Nothing more is loaded once the flow has its answer (the blocked redirect would show an
    // error page otherwise).
    m_page->triggerAction(QWebEnginePage::Stop);
    Q_EMIT finished(outcome);
}

void SignInWindow::onLoadingChanged(const QWebEngineLoadingInfo& info)
{
    m_progress->setVisible(info.status() == QWebEngineLoadingInfo::LoadStartedStatus);
    if (m_finished || info.status() != QWebEngineLoadingInfo::LoadFailedStatus) {
        return;
    }
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::ConnectionErrorDomain:
    case QWebEngineLoadingInfo::DnsErrorDomain:
    case QWebEngineLoadingInfo::HttpErrorDomain:
        // The provider is out of reach (offline, DNS, connection refused or reset): the flow ends
        // with a network failure the desktop explains, rather than Chromium's error page.
        finish({SignInOutcome::Kind::LoadFailed, {},
            QStringLiteral("%1 (%2) at %3")
                .arg(info.errorString())
                .arg(info.errorCode())
                .arg(info.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))});
        return;
    case QWebEngineLoadingInfo::CertificateErrorDomain:
        finish({SignInOutcome::Kind::UntrustedCertificate, {},
            QStringLiteral("%1 at %2").arg(info.errorString(), info.url().host())});
        return;
    default:
        // An aborted navigation or an HTTP error status: the provider's own page says what it means.
        return;
    }
}

void SignInWindow::onCertificateError(const QWebEngineCertificateError& error)
{
    // Never an exception for a sign-in page, whatever the error.
    QWebEngineCertificateError refused = error;
    refused.rejectCertificate();
    finish({SignInOutcome::Kind::UntrustedCertificate, {},
        QStringLiteral("%1 at %2").arg(error.description(), error.url().host())});
}

void SignInWindow::showAddress(const QUrl& url)
{
    const bool secure = url.scheme() == u"https";
    const QString host = url.host().toHtmlEscaped();
    const QString rest =
        url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toHtmlEscaped();
    m_address->setText(QStringLiteral("<b>%1</b><span style=\"color:palette(mid)\">%2</span>").arg(host, rest));
    // Red only for the unencrypted case, as browsers do; a secure page is the norm, not news.
    m_secureIcon->setText(
        secure ? tr("Secure") : QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(tr("Not secure")));
    m_secureIcon->setToolTip(secure ? tr("The connection to %1 is encrypted and its identity verified.").arg(host)
                                    : tr("The connection to %1 is not encrypted.").arg(host));
    m_address->setToolTip(url.toString(QUrl::RemoveQuery));
}

} // namespace clientele
