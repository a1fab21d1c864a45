// A practice on two computers, as the practitioner sets it up: the studio laptop (connected to the
// real relay process) shows a code under Settings → Relay → Add a Computer…; the new desktop, whose
// practice is new, types it under Join a Practice…. The desktop then shows the laptop's practice,
// and a client added on either computer appears on the other, with nobody pressing anything.
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>

#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/store/ClientRepository.h"
#include "core/store/InvoiceSeries.h"
#include "core/store/PracticeVault.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "tests/relay/RelayProcess.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/clients/ClientsPage.h"
#include "ui/practice/PracticeContext.h"
#include "ui/settings/FieldErrorLabel.h"
#include "ui/settings/SettingsPage.h"

using namespace clientele;
using namespace clientele::ui;
using namespace clientele::uitest;
using clientele::test::RelayProcess;
using namespace std::chrono_literals;

namespace {

constexpr int kRelayMs = 30000;

// One computer: its own encrypted practice, keychain and window.
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<FakeClock> clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
    std::unique_ptr<Store> store = std::make_unique<Store>(*clock);
    PracticeFiles files;
    MemorySecretStore keychain;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<PracticeContext> context;
    std::unique_ptr<PracticeWorkspace> workspace;

    bool open(const domain::PracticeProfile& profile, RelayEnrollment& enrollment, const QUrl& relay)
    {
        files.directory = dir.filePath(QStringLiteral("practice"));
        PracticeVault vault(*store, nullptr, 1s);
        if (!test::await(vault.create(files, nullptr, KeyFile::KdfProfile::Interactive)).hasValue()
            || !test::await(SettingsRepository(*store).saveProfile(profile)).hasValue()) {
            return false;
        }
        AccountServices services;
        services.keychain = &keychain;
        services.relay = &enrollment;
        services.suggestedRelayAddress = relay.toString();
        window = std::make_unique<MainWindow>(ComponentVersions {});
        window->resize(1100, 720);
        context = std::make_unique<PracticeContext>(*store, *clock, files, profile);
        workspace = std::make_unique<PracticeWorkspace>(*context, *window, services);
        window->showWorkspace();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void close()
    {
        workspace.reset();
        context.reset();
        window.reset();
        if (store->isOpen()) {
            (void)test::await(store->lock());
        }
    }

    void openRelaySettings(const QString& deviceName)
    {
        window->setCurrentSection(Section::Settings);
        find<SettingsPage>(window.get(), "settingsPageWidget")->setCurrentPage(SettingsPage::Page::Relay);
        find<QLineEdit>(window.get(), "relayDeviceNameEdit")->setText(deviceName);
    }

    // Whether the Clients list shows a row with this text.
    bool clientsListShows(const QString& text)
    {
        window->setCurrentSection(Section::Clients);
        for (auto* view : window->sectionPage(Section::Clients)->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    if (model->index(row, column).data().toString().contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
};

} // namespace

class TestUiSecondComputer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY2(
            m_relayProcess.startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--sandbox")}, env),
            qPrintable(m_relayProcess.transcript()));
        m_enrollment = std::make_unique<RelayEnrollmentClient>(m_network);
        const QUrl relay = m_relayProcess.url(QStringLiteral("/"));

        domain::PracticeProfile profile = test::lumenProfile();
        profile.localeName = QStringLiteral("en_GB");
        QVERIFY(m_laptop.open(profile, *m_enrollment, relay));
        m_ada = test::clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), m_laptop.clock->nowUtc());
        require(ClientRepository(*m_laptop.store).add(m_ada));

