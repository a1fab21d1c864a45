// Calendar sync in the desktop as the practitioner uses it: the workspace over a real encrypted
// practice with a Google account already connected (its tokens in the keychain), the real Google
// Calendar adapter against the fake Google API on loopback (tests/node). Settings → Connected
// accounts → Calendars… chooses the receiving calendar, the booking appears in Google, an outside
// event shows as a conflict in Today, and a move made in Google waits in Today until accepted.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <chrono>
#include <memory>

#include "core/adapters/calendar/CalendarProviders.h"
#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/store/CalendarRows.h"
#include "core/store/ConnectedAccounts.h"
#include "core/store/PracticeVault.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "tests/calendar/FakeGoogleCalendarProcess.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/support/LogCapture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/practice/PracticeContext.h"
#include "ui/settings/AccountConnector.h"
#include "ui/settings/ConnectedAccountsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/today/TodayPage.h"

using namespace clientele;
using namespace clientele::ui;
using namespace clientele::uitest;
using namespace std::chrono_literals;

namespace {

constexpr int kSyncMs = 30000;
const QString kAccount = QStringLiteral("practitioner@example.test");

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QStringList rowsOf(const QListWidget* list)
{
    QStringList rows;
    for (int row = 0; row < list->count(); ++row) {
        rows.append(list->item(row)->text());
    }
    return rows;
}

} // namespace

class TestUiCalendarSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failure = m_google.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_google.control("POST", QStringLiteral("reset"));

        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        m_store = std::make_unique<Store>(*m_clock);
        m_files.directory = m_dir.filePath(QStringLiteral("practice"));
        PracticeVault vault(*m_store, nullptr, 1s);
        QVERIFY(test::await(vault.create(m_files, nullptr, KeyFile::KdfProfile::Interactive)));
        const QString vaultId = PracticeVault::vaultIdOf(m_files).value().toString(QUuid::WithoutBraces);

        // The practice: one client with a confirmed session on Wednesday.
        domain::PracticeProfile profile = test::lumenProfile();
        profile.localeName = QStringLiteral("en_GB");
        require(SettingsRepository(*m_store).saveProfile(profile));
        const domain::Client client =
            test::clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), m_clock->nowUtc());
        const domain::Service service = test::serviceWithDeposit(20000, 0);
        const domain::Booking booking =
            test::bookingAt(client, service, at("2026-12-02T09:00:00Z"), domain::BookingStatus::Confirmed);
        m_bookingId = booking.id();
        require(ClientRepository(*m_store).add(client));
        require(ServiceRepository(*m_store).add(service));
        require(BookingRepository(*m_store).add(booking));

        // A Google account connected earlier: recorded, tokens (valid for a day) in the keychain.
        OAuthTokens tokens;
        tokens.accessToken = QByteArrayLiteral("test-access-token");
        tokens.refreshToken = QByteArrayLiteral("test-refresh-token");
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.expiresAtUtc = m_clock->nowUtc().addDays(1);
        require(OAuthTokenKeychain(m_keychain, vaultId, QStringLiteral("google"), kAccount).save(tokens));
        ConnectedAccount account;
        account.id = QUuid::createUuid();
        account.providerId = QStringLiteral("google");
        account.account = kAccount;
        account.keychainPurpose = OAuthTokenKeychain::purposeFor(account.providerId, kAccount);
        account.connectedAtUtc = m_clock->nowUtc();
        (void)value(ConnectedAccounts(*m_store).save(account));

        ConnectableProvider google;
        google.config.providerId = QStringLiteral("google");
        google.config.displayName = QStringLiteral("Google");
        google.config.clientId = QStringLiteral("desktop");
        google.config.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(test::deadLoopbackPort()));
        google.calendarApi = QStringLiteral("google");
        google.apiBase = m_google.url(QStringLiteral("/calendar/v3/"));
        AccountServices services;
        services.keychain = &m_keychain;
        services.providers = {google};
        services.tokenEndpointFor = [this](const OAuthProviderConfig& config) -> std::unique_ptr<OAuthTokenEndpoint> {
            return std::make_unique<OAuthTokenClient>(config, m_network, *m_clock, 10s);
        };
        services.calendarFor = [this](const ConnectableProvider& provider, OAuthSession& session) {
            return calendarProviderFor(provider, m_network, session);
        };

        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        m_window->resize(1100, 720);
        m_context = std::make_unique<PracticeContext>(*m_store, *m_clock, m_files, profile);
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window, services);
        m_window->showWorkspace();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_context.reset();
        m_window.reset();
        if (m_store->isOpen()) {
            QVERIFY(test::await(m_store->lock()));
        }
        m_google.stop();
    }

    void theAccountSyncsOnOpenAndOffersItsCalendars()
    {
        m_window->setCurrentSection(Section::Settings);
        find<SettingsPage>(m_window.get(), "settingsPageWidget")->setCurrentPage(SettingsPage::Page::ConnectedAccounts);
        auto* list = find<QTreeWidget>(m_window.get(), "connectedAccountList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, kSyncMs);
        // The first round ran when the practice opened; nothing is chosen yet, so it only says when.
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItem(0)->text(1).startsWith(u"Synced"), kSyncMs);
        QVERIFY(find(m_window.get(), "syncNowButton")->isVisible());

        auto* calendars = find<QPushButton>(m_window.get(), "accountCalendarsButton");
        QVERIFY(calendars->isVisible());
        QTest::mouseClick(calendars, Qt::LeftButton);
        AccountCalendarsDialog* dialog = connector()->calendarsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->table()->rowCount() > 0, kSyncMs);
        QTableWidget* table = dialog->table();
        int primary = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, AccountCalendarsDialog::NameColumn)->text().contains(u"(main calendar)")) {
                primary = row;
            }
            // Nothing is read or written until chosen.
            QCOMPARE(table->item(row, AccountCalendarsDialog::ReceivesColumn)->checkState(), Qt::Unchecked);
        }
        QVERIFY(primary >= 0);
        table->item(primary, AccountCalendarsDialog::BlocksColumn)->setCheckState(Qt::Checked);
        table->item(primary, AccountCalendarsDialog::ReceivesColumn)->setCheckState(Qt::Checked);
        auto* label = qobject_cast<QComboBox*>(table->cellWidget(primary, AccountCalendarsDialog::LabelColumn));
        label->setCurrentIndex(label->findText(QStringLiteral("Initials only")));
        // Receiving bookings is one calendar's role: ticking another takes it away from the first.
        for (int row = 0; row < table->rowCount(); ++row) {
            QTableWidgetItem* receives = table->item(row, AccountCalendarsDialog::ReceivesColumn);
            if (row != primary && receives->flags().testFlag(Qt::ItemIsEnabled)) {
                receives->setCheckState(Qt::Checked);
                QCOMPARE(table->item(primary, AccountCalendarsDialog::ReceivesColumn)->checkState(), Qt::Unchecked);
                receives->setCheckState(Qt::Unchecked);
                table->item(primary, AccountCalendarsDialog::ReceivesColumn)->setCheckState(Qt::Checked);
            }
        }
        QVERIFY(shoot(dialog, QStringLiteral("account-calendars.png")));
        m_google.control("DELETE", QStringLiteral("requests"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);

        // Saved, then synced: the booking is in Google under the client's initials, once.
        QTRY_COMPARE_WITH_TIMEOUT(eventsCreated(), 1, kSyncMs);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(m_window.get(), "syncNowButton")->isEnabled(), kSyncMs);
        QStringList titles;
        for (const auto& request : m_google.requests()) {
            const QJsonObject body = request.toObject().value(QStringLiteral("body")).toObject();
            if (body.contains(QStringLiteral("summary"))) {
                titles.append(body.value(QStringLiteral("summary")).toString());
            }
        }
        QVERIFY2(titles.join(u' ').contains(u"A.L.") && !titles.join(u' ').contains(u"Lovelace"),
            qPrintable(titles.join(u", ")));
        QVERIFY(list->topLevelItem(0)->text(1).startsWith(u"Synced"));
        QVERIFY(shoot(m_window.get(), QStringLiteral("connected-accounts-synced.png")));
    }

    void anOutsideEventShowsAsAConflictAfterSyncNow()
    {
        m_google.control("POST", QStringLiteral("calendars/primary/events"),
            test::googleEvent("Dentist", "2026-12-02T09:30:00Z", "2026-12-02T10:30:00Z"));
        QTest::mouseClick(find<QPushButton>(m_window.get(), "syncNowButton"), Qt::LeftButton);
        m_window->setCurrentSection(Section::Today);
        auto* conflicts = find<QListWidget>(m_window.get(), "todayConflictsList");
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(conflicts).join(u'\n').contains(u"“Dentist”"), kSyncMs);
        QVERIFY(rowsOf(conflicts).join(u'\n').contains(u"Ada Lovelace"));
    }

    void aMoveMadeInGoogleWaitsInTodayUntilAccepted()
    {
        const QString eventId = bookingEventId();
        QVERIFY(!eventId.isEmpty());
        QJsonObject moved = test::googleEvent("moved", "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z");
        moved.remove(QStringLiteral("summary"));
        m_google.control("PATCH", QStringLiteral("calendars/primary/events/") + eventId, moved);
        m_window->setCurrentSection(Section::Settings);
        QTest::mouseClick(find<QPushButton>(m_window.get(), "syncNowButton"), Qt::LeftButton);

        m_window->setCurrentSection(Section::Today);
        auto* changes = find<QListWidget>(m_window.get(), "todayCalendarChangesList");
        QTRY_COMPARE_WITH_TIMEOUT(changes->count(), 1, kSyncMs);
        QVERIFY2(changes->item(0)->text().startsWith(u"Ada Lovelace: Wed 2 Dec 10:00 → Thu 3 Dec 15:00"),
            qPrintable(changes->item(0)->text()));
        QVERIFY(shoot(m_window.get(), QStringLiteral("today-calendar-change.png")));
        // Still where it was: nothing is applied by itself.
        QCOMPARE(booking().schedule().start(), at("2026-12-02T09:00:00Z"));

        // Activating it asks. "Decide Later" leaves it waiting; "Move Booking" moves the booking.
        changes->setCurrentRow(0);
        changes->setFocus();
        QTest::keyClick(changes, Qt::Key_Return);
        QMessageBox* box = question();
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Ada Lovelace") && box->text().contains(u"was moved in Practice"),
            qPrintable(box->text()));
        QVERIFY(shoot(box, QStringLiteral("calendar-change-question.png")));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(question() == nullptr);
        QTest::qWait(200);
        QCOMPARE(changes->count(), 1);
        QCOMPARE(booking().schedule().start(), at("2026-12-02T09:00:00Z"));

        QTest::keyClick(changes, Qt::Key_Return);
        box = question();
        QVERIFY(box);
        QAbstractButton* move = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == u"Move Booking") {
                move = button;
            }
        }
        QVERIFY(move);
        QVERIFY(box->defaultButton() == move);
        move->click();
        QTRY_COMPARE_WITH_TIMEOUT(booking().schedule().start(), at("2026-12-03T14:00:00Z"), kSyncMs);
        QTRY_COMPARE_WITH_TIMEOUT(changes->count(), 0, kSyncMs);
    }

    void disconnectingTakesItsBusyTimeAway()
    {
        QVERIFY(!busyBlocks().isEmpty());
        m_window->setCurrentSection(Section::Settings);
        auto* page = find<ConnectedAccountsPage>(m_window.get(), "connectedAccountsPage");
        page->setDisconnectConfirmation([](const QString&, const QString&) { return true; });
        QTest::mouseClick(find<QPushButton>(page, "disconnectAccountButton"), Qt::LeftButton);
        auto* list = find<QTreeWidget>(page, "connectedAccountList");
        QTRY_VERIFY_WITH_TIMEOUT(list->isHidden(), kSyncMs);
        QVERIFY(busyBlocks().isEmpty());
        QVERIFY(find(page, "accountCalendarsButton")->isHidden());
    }

