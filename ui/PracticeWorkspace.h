#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>
#include <memory>
#include <optional>

#include "core/domain/Invoice.h"
#include "core/store/EmailOutbox.h"
#include "ui/Theme.h"
#include "ui/settings/AccountConnector.h"

class QUndoStack;
namespace clientele {
class CalendarSyncScheduler;
class ChangeSync;
class InboxPuller;
class RelayLinks;
class RelayServices;
class ReminderScheduler;
} // namespace clientele
class QAction;

namespace clientele::ui {

class BookingsPage;
class CalendarFeedController;
class EmailController;
class OutboxController;
class CalendarPage;
class ClientsPage;
class InvoicesPage;
class MainWindow;
class PracticeContext;
class RecordListPage;
class SettingsPage;
class StripeAccountBox;
class SyncFollower;
class TodayPage;

// The open practice's views: creates each section's page over the practice context, puts them into
// the main window, and connects them (Today → a booking, a booking → its new invoice, Calendar →
// New Booking). Destroying it removes every page, so a locked practice leaves no view behind.
class PracticeWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeWorkspace)

public:
    // accounts: what Settings → Connected accounts needs; without providers it offers none.
    PracticeWorkspace(PracticeContext& context, MainWindow& window, AccountServices accounts = {});
    ~PracticeWorkspace() override;

    QUndoStack& undoStack() { return *m_undo; }

Q_SIGNALS:
    // Today's first overview is on screen: start-up is complete.
    void ready();
    // Settings → Appearance changed the colour scheme (the theme belongs to the app, not the practice).
    void themeChangeRequested(clientele::ui::Theme::Mode mode);

private:
    void importClients();
    void exportClients();
    void exportInvoices();
    void runInvoiceExport(const QDate& from, const QDate& to, const QString& folder);
    void wireCalendar();
    // undoable: put the move on the undo stack (not when undo or redo itself moves it).
    void moveBooking(const QUuid& id, const QDateTime& start, const QDateTime& end, bool undoable = true);
    void wireInvoices();
    void wireInvoiceDocuments();
    void refreshInvoices();
    // Refunds waiting for Stripe and disputes of the open invoice, into its history.
    void refreshMoneyUnderWay();
    void openInvoice(const QUuid& id);
    void showInvoiceById(const QUuid& id);
    // The open invoice by email, after asking; the outbox sends it.
    void emailInvoice();
    // Says how queueing an email went: `done` in the status bar, or why not (with a way to Settings →
    // Email when email is not set up on this computer).
    void whenEmailQueued(QFuture<Result<QueuedEmail>> queued, const QString& done);
    void newInvoice();
    void wireSettings();
    void wireConnectedAccounts();
    void startCalendarSync(AccountConnector& connector, const QString& keychainAccount);
    void wireRelay(const QString& keychainAccount);
    // Settings → Email and the email outbox's sender.
    void startEmail(const AccountServices& services, const QString& keychainAccount);
    // (Re)starts what runs through the relay (the calendar feed, the outbox) for the link recorded now.
    void startRelayServices(const QString& keychainAccount);
    void wireInbox(InboxPuller& inbox);
    void wireSync(ChangeSync& sync);
    void reloadOpenInvoice();
    QUrl paymentReturnUrl() const;
    void resolveCalendarChange(const QUuid& proposalId, bool accept);
    void loadServices();
    void loadNumberSeries();
    void loadContractTemplates();
    void wireRecords();
    void wireOutbox();
    void startReminders();
    void showStatus(const QString& text);

    PracticeContext& m_context;
    MainWindow& m_window;
    AccountServices m_accountServices;
    std::unique_ptr<QUndoStack> m_undo;
    // Dies with the workspace, at once on lock: its rounds use the practice context.
    std::unique_ptr<CalendarSyncScheduler> m_calendarSync;
    std::unique_ptr<ReminderScheduler> m_reminders; // texts sessions' reminders at their moments
    std::unique_ptr<EmailController> m_email; // sends the email outbox; goes on lock with the workspace
    std::unique_ptr<RelayLinks> m_relayLinks;
    std::unique_ptr<RelayServices> m_relayServices; // the feed, the outbox and the inbox; none without a relay
    std::unique_ptr<SyncFollower> m_syncFollower; // after m_relayServices: gone before the sync it follows
    QPointer<CalendarFeedController> m_feedController;
    QPointer<OutboxController> m_outboxController;
    QPointer<StripeAccountBox> m_stripeBox;
    int m_relayGeneration = 0;
    QList<QAction*> m_editActions;
    QPointer<TodayPage> m_today;
    QPointer<ClientsPage> m_clients;
    QPointer<BookingsPage> m_bookings;
    QPointer<CalendarPage> m_calendar;
    QPointer<InvoicesPage> m_invoices;
    QPointer<SettingsPage> m_settings;
    QPointer<RecordListPage> m_contracts;
    std::optional<domain::Invoice> m_invoice; // as loaded: the "before" of its next save
    QString m_invoiceClientName;
    QHash<QUuid, QString> m_invoiceNames; // client names of the listed invoices
    int m_invoiceGeneration = 0;
    bool m_invoicesLoaded = false;
};

} // namespace clientele::ui
