#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <functional>

#include "core/fakes/FakeOAuthUserAgent.h"
#include "core/oauth/ConnectableProviders.h"
#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthProviderConfig.h"
#include "core/oauth/OAuthState.h"
#include "core/oauth/OAuthTokens.h"
#include "core/oauth/Pkce.h"
#include "core/oauth/RedirectQuery.h"
#include "core/oauth/SignInProtocol.h"

using namespace clientele;

// PKCE, state, the authorization URL and the token record: the pure parts of issue 7.
class TestOAuthPkce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rfc7636AppendixBVector()
    {
        // RFC 7636 Appendix B (PROVIDERS.md §7.2), the official vector.
        const unsigned char octets[] = {116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22,
            212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121};
        const Result<Pkce> pkce = Pkce::fromOctets(QByteArray(reinterpret_cast<const char*>(octets), sizeof(octets)));
        QVERIFY(pkce);
        QCOMPARE(pkce->verifier(), QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(pkce->challenge(), QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::challengeOf(pkce->verifier()), pkce->challenge());
        QCOMPARE(Pkce::method(), QByteArrayLiteral("S256"));
    }

    void octetCountsOutsideRfcBoundsAreRefused_data()
    {
        QTest::addColumn<int>("octets");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("31 octets make a 42-character verifier: too short") << 31 << false;
        QTest::newRow("32 octets make 43 characters: the minimum") << 32 << true;
        QTest::newRow("96 octets make 128 characters: the maximum") << 96 << true;
        QTest::newRow("97 octets make 130 characters: too long") << 97 << false;
    }

    void octetCountsOutsideRfcBoundsAreRefused()
    {
        QFETCH(int, octets);
        QFETCH(bool, accepted);
        const Result<Pkce> pkce = Pkce::fromOctets(QByteArray(octets, '\x5a'));
        QCOMPARE(pkce.hasValue(), accepted);
        if (accepted) {
            QVERIFY(Pkce::isValidVerifier(pkce->verifier()));
        } else {
            QCOMPARE(pkce.error().code(), Error::Code::InvalidInput);
        }
    }

    void generatedVerifiersUseTheUnreservedCharsetAndDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const Pkce pkce = Pkce::generate();
            QCOMPARE(pkce.verifier().size(), 43);
            QVERIFY2(Pkce::isValidVerifier(pkce.verifier()), pkce.verifier().constData());
            QCOMPARE(pkce.challenge(), Pkce::challengeOf(pkce.verifier()));
            QCOMPARE(pkce.challenge().size(), 43); // 32-byte hash, base64url without padding
            QVERIFY(!pkce.challenge().contains('='));
            seen.insert(pkce.verifier());
        }
        QCOMPARE(seen.size(), 200);
        QVERIFY(!Pkce::isValidVerifier(QByteArray(43, '+')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz-._~ABCDEFGHIJKLM0123")));
    }

    void stateIsRandomAndComparedExactly()
    {
        const QByteArray state = OAuthState::generate();
        QCOMPARE(state.size(), 43);
        QVERIFY(state != OAuthState::generate());
        QVERIFY(OAuthState::matches(state, state));
        QByteArray changed = state;
        changed[changed.size() - 1] = changed.at(changed.size() - 1) == 'A' ? 'B' : 'A';
        QVERIFY(!OAuthState::matches(state, changed));
        QVERIFY(!OAuthState::matches(state, state.left(42)));
        QVERIFY(!OAuthState::matches(state, {}));
        QVERIFY(!OAuthState::matches({}, {})); // an empty expected state matches nothing
    }

    void authorizationUrlCarriesEveryParameter()
    {
        OAuthProviderConfig config = OAuthProviderConfig::google(QStringLiteral("123.apps.googleusercontent.com"),
            QStringLiteral("desktop-secret"), {QStringLiteral("https://www.googleapis.com/auth/calendar")});
        const QUrl redirect(QStringLiteral("http://127.0.0.1:53123/callback"));
        const QUrl url = config.authorizationUrl(redirect, "st+te/1", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QCOMPARE(url.host(), QStringLiteral("accounts.google.com"));
        QCOMPARE(url.path(), QStringLiteral("/o/oauth2/v2/auth"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("123.apps.googleusercontent.com"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect.toString());
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("openid email https://www.googleapis.com/auth/calendar"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")),
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        // '+' and '/' in a value are escaped, so the server cannot read '+' as a space.
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QLatin1StringView("state=st%2Bte%2F1")),
            qPrintable(url.toString(QUrl::FullyEncoded)));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st+te/1"));
        // The client secret is for the token endpoint only.
        QVERIFY(!url.toString().contains(QLatin1StringView("desktop-secret")));

        const OAuthProviderConfig microsoft =
            OAuthProviderConfig::microsoft(QStringLiteral("app-id"), QStringLiteral("common"), {});
        const QUrlQuery msQuery(microsoft.authorizationUrl(redirect, "s", "c"));
        QCOMPARE(msQuery.queryItemValue(QStringLiteral("response_mode")), QStringLiteral("query"));
        QVERIFY(msQuery.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(QLatin1StringView("offline_access")));
    }

    void tokenResponsesAreParsedAndRefusedWhenIncomplete_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a complete response")
            << QByteArray(R"({"access_token":"a","expires_in":3599,"refresh_token":"r","token_type":"Bearer"})")
            << true;
        QTest::newRow("token_type in lower case")
            << QByteArray(R"({"access_token":"a","token_type":"bearer"})") << true;
        QTest::newRow("no access token") << QByteArray(R"({"token_type":"Bearer"})") << false;
        QTest::newRow("a MAC token") << QByteArray(R"({"access_token":"a","token_type":"mac"})") << false;
        QTest::newRow("an HTML page") << QByteArray("<html>Bad gateway</html>") << false;
    }

    void tokenResponsesAreParsedAndRefusedWhenIncomplete()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const Result<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(json, now);
        QCOMPARE(tokens.hasValue(), accepted);
        if (!accepted) {
            QCOMPARE(oauthFailureOf(tokens.error()), OAuthFailure::InvalidResponse);
        }
    }

    void tokensSurviveTheKeychainRecordAndRefreshKeepsTheRefreshToken()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const Result<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(
            R"({"access_token":"a1","expires_in":"3600","refresh_token":"r1","token_type":"Bearer","scope":"openid"})",
            now);
        QVERIFY(tokens);
        QCOMPARE(tokens->expiresAtUtc, now.addSecs(3600));
        QVERIFY(!tokens->expiresWithin(now, 60));
        QVERIFY(tokens->expiresWithin(now.addSecs(3541), 60));
        const Result<OAuthTokens> back = OAuthTokens::deserialize(tokens->serialize());
        QVERIFY(back);
        QCOMPARE(back->accessToken, tokens->accessToken);
        QCOMPARE(back->refreshToken, tokens->refreshToken);
        QCOMPARE(back->expiresAtUtc, tokens->expiresAtUtc);
        // Google does not rotate: the refresh response has no refresh_token, ours stays.
        const Result<OAuthTokens> googleRefresh =
            OAuthTokens::fromTokenResponse(R"({"access_token":"a2","expires_in":3600,"token_type":"Bearer"})", now);
        QCOMPARE(tokens->refreshedWith(*googleRefresh).refreshToken, QByteArrayLiteral("r1"));
        QCOMPARE(tokens->refreshedWith(*googleRefresh).accessToken, QByteArrayLiteral("a2"));
    }

    void errorsCarryTheirKind()
    {
        const Error denied = oauthErrorFromResponse(QStringLiteral("Google"), QStringLiteral("access_denied"), {});
        QCOMPARE(oauthFailureOf(denied), OAuthFailure::AccessDenied);
        QVERIFY(denied.userMessage().contains(QLatin1StringView("did not allow")));
        const Error expired = oauthErrorFromResponse(QStringLiteral("Google"), QStringLiteral("invalid_grant"),
            QStringLiteral("Token has been expired or revoked."));
        QCOMPARE(oauthFailureOf(expired), OAuthFailure::InvalidGrant);
        QVERIFY(expired.userMessage().contains(QLatin1StringView("Reconnect")));
        QCOMPARE(oauthFailureOf(Error(Error::Code::Network, QStringLiteral("x"))), OAuthFailure::None);
    }

    void signInWindowLinesRoundTripAndRefuseWhatIsNotASignIn()
    {
        SignInRequest request;
        request.authorizationUrl = QUrl(QStringLiteral("https://login.example.test/authorize?client_id=a&state=x%2By"));
        request.redirectUri = QUrl(QStringLiteral("http://localhost"));
        request.windowTitle = QStringLiteral("Mit Microsoft 365 verbinden — „Praxis“");
        request.providerName = QStringLiteral("Microsoft 365");
        request.localeName = QStringLiteral("de_DE");
        const QByteArray line = request.toLine();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // one line, whatever the title holds
        const std::optional<SignInRequest> read = SignInRequest::fromLine(line);
        QVERIFY(read);
        QCOMPARE(read->authorizationUrl, request.authorizationUrl);
        QCOMPARE(read->redirectUri, request.redirectUri);
        QCOMPARE(read->windowTitle, request.windowTitle);
        QCOMPARE(read->localeName, request.localeName);

        // Only web pages are shown in the window.
        request.authorizationUrl = QUrl(QStringLiteral("file:///etc/passwd"));
        QVERIFY(!SignInRequest::fromLine(request.toLine()));
        request.authorizationUrl = QUrl(QStringLiteral("javascript:alert(1)"));
        QVERIFY(!SignInRequest::fromLine(request.toLine()));
        QVERIFY(!SignInRequest::fromLine("not json\n"));

        SignInOutcome outcome;
        outcome.kind = SignInOutcome::Kind::Redirect;
        outcome.redirect = QUrl(QStringLiteral("http://localhost/?code=abc&state=x%2By"));
        const std::optional<SignInOutcome> back = SignInOutcome::fromLine(outcome.toLine());
        QVERIFY(back);
        QCOMPARE(back->kind, SignInOutcome::Kind::Redirect);
        QCOMPARE(parseRedirectQuery(back->redirect).state, QByteArray("x+y"));
        QVERIFY(!SignInOutcome::fromLine(R"({"outcome":"teleported"})"));
        QVERIFY(!SignInOutcome::fromLine(R"({"outcome":"redirect"})")); // a redirect needs its URL
        const std::optional<SignInOutcome> failed = SignInOutcome::fromLine(
            SignInOutcome {SignInOutcome::Kind::UntrustedCertificate, {}, QStringLiteral("x")}.toLine());
        QVERIFY(failed && failed->kind == SignInOutcome::Kind::UntrustedCertificate && failed->detail == u"x");
    }

    void redirectsAreRecognisedByOriginAndPath_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same, with query") << "http://127.0.0.1/callback?code=x"
                                          << "http://127.0.0.1/callback" << true;
        QTest::newRow("Microsoft's trailing slash") << "http://localhost/?code=x"
                                                    << "http://localhost" << true;
        QTest::newRow("other path") << "http://127.0.0.1/callback2?code=x"
                                    << "http://127.0.0.1/callback" << false;
        QTest::newRow("other port") << "http://127.0.0.1:8080/callback"
                                    << "http://127.0.0.1/callback" << false;
        QTest::newRow("other host") << "http://127.0.0.2/callback"
                                    << "http://127.0.0.1/callback" << false;
        QTest::newRow("https for http") << "https://127.0.0.1/callback"
                                        << "http://127.0.0.1/callback" << false;
        QTest::newRow("private-use scheme") << "app.clientele:/oauth?code=x"
                                            << "app.clientele:/oauth" << true;
    }

    void redirectsAreRecognisedByOriginAndPath()
    {
        QFETCH(QString, url);
        QFETCH(QString, redirect);
        QFETCH(bool, matches);
        QCOMPARE(isRedirectTo(QUrl(url), QUrl(redirect)), matches);
    }

    void onlyProvidersWithAClientIdAreOffered()
    {
        // A build without client ids offers nothing: connecting could only fail.
        const Result<QList<ConnectableProvider>> none = connectableProviders({}, {});
        QVERIFY(none && none->isEmpty());

        const Result<QList<ConnectableProvider>> both =
            connectableProviders(QStringLiteral("g-id:g-secret"), QStringLiteral("m-id"));
        QVERIFY(both);
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->at(0).config.providerId, QStringLiteral("google"));
        QCOMPARE(both->at(0).config.clientId, QStringLiteral("g-id"));
        QCOMPARE(both->at(0).config.clientSecret, QStringLiteral("g-secret"));
        // Google refuses embedded browsers; Microsoft 365 signs in in the window.
        QCOMPARE(both->at(0).signIn, ConnectableProvider::SignIn::SystemBrowser);
        QCOMPARE(both->at(1).signIn, ConnectableProvider::SignIn::EmbeddedBrowser);
        QVERIFY(both->at(0).config.scopes.contains(QStringLiteral("https://www.googleapis.com/auth/calendar")));
        QVERIFY(both->at(1).config.scopes.contains(QStringLiteral("Calendars.ReadWrite")));
    }

    void anOverrideFileReplacesOrAddsProvidersAndBadOnesAreNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("providers.json"));
        // One provider entry; `change` adjusts it before it is written.
        const auto write = [&path](const std::function<void(QJsonObject&)>& change) {
            QJsonObject provider {
                {QStringLiteral("id"), QStringLiteral("google")},
                {QStringLiteral("name"), QStringLiteral("Google (test)")},
                {QStringLiteral("clientId"), QStringLiteral("local")},
                {QStringLiteral("signIn"), QStringLiteral("system")},
                {QStringLiteral("calendarApi"), QStringLiteral("google")},
                {QStringLiteral("authorizationEndpoint"), QStringLiteral("http://127.0.0.1:1/auth")},
                {QStringLiteral("tokenEndpoint"), QStringLiteral("http://127.0.0.1:1/token")},
                {QStringLiteral("apiBase"), QStringLiteral("http://127.0.0.1:2/calendar/v3/")},
                {QStringLiteral("authorizationParameters"),
                    QJsonObject {{QStringLiteral("prompt"), QStringLiteral("consent")}}},
            };
            change(provider);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject {{QStringLiteral("providers"), QJsonArray {provider}}}).toJson());
        };
        write([](QJsonObject&) {});
        const Result<QList<ConnectableProvider>> replaced = connectableProviders(QStringLiteral("real-id"), {}, path);
        QVERIFY(replaced);
        QCOMPARE(replaced->size(), 1);
        QCOMPARE(replaced->constFirst().config.displayName, QStringLiteral("Google (test)"));
        QCOMPARE(replaced->constFirst().apiBase, QUrl(QStringLiteral("http://127.0.0.1:2/calendar/v3/")));
        QCOMPARE(replaced->constFirst().config.extraAuthorizationParameters.size(), 1);

        write([](QJsonObject& provider) { provider.insert(QStringLiteral("signIn"), QStringLiteral("telepathy")); });
        const Result<QList<ConnectableProvider>> refused = connectableProviders({}, {}, path);
        QVERIFY(!refused);
        QVERIFY(refused.error().userMessage().contains(path));
        QVERIFY(refused.error().userMessage().contains(QLatin1StringView("signIn")));

        write([](QJsonObject& provider) {
            provider.insert(QStringLiteral("authorizationEndpoint"), QStringLiteral("file:///etc/passwd"));
        });
        QVERIFY(!connectableProviders({}, {}, path));
        QVERIFY(!connectableProviders({}, {}, dir.filePath(QStringLiteral("missing.json"))));
    }

    void fakeUserAgentEchoesWhatTheFlowSent()
    {
        FakeOAuthUserAgent agent;
        const Result<QUrl> redirect = agent.prepare(QUrl(QStringLiteral("http://127.0.0.1/callback")));
        QVERIFY(redirect);
        QCOMPARE(redirect.value(), QUrl(QStringLiteral("http://127.0.0.1/callback")));
        agent.setResponder([](const QUrl& url) {
            return Result<OAuthRedirect>(OAuthRedirect {
                QStringLiteral("c"), QUrlQuery(url).queryItemValue(QStringLiteral("state")).toUtf8(), {}, {}});
        });
        const auto answer = agent.authorize(QUrl(QStringLiteral("https://idp.example/auth?state=xyz")));
        QVERIFY(answer.isFinished());
        QCOMPARE(answer.result()->state, QByteArrayLiteral("xyz"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthPkce)
#include "test_oauth_pkce.moc"
