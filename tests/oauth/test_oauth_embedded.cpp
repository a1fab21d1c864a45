#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <chrono>
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>

#include "core/adapters/oauth/EmbeddedBrowserUserAgent.h"
#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthFlow.h"
#include "core/oauth/OAuthSession.h"
#include "core/oauth/OAuthState.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/oauth/Pkce.h"
#include "tests/oauth/OidcProviderProcess.h"
#include "tests/support/DevToolsClient.h"
#include "tests/support/EventLoopAwait.h"
#include "tests/support/LogCapture.h"
#include "tests/support/NodePeer.h"

using namespace clientele;
using namespace std::chrono_literals;
using clientele::test::awaitEvents;
using clientele::test::why;

namespace {

const QString kKeychainAccount = QStringLiteral("practice-1");
const QString kProvider = QStringLiteral("oidc-test");

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// What the person at the window does, typed in over DevTools.
enum class User
{
    SignsInAndAllows,
    SignsInAndDenies,
    ClosesThePage,
};

// One step of the script on whatever page is showing: oidc-provider's development login form, its
// consent form, or anything else (returns "waiting"). A page acts once; the next page acts anew.
QString stepScript(User user, const QString& login)
{
    const QString consentAction = user == User::SignsInAndDenies
        ? QStringLiteral("location.href = document.querySelector('a[href$=\"/abort\"]').href;")
        : QStringLiteral("consent.form.submit();");
    return QStringLiteral(R"JS((() => {
  if (window.__clienteleActed) return 'waiting';
  if (%1) { window.__clienteleActed = true; window.close(); return 'closed'; }
  const login = document.querySelector('input[name="login"]');
  if (login) {
    window.__clienteleActed = true;
    login.value = %2;
    document.querySelector('input[name="password"]').value = 'any password';
    login.form.submit();
    return 'login';
  }
  const consent = document.querySelector('input[value="consent"]');
  if (consent) { window.__clienteleActed = true; %3 return 'consent'; }
  return 'waiting';
})())JS")
        .arg(user == User::ClosesThePage ? QStringLiteral("true") : QStringLiteral("false"),
            QString::fromUtf8(QJsonDocument(QJsonArray {login}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
            consentAction);
}

} // namespace

