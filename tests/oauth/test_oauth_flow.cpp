#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <chrono>
#include <memory>
#include <optional>

#include "core/adapters/oauth/LoopbackRedirectListener.h"
#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/adapters/oauth/SystemBrowserUserAgent.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthFlow.h"
#include "core/oauth/OAuthSession.h"
#include "core/oauth/OAuthState.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/oauth/Pkce.h"
#include "tests/oauth/OidcProviderProcess.h"
#include "tests/oauth/ScriptedBrowser.h"
#include "tests/support/EventLoopAwait.h"
#include "tests/support/LogCapture.h"

using namespace clientele;
using namespace std::chrono_literals;
using clientele::test::awaitEvents;
using clientele::test::why;

namespace {

const QString kKeychainAccount = QStringLiteral("practice-1");
const QString kProvider = QStringLiteral("oidc-test");

struct Http
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

Http httpGet(const QUrl& url, const QByteArray& bearer = {}, const QByteArray& method = "GET")
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (!bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearer);
    }
    QNetworkReply* reply = manager.sendCustomRequest(request, method);
    const QDeadlineTimer deadline(15000);
    while (!reply->isFinished() && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    Http result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll()};
    delete reply;
    return result;
}

} // namespace

// The OAuth core of issue 7 end to end against a real OpenID Connect provider (npm oidc-provider)
// on loopback: the real loopback listener and system-browser agent, a scripted browser, the real
// token client, keychain storage in MemorySecretStore.
class TestOAuthFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::LogCapture::install();
        const QString failure = m_provider.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_config = m_provider.desktopClient();
        QCOMPARE(m_config.providerId, kProvider);
    }

    void cleanupTestCase() { m_provider.stop(); }

    void init()
    {
        m_store = std::make_unique<MemorySecretStore>();
        m_browser = std::make_unique<test::ScriptedBrowser>();
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_tokenClient = std::make_unique<OAuthTokenClient>(m_config, m_network, *m_clock, 10s);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "browser trouble:" << m_browser->trouble();
            qWarning().noquote() << "provider output:" << m_provider.transcript().right(4000);
        }
        m_tokenClient.reset();
    }

    void connectsAnAccountAndStoresItsTokensInTheKeychainOnly()
    {
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
        QCOMPARE(connection->account, QStringLiteral("alice@example.test"));
        QCOMPARE(connection->keychainPurpose, QStringLiteral("oauth/oidc-test/alice@example.test"));
        QVERIFY(!connection->tokens.accessToken.isEmpty());
        QVERIFY2(
            !connection->tokens.refreshToken.isEmpty(), "offline_access with prompt=consent gives a refresh token");
        QVERIFY(connection->tokens.expiresAtUtc.isValid());

        // The browser went to the provider with PKCE S256 and a loopback redirect on our port …
        const QUrlQuery sent(m_browser->authorizationUrl());
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        const QUrl redirect(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0); // registered without a port: oidc-provider took ours (RFC 8252 §7.3)
        // … and came back to the listener, which said so in the tab.
        QCOMPARE(m_browser->callbackStatus(), 200);
        QVERIFY(m_browser->callbackPage().contains("You can close this tab and return to Clientele"));
        QVERIFY(!m_browser->callbackPage().contains(connection->tokens.accessToken));

        // One keychain entry holding the tokens …
        QCOMPARE(m_store->entryCount(), 1);
        const auto stored =
            awaitEvents(OAuthTokenKeychain(*m_store, kKeychainAccount, kProvider, connection->account).load());
        QVERIFY(stored && stored->hasValue());
        QCOMPARE(stored->value().refreshToken, connection->tokens.refreshToken);
        // … and nowhere on disk (settings, caches) under this test's private HOME.
        assertNotOnDisk(connection->tokens.accessToken);
        assertNotOnDisk(connection->tokens.refreshToken);

        // Nothing secret in the log (cl.* is at debug level in tests): tokens, code, verifier.
        const QString code = QUrlQuery(m_browser->callbackUrl()).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        QVERIFY2(!test::LogCapture::lines().isEmpty(), "nothing was logged: the check below would prove nothing");
        for (const QString& line : std::as_const(test::LogCapture::lines())) {
            QVERIFY2(!line.contains(QString::fromLatin1(connection->tokens.accessToken)), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(connection->tokens.refreshToken)), qPrintable(line));
            QVERIFY2(!line.contains(code), qPrintable(line));
        }

        // The access token works at the provider's userinfo endpoint.
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), connection->tokens.accessToken).status, 200);
    }

    void theProviderRefusesTheCodeWithAnotherVerifier()
    {
        SystemBrowserUserAgent agent(
            [this](const QUrl& url) { return m_browser->open(url); }, m_config.displayName, 20s);
        const Result<QUrl> redirect = agent.prepare(m_config.redirectUri);
        QVERIFY(redirect);
        const Pkce pkce = Pkce::generate();
        const QByteArray state = OAuthState::generate();
        const auto answer = awaitEvents(agent.authorize(m_config.authorizationUrl(*redirect, state, pkce.challenge())));
        QVERIFY(answer && answer->hasValue());
        QVERIFY(!answer->value().code.isEmpty());
        QVERIFY(OAuthState::matches(state, answer->value().state));

        const auto refused =
            awaitEvents(m_tokenClient->exchangeCode(answer->value().code, Pkce::generate().verifier(), *redirect));
        QVERIFY(refused && !refused->hasValue());
        QCOMPARE(oauthFailureOf(refused->error()), OAuthFailure::InvalidGrant);
        // The same code with the right verifier is accepted: the verifier alone made the difference
        // (oidc-provider checks PKCE before it consumes the code).
        const auto accepted =
            awaitEvents(m_tokenClient->exchangeCode(answer->value().code, pkce.verifier(), *redirect));
        QVERIFY2(accepted && accepted->hasValue(), why(accepted).constData());
        QVERIFY(!accepted->value().accessToken.isEmpty());
    }

    void refreshesBeforeExpiryAndSharesOneRefreshBetweenCallers()
    {
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(connection);
        OAuthSession session(m_config, keychainFor(*connection), *m_tokenClient, *m_clock);

        const auto first = awaitEvents(session.accessToken());
        QVERIFY(first && first->hasValue());
        QCOMPARE(first->value(), connection->tokens.accessToken);
        QCOMPARE(session.refreshCount(), 0);

        // 30 s before expiry: inside the 60 s margin, so the session refreshes.
        m_clock->setNow(connection->tokens.expiresAtUtc.addSecs(-30));
        const auto refreshed = awaitEvents(session.accessToken());
        QVERIFY2(refreshed && refreshed->hasValue(), why(refreshed).constData());
        QVERIFY(refreshed->value() != first->value());
        QCOMPARE(session.refreshCount(), 1);
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), refreshed->value()).status, 200);
        // oidc-provider rotates public clients' refresh tokens, like Microsoft: the keychain has the new one.
        const auto stored = awaitEvents(keychainFor(*connection).load());
        QVERIFY(stored && stored->hasValue());
        QCOMPARE(stored->value().accessToken, refreshed->value());
        QVERIFY(stored->value().refreshToken != connection->tokens.refreshToken);

        // Three callers at once past expiry: one refresh, one token for all.
        m_clock->setNow(stored->value().expiresAtUtc.addSecs(10));
        auto a = session.accessToken();
        auto b = session.accessToken();
        auto c = session.accessToken();
        const auto ra = awaitEvents(a);
        const auto rb = awaitEvents(b);
        const auto rc = awaitEvents(c);
        QVERIFY(ra && rb && rc && ra->hasValue() && rb->hasValue() && rc->hasValue());
        QCOMPARE(session.refreshCount(), 2);
        QCOMPARE(ra->value(), rb->value());
        QCOMPARE(rb->value(), rc->value());
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), rc->value()).status, 200);
    }

    void refreshesOnceWhenTheProviderAnswers401()
    {
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(connection);
        OAuthSession session(m_config, keychainFor(*connection), *m_tokenClient, *m_clock);
        const auto token = awaitEvents(session.accessToken());
        QVERIFY(token && token->hasValue());
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), token->value()).status, 200);

        // The provider stops accepting the access token before its expiry (revoked on its side).
        const auto revoked =
            awaitEvents(m_tokenClient->revoke(token->value(), OAuthTokenEndpoint::TokenKind::AccessToken));
        QVERIFY(revoked && revoked->hasValue());
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), token->value()).status, 401);

        const auto fresh = awaitEvents(session.accessTokenAfterUnauthorized(token->value()));
        QVERIFY2(fresh && fresh->hasValue(), why(fresh).constData());
        QCOMPARE(session.refreshCount(), 1);
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), fresh->value()).status, 200);
        // A second caller holding the same stale token gets the fresh one, without another refresh.
        const auto again = awaitEvents(session.accessTokenAfterUnauthorized(token->value()));
        QVERIFY(again && again->hasValue());
        QCOMPARE(again->value(), fresh->value());
        QCOMPARE(session.refreshCount(), 1);
        // If even the fresh token is refused, the answer is "reconnect", not a refresh loop.
        const auto loop = awaitEvents(session.accessTokenAfterUnauthorized(fresh->value()));
        QVERIFY(loop && !loop->hasValue());
        QCOMPARE(oauthFailureOf(loop->error()), OAuthFailure::InvalidGrant);
        QCOMPARE(session.refreshCount(), 1);
    }

    void disconnectRevokesAtTheProviderAndForgetsTheTokens()
    {
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(connection);
        OAuthSession session(m_config, keychainFor(*connection), *m_tokenClient, *m_clock);
        const auto report = awaitEvents(session.disconnect());
        QVERIFY(report && report->hasValue());
        QVERIFY2(
            !report->value().revocationError, qPrintable(report->value().revocationError.value_or(Error()).toString()));
        QCOMPARE(m_store->entryCount(), 0);

        // At the provider, both tokens are dead.
        const auto refresh = awaitEvents(m_tokenClient->refresh(connection->tokens.refreshToken));
        QVERIFY(refresh && !refresh->hasValue());
        QCOMPARE(oauthFailureOf(refresh->error()), OAuthFailure::InvalidGrant);
        QVERIFY(refresh->error().userMessage().contains(QLatin1StringView("Reconnect")));
        QCOMPARE(httpGet(m_provider.url(QStringLiteral("/me")), connection->tokens.accessToken).status, 401);
        // And the session hands out nothing more.
        const auto after = awaitEvents(session.accessToken());
        QVERIFY(after && !after->hasValue());
    }

    void disconnectDuringARefreshLeavesNothingInTheKeychain()
    {
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(connection);
        OAuthSession session(m_config, keychainFor(*connection), *m_tokenClient, *m_clock);
        QVERIFY(awaitEvents(session.accessToken()).value_or(Result<QByteArray>(Error())).hasValue());
        m_clock->setNow(connection->tokens.expiresAtUtc.addSecs(10));
        const auto refreshing = session.accessToken(); // a refresh is now in flight
        const auto report = awaitEvents(session.disconnect());
        const auto token = awaitEvents(refreshing);
        QVERIFY(report && report->hasValue());
        QVERIFY(token && !token->hasValue());
        QTest::qWait(200); // let the refresh answer arrive, if it still has to
        QCOMPARE(m_store->entryCount(), 0);
    }

    void disconnectWhileOfflineStillForgetsTheTokensAndReportsIt()
    {
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(connection);
        OAuthProviderConfig offline = m_config;
        offline.revocationEndpoint.setPort(test::deadLoopbackPort());
        OAuthTokenClient offlineClient(offline, m_network, *m_clock, 5s);
        OAuthSession session(offline, keychainFor(*connection), offlineClient, *m_clock);
        const auto report = awaitEvents(session.disconnect());
        QVERIFY(report && report->hasValue());
        QVERIFY(report->value().revocationError.has_value());
        QCOMPARE(oauthFailureOf(*report->value().revocationError), OAuthFailure::Network);
        QCOMPARE(m_store->entryCount(), 0);
    }

    void deniedConsentSaysSo()
    {
        m_browser->consent = test::ScriptedBrowser::Consent::Deny;
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(!connection);
        QCOMPARE(oauthFailureOf(connection.error()), OAuthFailure::AccessDenied);
        QVERIFY2(connection.error().userMessage().contains(QLatin1StringView("did not allow")),
            qPrintable(connection.error().userMessage()));
        QCOMPARE(m_store->entryCount(), 0);
    }

    void aRedirectWithAnotherStateIsRefused()
    {
        m_browser->tamperState = true;
        const Result<OAuthConnection> connection = connectAccount();
        QVERIFY(!connection);
        QCOMPARE(oauthFailureOf(connection.error()), OAuthFailure::StateMismatch);
        QVERIFY(connection.error().userMessage().contains(QLatin1StringView("possible forgery")));
        QCOMPARE(m_store->entryCount(), 0);
    }

    void reconnectingWithAnotherAccountIsRefused()
    {
        m_browser->login = QStringLiteral("mallory");
        const Result<OAuthConnection> connection = connectAccount(QStringLiteral("alice@example.test"));
        QVERIFY(!connection);
        QCOMPARE(oauthFailureOf(connection.error()), OAuthFailure::WrongAccount);
        QVERIFY(connection.error().userMessage().contains(QLatin1StringView("different account")));
        QCOMPARE(m_store->entryCount(), 0);
    }

    void theListenerTimesOutWhenTheBrowserNeverComesBack()
    {
        m_browser->neverReturn = true;
        SystemBrowserUserAgent agent(
            [this](const QUrl& url) { return m_browser->open(url); }, m_config.displayName, 300ms);
        const Result<QUrl> redirect = agent.prepare(m_config.redirectUri);
        QVERIFY(redirect);
        const auto answer = awaitEvents(agent.authorize(m_config.authorizationUrl(*redirect, "s", "c")), 5s);
        QVERIFY(answer && !answer->hasValue());
        QCOMPARE(oauthFailureOf(answer->error()), OAuthFailure::TimedOut);
        QCOMPARE(m_browser->opened(), 1);
        // The port is closed again (RFC 8252 §8.3: open only for the flow).
        QCOMPARE(httpGet(*redirect).error, QNetworkReply::ConnectionRefusedError);
    }

    void noBrowserMeansBrowserUnavailable()
    {
        SystemBrowserUserAgent agent([](const QUrl&) { return false; }, m_config.displayName, 20s);
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = awaitEvents(flow.start());
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::BrowserUnavailable);
    }

    void cancellingTheFlowEndsItAsUserClosed()
    {
        m_browser->neverReturn = true;
        SystemBrowserUserAgent agent(
            [this](const QUrl& url) { return m_browser->open(url); }, m_config.displayName, 20s);
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto pending = flow.start();
        QTest::qWait(50);
        flow.cancel();
        const auto result = awaitEvents(pending, 5s);
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::UserClosed);
    }

    void providerDownGivesANetworkError()
    {
        OAuthProviderConfig down = m_config;
        down.tokenEndpoint.setPort(test::deadLoopbackPort());
        OAuthTokenClient client(down, m_network, *m_clock, 5s);
        const auto result = awaitEvents(client.refresh("any-refresh-token"));
        QVERIFY(result && !result->hasValue());
        QCOMPARE(oauthFailureOf(result->error()), OAuthFailure::Network);
        QCOMPARE(result->error().code(), Error::Code::Network);
        QVERIFY(result->error().isRetryable());
        QVERIFY(result->error().userMessage().contains(QLatin1StringView("could not reach")));
    }

    void aServerAnsweringHtmlIsAServerError()
    {
        // The provider's discovery path answers 404 JSON-less for POST: not an OAuth error body.
        OAuthProviderConfig wrong = m_config;
        wrong.tokenEndpoint = m_provider.url(QStringLiteral("/not-a-token-endpoint"));
        OAuthTokenClient client(wrong, m_network, *m_clock, 5s);
        const auto result = awaitEvents(client.refresh("any-refresh-token"));
        QVERIFY(result && !result->hasValue());
        QVERIFY2(oauthFailureOf(result->error()) == OAuthFailure::ServerError
                || oauthFailureOf(result->error()) == OAuthFailure::ProviderError,
            qPrintable(result->error().toString()));
    }

    void listenerAnswersOnlyItsPathOnceAndOnlyOnLoopback()
    {
        LoopbackRedirectListener listener;
        const Result<QUrl> redirect =
            listener.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), 20s, m_config.displayName);
        QVERIFY(redirect);
        QCOMPARE(redirect->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect->path(), QStringLiteral("/callback"));
        QVERIFY(listener.isListening());
        const quint16 port = listener.port();

        // Only loopback: no other local address accepts a connection on the port.
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.isLinkLocal()) {
                continue;
            }
            QTcpSocket socket;
            socket.connectToHost(address, port);
            QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
        }
        // Both loopbacks, when the machine has IPv6.
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHostIPv6, 0)) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHostIPv6, port);
            QVERIFY(socket.waitForConnected(2000));
        }

        QUrl other = *redirect;
        other.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(httpGet(other).status, 404);
        QCOMPARE(httpGet(*redirect, {}, "POST").status, 405);
        QCOMPARE(httpGet(*redirect).status, 400); // neither code nor error
        QVERIFY(!listener.redirect().isFinished());

        QUrl answer = *redirect;
        answer.setQuery(QStringLiteral("error=access_denied&error_description=User+said+no&state=abc"));
        const Http page = httpGet(answer);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("You can close this tab and return to Clientele"));
        const auto result = awaitEvents(listener.redirect());
        QVERIFY(result && result->hasValue());
        QCOMPARE(result->value().error, QStringLiteral("access_denied"));
        QCOMPARE(result->value().errorDescription, QStringLiteral("User said no"));
        QCOMPARE(result->value().state, QByteArrayLiteral("abc"));

        // Done: the port is closed, a second request is refused.
        QVERIFY(!listener.isListening());
        QCOMPARE(httpGet(answer).error, QNetworkReply::ConnectionRefusedError);
    }

