// The calendar feed as the practitioner sets it up: the workspace over a real encrypted practice,
// the real relay process on loopback and the real relay adapters. Settings → Calendar Feed first
// points to Settings → Relay; connecting there creates the vault; publishing gives a secret address
// that serves the session (by initials) to whoever fetches it; the address can be copied and reset;
// turning the feed off and disconnecting stop it, and the relay refuses this computer afterwards.
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>

#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/store/PracticeVault.h"
#include "core/store/RelayLinks.h"
#include "core/store/Store.h"
#include "tests/relay/RelayProcess.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/practice/PracticeContext.h"
#include "ui/settings/CalendarFeedPage.h"
#include "ui/settings/RelayPage.h"
#include "ui/settings/SettingsPage.h"

using namespace clientele;
using namespace clientele::ui;
using namespace clientele::uitest;
using namespace std::chrono_literals;

namespace {

constexpr int kRelayMs = 30000;

} // namespace

class TestUiCalendarFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY2(m_relayProcess.start(env), qPrintable(m_relayProcess.transcript()));

        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        m_store = std::make_unique<Store>(*m_clock);
        m_files.directory = m_dir.filePath(QStringLiteral("practice"));
        PracticeVault vault(*m_store, nullptr, 1s);
        QVERIFY(test::await(vault.create(m_files, nullptr, KeyFile::KdfProfile::Interactive)));
        m_keychainAccount = PracticeVault::vaultIdOf(m_files).value().toString(QUuid::WithoutBraces);

        domain::PracticeProfile profile = test::lumenProfile();
        profile.localeName = QStringLiteral("en_GB");
        require(SettingsRepository(*m_store).saveProfile(profile));
        const domain::Client client =
            test::clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), m_clock->nowUtc());
        const domain::Service service = test::serviceWithDeposit(20000, 0);
        require(ClientRepository(*m_store).add(client));
        require(ServiceRepository(*m_store).add(service));
        require(BookingRepository(*m_store).add(test::bookingAt(
            client, service, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC), domain::BookingStatus::Confirmed)));

        m_enrollment = std::make_unique<RelayEnrollmentClient>(m_network);
        AccountServices services;
        services.keychain = &m_keychain;
        services.relay = m_enrollment.get();
        services.suggestedRelayAddress = m_relayProcess.url(QStringLiteral("/")).toString();

        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        m_window->resize(1100, 720);
        m_context = std::make_unique<PracticeContext>(*m_store, *m_clock, m_files, profile);
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window, services);
        m_window->showWorkspace();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCurrentSection(Section::Settings);
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_context.reset();
        m_window.reset();
        if (m_store->isOpen()) {
            QVERIFY(test::await(m_store->lock()));
        }
    }

    void withoutARelayTheFeedPointsToRelaySettings()
    {
        settings()->setCurrentPage(SettingsPage::Page::CalendarFeed);
        auto* publish = find<QCheckBox>(m_window.get(), "calendarFeedPublishCheck");
        auto* openRelay = find<QPushButton>(m_window.get(), "calendarFeedRelayButton");
        QTRY_VERIFY(openRelay->isVisible());
        QVERIFY(!publish->isEnabled());
        QVERIFY(shoot(settings(), QStringLiteral("calendar-feed-needs-relay.png")));
        QTest::mouseClick(openRelay, Qt::LeftButton);
        QCOMPARE(settings()->currentPage(), SettingsPage::Page::Relay);
    }

    void connectingCreatesTheVault()
    {
        auto* address = find<QLineEdit>(m_window.get(), "relayAddressEdit");
        auto* name = find<QLineEdit>(m_window.get(), "relayDeviceNameEdit");
        auto* connectButton = find<QPushButton>(m_window.get(), "relayConnectButton");
        // The suggestion (the demo's relay) is filled in; a bad address is refused before anything is sent.
        QTRY_COMPARE(address->text(), m_relayProcess.url(QStringLiteral("/")).toString());
        address->setText(QStringLiteral("ftp://nowhere"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        auto* outcome = find<QLabel>(m_window.get(), "relayOutcomeLabel");
        QVERIFY2(outcome->text().contains(u"not a relay address"), qPrintable(outcome->text()));
        address->setText(m_relayProcess.url(QStringLiteral("/")).toString());
        name->setText(QStringLiteral("Studio laptop"));
        QVERIFY(shoot(settings(), QStringLiteral("relay-connect.png")));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        auto* status = find<QLabel>(m_window.get(), "relayStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(u"Studio laptop"), kRelayMs);
        QVERIFY(status->text().contains(m_relayProcess.url(QStringLiteral("/")).host()));
        QVERIFY2(
            !status->text().contains(u":" + QString::number(m_relayProcess.url(QStringLiteral("/")).port()) + u"/"),
            qPrintable(status->text()));
        QVERIFY(shoot(settings(), QStringLiteral("relay-connected.png")));

        // The device token is in the keychain, and the relay lists this computer under its name.
        const std::optional<RelayCredentials> credentials = storedCredentials();
        QVERIFY(credentials);
        const std::optional<RelayLink> link = value(RelayLinks(*m_store).current());
        QVERIFY(link);
        const test::HttpReply devices =
            test::httpCall(QStringLiteral("GET"), m_relayProcess.url(u"/v1/vaults/" + link->vaultId + u"/devices"), {},
                {{"Authorization", "Bearer " + credentials->deviceToken}});
        QCOMPARE(devices.status, 200);
        QVERIFY(devices.body.contains("Studio laptop"));
        m_deviceToken = credentials->deviceToken;
        m_vaultId = link->vaultId;
    }

    void publishingServesTheSessionsAtTheSecretAddress()
    {
        settings()->setCurrentPage(SettingsPage::Page::CalendarFeed);
        auto* publish = find<QCheckBox>(m_window.get(), "calendarFeedPublishCheck");
        QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled(), kRelayMs);
        QVERIFY(!find(m_window.get(), "calendarFeedRelayButton")->isVisible());
        publish->setChecked(true);
        auto* address = find<QLineEdit>(m_window.get(), "calendarFeedAddressEdit");
        QTRY_VERIFY_WITH_TIMEOUT(address->text().endsWith(u".ics"), kRelayMs);
        auto* status = find<QLabel>(m_window.get(), "calendarFeedStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Published"), kRelayMs);
        QVERIFY(shoot(settings(), QStringLiteral("calendar-feed-published.png")));

        const QUrl url(address->text());
        QCOMPARE(url.host(), m_relayProcess.url(QStringLiteral("/")).host());
        QVERIFY2(url.path().startsWith(u"/feeds/"), qPrintable(url.toString()));
        const test::HttpReply served = test::httpCall(QStringLiteral("GET"), url);
        QCOMPARE(served.status, 200);
        QVERIFY2(served.body.contains("SUMMARY:Portrait session — A.L."), served.body.constData());
        QVERIFY(!served.body.contains("Lovelace"));

        QTest::mouseClick(find<QPushButton>(m_window.get(), "calendarFeedCopyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), address->text());

        // Full names, when chosen, reach the feed with the next publication.
        auto* label = find<QComboBox>(m_window.get(), "calendarFeedLabelCombo");
        label->setCurrentIndex(label->findText(QStringLiteral("Full name")));
        QTRY_VERIFY_WITH_TIMEOUT(test::httpCall(QStringLiteral("GET"), url).body.contains("Ada Lovelace"), kRelayMs);
        m_feedUrl = url;
    }

    void resettingTheAddressRetiresTheOldOne()
    {
        find<CalendarFeedPage>(m_window.get(), "calendarFeedPage")->setResetConfirmation([] { return true; });
        auto* address = find<QLineEdit>(m_window.get(), "calendarFeedAddressEdit");
        QTest::mouseClick(find<QPushButton>(m_window.get(), "calendarFeedResetButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!address->text().isEmpty() && QUrl(address->text()) != m_feedUrl, kRelayMs);
        const QUrl fresh(address->text());
        QTRY_COMPARE_WITH_TIMEOUT(test::httpCall(QStringLiteral("GET"), fresh).status, 200, kRelayMs);
        QTRY_COMPARE_WITH_TIMEOUT(test::httpCall(QStringLiteral("GET"), m_feedUrl).status, 404, kRelayMs);
        m_feedUrl = fresh;
    }

    void turningTheFeedOffWithdrawsIt()
    {
        auto* publish = find<QCheckBox>(m_window.get(), "calendarFeedPublishCheck");
        publish->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(test::httpCall(QStringLiteral("GET"), m_feedUrl).status, 404, kRelayMs);
        QVERIFY(find<QLineEdit>(m_window.get(), "calendarFeedAddressEdit")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(m_window.get(), "calendarFeedStatusLabel")->text().contains(u"off"), kRelayMs);
    }

    void disconnectingRevokesThisComputer()
    {
        settings()->setCurrentPage(SettingsPage::Page::Relay);
        find<RelayPage>(m_window.get(), "relayPage")->setDisconnectConfirmation([](const QString&) { return true; });
        QTest::mouseClick(find<QPushButton>(m_window.get(), "relayDisconnectButton"), Qt::LeftButton);
        auto* connectButton = find<QPushButton>(m_window.get(), "relayConnectButton");
        QTRY_VERIFY_WITH_TIMEOUT(connectButton->isVisible(), kRelayMs);
        QVERIFY(!storedCredentials());
        QVERIFY(!value(RelayLinks(*m_store).current()));
        const test::HttpReply refused =
            test::httpCall(QStringLiteral("GET"), m_relayProcess.url(u"/v1/vaults/" + m_vaultId + u"/devices"), {},
                {{"Authorization", "Bearer " + m_deviceToken}});
        QCOMPARE(refused.status, 401);
        settings()->setCurrentPage(SettingsPage::Page::CalendarFeed);
        QTRY_VERIFY(find(m_window.get(), "calendarFeedRelayButton")->isVisible());
    }

    // A relay that is gone cannot keep the practice connected: disconnecting offers to forget the
    // connection on this computer.
    void aRelayThatIsGoneCanBeForgotten()
    {
        settings()->setCurrentPage(SettingsPage::Page::Relay);
        find<QLineEdit>(m_window.get(), "relayAddressEdit")
            ->setText(m_relayProcess.url(QStringLiteral("/")).toString());
        QTest::mouseClick(find<QPushButton>(m_window.get(), "relayConnectButton"), Qt::LeftButton);
        auto* disconnectButton = find<QPushButton>(m_window.get(), "relayDisconnectButton");
        QTRY_VERIFY_WITH_TIMEOUT(disconnectButton->isVisible() && disconnectButton->isEnabled(), kRelayMs);
        m_relayProcess.kill();

        auto* page = find<RelayPage>(m_window.get(), "relayPage");
        QString asked;
        page->setForgetConfirmation([&asked](const QString& reason) {
            asked = reason;
            return true;
        });
        QTest::mouseClick(disconnectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(m_window.get(), "relayConnectButton")->isVisible(), kRelayMs);
        QVERIFY2(asked.contains(u"could not be reached"), qPrintable(asked));
        QVERIFY(!storedCredentials());
        QVERIFY(!value(RelayLinks(*m_store).current()));
    }

private:
    SettingsPage* settings() const { return find<SettingsPage>(m_window.get(), "settingsPageWidget"); }

    std::optional<RelayCredentials> storedCredentials()
    {
        const auto secret =
            test::await(m_keychain.read(m_keychainAccount, QString::fromLatin1(RelayLinks::kKeychainPurpose)));
        if (!secret) {
            return std::nullopt;
        }
        return RelayCredentials::parse(*secret.value());
    }

    QTemporaryDir m_dir;
    test::RelayProcess m_relayProcess;
    QNetworkAccessManager m_network;
    MemorySecretStore m_keychain;
    std::unique_ptr<RelayEnrollmentClient> m_enrollment;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    PracticeFiles m_files;
    QString m_keychainAccount;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;
    QByteArray m_deviceToken;
    QString m_vaultId;
    QUrl m_feedUrl;
};

QTEST_MAIN(TestUiCalendarFeed)
#include "test_ui_calendar_feed.moc"