private:
    // The open question about a calendar change, once it shows.
    QMessageBox* question() const
    {
        QMessageBox* box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&box, this] {
                box = m_window->findChild<QMessageBox*>(QStringLiteral("calendarChangeQuestion"));
                return box != nullptr && box->isVisible();
            },
            2000);
        return shown ? box : nullptr;
    }

    AccountConnector* connector() const { return m_window->findChild<AccountConnector*>(); }

    int eventsCreated()
    {
        int created = 0;
        for (const auto& request : m_google.requests()) {
            const QJsonObject entry = request.toObject();
            if (entry.value(QStringLiteral("method")).toString() == u"POST"
                && entry.value(QStringLiteral("path")).toString().endsWith(u"/events")) {
                ++created;
            }
        }
        return created;
    }

    // The Google event of the booking, as the sync linked it (device-local, in the practice file).
    QString bookingEventId()
    {
        return value(m_store->run([](StoreSession& session) -> Result<QString> {
            Result<SqlStatement> link =
                session.db().prepare(QStringLiteral("SELECT event_id FROM calendar_event_link LIMIT 1"));
            if (!link) {
                return link.error();
            }
            const Result<bool> found = link.value().step();
            if (!found) {
                return found.error();
            }
            return found.value() ? link.value().text(0) : QString();
        }));
    }

    QList<CalendarRows::Block> busyBlocks()
    {
        return value(m_store->run([](StoreSession& session) {
            return CalendarRows::blocksBetween(session.db(), at("2020-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z"));
        }));
    }

    domain::Booking booking() { return *value(BookingRepository(*m_store).find(m_bookingId)); }

    QTemporaryDir m_dir;
    test::FakeGoogleCalendarProcess m_google;
    QNetworkAccessManager m_network;
    MemorySecretStore m_keychain;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    PracticeFiles m_files;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;
    QUuid m_bookingId;
};

QTEST_MAIN(TestUiCalendarSync)
#include "test_ui_calendar_sync.moc"