        // The desktop's practice is new: only the profile typed at its first run.
        domain::PracticeProfile placeholder = profile;
        placeholder.name = QStringLiteral("My Practice");
        QVERIFY(m_desktop.open(placeholder, *m_enrollment, relay));
    }

    void cleanupTestCase()
    {
        m_desktop.close();
        m_laptop.close();
    }

    void theLaptopShowsACodeForTheNewComputer()
    {
        m_laptop.openRelaySettings(QStringLiteral("Studio laptop"));
        QTest::mouseClick(find<QPushButton>(m_laptop.window.get(), "relayConnectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(m_laptop.window.get(), "relayStatusLabel")->isVisible(), kRelayMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(m_laptop.window.get(), "relaySyncStateLabel")->text().startsWith(u"In step"), kRelayMs);

        auto* add = find<QPushButton>(m_laptop.window.get(), "relayAddComputerButton");
        QVERIFY(add->isVisible() && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_laptop.window->findChild<QDialog*>(QStringLiteral("pairingCodeDialog"))) != nullptr, kRelayMs);
        m_code = find<QLabel>(dialog, "pairingCodeLabel")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$")).match(m_code).hasMatch(),
            qPrintable(m_code));
        QVERIFY(find<QLabel>(dialog, "pairingTimeLeftLabel")->text().contains(u"Works for 10 more minute"));
        QVERIFY(shoot(dialog, QStringLiteral("relay-add-computer.png")));
        dialog->reject();
    }

    void aKeychainThatRefusesTheCredentialsLeavesThePracticeAsItWas()
    {
        m_desktop.openRelaySettings(QStringLiteral("Studio desktop"));
        m_desktop.keychain.setUnavailable(true);
        QTest::mouseClick(find<QPushButton>(m_desktop.window.get(), "relayJoinButton"), Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desktop.window->findChild<QDialog*>(QStringLiteral("joinPracticeDialog"))) != nullptr);
        find<QLineEdit>(dialog, "joinPracticeCodeEdit")->setText(m_code);
        QTest::mouseClick(find<QPushButton>(dialog, "joinPracticeJoinButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(m_desktop.window.get(), "relayOutcomeLabel")
                                     ->text()
                                     .contains(u"Could not keep the connection on this computer"),
            kRelayMs);
        m_desktop.keychain.setUnavailable(false);

        // Nothing of this practice was cleared, and it is not connected.
        QCOMPARE(test::await(SettingsRepository(*m_desktop.store).profile())->name, QStringLiteral("My Practice"));
        QVERIFY(find<QPushButton>(m_desktop.window.get(), "relayJoinButton")->isVisible());
        QCOMPARE(m_desktop.keychain.entryCount(), 0);

        // The code is spent; the laptop makes another.
        const QString spent = m_code;
        QTest::mouseClick(find<QPushButton>(m_laptop.window.get(), "relayAddComputerButton"), Qt::LeftButton);
        QLabel* code = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (code = m_laptop.window->findChild<QLabel*>(QStringLiteral("pairingCodeLabel"))) && code->text() != spent,
            kRelayMs);
        m_code = code->text();
        code->window()->close();
    }

    void theDesktopJoinsWithTheCodeAndShowsThePractice()
    {
        m_desktop.openRelaySettings(QStringLiteral("Studio desktop"));
        auto* join = find<QPushButton>(m_desktop.window.get(), "relayJoinButton");
        QVERIFY(join->isVisible() && join->isEnabled());
        QTest::mouseClick(join, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desktop.window->findChild<QDialog*>(QStringLiteral("joinPracticeDialog"))) != nullptr);
        auto* code = find<QLineEdit>(dialog, "joinPracticeCodeEdit");
        auto* joinButton = find<QPushButton>(dialog, "joinPracticeJoinButton");
        QVERIFY(!joinButton->isEnabled());

        // Half a code: refused in the dialog, before anything is sent.
        QTest::keyClicks(code, m_code.left(9));
        QTest::mouseClick(joinButton, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto* error = dialog->findChild<FieldErrorLabel*>();
        QVERIFY(error);
        QTRY_VERIFY2(error->text().contains(u"20 letters and digits"), qPrintable(error->text()));
        QVERIFY(shoot(dialog, QStringLiteral("relay-join-bad-code.png")));

        code->setText(m_code.toLower());
        QVERIFY(shoot(dialog, QStringLiteral("relay-join.png")));
        QTest::mouseClick(joinButton, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(m_desktop.window.get(), "relayStatusLabel")->isVisible(), kRelayMs);

        // The laptop's practice arrives: its client, and its name in place of the placeholder.
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.clientsListShows(QStringLiteral("Lovelace")), kRelayMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.context->profile().name, test::lumenProfile().name, kRelayMs);
        m_desktop.window->setCurrentSection(Section::Settings);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(m_desktop.window.get(), "relaySyncStateLabel")->text().startsWith(u"In step"), kRelayMs);
        QVERIFY(shoot(m_desktop.window.get(), QStringLiteral("relay-joined.png")));

        // Each computer numbers invoices in a series of its own, by its place in the vault: the laptop
        // made it, so the plain one; the desktop is the third device (the join whose keychain refused
        // took the second place, which is never given again), so C.
        const auto seriesOf = [](Desk& desk) {
            return test::await(desk.store->run([](StoreSession& session) {
                return InvoiceSeries::ofThisComputer(session.db(), QStringLiteral("INV-{YYYY}-{####}"));
            }));
        };
        QTRY_VERIFY_WITH_TIMEOUT(seriesOf(m_desktop).hasValue() && seriesOf(m_desktop)->name == u"INV-C", kRelayMs);
        QCOMPARE(seriesOf(m_desktop)->pattern, QStringLiteral("INV-{YYYY}-C{####}"));
        QCOMPARE(seriesOf(m_laptop)->name, QStringLiteral("INV"));
        // Settings → Practice says so under the number pattern.
        auto* preview = find<QLabel>(m_desktop.window.get(), "profileNumberPreviewLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(preview->text().contains(u"-C001") && preview->text().contains(u"series of its own"),
            qPrintable(preview->text()), kRelayMs);
        QVERIFY(find<QLabel>(m_laptop.window.get(), "profileNumberPreviewLabel")->text().endsWith(u"-001"));
        m_desktop.window->findChild<SettingsPage*>()->setCurrentPage(SettingsPage::Page::Practice);
        for (QScrollArea* scroll : m_desktop.window->findChildren<QScrollArea*>()) {
            if (scroll->isAncestorOf(preview)) {
                scroll->ensureWidgetVisible(preview, 0, 200);
            }
        }
        QVERIFY(shoot(m_desktop.window.get(), QStringLiteral("invoice-series-of-this-computer.png")));
    }

    void aClientAddedOnOneComputerAppearsOnTheOther()
    {
        // The laptop is editing Ada when the desktop's client arrives: the form stays open, and what was
        // typed in it stays.
        m_laptop.window->setCurrentSection(Section::Clients);
        auto* clients = qobject_cast<ClientsPage*>(m_laptop.window->sectionPage(Section::Clients));
        QVERIFY(clients);
        clients->showClient(m_ada.id());
        QTRY_VERIFY(find<QLabel>(clients, "clientDetailName")->text().contains(u"Ada"));
        QTest::mouseClick(find<QPushButton>(clients, "clientEditButton"), Qt::LeftButton);
        auto* notes = find<QPlainTextEdit>(clients, "clientNotesEdit");
        QTRY_VERIFY(notes->isVisible());
        QTest::keyClicks(notes, QStringLiteral("Typed while the desktop adds a client"));

        const domain::Client grace =
            test::clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), m_desktop.clock->nowUtc());
        require(ClientRepository(*m_desktop.store).add(grace));
        m_desktop.context->notifyChanged(PracticeContext::Area::Clients); // as the client form does
        QTRY_VERIFY_WITH_TIMEOUT(m_laptop.clientsListShows(QStringLiteral("Hopper")), kRelayMs);
        // Whatever the refresh reads after the list has been read and shown.
        (void)test::await(m_laptop.store->run([](StoreSession&) -> Result<bool> { return true; }));
        QCoreApplication::processEvents();
        QVERIFY(notes->isVisible());
        QVERIFY(notes->toPlainText().contains(u"Typed while the desktop adds a client"));
        QTest::mouseClick(find<QPushButton>(clients, "clientCancelButton"), Qt::LeftButton);
        QVERIFY(shoot(m_laptop.window.get(), QStringLiteral("clients-from-other-computer.png")));
    }

private:
    QTemporaryDir m_dir;
    RelayProcess m_relayProcess;
    QNetworkAccessManager m_network;
    std::unique_ptr<RelayEnrollmentClient> m_enrollment;
    Desk m_laptop;
    Desk m_desktop;
    domain::Client m_ada = test::clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QDateTime());
    QString m_code;
};

QTEST_MAIN(TestUiSecondComputer)
#include "test_ui_second_computer.moc"
