// Settings → Connected accounts over a real encrypted practice and a real OpenID provider (npm
// oidc-provider on loopback): connect through the system-browser flow (a scripted browser in the
// user's place), reconnect, denied consent, cancel, and disconnect with revocation at the provider.
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <chrono>
#include <memory>

#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/adapters/oauth/SystemBrowserUserAgent.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/store/ConnectedAccounts.h"
#include "core/store/PracticeVault.h"
#include "core/store/Store.h"
#include "tests/oauth/OidcProviderProcess.h"
#include "tests/oauth/ScriptedBrowser.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/settings/AccountConnector.h"
#include "ui/settings/ConnectedAccountsPage.h"

using namespace clientele;
using namespace clientele::ui;
using namespace clientele::uitest;
using namespace std::chrono_literals;

namespace {

constexpr int kFlowMs = 30000;

} // namespace

class TestUiConnectedAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failure = m_provider.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(*m_clock);
        m_files.directory = m_dir.filePath(QStringLiteral("practice"));
        PracticeVault vault(*m_store, nullptr, 1s);
        QVERIFY(test::await(vault.create(m_files, nullptr, KeyFile::KdfProfile::Interactive)));
        m_vaultId = PracticeVault::vaultIdOf(m_files).value().toString(QUuid::WithoutBraces);
        m_accounts = std::make_unique<ConnectedAccounts>(*m_store);

        ConnectableProvider provider;
        provider.config = m_provider.desktopClient();
        provider.signIn = ConnectableProvider::SignIn::SystemBrowser;
        provider.calendarApi = QStringLiteral("google");
        m_config = provider.config;

        AccountServices services;
        services.keychain = &m_keychain;
        services.providers = {provider};
        services.userAgentFor = [this](const ConnectableProvider& chosen) -> std::unique_ptr<OAuthUserAgent> {
            return std::make_unique<SystemBrowserUserAgent>(
                [this](const QUrl& url) { return m_browser->open(url); }, chosen.config.displayName, 20s);
        };
        services.tokenEndpointFor = [this](const OAuthProviderConfig& chosen) -> std::unique_ptr<OAuthTokenEndpoint> {
            return std::make_unique<OAuthTokenClient>(chosen, m_network, *m_clock, 10s);
        };
        m_page = std::make_unique<ConnectedAccountsPage>();
        m_page->resize(640, 420);
        m_connector = std::make_unique<AccountConnector>(*m_page, *m_accounts, *m_clock, services, m_vaultId);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void init() { m_browser = std::make_unique<test::ScriptedBrowser>(); }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "browser trouble:" << m_browser->trouble();
        }
    }

    void cleanupTestCase()
    {
        m_connector.reset();
        m_page.reset();
        if (m_store->isOpen()) {
            QVERIFY(test::await(m_store->lock()));
        }
        m_provider.stop();
    }

    void offersOnlyTheProvidersThisBuildCanConnect()
    {
        auto* connect = find<QPushButton>(m_page.get(), "connect_oidc-test");
        QVERIFY(connect);
        QCOMPARE(connect->text(), QStringLiteral("Connect Test Provider…"));
        QVERIFY(find(m_page.get(), "connectedAccountsEmpty")->isVisible());
        QVERIFY(!find(m_page.get(), "noConnectableProviders")->isVisible());
        QVERIFY(!find(m_page.get(), "disconnectAccountButton")->isEnabled());
        QVERIFY(shoot(m_page.get(), QStringLiteral("connected-accounts-empty.png")));

        // A build without client ids offers nothing, and says so instead of showing dead buttons.
        ConnectedAccountsPage bare;
        QVERIFY(bare.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^connect_"))).isEmpty());
        QVERIFY(!find(&bare, "noConnectableProviders")->isHidden());
    }

    void connectingSignsInAndListsTheAccount()
    {
        QTest::mouseClick(find<QPushButton>(m_page.get(), "connect_oidc-test"), Qt::LeftButton);
        auto* list = find<QTreeWidget>(m_page.get(), "connectedAccountList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, kFlowMs);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Test Provider — alice@example.test"));
        QVERIFY(list->topLevelItem(0)->text(1).contains(QLatin1StringView("not synced yet")));
        QVERIFY(find<QLabel>(m_page.get(), "connectOutcome")->text().contains(QLatin1StringView("is connected")));
        QVERIFY(find(m_page.get(), "disconnectAccountButton")->isEnabled());
        QCOMPARE(m_browser->opened(), 1);

        // Recorded in the practice, tokens under the practice's keychain account.
        const QList<ConnectedAccount> stored = value(m_accounts->list());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().keychainPurpose, QStringLiteral("oauth/oidc-test/alice@example.test"));
        QCOMPARE(m_keychain.entryCount(), 1);
        const Result<OAuthTokens> tokens = test::await(
            OAuthTokenKeychain(m_keychain, m_vaultId, QStringLiteral("oidc-test"), QStringLiteral("alice@example.test"))
                .load());
        QVERIFY(tokens && !tokens->refreshToken.isEmpty());
        QVERIFY(shoot(m_page.get(), QStringLiteral("connected-accounts-one.png")));
    }

    void reconnectingTheSameAccountKeepsOneEntry()
    {
        const QUuid before = value(m_accounts->list()).constFirst().id;
        QTest::mouseClick(find<QPushButton>(m_page.get(), "connect_oidc-test"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(m_page.get(), "connect_oidc-test")->isEnabled(), kFlowMs);
        const QList<ConnectedAccount> after = value(m_accounts->list());
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().id, before);
        QCOMPARE(m_keychain.entryCount(), 1);
    }

    void deniedConsentSaysWhyAndChangesNothing()
    {
        m_browser->consent = test::ScriptedBrowser::Consent::Deny;
        QTest::mouseClick(find<QPushButton>(m_page.get(), "connect_oidc-test"), Qt::LeftButton);
        auto* outcome = find<QLabel>(m_page.get(), "connectOutcome");
        QTRY_VERIFY_WITH_TIMEOUT(
            outcome->isVisible() && outcome->text().contains(QLatin1StringView("did not allow")), kFlowMs);
        QCOMPARE(value(m_accounts->list()).size(), 1);
        QCOMPARE(m_keychain.entryCount(), 1);
        QVERIFY(shoot(m_page.get(), QStringLiteral("connected-accounts-denied.png")));
    }

    void cancellingWhileTheBrowserIsOpenEndsTheSignIn()
    {
        m_browser->neverReturn = true;
        auto* connect = find<QPushButton>(m_page.get(), "connect_oidc-test");
        QTest::mouseClick(connect, Qt::LeftButton);
        auto* panel = find(m_page.get(), "signingInPanel");
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(!connect->isEnabled()); // one sign-in at a time
        QVERIFY(panel->findChild<QLabel*>()->text().contains(QLatin1StringView("web browser")));
        QVERIFY(shoot(m_page.get(), QStringLiteral("connected-accounts-signing-in.png")));
        QTest::mouseClick(find<QPushButton>(m_page.get(), "cancelSignInButton"), Qt::LeftButton);
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(connect->isEnabled());
        QVERIFY(find<QLabel>(m_page.get(), "connectOutcome")->text().contains(QLatin1StringView("cancelled")));
    }

    void disconnectingRevokesAtTheProviderAndForgets()
    {
        const Result<OAuthTokens> tokens = test::await(
            OAuthTokenKeychain(m_keychain, m_vaultId, QStringLiteral("oidc-test"), QStringLiteral("alice@example.test"))
                .load());
        QVERIFY(tokens);
        QString asked;
        m_page->setDisconnectConfirmation([&asked](const QString& provider, const QString& account) {
            asked = provider + u' ' + account;
            return true;
        });
        QTest::mouseClick(find<QPushButton>(m_page.get(), "disconnectAccountButton"), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("Test Provider alice@example.test"));
        auto* list = find<QTreeWidget>(m_page.get(), "connectedAccountList");
        QTRY_COMPARE_WITH_TIMEOUT(value(m_accounts->list()).size(), 0, kFlowMs);
        QTRY_VERIFY(!list->isVisible());
        QVERIFY(find<QLabel>(m_page.get(), "connectOutcome")->text().contains(QLatin1StringView("is disconnected")));
        QCOMPARE(m_keychain.entryCount(), 0);

        // The provider no longer honours the refresh token.
        OAuthTokenClient client(m_config, m_network, *m_clock, 10s);
        const QFuture<Result<OAuthTokens>> refreshing = client.refresh(tokens->refreshToken);
        QTRY_VERIFY_WITH_TIMEOUT(refreshing.isFinished(), kFlowMs);
        const Result<OAuthTokens> refreshed = refreshing.result();
        QVERIFY(!refreshed);
        QCOMPARE(oauthFailureOf(refreshed.error()), OAuthFailure::InvalidGrant);
    }

private:
    QTemporaryDir m_dir;
    test::OidcProviderProcess m_provider;
    OAuthProviderConfig m_config;
    QNetworkAccessManager m_network;
    MemorySecretStore m_keychain;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    PracticeFiles m_files;
    QString m_vaultId;
    std::unique_ptr<ConnectedAccounts> m_accounts;
    std::unique_ptr<test::ScriptedBrowser> m_browser = std::make_unique<test::ScriptedBrowser>();
    std::unique_ptr<ConnectedAccountsPage> m_page;
    std::unique_ptr<AccountConnector> m_connector;
};

QTEST_MAIN(TestUiConnectedAccounts)
#include "test_ui_connected_accounts.moc"
