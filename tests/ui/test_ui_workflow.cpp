// The practitioner's main flow through the real widgets over a real encrypted practice (SQLCipher on a
// temporary folder, the keychain as an in-memory fake): first run → a service → a client → a booking
// → its deposit invoice → the payment recorded by hand → the booking confirmed; then lock and unlock.
// Widgets are found by objectName and driven with key and mouse events, as a user would.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include "core/ComponentVersions.h"
#include "core/FutureWait.h"
#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/store/BookingRepository.h"
#include "core/store/PracticeQueries.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/PracticeWorkspace.h"
#include "ui/calendar/CalendarFileActions.h"
#include "ui/calendar/CalendarImportDialog.h"
#include "ui/clients/ClientImportDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/practice/PracticeGate.h"
#include "ui/widgets/TimeZoneComboBox.h"

using namespace clientele;
using namespace clientele::ui;

namespace {

constexpr int kSlowMs = 20000; // key derivation (Argon2id, 256 MiB) and the first queries

template<typename T = QWidget>
T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QLatin1String(name));
}

// The value of a store call made by the test itself (the widgets never wait like this).
template<typename T>
T await(QFuture<Result<T>> future)
{
    const std::optional<Result<T>> result = waitFor(std::move(future), std::chrono::milliseconds(kSlowMs));
    return result && result->hasValue() ? result->value() : T {};
}

void waitLocked(Store& store)
{
    (void)waitUntilFinished(store.lock(), std::chrono::milliseconds(kSlowMs));
}

void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->selectAll();
    }
    QTest::keyClicks(widget, text);
}

} // namespace

