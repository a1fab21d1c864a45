#include "core/adapters/oauth/EmbeddedBrowserUserAgent.h"

#include <utility>

#include <QCoreApplication>

#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthLogging.h"
#include "core/oauth/ReadyFuture.h"
#include "core/oauth/RedirectQuery.h"
#include "core/oauth/SignInProtocol.h"

namespace clientele {

namespace {

// An outcome line is a few hundred bytes; anything longer is not the window talking.
constexpr qsizetype kMaxOutput = qsizetype {64} * 1024;

} // namespace

EmbeddedBrowserUserAgent::EmbeddedBrowserUserAgent(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        qCInfo(lcOAuth) << "sign-in window timed out for" << m_options.providerName;
        settle(oauthError(OAuthFailure::TimedOut, m_options.providerName));
        stopWindow();
    });
}

EmbeddedBrowserUserAgent::~EmbeddedBrowserUserAgent()
{
    if (!m_settled) {
        settle(oauthError(OAuthFailure::UserClosed, m_options.providerName));
    }
    stopWindow();
}

QProcessEnvironment EmbeddedBrowserUserAgent::signInEnvironment(QProcessEnvironment base)
{
    base.remove(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"));
    const QString flags = base.value(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"));
    if (flags.contains(QLatin1StringView("remote-debugging"))) {
        base.remove(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"));
    }
    return base;
}

Result<QUrl> EmbeddedBrowserUserAgent::prepare(const QUrl& redirectTemplate)
{
    // The window catches the navigation itself, so nothing listens and the URI goes out unchanged:
    // a loopback URI (the browser never reaches the port) or a private-use scheme (RFC 8252 §7.1).
    if (!redirectTemplate.isValid() || redirectTemplate.scheme().isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "clientele::OAuth", "The sign-in settings for %1 have no valid redirect address.")
                .arg(m_options.providerName),
            QStringLiteral("redirect URI: %1").arg(redirectTemplate.toString()));
    }
    m_redirectUri = redirectTemplate;
    return redirectTemplate;
}

QFuture<Result<OAuthRedirect>> EmbeddedBrowserUserAgent::authorize(const QUrl& authorizationUrl)
{
    Q_ASSERT(m_redirectUri.isValid()); // prepare() first
    Q_ASSERT(m_settled); // one flow at a time
    stopWindow();
    m_promise = std::make_shared<QPromise<Result<OAuthRedirect>>>();
    m_promise->start();
    m_settled = false;
    m_output.clear();

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_options.environment);
    // The window's diagnostics (Chromium's included) go to our stderr, never into the answer.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &EmbeddedBrowserUserAgent::onOutput);
    connect(m_process, &QProcess::finished, this, &EmbeddedBrowserUserAgent::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &EmbeddedBrowserUserAgent::onProcessError);
    m_process->start(m_options.program, {});

    SignInRequest request;
    request.authorizationUrl = authorizationUrl;
    request.redirectUri = m_redirectUri;
    request.windowTitle = m_options.windowTitle;
    request.providerName = m_options.providerName;
    request.localeName = m_options.localeName;
    // Buffered until the process runs; if it never starts, errorOccurred settles the flow.
    m_process->write(request.toLine());
    m_timeout.start(m_options.timeout);
    qCInfo(lcOAuth) << "sign-in window opening for" << m_options.providerName;
    return m_promise->future();
}

void EmbeddedBrowserUserAgent::cancel()
{
    if (!m_settled) {
        settle(oauthError(OAuthFailure::UserClosed, m_options.providerName));
    }
    stopWindow();
}

void EmbeddedBrowserUserAgent::onOutput()
{
    m_output += m_process->readAllStandardOutput();
    const qsizetype end = m_output.indexOf('\n');
    if (end < 0) {
        if (m_output.size() > kMaxOutput) {
            settle(oauthError(OAuthFailure::BrowserUnavailable, m_options.providerName,
                QStringLiteral("the sign-in window wrote an overlong answer")));
            stopWindow();
        }
        return;
    }
    const std::optional<SignInOutcome> outcome = SignInOutcome::fromLine(m_output.left(end));
    if (!outcome) {
        settle(oauthError(OAuthFailure::BrowserUnavailable, m_options.providerName,
            QStringLiteral("the sign-in window's answer could not be read")));
        stopWindow();
        return;
    }
    switch (outcome->kind) {
    case SignInOutcome::Kind::Redirect: {
        if (!isRedirectTo(outcome->redirect, m_redirectUri)) {
            settle(oauthError(OAuthFailure::BrowserUnavailable, m_options.providerName,
                QStringLiteral("the sign-in window caught a navigation that is not the redirect")));
            break;
        }
        OAuthRedirect redirect = parseRedirectQuery(outcome->redirect);
        if (redirect.code.isEmpty() && redirect.error.isEmpty()) {
            settle(oauthError(OAuthFailure::InvalidResponse, m_options.providerName,
                QStringLiteral("redirect without code or error")));
            break;
        }
        qCInfo(lcOAuth) << "sign-in window caught the redirect for" << m_options.providerName
                        << (redirect.error.isEmpty() ? "with a code" : "with an error");
        settle(std::move(redirect));
        break;
    }
    case SignInOutcome::Kind::Closed:
        settle(oauthError(OAuthFailure::UserClosed, m_options.providerName));
        break;
    case SignInOutcome::Kind::LoadFailed:
        settle(oauthError(OAuthFailure::Network, m_options.providerName, outcome->detail));
        break;
    case SignInOutcome::Kind::UntrustedCertificate:
        settle(oauthError(OAuthFailure::UntrustedCertificate, m_options.providerName, outcome->detail));
        break;
    }
    // The window exits by itself once its stdin closes.
    m_process->closeWriteChannel();
}

void EmbeddedBrowserUserAgent::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_settled) {
        qCWarning(lcOAuth) << "sign-in window ended without an answer, exit code" << exitCode
                           << (status == QProcess::CrashExit ? "(crashed)" : "");
        settle(oauthError(OAuthFailure::BrowserUnavailable, m_options.providerName,
            QStringLiteral("the sign-in window ended unexpectedly (exit code %1%2)")
                .arg(exitCode)
                .arg(status == QProcess::CrashExit ? QStringLiteral(", crashed") : QString())));
    }
}

void EmbeddedBrowserUserAgent::onProcessError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && !m_settled) {
        qCWarning(lcOAuth) << "sign-in window could not start:" << m_options.program << m_process->errorString();
        settle(oauthError(OAuthFailure::BrowserUnavailable, m_options.providerName,
            QStringLiteral("could not start %1: %2").arg(m_options.program, m_process->errorString())));
    }
}

void EmbeddedBrowserUserAgent::settle(Result<OAuthRedirect> result)
{
    if (m_settled) {
        return;
    }
    m_settled = true;
    m_timeout.stop();
    m_promise->addResult(std::move(result));
    m_promise->finish();
}

void EmbeddedBrowserUserAgent::stopWindow()
{
    if (m_process == nullptr) {
        return;
    }
    QProcess* process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // Closing stdin asks the window to go; it is killed if it lingers (a hung renderer).
        process->closeWriteChannel();
        QTimer::singleShot(3000, process, [process]() { process->kill(); });
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->setParent(nullptr);
    } else {
        process->deleteLater();
    }
}

} // namespace clientele