private:
    Result<OAuthConnection> connectAccount(const QString& expectedAccount = {})
    {
        SystemBrowserUserAgent agent(
            [this](const QUrl& url) { return m_browser->open(url); }, m_config.displayName, 20s);
        OAuthFlow flow(m_config, agent, *m_tokenClient, *m_store, kKeychainAccount);
        const auto result = awaitEvents(flow.start(expectedAccount), 30s);
        if (!result) {
            return Error(Error::Code::Timeout, QStringLiteral("the flow did not finish"), m_browser->trouble());
        }
        return *result;
    }

    OAuthTokenKeychain keychainFor(const OAuthConnection& connection)
    {
        return OAuthTokenKeychain(*m_store, kKeychainAccount, kProvider, connection.account);
    }

    // Where settings and app files could land: the settings file, the test-mode standard locations,
    // and under CTest (clientele_add_test) the whole private HOME. Never a developer's real HOME.
    static void assertNotOnDisk(const QByteArray& secret)
    {
        QStringList roots {QSettings().fileName(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        const QString buildDir = qEnvironmentVariable("CLIENTELE_BUILD_DIR");
        if (!buildDir.isEmpty() && QDir::homePath().startsWith(buildDir)) {
            roots.append(QDir::homePath());
        }
        for (const QString& root : std::as_const(roots)) {
            QStringList paths;
            if (QFileInfo(root).isFile()) {
                paths.append(root);
            }
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                paths.append(files.next());
            }
            for (const QString& path : std::as_const(paths)) {
                QFile file(path);
                if (file.size() < 10LL * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
                    QVERIFY2(!file.readAll().contains(secret), qPrintable(path));
                }
            }
        }
    }

    test::OidcProviderProcess m_provider;
    OAuthProviderConfig m_config;
    QNetworkAccessManager m_network;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<test::ScriptedBrowser> m_browser;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "test_oauth_flow.moc"