class TestUiWorkflow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    PracticeGate* m_gate = nullptr;
    std::unique_ptr<PracticeContext> m_context;
    std::unique_ptr<PracticeWorkspace> m_workspace;

    // What Application does when the gate opens the practice, and when it locks.
    void open(const domain::PracticeProfile& profile)
    {
        m_context = std::make_unique<PracticeContext>(*m_store, *m_clock, m_gate->currentFiles(), profile);
        m_workspace = std::make_unique<PracticeWorkspace>(*m_context, *m_window);
        connect(m_window.get(), &MainWindow::lockRequested, this, &TestUiWorkflow::lock, Qt::UniqueConnection);
        m_window->showWorkspace();
    }

    void lock()
    {
        m_workspace.reset();
        m_context.reset();
        waitLocked(*m_store);
        m_gate->showLocked();
        m_window->showGate();
    }

    QWidget* page(Section section) const { return m_window->sectionPage(section); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<Store>(*m_clock);
        m_window = std::make_unique<MainWindow>(ComponentVersions {});
        PracticeGate::Options options;
        options.files.directory = m_dir.filePath(QStringLiteral("practice"));
        options.demoFiles.directory = m_dir.filePath(QStringLiteral("demo"));
        m_gate = new PracticeGate(*m_store, m_keychain.get(), *m_clock, options, m_window.get());
        m_window->setGate(m_gate);
        connect(m_gate, &PracticeGate::opened, this, &TestUiWorkflow::open);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_gate->start();
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_context.reset();
        m_window.reset();
        if (m_store->isOpen()) {
            waitLocked(*m_store);
        }
    }

    void firstRunCreatesThePractice()
    {
        QVERIFY(!m_window->isWorkspaceShown());
        QTest::mouseClick(find<QPushButton>(m_gate, "firstRunStartButton"), Qt::LeftButton);
        auto* next = find<QPushButton>(m_gate, "firstRunDetailsNextButton");
        type(find(m_gate, "profileNameEdit"), QStringLiteral("Therapy Room Berlin"));
        find<TimeZoneComboBox>(m_gate, "profileTimeZoneCombo")->setTimeZoneId(QStringLiteral("Europe/Berlin"));
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        // The recommended protection: a recovery code to print, shown once.
        QVERIFY(find<QAbstractButton>(m_gate, "firstRunUseCodeRadio")->isChecked());
        QTest::mouseClick(find<QPushButton>(m_gate, "firstRunCreateButton"), Qt::LeftButton);
        auto* code = find<QLabel>(m_gate, "firstRunRecoveryCodeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), kSlowMs);
        QCOMPARE(code->text().split(u'-').size(), 5);
        auto* finish = find<QPushButton>(m_gate, "firstRunFinishButton");
        QVERIFY2(!finish->isEnabled(), "the practice opens only once the user says the code is kept");
        auto* kept = find<QCheckBox>(m_gate, "firstRunCodeKeptCheck");
        kept->setFocus();
        QTest::keyClick(kept, Qt::Key_Space);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWorkspaceShown(), kSlowMs);
        QCOMPARE(m_context->profile().name, QStringLiteral("Therapy Room Berlin"));
        QCOMPARE(m_keychain->entryCount(), 1);
        QVERIFY(code->text().isEmpty()); // not left in a widget
    }

    void aServiceWithADepositIsAdded()
    {
        m_window->setCurrentSection(Section::Settings);
        QWidget* settings = page(Section::Settings);
        find<QListWidget>(settings, "settingsSectionList")->setCurrentRow(1); // Services
        // A new practice has no services yet, and says so.
        QTRY_VERIFY(find(settings, "serviceEmptyState")->isVisible());
        auto* add = find<QPushButton>(settings, "serviceAddButton");
        QTest::mouseClick(add, Qt::LeftButton);
        type(find(settings, "serviceNameEdit"), QStringLiteral("Therapy session"));
        auto* duration = find<QSpinBox>(settings, "serviceDurationSpin");
        if (duration) {
            duration->setValue(50);
        }
        type(find(settings, "servicePriceEdit"), QStringLiteral("120.00"));
        auto* deposit = find<QComboBox>(settings, "serviceDepositCombo");
        deposit->setCurrentIndex(deposit->findData(int(domain::Deposit::Kind::Fixed)));
        type(find(settings, "serviceDepositAmountEdit"), QStringLiteral("40.00"));
        QTest::mouseClick(find<QPushButton>(settings, "serviceSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(await(m_context->services().all()).size() == 1, kSlowMs);
        const domain::Service service = await(m_context->services().all()).constFirst();
        QCOMPARE(service.name(), QStringLiteral("Therapy session"));
        QCOMPARE(service.price().minorUnits(), 12000);
        QCOMPARE(service.deposit().kind(), domain::Deposit::Kind::Fixed);
    }

    void aClientIsCreated()
    {
        m_window->setCurrentSection(Section::Clients);
        QWidget* clients = page(Section::Clients);
        QTest::mouseClick(find<QPushButton>(clients, "newClientButton"), Qt::LeftButton);
        type(find(clients, "clientGivenNameEdit"), QStringLiteral("Jane"));
        type(find(clients, "clientFamilyNameEdit"), QStringLiteral("Doe"));
        type(find(clients, "clientEmailEdit"), QStringLiteral("not an address"));
        auto* save = find<QPushButton>(clients, "clientSaveButton");
        QVERIFY2(!save->isEnabled(), "an invalid email keeps Save off");
        QVERIFY(find<QLabel>(clients, "clientEditorError")->text().contains(u"email", Qt::CaseInsensitive));
        type(find(clients, "clientEmailEdit"), QStringLiteral("jane@example.com"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto* table = find<QTableView>(clients, "clientTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kSlowMs);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Jane Doe"));
        QTRY_COMPARE(find<QLabel>(clients, "clientDetailName")->text(), QStringLiteral("Jane Doe"));
    }

    void theClientIsBooked()
    {
        QWidget* clients = page(Section::Clients);
        QTest::mouseClick(find<QPushButton>(clients, "clientNewBookingButton"), Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), Section::Bookings);
        QWidget* bookings = page(Section::Bookings);
        auto* client = find<QComboBox>(bookings, "bookingClientCombo");
        QTRY_VERIFY_WITH_TIMEOUT(client->currentText().startsWith(u"Jane Doe"), kSlowMs);
        QTRY_COMPARE(find<QComboBox>(bookings, "bookingServiceCombo")->count(), 1);
        find<QDateEdit>(bookings, "bookingDateEdit")->setDate(QDate(2026, 12, 1));
        find<QTimeEdit>(bookings, "bookingStartEdit")->setTime(QTime(10, 0));
        QCOMPARE(find<QSpinBox>(bookings, "bookingDurationSpin")->value(), 50);
        QTest::mouseClick(find<QPushButton>(bookings, "bookingSaveButton"), Qt::LeftButton);
        auto* table = find<QTableView>(bookings, "bookingTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kSlowMs);
        QTRY_COMPARE(find<QLabel>(bookings, "bookingStatusLabel")->text(), QStringLiteral("Pending"));
        // Confirming needs the deposit: the button says why it is off.
        auto* confirm = find<QPushButton>(bookings, "bookingTransition_confirmed");
        QTRY_VERIFY(confirm && !confirm->isEnabled() && !confirm->toolTip().isEmpty());
        QVERIFY(find<QLabel>(bookings, "bookingBlockedLabel")->isVisible());
        auto* awaitPayment = find<QPushButton>(bookings, "bookingTransition_awaiting_payment");
        QTRY_VERIFY(awaitPayment && awaitPayment->isEnabled());
        QTest::mouseClick(awaitPayment, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            find<QLabel>(bookings, "bookingStatusLabel")->text(), QStringLiteral("Awaiting payment"), kSlowMs);
    }

    void theDepositIsInvoicedAndPaidAndTheBookingConfirmed()
    {
        QWidget* bookings = page(Section::Bookings);
        QTRY_VERIFY(find<QPushButton>(bookings, "bookingCreateInvoiceButton")->isVisible());
        QTest::mouseClick(find<QPushButton>(bookings, "bookingCreateInvoiceButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentSection(), Section::Invoices, kSlowMs);
        QWidget* invoices = page(Section::Invoices);
        auto* issue = find<QPushButton>(invoices, "invoiceIssueButton");
        QTRY_VERIFY_WITH_TIMEOUT(issue->isVisible() && issue->isEnabled(), kSlowMs);
        QTest::mouseClick(issue, Qt::LeftButton);
        auto* pay = find<QPushButton>(invoices, "invoiceRecordPaymentButton");
        QTRY_VERIFY_WITH_TIMEOUT(pay->isVisible() && pay->isEnabled(), kSlowMs);
        const auto list = await(m_context->queries().invoices({}));
        QCOMPARE(list.size(), qsizetype(1));
        QCOMPARE(list.constFirst().number, QStringLiteral("INV-2026-0001"));
        QCOMPARE(list.constFirst().totalMinor, 12000);

        // The payment dialog is modal: answer it once it is up. The suggested amount is the deposit.
        QString suggested;
        QTimer::singleShot(0, this, [&suggested] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            QWidget* dialog = QApplication::activeModalWidget();
            suggested = find<QLineEdit>(dialog, "paymentAmountEdit")->text();
            QTest::mouseClick(find<QPushButton>(dialog, "paymentOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY2(suggested.contains(u"40"), qPrintable(suggested));
        QTRY_COMPARE_WITH_TIMEOUT(await(m_context->queries().invoices({})).constFirst().paidMinor, 4000, kSlowMs);

        // The deposit is paid, so the booking moved on by itself, in the same transaction.
        const auto booking = await(m_context->queries().bookings({})).constFirst();
        QCOMPARE(booking.status, domain::BookingStatus::Confirmed);
        m_window->setCurrentSection(Section::Bookings);
        QTRY_COMPARE_WITH_TIMEOUT(
            find<QLabel>(page(Section::Bookings), "bookingStatusLabel")->text(), QStringLiteral("Confirmed"), kSlowMs);
        // Today lists the session and the open balance.
        m_window->setCurrentSection(Section::Today);
        auto* unpaid = find<QListWidget>(page(Section::Today), "todayUnpaidList");
        QTRY_VERIFY_WITH_TIMEOUT(unpaid->count() == 1 && unpaid->item(0)->text().contains(u"80.00"), kSlowMs);
    }

    void lockingHidesEverythingAndTheKeychainOpensItAgain()
    {
        m_window->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QTRY_VERIFY(!m_window->isWorkspaceShown());
        QVERIFY(!m_store->isOpen());
        // No page of the practice is left behind: the sections are the empty placeholders again.
        QTRY_VERIFY(!m_window->findChild<QTableView*>(QStringLiteral("clientTable")));
        // Every line of the help under the field shows, none clipped.
        auto* help = find<QLabel>(m_gate, "unlockHelpLabel");
        QTRY_VERIFY(help->isVisible());
        QVERIFY2(help->height() >= help->heightForWidth(help->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(help->height()).arg(help->heightForWidth(help->width()))));
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty()); // nothing of the practice shows
        if (const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QVERIFY(m_window->grab().save(shots + u"/unlock.png"));
        }
        QTest::mouseClick(find<QPushButton>(m_gate, "unlockKeychainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isWorkspaceShown(), kSlowMs);
        QCOMPARE(m_context->profile().name, QStringLiteral("Therapy Room Berlin"));
    }

    void theCommandPaletteFindsAClient()
    {
        m_window->setCurrentSection(Section::Today);
        m_window->findChild<QAction*>(QStringLiteral("commandPaletteAction"))->trigger();
        QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("commandPalette")));
        auto* palette = m_window->findChild<QWidget*>(QStringLiteral("commandPalette"));
        auto* input = find<QLineEdit>(palette, "commandPaletteInput");
        QTest::keyClicks(input, QStringLiteral("jan"));
        auto* results = find<QListWidget>(palette, "commandPaletteResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0 && results->item(0)->text().contains(u"Jane Doe"), kSlowMs);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentSection(), Section::Clients);
        QTRY_COMPARE_WITH_TIMEOUT(
            find<QLabel>(page(Section::Clients), "clientDetailName")->text(), QStringLiteral("Jane Doe"), kSlowMs);
    }

    void deletingAClientCanBeUndone()
    {
        m_window->setCurrentSection(Section::Clients);
        QWidget* clients = page(Section::Clients);
        auto* table = find<QTableView>(clients, "clientTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kSlowMs);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(find<QLabel>(clients, "clientDetailName")->text(), QStringLiteral("Jane Doe"));
        QTest::mouseClick(find<QPushButton>(clients, "clientDeleteButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kSlowMs);
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kSlowMs);
    }

    void importReportsRefusedAndSkippedRowsAndAddsTheRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Name,Email\nAnna Import,anna@example.com\n,nobody@example.com\nJane Doe,jane@example.com\n");
        csv.close();
        m_window->findChild<QAction*>(QStringLiteral("importClientsAction"))->trigger();
        auto* dialog = m_window->findChild<ClientImportDialog*>(QStringLiteral("clientImportDialog"));
        QVERIFY(dialog);
        find<QLineEdit>(dialog, "importMappingEdit")->setText(QStringLiteral("name=Name,email=Email"));
        dialog->loadFile(path);
        auto* problems = find<QTableWidget>(dialog, "importProblemsTable");
        auto* start = find<QPushButton>(dialog, "importStartButton");
        // The row without a name is refused before anything is written, and named by its line.
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kSlowMs);
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QTest::mouseClick(start, Qt::LeftButton);
        // Jane is already in the practice: skipped, and listed with the refused row.
        QTRY_COMPARE_WITH_TIMEOUT(problems->rowCount(), 2, kSlowMs);
        QVERIFY(find<QLabel>(dialog, "importSummaryLabel")->text().contains(u"Imported 1 client"));
        const auto clients = await(m_context->queries().clients({}));
        QCOMPARE(clients.size(), qsizetype(2));
        dialog->close();
    }

    // File → Import Calendar: an .ics from another calendar becomes busy time in the calendar view,
    // and a booking over it is marked as a conflict; a file that is no calendar says so and changes
    // nothing. (The file and name dialogs are the platform's; the test starts after them.)
    void anImportedCalendarBlocksTimeInTheCalendar()
    {
        auto* actions = m_workspace->findChild<CalendarFileActions*>(QStringLiteral("calendarFileActions"));
        QVERIFY(actions);
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("importCalendarAction")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("exportCalendarAction")));
        const QString path = m_dir.filePath(QStringLiteral("family.ics"));
        QFile ics(path);
        QVERIFY(ics.open(QIODevice::WriteOnly));
        const QString day = m_context->today().addDays(2).toString(QStringLiteral("yyyyMMdd"));
        ics.write(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:dentist\r\n"
                                 "DTSTART:%1T090000Z\r\nDTEND:%1T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\nUID:broken\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                      .arg(day)
                      .toUtf8());
        ics.close();
        actions->importCalendarFile(path, {false, QStringLiteral("Family"), {}, true});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox")), kSlowMs);
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox"));
        QVERIFY2(box->text().contains(u"1 time"), qPrintable(box->text()));
        QVERIFY(box->detailedText().contains(u"DTSTART"));
        box->close();
        QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox")));

        const QDateTime from(m_context->today(), QTime(0, 0), Qt::UTC);
        const auto blocks = await(m_context->queries().busyBlocks(from, from.addDays(7)));
        QCOMPARE(blocks.size(), qsizetype(1));
        QCOMPARE(blocks.first().title, QStringLiteral("Dentist"));
        QCOMPARE(blocks.first().sourceName, QStringLiteral("Family"));

        QFile notCalendar(path);
        QVERIFY(notCalendar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        notCalendar.write("Name,Email\n");
        notCalendar.close();
        actions->importCalendarFile(path, {false, QStringLiteral("Family"), {}, true});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox")), kSlowMs);
        box = m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox"));
        QVERIFY2(box->text().contains(u"Nothing was changed"), qPrintable(box->text()));
        box->close();
        QCOMPARE(await(m_context->queries().busyBlocks(from, from.addDays(7))).size(), qsizetype(1));
    }

    // File → Import Calendar as sessions: the dialog asks for the service; each event becomes a
    // booking of the client invited to it (Jane, known by her email) or of a new client (Max).
    void anImportedCalendarBringsItsSessions()
    {
        const QList<domain::Service> services = await(m_context->services().all());
        QVERIFY(!services.isEmpty());
        {
            CalendarImportDialog none(QStringLiteral("acuity.ics"), {}, m_window.get());
            find<QRadioButton>(&none, "calendarImportAsSessions")->setChecked(true);
            QVERIFY2(!find<QPushButton>(&none, "calendarImportButton")->isEnabled(), "sessions need a service");
        }
        CalendarImportDialog dialog(QStringLiteral("acuity.ics"), services, m_window.get());
        auto* importButton = find<QPushButton>(&dialog, "calendarImportButton");
        QCOMPARE(find<QLineEdit>(&dialog, "calendarImportName")->text(), QStringLiteral("acuity"));
        QVERIFY(!dialog.choice().asSessions);
        QVERIFY(!find<QComboBox>(&dialog, "calendarImportService")->isEnabled());
        find<QRadioButton>(&dialog, "calendarImportAsSessions")->setChecked(true);
        QVERIFY(find<QComboBox>(&dialog, "calendarImportService")->isEnabled());
        find<QLineEdit>(&dialog, "calendarImportName")->clear();
        QVERIFY2(!importButton->isEnabled(), "the calendar needs a name");
        type(find(&dialog, "calendarImportName"), QStringLiteral("Acuity"));
        QVERIFY(importButton->isEnabled());
        if (const QByteArray dir = qgetenv("CLIENTELE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/calendar-import-dialog.png"));
        }
        const CalendarImportDialog::Choice choice = dialog.choice();
        QVERIFY(choice.asSessions);
        QCOMPARE(choice.serviceId, services.constFirst().id());
        QCOMPARE(choice.calendarName, QStringLiteral("Acuity"));

        const QString path = m_dir.filePath(QStringLiteral("acuity.ics"));
        QFile ics(path);
        QVERIFY(ics.open(QIODevice::WriteOnly));
        const QString day = m_context->today().addDays(3).toString(QStringLiteral("yyyyMMdd"));
        ics.write(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:jane-1\r\n"
                                 "DTSTART:%1T090000Z\r\nDTEND:%1T100000Z\r\nSUMMARY:Session\r\n"
                                 "ATTENDEE;CN=Jane Doe:mailto:JANE@example.com\r\nEND:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\nUID:max-1\r\nDTSTART:%1T120000Z\r\nDTEND:%1T130000Z\r\n"
                                 "SUMMARY:Session\r\nATTENDEE;CN=Max Muster:mailto:max@example.com\r\nEND:VEVENT\r\n"
                                 "END:VCALENDAR\r\n")
                      .arg(day)
                      .toUtf8());
        ics.close();
        auto* actions = m_workspace->findChild<CalendarFileActions*>(QStringLiteral("calendarFileActions"));
        actions->importCalendarFile(path, choice);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox")), kSlowMs);
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox"));
        QVERIFY2(
            box->text().contains(u"2 session") && box->text().contains(u"with 1 new client"), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"moved"), "counts of nothing are left out");
        if (const QByteArray dir = qgetenv("CLIENTELE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(200);
            box->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/calendar-import-sessions-result.png"));
        }
        box->close();
        QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox")));

        const QDateTime from(m_context->today(), QTime(0, 0), Qt::UTC);
        PracticeQueries::BookingFilter window;
        window.from = from.addDays(3);
        window.to = from.addDays(4);
        const auto imported = await(m_context->queries().bookings(window));
        QStringList names;
        for (const BookingSummary& booking : imported) {
            names << booking.clientName;
            QCOMPARE(booking.status, domain::BookingStatus::Confirmed);
        }
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("Jane Doe"), QStringLiteral("Max Muster")}));

        // The same file again adds nothing.
        actions->importCalendarFile(path, choice);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox")), kSlowMs);
        box = m_window->findChild<QMessageBox*>(QStringLiteral("calendarImportResultBox"));
        QVERIFY2(
            box->text().contains(u"0 session") && box->text().contains(u"2 already here"), qPrintable(box->text()));
        box->close();
        QCOMPARE(await(m_context->queries().bookings(window)).size(), qsizetype(2));
    }
};

QTEST_MAIN(TestUiWorkflow)
#include "test_ui_workflow.moc"