// Issue 7 point 5: the real embedded-browser flow, headless. The desktop's EmbeddedBrowserUserAgent
// starts the real clientele-signin window (QtWebEngine, offscreen), which shows the real OpenID
// provider (npm oidc-provider) on loopback; DevTools plays the user. The window catches the redirect,
// the code is exchanged with PKCE, the token is refreshed, and disconnect revokes it.
class TestOAuthEmbedded final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::LogCapture::install();
        const QString failure = m_provider.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_config = m_provider.desktopClient();
        QCOMPARE(m_config.providerId, kProvider);
        // The registered loopback URI as it is: the window catches it, nothing listens on it.
        m_config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/callback"));
    }

    void cleanupTestCase() { m_provider.stop(); }

    void init()
    {
        m_store = std::make_unique<MemorySecretStore>();
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_tokenClient = std::make_unique<OAuthTokenClient>(m_config, m_network, *m_clock, 10s);
        m_debugPort = freeLoopbackPort();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "last page step:" << m_lastStep;
            qWarning().noquote() << "provider output:" << m_provider.transcript().right(3000);
        }
        m_tokenClient.reset();
    }

    void signsInConsentsRefreshesAndRevokesThroughTheEmbeddedWindow()
    {
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto connection = runFlow(flow, User::SignsInAndAllows);
        QVERIFY2(connection && connection->hasValue(), why(connection).constData());
        QCOMPARE(connection->value().account, QStringLiteral("alice@example.test"));
        QVERIFY(!connection->value().tokens.refreshToken.isEmpty());
        QCOMPARE(m_store->entryCount(), 1);
        // The user went through both of the provider's pages, in the window.
        QVERIFY2(m_steps.contains(QStringLiteral("login")) && m_steps.contains(QStringLiteral("consent")),
            qPrintable(m_steps.join(u',')));

        // Refreshed before expiry, through the session the calendar adapters use …
        OAuthSession session(m_config,
            OAuthTokenKeychain(*m_store, kKeychainAccount, kProvider, connection->value().account), *m_tokenClient,
            *m_clock);
        m_clock->setNow(connection->value().tokens.expiresAtUtc.addSecs(-30));
        const auto refreshed = awaitEvents(session.accessToken());
        QVERIFY(refreshed && refreshed->hasValue());
        QVERIFY(refreshed->value() != connection->value().tokens.accessToken);
        QCOMPARE(session.refreshCount(), 1);

        // … and revoked at the provider on disconnect.
        const auto report = awaitEvents(session.disconnect());
        QVERIFY(report && report->hasValue() && !report->value().revocationError);
        QCOMPARE(m_store->entryCount(), 0);
        const auto dead = awaitEvents(m_tokenClient->refresh(connection->value().tokens.refreshToken));
        QVERIFY(dead && !dead->hasValue());
        QCOMPARE(oauthFailureOf(dead->error()), OAuthFailure::InvalidGrant);

        // The window's profile was off the record: nothing of the provider's session (cookies,
        // cache, storage) was written under this test's private HOME.
        for (const QString& root :
            {QStringLiteral(".local/share"), QStringLiteral(".cache"), QStringLiteral(".config")}) {
            QDirIterator it(
                QDir::home().filePath(root), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QVERIFY2(!path.contains(QLatin1StringView("QtWebEngine"))
                        && !path.contains(QLatin1StringView("clientele-signin")),
                    qPrintable(path));
            }
        }

        // No code or token in the log of either process.
        QVERIFY(!test::LogCapture::lines().isEmpty());
        for (const QString& line : std::as_const(test::LogCapture::lines())) {
            QVERIFY2(!line.contains(QString::fromLatin1(connection->value().tokens.refreshToken)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1StringView("code=")), qPrintable(line));
        }
    }

    void theCodeIsRefusedWithoutItsVerifier()
    {
        // The window hands back only the redirect; the PKCE verifier stays with the desktop, and the
        // provider refuses the code without it.
        EmbeddedBrowserUserAgent agent(options());
        const Result<QUrl> redirect = agent.prepare(m_config.redirectUri);
        QVERIFY(redirect);
        QCOMPARE(*redirect, m_config.redirectUri); // unchanged: nothing listens
        const Pkce pkce = Pkce::generate();
        const QByteArray state = OAuthState::generate();
        const QFuture<Result<OAuthRedirect>> answer =
            agent.authorize(m_config.authorizationUrl(*redirect, state, pkce.challenge()));
        QVERIFY(drive(answer, User::SignsInAndAllows));
        QVERIFY(answer.result().hasValue());
        QVERIFY(OAuthState::matches(state, answer.result().value().state));
        const auto refused = awaitEvents(
            m_tokenClient->exchangeCode(answer.result().value().code, Pkce::generate().verifier(), *redirect));
        QVERIFY(refused && !refused->hasValue());
        QCOMPARE(oauthFailureOf(refused->error()), OAuthFailure::InvalidGrant);
    }

    void deniedConsentIsExplained()
    {
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = runFlow(flow, User::SignsInAndDenies);
        // Each window is a fresh off-the-record profile: the provider asked for the password again
        // although earlier flows had signed in.
        QVERIFY2(m_steps.contains(QStringLiteral("login")), qPrintable(m_steps.join(u',')));
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::AccessDenied);
        QVERIFY(result->error().userMessage().contains(QLatin1StringView("did not allow")));
        QCOMPARE(m_store->entryCount(), 0);
    }

    void anotherAccountThanTheOneBeingReconnectedIsRefused()
    {
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = runFlow(flow, User::SignsInAndAllows, QStringLiteral("bob@example.test"));
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::WrongAccount);
        QCOMPARE(m_store->entryCount(), 0);
    }

    void aPageThatClosesTheWindowEndsTheFlowAsClosed()
    {
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = runFlow(flow, User::ClosesThePage);
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::UserClosed);
        QVERIFY(result->error().userMessage().contains(QLatin1StringView("cancelled")));
    }

    void cancellingClosesTheWindow()
    {
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const QFuture<Result<OAuthConnection>> result = flow.start();
        test::DevToolsClient devTools(m_debugPort);
        const QString attached = devTools.attach(m_provider.url(QStringLiteral("/")).toString(), 30s);
        QVERIFY2(attached.isEmpty(), qPrintable(attached));

        flow.cancel(); // the user pressed Cancel in the desktop's connect dialog
        const auto cancelled = awaitEvents(result, 5s);
        QVERIFY(cancelled && !cancelled->hasValue());
        QCOMPARE(oauthFailureOf(cancelled->error()), OAuthFailure::UserClosed);
        // The window process goes with it: its DevTools port stops answering.
        QTRY_VERIFY_WITH_TIMEOUT(!devTools.portAnswers(), 10000);
    }

    void anUnreachableProviderIsANetworkFailure()
    {
        OAuthProviderConfig offline = m_config;
        offline.authorizationEndpoint.setPort(test::deadLoopbackPort());
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(offline, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = awaitEvents(flow.start());
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::Network);
        QVERIFY(result->error().isRetryable());
        QVERIFY2(result->error().detail().contains(QLatin1StringView("ERR_CONNECTION_REFUSED")),
            qPrintable(result->error().detail()));
    }

    void aCertificateErrorIsRefusedNotClickedThrough()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("TLS_KEY"), dir.filePath(QStringLiteral("key.pem")));
        environment.insert(QStringLiteral("TLS_CERT"), dir.filePath(QStringLiteral("cert.pem")));
        test::NodePeer impostor;
        const QString failure = impostor.start(
            QStringLiteral("self-signed-https.mjs"), QStringLiteral("self-signed-https"), {}, environment);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        OAuthProviderConfig impostorConfig = m_config;
        impostorConfig.authorizationEndpoint = impostor.url(QStringLiteral("/auth"));
        impostorConfig.authorizationEndpoint.setScheme(QStringLiteral("https"));
        EmbeddedBrowserUserAgent agent(options());
        OAuthFlow flow(impostorConfig, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = awaitEvents(flow.start());
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::UntrustedCertificate);
        QVERIFY(result->error().userMessage().contains(QLatin1StringView("certificate")));
        QCOMPARE(m_store->entryCount(), 0);
    }

    void aMissingWindowProgramIsExplained()
    {
        EmbeddedBrowserUserAgent::Options missing = options();
        missing.program = QStringLiteral("/nonexistent/clientele-signin");
        EmbeddedBrowserUserAgent agent(missing);
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = awaitEvents(flow.start(), 10s);
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::BrowserUnavailable);
    }

    void theWindowNeverInheritsRemoteDebugging()
    {
        QProcessEnvironment inherited;
        inherited.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("0.0.0.0:9222"));
        inherited.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--remote-debugging-port=9222"));
        inherited.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const QProcessEnvironment clean = EmbeddedBrowserUserAgent::signInEnvironment(inherited);
        QVERIFY(!clean.contains(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING")));
        QVERIFY(!clean.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")));
        QCOMPARE(clean.value(QStringLiteral("LANG")), QStringLiteral("de_DE.UTF-8"));
    }

private:
    // The real window, with DevTools on a port of this test's choosing (the only way in).
    EmbeddedBrowserUserAgent::Options options() const
    {
        EmbeddedBrowserUserAgent::Options options;
        options.program = QStringLiteral(CLIENTELE_SIGNIN_PROGRAM);
        options.windowTitle = QStringLiteral("Connect Test Provider");
        options.providerName = m_config.displayName;
        options.timeout = 60s;
        options.environment = QProcessEnvironment::systemEnvironment();
        options.environment.insert(
            QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("127.0.0.1:%1").arg(m_debugPort));
        return options;
    }

    std::optional<Result<OAuthConnection>> runFlow(OAuthFlow& flow, User user, const QString& expectedAccount = {})
    {
        const QFuture<Result<OAuthConnection>> result = flow.start(expectedAccount);
        if (!drive(result, user)) {
            return std::nullopt;
        }
        return awaitEvents(result, 20s); // the code exchange after the window closed
    }

    // Plays the user in the window until `done` finishes (the window caught the redirect or closed).
    template<typename T>
    bool drive(const QFuture<T>& done, User user)
    {
        m_steps.clear();
        test::DevToolsClient devTools(m_debugPort);
        m_lastStep = devTools.attach(
            m_provider.url(QStringLiteral("/")).toString(), 30s, [&done]() { return done.isFinished(); });
        if (!m_lastStep.isEmpty()) {
            return done.isFinished();
        }
        const QString script = stepScript(user, QStringLiteral("alice"));
        const QDeadlineTimer deadline(45s);
        while (!done.isFinished() && !deadline.hasExpired()) {
            if (devTools.isConnected()) {
                if (const std::optional<QJsonValue> step = devTools.evaluate(script, 2s)) {
                    m_lastStep = step->toString();
                    if (m_lastStep != u"waiting") {
                        m_steps.append(m_lastStep);
                    }
                }
            }
            QTest::qWait(100);
        }
        return done.isFinished();
    }

    test::OidcProviderProcess m_provider;
    OAuthProviderConfig m_config;
    QNetworkAccessManager m_network;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    quint16 m_debugPort = 0;
    QString m_lastStep;
    QStringList m_steps;
};

QTEST_GUILESS_MAIN(TestOAuthEmbedded)
#include "test_oauth_embedded.moc"
