#include "ui/PracticeWorkspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QSysInfo>
#include <QUndoStack>
#include <QUrl>
#include <algorithm>
#include <functional>

#include "core/Logging.h"
#include "core/ports/RelayEnrollment.h"
#include "core/store/CalendarFeedPublisher.h"
#include "core/store/CalendarSync.h"
#include "core/store/CalendarSyncScheduler.h"
#include "core/store/ClientTransfer.h"
#include "core/store/CommandSender.h"
#include "core/store/EmailOutboxSender.h"
#include "core/store/InvoiceSeries.h"
#include "core/store/PaymentDisputes.h"
#include "core/store/PracticeVault.h"
#include "core/store/RefundRequests.h"
#include "core/store/RelayLinks.h"
#include "core/store/RelayServices.h"
#include "core/store/ReminderScheduler.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"
#include "core/text/MoneyText.h"
#include "ui/CommandPalette.h"
#include "ui/EmptyStatePage.h"
#include "ui/MainWindow.h"
#include "ui/Section.h"
#include "ui/bookings/BookingsPage.h"
#include "ui/calendar/CalendarFileActions.h"
#include "ui/calendar/CalendarItem.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/clients/ClientImportDialog.h"
#include "ui/clients/ClientsPage.h"
#include "ui/contracts/ContractActions.h"
#include "ui/email/EmailJobs.h"
#include "ui/invoices/InvoiceEditor.h"
#include "ui/invoices/InvoicesPage.h"
#include "ui/invoices/PaymentLinkDialog.h"
#include "ui/invoices/RecordPaymentDialog.h"
#include "ui/invoices/RecordRefundDialog.h"
#include "ui/outbox/OutboxController.h"
#include "ui/practice/PracticeContext.h"
#include "ui/practice/SyncFollower.h"
#include "ui/printing/DocumentJobs.h"
#include "ui/printing/DocumentPrinting.h"
#include "ui/printing/InvoiceExportDialog.h"
#include "ui/printing/InvoicePdfExport.h"
#include "ui/records/RecordListPage.h"
#include "ui/records/RecordStatusText.h"
#include "ui/settings/CalendarFeedController.h"
#include "ui/settings/CalendarFeedPage.h"
#include "ui/settings/ConnectedAccountsPage.h"
#include "ui/settings/ContractTemplatesEditor.h"
#include "ui/settings/EmailController.h"
#include "ui/settings/RelayConnector.h"
#include "ui/settings/RelayPage.h"
#include "ui/settings/ServicesEditor.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/StripeAccountBox.h"
#include "ui/today/TodayPage.h"
#include "ui/widgets/FirstShow.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

PracticeWorkspace::PracticeWorkspace(PracticeContext& context, MainWindow& window, AccountServices accounts)
    : m_context(context)
    , m_window(window)
    , m_accountServices(std::move(accounts))
    , m_undo(std::make_unique<QUndoStack>())
{
    m_today = new TodayPage(context);
    m_clients = new ClientsPage(context, *m_undo);
    m_clients->setPaymentReturnUrl([this] { return paymentReturnUrl(); });
    m_bookings = new BookingsPage(context);
    window.setSectionPage(Section::Today, m_today);
    window.setSectionPage(Section::Clients, m_clients);
    window.setSectionPage(Section::Bookings, m_bookings);
    wireCalendar();
    wireInvoices();
    wireSettings();
    wireRecords();
    wireOutbox();
    startReminders();

    connect(m_today, &TodayPage::loaded, this, &PracticeWorkspace::ready);
    connect(m_today, &TodayPage::bookingActivated, this, [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Bookings);
        m_bookings->showBooking(id);
    });
    connect(m_today, &TodayPage::clientActivated, this, [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Clients);
        m_clients->showClient(id);
    });
    connect(m_clients, &ClientsPage::newBookingRequested, this, [this](const QUuid& clientId) {
        m_window.setCurrentSection(Section::Bookings);
        m_bookings->newBooking(clientId);
    });
    connect(m_clients, &ClientsPage::bookingActivated, this, [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Bookings);
        m_bookings->showBooking(id);
    });
    connect(m_clients, &ClientsPage::invoiceActivated, this, &PracticeWorkspace::showInvoiceById);
    connect(m_today, &TodayPage::invoiceActivated, this, &PracticeWorkspace::showInvoiceById);
    connect(m_today, &TodayPage::calendarChangeResolved, this, &PracticeWorkspace::resolveCalendarChange);
    connect(m_bookings, &BookingsPage::confirmationEmailRequested, this, [this](const QUuid& id) {
        whenEmailQueued(EmailJobs::bookingConfirmation(this, m_context, id),
            tr("The confirmation is in the outbox and goes out from your mailbox."));
    });
    connect(m_bookings, &BookingsPage::invoiceCreated, this, [this](const QUuid& id) {
        whenReady(m_invoices.data(), m_context.invoices().find(id),
            [this, id](const Result<std::optional<domain::Invoice>>& invoice) {
                if (invoice && invoice.value()) {
                    // The client's name comes with the next list refresh; look it up for the header now.
                    whenReady(m_invoices.data(), m_context.clients().find(invoice.value()->clientId()),
                        [this, id](const Result<std::optional<domain::Client>>& client) {
                            if (client && client.value()) {
                                m_invoiceNames.insert(id, client.value()->displayName());
                            }
                            showInvoiceById(id);
                        });
                }
            });
    });
    connect(m_clients, &ClientsPage::statusMessage, this, &PracticeWorkspace::showStatus);
    connect(m_bookings, &BookingsPage::statusMessage, this, &PracticeWorkspace::showStatus);

    connect(&window, &MainWindow::newRequested, this, [this](Section section) {
        switch (section) {
        case Section::Clients:
            m_clients->newClient();
            break;
        case Section::Invoices:
            newInvoice();
            break;
        case Section::Today:
        case Section::Calendar:
        case Section::Bookings:
            m_window.setCurrentSection(Section::Bookings);
            m_bookings->newBooking();
            break;
        default:
            break;
        }
    });
    connect(&window, &MainWindow::findRequested, this, [this](Section section) {
        if (section == Section::Bookings) {
            m_bookings->focusSearch();
            return;
        }
        m_window.setCurrentSection(Section::Clients);
        m_clients->focusSearch();
    });

    // Edit → Undo/Redo act on this practice's stack; they go with it on lock.
    QMenu* edit = nullptr;
    for (QAction* action : m_window.menuBar()->actions()) {
        if (action->objectName() == u"editMenuAction") {
            edit = action->menu();
        }
    }
    if (edit) {
        QAction* undo = m_undo->createUndoAction(edit, tr("&Undo"));
        undo->setObjectName(QStringLiteral("undoAction"));
        undo->setShortcut(QKeySequence::Undo);
        QAction* redo = m_undo->createRedoAction(edit, tr("&Redo"));
        redo->setObjectName(QStringLiteral("redoAction"));
        redo->setShortcut(QKeySequence::Redo);
        edit->addAction(undo);
        edit->addAction(redo);
        m_editActions = {undo, redo};
    }
    // Ctrl+K: jump to any client or action by typing.
    auto* palette = new QAction(tr("Go to Client or Action…"), &m_window); // deleted with the workspace
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_window.addAction(palette);
    m_editActions.append(palette);
    connect(palette, &QAction::triggered, this, [this] {
        QList<QAction*> actions;
        for (QAction* menu : m_window.menuBar()->actions()) {
            if (menu->menu()) {
                for (QAction* action : menu->menu()->actions()) {
                    if (!action->isSeparator() && action->objectName() != u"commandPaletteAction") {
                        actions << action;
                    }
                }
            }
        }
        auto* dialog = new CommandPalette(m_context, actions, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &QObject::destroyed, dialog, &QWidget::close);
        connect(dialog, &CommandPalette::clientChosen, this, [this](const QUuid& id) {
            m_window.setCurrentSection(Section::Clients);
            m_clients->showClient(id);
        });
        const QRect area = m_window.geometry();
        dialog->move(area.center().x() - dialog->width() / 2, area.top() + area.height() / 6);
        dialog->show();
    });
    connect(&window, &MainWindow::importClientsRequested, this, &PracticeWorkspace::importClients);
    connect(&window, &MainWindow::exportClientsRequested, this, &PracticeWorkspace::exportClients);
    auto* calendarFiles = new CalendarFileActions(m_context, &window, this);
    calendarFiles->setObjectName(QStringLiteral("calendarFileActions"));
    connect(calendarFiles, &CalendarFileActions::statusMessage, this, &PracticeWorkspace::showStatus);
    connect(&window, &MainWindow::importCalendarRequested, calendarFiles, &CalendarFileActions::importCalendar);
    connect(&window, &MainWindow::exportCalendarRequested, calendarFiles, &CalendarFileActions::exportCalendar);
    connect(&window, &MainWindow::exportInvoicesRequested, this, &PracticeWorkspace::exportInvoices);
    // Every change is written to the encrypted file at once; there is nothing to sync yet (the relay
    // comes with a later issue), so the status says exactly that.
    const auto status = [this] {
        m_window.setStatusText(tr("%1 · all changes saved on this computer").arg(m_context.profile().name));
    };
    status();
    connect(&m_context, &PracticeContext::profileChanged, this, status);
}

PracticeWorkspace::~PracticeWorkspace()
{
    m_reminders.reset();
    m_calendarSync.reset();
    m_relayServices.reset();
    qDeleteAll(m_editActions);
    m_window.setStatusText({});
    m_window.resetSectionPages();
}

void PracticeWorkspace::showStatus(const QString& text)
{
    m_window.statusBar()->showMessage(text, 8000);
}

void PracticeWorkspace::importClients()
{
    auto* dialog = new ClientImportDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QObject::destroyed, dialog, &QWidget::close);
    connect(dialog, &ClientImportDialog::imported, this,
        [this](int count) { showStatus(tr("Imported %n client(s)", nullptr, count)); });
    dialog->open();
}

void PracticeWorkspace::exportClients()
{
    QString filter;
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString vcard = tr("vCard 4.0 for address books (*.vcf)");
    const QString vcard3 = tr("vCard 3.0 for older address books (*.vcf)");
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Clients"),
        QDir::home().filePath(tr("Clients.csv")), QStringList {csv, vcard, vcard3}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    const auto format = filter == vcard ? ClientTransfer::ExportFormat::VCard4
        : filter == vcard3              ? ClientTransfer::ExportFormat::VCard3
                                        : ClientTransfer::ExportFormat::Csv;
    showStatus(tr("Exporting clients…"));
    // Reading the clients and writing the file both happen on the storage thread.
    whenReady(this, m_context.store().run([format, path](StoreSession& session) -> Result<void> {
        const Result<QByteArray> bytes = ClientTransfer::exportClients(session, format);
        if (!bytes) {
            return bytes.error();
        }
        return ClientTransfer::writeExportFile(path, bytes.value());
    }),
        [this, path](const Result<void>& written) {
            if (!written) {
                QMessageBox::warning(&m_window, tr("Export Clients"),
                    tr("The clients could not be exported: %1").arg(written.error().userMessage()));
                return;
            }
            showStatus(tr("Exported clients to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void PracticeWorkspace::exportInvoices()
{
    auto* dialog = new InvoiceExportDialog(m_context.today(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QObject::destroyed, dialog, &QWidget::close);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { runInvoiceExport(dialog->from(), dialog->to(), dialog->folder()); });
    dialog->open();
}

void PracticeWorkspace::runInvoiceExport(const QDate& from, const QDate& to, const QString& folder)
{
    auto* job = new InvoicePdfExport(m_context, from, to, folder, this);
    job->setObjectName(QStringLiteral("invoicePdfExport"));
    auto* progress = new QProgressDialog(tr("Looking for the invoices of the period…"), tr("Cancel"), 0, 0, &m_window);
    progress->setObjectName(QStringLiteral("invoiceExportProgressDialog"));
    progress->setWindowTitle(tr("Export Invoices as PDF"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // Locking the practice ends the export with the workspace; the dialog goes with it.
    connect(job, &QObject::destroyed, progress, &QObject::deleteLater);
    connect(progress, &QProgressDialog::canceled, job, [this, job] {
        job->cancel();
        showStatus(tr("Stopping the export after the current invoice…"));
    });
    connect(job, &InvoicePdfExport::counted, progress, [progress](int total) { progress->setMaximum(qMax(1, total)); });
    connect(job, &InvoicePdfExport::progressed, progress, [progress](int done, int total) {
        progress->setValue(done);
        if (done < total) {
            progress->setLabelText(tr("Writing invoice %1 of %2…").arg(done + 1).arg(total));
        }
    });
    connect(job, &InvoicePdfExport::finished, this, [this, job, progress, from, to](int written, const QString& error) {
        progress->hide();
        const QString folderName = QDir::toNativeSeparators(job->folder());
        const QLocale locale = m_context.locale();
        QString text;
        if (job->total() == 0 && error.isEmpty()) {
            text = tr("No invoices were issued between %1 and %2.")
                       .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
        } else {
            text = tr("Wrote %n invoice(s) to %1.", nullptr, written).arg(folderName);
            if (!error.isEmpty()) {
                text += u' ' + tr("The export stopped: %1").arg(error);
            } else if (job->wasCanceled() && written < job->total()) {
                text += u' ' + tr("Canceled before the remaining %n.", nullptr, job->total() - written);
            }
        }
        showStatus(text);
        auto* box = new QMessageBox(error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
            tr("Export Invoices as PDF"), text, QMessageBox::Close, &m_window);
        box->setObjectName(QStringLiteral("invoiceExportResultBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (written > 0) {
            QPushButton* open = box->addButton(tr("&Open Folder"), QMessageBox::ActionRole);
            open->setObjectName(QStringLiteral("invoiceExportOpenFolderButton"));
            const QUrl url = QUrl::fromLocalFile(job->folder());
            connect(open, &QPushButton::clicked, box, [url] { QDesktopServices::openUrl(url); });
            box->setDefaultButton(open);
        }
        connect(this, &QObject::destroyed, box, &QWidget::close);
        job->deleteLater();
        box->open();
    });
    progress->show();
    job->start();
}

void PracticeWorkspace::wireCalendar()
{
    m_calendar = new CalendarPage;
    m_window.setSectionPage(Section::Calendar, m_calendar);
    m_calendar->setTimeZone(m_context.timeZone());
    whenReady(m_calendar.data(), m_context.settings().availability(),
        [this](const Result<domain::Availability>& availability) {
            if (availability) {
                m_calendar->setAvailability(availability.value());
            }
        });
    auto generation = std::make_shared<int>(0);
    connect(m_calendar, &CalendarPage::rangeNeeded, this,
        [this, generation](const QDateTime& fromUtc, const QDateTime& toUtc) {
            PracticeQueries::BookingFilter filter;
            filter.from = fromUtc;
            filter.to = toUtc;
            const int asked = ++*generation;
            // Bookings, then the outside time of the same range: two short jobs on the storage thread.
            whenReady(m_calendar.data(), m_context.queries().bookings(filter),
                [this, generation, asked, fromUtc, toUtc](const Result<QList<BookingSummary>>& bookings) {
                    if (asked != *generation) {
                        return; // the user moved on to another week
                    }
                    if (!bookings) {
                        showStatus(tr("The calendar could not be loaded: %1").arg(bookings.error().userMessage()));
                        return;
                    }
                    whenReady(m_calendar.data(), m_context.queries().busyBlocks(fromUtc, toUtc),
                        [this, generation, asked, bookings](const Result<QList<CalendarRows::Block>>& blocks) {
                            if (asked != *generation) {
                                return;
                            }
                            if (!blocks) {
                                showStatus(tr("Busy times of other calendars could not be loaded: %1")
                                               .arg(blocks.error().userMessage()));
                            }
                            m_calendar->setItems(calendarItems(
                                bookings.value(), blocks ? blocks.value() : QList<CalendarRows::Block>()));
                        });
                });
        });
    const auto openBooking = [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Bookings);
        m_bookings->showBooking(id);
    };
    connect(m_calendar, &CalendarPage::itemActivated, this, openBooking);
    connect(m_calendar, &CalendarPage::newBookingRequested, this, [this] {
        m_window.setCurrentSection(Section::Bookings);
        m_bookings->newBooking();
    });
    connect(m_calendar, &CalendarPage::createRequested, this, [this](const QDateTime& start, const QDateTime& end) {
        m_window.setCurrentSection(Section::Bookings);
        m_bookings->newBooking({}, start, end);
    });
    connect(m_calendar, &CalendarPage::changeRequested, this,
        [this](const QUuid& id, const QDateTime& start, const QDateTime& end) { moveBooking(id, start, end); });
    connect(&m_context, &PracticeContext::dataChanged, m_calendar, [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Bookings || area == PracticeContext::Area::Clients
            || area == PracticeContext::Area::OutsideCalendars) {
            m_calendar->requestRange();
        }
    });
}

namespace {

// A booking dragged to another time in the calendar; Edit → Undo drags it back (its history keeps both
// moves, as it would if the user had dragged it back by hand).
class MoveBookingCommand final : public QUndoCommand
{
public:
    MoveBookingCommand(std::function<void(const QDateTime&, const QDateTime&)> move, QDateTime fromStart,
        QDateTime fromEnd, QDateTime toStart, QDateTime toEnd)
        : QUndoCommand(PracticeWorkspace::tr("Move Booking"))
        , m_move(std::move(move))
        , m_fromStart(std::move(fromStart))
        , m_fromEnd(std::move(fromEnd))
        , m_toStart(std::move(toStart))
        , m_toEnd(std::move(toEnd))
    {
    }

    void redo() override
    {
        if (m_done) {
            m_move(m_toStart, m_toEnd);
        }
        m_done = true; // the first redo is the move that was just made
    }
    void undo() override { m_move(m_fromStart, m_fromEnd); }

private:
    std::function<void(const QDateTime&, const QDateTime&)> m_move;
    QDateTime m_fromStart;
    QDateTime m_fromEnd;
    QDateTime m_toStart;
    QDateTime m_toEnd;
    bool m_done = false;
};

} // namespace

void PracticeWorkspace::moveBooking(const QUuid& id, const QDateTime& start, const QDateTime& end, bool undoable)
{
    whenReady(this, m_context.bookings().find(id),
        [this, id, start, end, undoable](const Result<std::optional<domain::Booking>>& found) {
            const auto refuse = [this](const QString& why) {
                showStatus(why);
                QMessageBox::information(&m_window, tr("Move Booking"), why);
                m_calendar->requestRange(); // draw it back where it is
            };
            if (!found || !found.value()) {
                refuse(tr("The booking could not be loaded to move it."));
                return;
            }
            const domain::Booking before = **found;
            domain::Booking after = before;
            const Result<domain::Schedule> schedule = domain::Schedule::create(start, end,
                before.schedule().isNull() ? QString::fromUtf8(m_context.timeZone().id())
                                           : before.schedule().timeZoneId());
            if (!schedule) {
                refuse(schedule.error().userMessage());
                return;
            }
            if (Result<void> moved = after.reschedule(schedule.value(), m_context.clock().nowUtc(), QString());
                !moved) {
                refuse(moved.error().userMessage());
                return;
            }
            whenReady(this, m_context.bookings().update(before, after),
                [this, refuse, id, before, start, end, undoable](const Result<void>& saved) {
                    if (!saved) {
                        refuse(saved.error().userMessage());
                        return;
                    }
                    if (undoable && !before.schedule().isNull()) {
                        QPointer<PracticeWorkspace> self = this;
                        m_undo->push(new MoveBookingCommand(
                            [self, id](const QDateTime& s, const QDateTime& e) {
                                if (self) {
                                    self->moveBooking(id, s, e, false);
                                }
                            },
                            before.schedule().start(), before.schedule().end(), start, end));
                    }
                    showStatus(tr("Booking moved"));
                    m_context.notifyChanged(PracticeContext::Area::Bookings);
                });
        });
}

void PracticeWorkspace::wireInvoices()
{
    m_invoices = new InvoicesPage;
    m_window.setSectionPage(Section::Invoices, m_invoices);
    connect(m_invoices, &InvoicesPage::invoiceSelected, this, &PracticeWorkspace::openInvoice);
    connect(m_invoices, &InvoicesPage::newInvoiceRequested, this, &PracticeWorkspace::newInvoice);
    connect(m_invoices, &InvoicesPage::saveRequested, this, [this](const domain::Invoice& after) {
        if (!m_invoice) {
            return;
        }
        const domain::Invoice before = *m_invoice;
        whenReady(
            m_invoices.data(), m_context.invoices().update(before, after), [this, after](const Result<void>& saved) {
                if (!saved) {
                    m_invoices->editor()->showError(saved.error().userMessage());
                    return;
                }
                m_invoice = after;
                m_invoices->editor()->markSaved();
                showStatus(tr("Invoice saved"));
                m_context.notifyChanged(PracticeContext::Area::Invoices);
            });
    });
    const auto afterChange = [this](const QString& done) {
        return [this, done](const Result<domain::Invoice>& invoice) {
            if (!invoice) {
                m_invoices->editor()->showError(invoice.error().userMessage());
                return;
            }
            m_invoice = invoice.value();
            m_invoices->showInvoice(invoice.value(), m_invoiceClientName);
            refreshMoneyUnderWay();
            showStatus(done);
            // A payment may have confirmed the booking: every list is refreshed. A payment or voiding
            // may have queued the stop of a payment link: the outbox sends it now.
            m_context.notifyChanged(PracticeContext::Area::Invoices);
            m_context.notifyChanged(PracticeContext::Area::Bookings);
            m_context.notifyChanged(PracticeContext::Area::Outbox);
        };
    };
    connect(m_invoices, &InvoicesPage::issueRequested, this, [this, afterChange] {
        if (!m_invoice) {
            return;
        }
        const QUuid id = m_invoice->id();
        // Unsaved edits go in first, so what is issued is what the user sees.
        const Result<domain::Invoice> edited = m_invoices->editor()->editedInvoice();
        if (!edited) {
            m_invoices->editor()->showError(edited.error().userMessage());
            return;
        }
        const domain::Invoice before = *m_invoice;
        whenReady(m_invoices.data(), m_context.invoices().update(before, edited.value()),
            [this, id, afterChange](const Result<void>& saved) {
                if (!saved) {
                    m_invoices->editor()->showError(saved.error().userMessage());
                    return;
                }
                m_invoices->editor()->markSaved();
                whenReady(m_invoices.data(), m_context.invoices().issue(id, m_context.today()),
                    afterChange(tr("Invoice issued")));
            });
    });
    connect(m_invoices, &InvoicesPage::voidRequested, this, [this, afterChange] {
        if (!m_invoice) {
            return;
        }
        const QUuid invoiceId = m_invoice->id(); // the one asked about, whatever loads meanwhile
        const auto answer = QMessageBox::question(&m_window, tr("Void Invoice"),
            tr("Void invoice %1? It stays in your records with its number, marked void, and can no longer be paid.")
                .arg(m_invoice->number()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes) {
            whenReady(
                m_invoices.data(), m_context.invoices().voidInvoice(invoiceId), afterChange(tr("Invoice voided")));
        }
    });
    connect(m_invoices, &InvoicesPage::recordPaymentRequested, this, [this, afterChange] {
        if (!m_invoice) {
            return;
        }
        // The invoice the dialog was opened for: another one may finish loading while it is open.
        const QUuid invoiceId = m_invoice->id();
        RecordPaymentDialog dialog(*m_invoice, m_context.today(), &m_window);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        domain::Payment payment = dialog.payment();
        payment.id = sync::UuidV7::create();
        whenReady(m_invoices.data(), m_context.invoices().recordPayment(invoiceId, payment),
            afterChange(tr("Payment recorded")));
    });
    connect(m_invoices, &InvoicesPage::emailRequested, this, &PracticeWorkspace::emailInvoice);
    connect(m_invoices, &InvoicesPage::paymentLinkRequested, this, [this] {
        if (!m_invoice) {
            return;
        }
        const Result<domain::Money> owed = m_invoice->balanceDue();
        if (!owed) {
            m_invoices->editor()->showError(owed.error().userMessage());
            return;
        }
        auto* dialog = new PaymentLinkDialog(m_context,
            {m_invoice->id(), m_invoice->number(), owed.value(),
                RecordPaymentDialog::suggestedAmount(*m_invoice, m_context.today())},
            paymentReturnUrl(), m_relayServices ? &m_relayServices->sender() : nullptr, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PaymentLinkDialog::statusMessage, this, &PracticeWorkspace::showStatus);
        dialog->open();
    });
    connect(m_invoices, &InvoicesPage::recordRefundRequested, this, [this, afterChange] {
        if (!m_invoice) {
            return;
        }
        const QUuid invoiceId = m_invoice->id(); // as for a payment: the one the dialog shows
        RecordRefundDialog dialog(*m_invoice, m_context.today(), &m_window);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        domain::Refund refund = dialog.refund();
        refund.id = sync::UuidV7::create();
        if (dialog.throughStripe()) {
            // Through the outbox: on the invoice once Stripe has made it (the history shows it waiting).
            whenReady(m_invoices.data(),
                RefundRequests(m_context.store())
                    .request(invoiceId, refund.paymentId, refund.amount, refund.reason, dialog.stripeReason()),
                [this](const Result<RefundRequest>& asked) {
                    if (!asked) {
                        m_invoices->editor()->showError(asked.error().userMessage());
                        return;
                    }
                    showStatus(tr("Refund of %1 queued: it goes back to the client's card through Stripe.")
                                   .arg(moneyText(asked->amount, m_window.locale())));
                    refreshMoneyUnderWay();
                    m_context.notifyChanged(PracticeContext::Area::Outbox);
                });
            return;
        }
        whenReady(m_invoices.data(), m_context.invoices().recordRefund(invoiceId, refund),
            afterChange(tr("Refund recorded")));
    });
    connect(&m_context, &PracticeContext::dataChanged, m_invoices, [this](PracticeContext::Area area) {
        if (m_invoicesLoaded && (area == PracticeContext::Area::Invoices || area == PracticeContext::Area::Clients)) {
            refreshInvoices();
        }
    });
    FirstShow::whenFirstShown(m_invoices, [this] {
        m_invoicesLoaded = true;
        refreshInvoices();
    });
    wireInvoiceDocuments();
}

void PracticeWorkspace::wireInvoiceDocuments()
{
    // The invoice as the editor shows it: a draft with edits not saved yet prints with those edits.
    auto* invoice = new DocumentPrinting(m_invoices, [this]() -> QFuture<Result<documents::Document>> {
        const QUuid id = m_invoice ? m_invoice->id() : QUuid();
        std::optional<domain::Invoice> shown;
        InvoiceEditor* editor = m_invoices->editor();
        if (editor->isModified()) {
            const Result<domain::Invoice> edited = editor->editedInvoice();
            if (!edited) {
                return QtFuture::makeReadyFuture(Result<documents::Document>(Error(Error::Code::InvalidInput,
                    tr("The draft can't be printed yet. %1").arg(edited.error().userMessage()))));
            }
            shown = edited.value();
        }
        return DocumentJobs::invoice(m_context, id, shown);
    });
    invoice->setObjectName(QStringLiteral("invoicePrinting"));
    // Ctrl+P prints the invoice while the Invoices section is on screen.
    invoice->printAction()->setShortcut(QKeySequence::Print);
    invoice->printAction()->setShortcutContext(Qt::WindowShortcut);
    m_invoices->addAction(invoice->printAction());
    auto* receipt = new DocumentPrinting(
        m_invoices, [this] { return DocumentJobs::receipt(m_context, m_invoice ? m_invoice->id() : QUuid()); });
    receipt->setObjectName(QStringLiteral("receiptPrinting"));
    receipt->setActionTexts(tr("&Receipt…"), tr("Print Receipt…"), tr("Save Rece&ipt as PDF…"));
    receipt->previewAction()->setToolTip(tr("Preview and print a receipt for the payments received"));
    m_invoices->editor()->setDocumentPrinting(invoice, receipt);
    connect(invoice, &DocumentPrinting::statusMessage, this, &PracticeWorkspace::showStatus);
    connect(receipt, &DocumentPrinting::statusMessage, this, &PracticeWorkspace::showStatus);
}

void PracticeWorkspace::emailInvoice()
{
    if (!m_invoice) {
        return;
    }
    const QString number = m_invoice->number();
    const auto answer = QMessageBox::question(&m_window, tr("Email Invoice"),
        tr("Email invoice %1 to %2 as a PDF?").arg(number, m_invoiceClientName), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    showStatus(tr("Preparing invoice %1 for email…").arg(number));
    whenEmailQueued(EmailJobs::invoice(this, m_context, m_invoice->id()),
        tr("Invoice %1 is in the outbox and goes out from your mailbox.").arg(number));
}

void PracticeWorkspace::whenEmailQueued(QFuture<Result<QueuedEmail>> queued, const QString& done)
{
    whenReady(this, std::move(queued), [this, done](const Result<QueuedEmail>& email) {
        if (!email) {
            // Not set up yet: say so, and offer the page that fixes it.
            if (email.error().detail() == u"email.not-set-up") {
                const auto answer = QMessageBox::question(&m_window, tr("Email"),
                    email.error().userMessage() + u"\n\n" + tr("Open Settings → Email now?"),
                    QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
                if (answer == QMessageBox::Open) {
                    m_window.setCurrentSection(Section::Settings);
                    m_settings->setCurrentPage(SettingsPage::Page::Email);
                }
                return;
            }
            QMessageBox::warning(&m_window, tr("Email"), email.error().userMessage());
            return;
        }
        showStatus(done);
        m_context.notifyChanged(PracticeContext::Area::Outbox);
        m_context.notifyChanged(PracticeContext::Area::Messages);
    });
}

void PracticeWorkspace::refreshInvoices()
{
    PracticeQueries::InvoiceFilter filter;
    filter.today = m_context.today();
    const int asked = ++m_invoiceGeneration;
    whenReady(m_invoices.data(), m_context.queries().invoices(filter),
        [this, asked](const Result<QList<InvoiceSummary>>& invoices) {
            if (asked != m_invoiceGeneration) {
                return;
            }
            if (!invoices) {
                showStatus(tr("Invoices could not be loaded: %1").arg(invoices.error().userMessage()));
                return;
            }
            m_invoiceNames.clear();
            for (const InvoiceSummary& invoice : invoices.value()) {
                m_invoiceNames.insert(invoice.id, invoice.clientName);
            }
            m_invoices->setInvoices(invoices.value(), m_context.today());
        });
}

void PracticeWorkspace::openInvoice(const QUuid& id)
{
    if (id.isNull()) {
        return;
    }
    whenReady(m_invoices.data(), m_context.invoices().find(id),
        [this, id](const Result<std::optional<domain::Invoice>>& invoice) {
            if (!invoice || !invoice.value()) {
                showStatus(tr("The invoice could not be opened."));
                return;
            }
            m_invoice = **invoice;
            m_invoiceClientName = m_invoiceNames.value(id);
            m_invoices->showInvoice(**invoice, m_invoiceClientName);
            refreshMoneyUnderWay();
        });
}

void PracticeWorkspace::refreshMoneyUnderWay()
{
    if (!m_invoice) {
        return;
    }
    const QUuid id = m_invoice->id();
    whenReady(m_invoices.data(), RefundRequests(m_context.store()).forInvoice(id),
        [this, id](const Result<QList<RefundRequest>>& refunds) {
            whenReady(m_invoices.data(), PaymentDisputes::forInvoice(m_context.store(), id),
                [this, refunds](const Result<QList<PaymentDispute>>& disputes) {
                    // A failed read leaves the history as it was; the invoice itself is shown either way.
                    if (refunds && disputes) {
                        m_invoices->editor()->setMoneyUnderWay(refunds.value(), disputes.value());
                    }
                });
        });
}

void PracticeWorkspace::showInvoiceById(const QUuid& id)
{
    m_window.setCurrentSection(Section::Invoices);
    openInvoice(id);
}

void PracticeWorkspace::newInvoice()
{
    whenReady(m_invoices.data(), m_context.queries().clients({}), [this](const Result<QList<ClientSummary>>& clients) {
        if (!clients || clients->isEmpty()) {
            QMessageBox::information(&m_window, tr("New Invoice"),
                tr("Add a client first: an invoice is always addressed to one of your clients."));
            return;
        }
        QStringList names;
        for (const ClientSummary& client : clients.value()) {
            names << (client.email.isEmpty() ? client.name : tr("%1 (%2)").arg(client.name, client.email));
        }
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(&m_window, tr("New Invoice"), tr("Who is the invoice for?"), names, 0, true, &ok);
        const qsizetype index = names.indexOf(chosen);
        if (!ok || index < 0) {
            return;
        }
        const ClientSummary client = clients->at(index);
        domain::Invoice draft(sync::UuidV7::create(), client.id, m_context.profile().currency);
        (void)draft.setDueDate(m_context.today().addDays(m_context.profile().paymentTermsDays));
        whenReady(m_invoices.data(), m_context.invoices().add(draft), [this, draft, client](const Result<void>& added) {
            if (!added) {
                QMessageBox::warning(&m_window, tr("New Invoice"), added.error().userMessage());
                return;
            }
            m_invoiceNames.insert(draft.id(), client.name);
            m_context.notifyChanged(PracticeContext::Area::Invoices);
            openInvoice(draft.id());
        });
    });
}

void PracticeWorkspace::wireConnectedAccounts()
{
    ConnectedAccountsPage* page = m_settings->connectedAccountsPage();
    page->setLocale(m_context.locale());
    // OAuth tokens are kept under the practice's keychain account, its vault id (as its key is),
    // which the key file holds: read on the storage thread, never on the UI thread. The workspace
    // is the context: it goes at once on lock, while its pages are deleted later.
    whenReady(this,
        m_context.store().run([files = m_context.files()](StoreSession&) { return PracticeVault::vaultIdOf(files); }),
        [this, page](const Result<QUuid>& vaultId) {
            AccountServices services = m_accountServices;
            if (!vaultId) {
                services.keychain = nullptr;
            }
            const QString keychainAccount = vaultId ? vaultId->toString(QUuid::WithoutBraces) : QString();
            auto* connector = new AccountConnector(
                *page, m_context.connectedAccounts(), m_context.clock(), services, keychainAccount, m_settings);
            connect(connector, &AccountConnector::accountsChanged, this,
                [this] { m_context.notifyChanged(PracticeContext::Area::OutsideCalendars); });
            if (services.keychain != nullptr && services.calendarFor) {
                startCalendarSync(*connector, keychainAccount);
            }
            startEmail(services, keychainAccount);
            connect(connector, &AccountConnector::accountsChanged, this, [this] {
                if (m_email) {
                    m_email->reloadSignInAccounts();
                }
            });
            wireRelay(services.keychain != nullptr ? keychainAccount : QString());
        });
}

void PracticeWorkspace::startEmail(const AccountServices& services, const QString& keychainAccount)
{
    m_email = std::make_unique<EmailController>(
        *m_settings->emailAccountForm(), *m_settings->emailTemplatesEditor(), m_context, services, keychainAccount);
    connect(m_email.get(), &EmailController::statusMessage, this, &PracticeWorkspace::showStatus);
    // An email was queued somewhere in the app: send it now. Templates edited on another computer.
    connect(&m_context, &PracticeContext::dataChanged, m_email.get(), [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Outbox) {
            m_email->sender().wake();
        } else if (area == PracticeContext::Area::Settings) {
            m_email->reloadTemplates();
        }
    });
    if (m_outboxController) {
        m_outboxController->setEmailSender(&m_email->sender());
    }
    m_email->start();
}

void PracticeWorkspace::wireRelay(const QString& keychainAccount)
{
    m_feedController =
        new CalendarFeedController(*m_settings->calendarFeedPage(), m_context.store(), m_context.locale(), m_settings);
    connect(m_settings->calendarFeedPage(), &CalendarFeedPage::relaySettingsRequested, this,
        [this] { m_settings->setCurrentPage(SettingsPage::Page::Relay); });
    RelayPage* page = m_settings->relayPage();
    page->setLocale(m_context.locale());
    if (m_accountServices.relay == nullptr || keychainAccount.isEmpty()) {
        page->showOutcome(m_accountServices.relay == nullptr
                ? tr("This build of Clientele cannot connect to a relay.")
                : tr("Connecting to a relay needs the system keychain, which is not available."),
            true);
        page->setEnabled(false);
        return;
    }
    m_relayLinks = std::make_unique<RelayLinks>(m_context.store());
    m_stripeBox = new StripeAccountBox(m_context, page);
    page->addSection(m_stripeBox);
    connect(m_stripeBox, &StripeAccountBox::statusMessage, this, &PracticeWorkspace::showStatus);
    page->setSuggestions(m_accountServices.suggestedRelayAddress, QSysInfo::machineHostName());
    auto* connector = new RelayConnector(*page, m_context.store(), *m_relayLinks, *m_accountServices.relay,
        *m_accountServices.keychain, keychainAccount, m_context.clock(), m_settings);
    // Joined another computer's practice: what this one showed is gone until the practice arrives.
    connect(connector, &RelayConnector::joined, this, [this] {
        for (const auto area :
            {PracticeContext::Area::Clients, PracticeContext::Area::Bookings, PracticeContext::Area::Invoices,
                PracticeContext::Area::Services, PracticeContext::Area::Settings, PracticeContext::Area::Contracts,
                PracticeContext::Area::Messages, PracticeContext::Area::Subscriptions}) {
            m_context.notifyChanged(area);
        }
    });
    connect(connector, &RelayConnector::linkChanged, this,
        [this, keychainAccount] { startRelayServices(keychainAccount); });
    // The feed follows the sessions, and the settings that change how they read.
    connect(&m_context, &PracticeContext::dataChanged, this, [this](PracticeContext::Area area) {
        if (m_relayServices
            && (area == PracticeContext::Area::Bookings || area == PracticeContext::Area::Clients
                || area == PracticeContext::Area::Services || area == PracticeContext::Area::Settings)) {
            m_relayServices->feedPublisher().changedLocally();
        }
    });
    startRelayServices(keychainAccount);
    if (m_accountServices.connectRelayAutomatically && !m_accountServices.suggestedRelayAddress.isEmpty()) {
        connector->connectIfUnlinked(m_accountServices.suggestedRelayAddress, QSysInfo::machineHostName());
    }
}

void PracticeWorkspace::startRelayServices(const QString& keychainAccount)
{
    const int generation = ++m_relayGeneration;
    if (m_feedController) {
        m_feedController->setPublisher(nullptr, nullptr);
    }
    if (m_outboxController) {
        m_outboxController->setSender(nullptr);
    }
    m_syncFollower.reset();
    m_relayServices.reset();
    if (m_stripeBox) {
        m_stripeBox->setRelay({});
    }
    whenReady(this, m_relayLinks->current(),
        [this, generation, keychainAccount](const Result<std::optional<RelayLink>>& link) {
            if (generation != m_relayGeneration || !link || !link.value()) {
                return;
            }
            const RelayLink current = *link.value();
            whenReady(this,
                m_accountServices.keychain->read(keychainAccount, QString::fromLatin1(RelayLinks::kKeychainPurpose)),
                [this, generation, current](const Result<SecretStore::Secret>& credentials) {
                    if (generation != m_relayGeneration) {
                        return;
                    }
                    if (credentials) {
                        m_relayServices = RelayServices::start(m_context.store(), m_context.clock(),
                            *m_accountServices.relay, current, *credentials.value(), RelayServices::Options {});
                    }
                    if (!m_relayServices) {
                        m_settings->relayPage()->showOutcome(tr("This computer's relay credentials are missing from "
                                                                "the keychain. Disconnect and connect "
                                                                "again."),
                            true);
                        return;
                    }
                    if (m_feedController) {
                        m_feedController->setPublisher(&m_relayServices->feedHost(), &m_relayServices->feedPublisher());
                    }
                    if (m_outboxController) {
                        m_outboxController->setSender(&m_relayServices->sender(), m_relayServices->vaultId());
                    }
                    wireInbox(m_relayServices->inbox());
                    wireSync(m_relayServices->sync());
                    if (m_stripeBox) {
                        m_stripeBox->setRelay(m_relayServices->url());
                    }
                    // A text's state follows its command: sent, delivered, failed.
                    connect(&m_relayServices->sender(), &CommandSender::changed, this,
                        [this](const OutboxCommand& command) {
                            if (command.subjectTable == u"message") {
                                m_context.notifyChanged(PracticeContext::Area::Messages);
                            } else if (command.subjectTable == u"subscription") {
                                m_context.notifyChanged(PracticeContext::Area::Subscriptions);
                            } else if (command.subjectTable == u"refund_request") {
                                // Made: the refund is on the invoice now. Refused: the history says so.
                                m_context.notifyChanged(PracticeContext::Area::Invoices);
                                reloadOpenInvoice();
                            }
                        });
                });
        });
}

void PracticeWorkspace::wireSync(ChangeSync& sync)
{
    m_syncFollower = std::make_unique<SyncFollower>(m_context, m_settings->relayPage(), sync);
    // Connected or joined: this computer's invoice series may be new (RelayLinks::save).
    loadNumberSeries();
    // The practice's name, currency or time zone changed on another computer.
    connect(m_syncFollower.get(), &SyncFollower::profileChanged, this, [this](const domain::PracticeProfile& profile) {
        m_context.setProfile(profile);
        m_settings->setProfile(profile);
        if (m_calendar) {
            m_calendar->setTimeZone(m_context.timeZone());
        }
    });
}

void PracticeWorkspace::wireInbox(InboxPuller& inbox)
{
    // Payments, delivery reports and refusals from the relay: the views showing them refresh at once.
    connect(&inbox, &InboxPuller::applied, this, [this](const VaultInbox::Applied& applied) {
        if (applied.changes.testFlag(InboxChange::Outbox)) {
            m_context.notifyChanged(PracticeContext::Area::Outbox);
        }
        if (applied.changes.testFlag(InboxChange::Invoices)) {
            m_context.notifyChanged(PracticeContext::Area::Invoices);
            reloadOpenInvoice();
        }
        if (applied.changes.testFlag(InboxChange::Bookings)) {
            m_context.notifyChanged(PracticeContext::Area::Bookings);
        }
        if (applied.changes.testFlag(InboxChange::Clients)) {
            m_context.notifyChanged(PracticeContext::Area::Clients);
        }
        if (applied.changes.testFlag(InboxChange::Messages)) {
            m_context.notifyChanged(PracticeContext::Area::Messages);
        }
        if (applied.changes.testFlag(InboxChange::Settings) && m_stripeBox) {
            m_stripeBox->reload(); // the Stripe account's status
        }
        if (applied.changes.testFlag(InboxChange::Payments)) {
            showStatus(tr("Payment received"));
        }
        if (applied.changes.testFlag(InboxChange::Refunds)) {
            showStatus(tr("Money went back to a client; the invoice shows it."));
        }
        if (applied.changes.testFlag(InboxChange::Subscriptions)) {
            m_context.notifyChanged(PracticeContext::Area::Subscriptions);
        }
        if (applied.changes.testFlag(InboxChange::Disputes)) {
            showStatus(tr("A card payment dispute changed; Today and the invoice show it."));
        }
        if (applied.refused > 0) {
            showStatus(tr("Something from the payment service could not be recorded. The Outbox says why."));
            m_context.notifyChanged(PracticeContext::Area::Outbox);
        }
    });
    connect(&inbox, &InboxPuller::failed, this, [this](const Error& error) {
        // Offline is normal and says nothing; a practice that cannot take what came in is worth saying.
        if (!error.isRetryable() && error.code() != Error::Code::Network && error.code() != Error::Code::Timeout) {
            showStatus(tr("Payments and replies from the relay could not be recorded: %1").arg(error.userMessage()));
        }
    });
    connect(&inbox, &InboxPuller::refused, this, [this](const Error&) {
        m_settings->relayPage()->showOutcome(
            tr("The relay no longer accepts this computer, so payments and replies do not arrive. Disconnect and "
               "connect again."),
            true);
    });
}

QUrl PracticeWorkspace::paymentReturnUrl() const
{
    // After paying, the client lands on the practice's website, or else the relay's thank-you page.
    QUrl returnUrl(m_context.profile().website.trimmed());
    if (returnUrl.scheme() != u"https" && returnUrl.scheme() != u"http") {
        returnUrl = m_relayServices ? m_relayServices->url().resolved(QUrl(QStringLiteral("paid"))) : QUrl();
    }
    return returnUrl;
}

void PracticeWorkspace::reloadOpenInvoice()
{
    // An issued invoice on screen takes the payment; a draft being edited is left alone.
    if (m_invoice && m_invoices && !m_invoices->editor()->isModified()) {
        openInvoice(m_invoice->id());
    }
}

void PracticeWorkspace::startReminders()
{
    // Texts are queued at their moment whether or not a relay is connected: the outbox keeps them.
    m_reminders =
        std::make_unique<ReminderScheduler>(m_context.store(), m_context.clock(), ReminderScheduler::Options {});
    connect(m_reminders.get(), &ReminderScheduler::reminded, this, [this](const Reminders::Round&) {
        m_context.notifyChanged(PracticeContext::Area::Outbox);
        m_context.notifyChanged(PracticeContext::Area::Messages);
    });
    connect(&m_context, &PracticeContext::dataChanged, m_reminders.get(), [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Bookings || area == PracticeContext::Area::Services
            || area == PracticeContext::Area::Clients || area == PracticeContext::Area::Settings) {
            m_reminders->wake();
        }
    });
    m_reminders->start();
}

void PracticeWorkspace::wireOutbox()
{
    const QList<SectionInfo> sections = allSections();
    const SectionInfo& info = *std::find_if(
        sections.cbegin(), sections.cend(), [](const SectionInfo& s) { return s.section == Section::Outbox; });
    auto* outbox = new RecordListPage(QStringLiteral("outboxPage"),
        {tr("When"), tr("Request"), tr("About"), tr("Status"), tr("Detail")}, info.iconPath, info.emptyTitle,
        info.emptyText);
    m_window.setSectionPage(Section::Outbox, outbox);
    m_outboxController = new OutboxController(m_context, outbox, outbox);
    connect(m_outboxController, &OutboxController::statusMessage, this, &PracticeWorkspace::showStatus);
    connect(outbox, &RecordListPage::clientActivated, this, [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Clients);
        m_clients->showClient(id);
    });
    FirstShow::whenFirstShown(outbox, [this, outbox] {
        outbox->setProperty("loaded", true);
        m_outboxController->reload();
    });
    // Something queued a command (or names changed): send it now, and show it.
    connect(&m_context, &PracticeContext::dataChanged, outbox, [this, outbox](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Outbox && m_relayServices) {
            m_relayServices->sender().wake();
        }
        if ((area == PracticeContext::Area::Outbox || area == PracticeContext::Area::Clients
                || area == PracticeContext::Area::Invoices)
            && outbox->property("loaded").toBool()) {
            m_outboxController->reload();
        }
    });
}

void PracticeWorkspace::startCalendarSync(AccountConnector& connector, const QString& keychainAccount)
{
    CalendarSyncServices services;
    services.keychain = m_accountServices.keychain;
    services.keychainAccount = keychainAccount;
    services.providers = m_accountServices.providers;
    services.tokenEndpointFor = m_accountServices.tokenEndpointFor;
    services.calendarFor = m_accountServices.calendarFor;
    m_calendarSync = std::make_unique<CalendarSyncScheduler>(m_context.store(), m_context.connectedAccounts(),
        m_context.clock(), std::move(services), CalendarSyncScheduler::Options {});
    // Busy time and proposals may have come in, and video links the calendars made into bookings
    // (telling the views of those starts one more round, which writes the links into the events).
    connect(m_calendarSync.get(), &CalendarSyncScheduler::synced, this, [this](bool changedBookings) {
        m_context.notifyChanged(PracticeContext::Area::OutsideCalendars);
        if (changedBookings) {
            m_context.notifyChanged(PracticeContext::Area::Bookings);
        }
    });
    // What a booking's event shows: its times, client, service, the practice's zone.
    connect(&m_context, &PracticeContext::dataChanged, m_calendarSync.get(), [this](PracticeContext::Area area) {
        if (area == PracticeContext::Area::Bookings || area == PracticeContext::Area::Clients
            || area == PracticeContext::Area::Services || area == PracticeContext::Area::Settings) {
            m_calendarSync->changedLocally();
        }
    });
    connector.setCalendarSync(m_calendarSync.get());
    m_calendarSync->start();
}

void PracticeWorkspace::resolveCalendarChange(const QUuid& proposalId, bool accept)
{
    const QDateTime now = m_context.clock().nowUtc();
    whenReady(this,
        accept ? CalendarSync::accept(m_context.store(), proposalId, now)
               : CalendarSync::dismiss(m_context.store(), proposalId, now),
        [this, accept](const Result<void>& done) {
            if (!done) {
                QMessageBox::warning(&m_window, tr("Calendar Change"), done.error().userMessage());
                m_context.notifyChanged(PracticeContext::Area::OutsideCalendars);
                return;
            }
            showStatus(accept ? tr("The booking now follows the calendar.")
                              : tr("The booking stays; its event goes back at the next sync."));
            // A kept booking counts as changed here: the next round writes it back to the calendar.
            m_context.notifyChanged(accept ? PracticeContext::Area::Bookings : PracticeContext::Area::OutsideCalendars);
            if (!accept && m_calendarSync) {
                m_calendarSync->changedLocally();
            }
        });
}

void PracticeWorkspace::loadNumberSeries()
{
    whenReady(m_settings.data(),
        m_context.store().run([](StoreSession& session) { return InvoiceSeries::letterOfThisComputer(session.db()); }),
        [this](const Result<QString>& letter) {
            if (letter) {
                m_settings->setNumberSeries(letter.value());
            }
        });
}

void PracticeWorkspace::wireSettings()
{
    m_settings = new SettingsPage;
    m_window.setSectionPage(Section::Settings, m_settings);
    m_settings->setProfile(m_context.profile());
    m_settings->setPracticeFilePath(m_context.files().databasePath());
    m_settings->servicesEditor()->setIdFactory([] { return sync::UuidV7::create(); });
    m_settings->contractTemplatesEditor()->setIdFactory([] { return sync::UuidV7::create(); });
    loadServices();
    loadContractTemplates();
    loadNumberSeries();
    wireConnectedAccounts();
    whenReady(m_settings.data(), m_context.settings().availability(),
        [this](const Result<domain::Availability>& availability) {
            if (availability) {
                m_settings->setAvailability(availability.value());
            }
        });

    const auto saved = [this](const QString& done, PracticeContext::Area area) {
        return [this, done, area](const Result<void>& result) {
            if (!result) {
                QMessageBox::warning(&m_window, tr("Settings"), tr("Not saved: %1").arg(result.error().userMessage()));
                return;
            }
            showStatus(done);
            m_context.notifyChanged(area);
        };
    };
    connect(m_settings, &SettingsPage::profileSaveRequested, this, [this](const domain::PracticeProfile& profile) {
        whenReady(
            m_settings.data(), m_context.settings().saveProfile(profile), [this, profile](const Result<void>& result) {
                if (!result) {
                    QMessageBox::warning(
                        &m_window, tr("Settings"), tr("Not saved: %1").arg(result.error().userMessage()));
                    return;
                }
                m_context.setProfile(profile);
                m_settings->setProfile(profile);
                if (m_calendar) {
                    m_calendar->setTimeZone(m_context.timeZone());
                }
                showStatus(tr("Practice details saved"));
                m_context.notifyChanged(PracticeContext::Area::Settings);
            });
    });
    connect(m_settings, &SettingsPage::serviceAddRequested, this, [this, saved](const domain::Service& service) {
        whenReady(m_settings.data(), m_context.services().add(service), [this, saved](const Result<void>& result) {
            saved(tr("Service added"), PracticeContext::Area::Services)(result);
            loadServices();
        });
    });
    connect(m_settings, &SettingsPage::serviceSaveRequested, this,
        [this, saved](const domain::Service& before, const domain::Service& after) {
            whenReady(m_settings.data(), m_context.services().update(before, after),
                [this, saved](const Result<void>& result) {
                    saved(tr("Service saved"), PracticeContext::Area::Services)(result);
                    loadServices();
                });
        });
    connect(m_settings, &SettingsPage::serviceRemoveRequested, this, [this, saved](const QUuid& id) {
        whenReady(m_settings.data(), m_context.services().remove(id), [this, saved](const Result<void>& result) {
            saved(tr("Service removed"), PracticeContext::Area::Services)(result);
            loadServices();
        });
    });
    connect(
        m_settings, &SettingsPage::packageSaveRequested, this, [this, saved](const domain::ServicePackage& package) {
            whenReady(m_settings.data(), m_context.services().savePackage(package),
                [this, saved](const Result<void>& result) {
                    saved(tr("Package saved"), PracticeContext::Area::Services)(result);
                    loadServices();
                });
        });
    connect(m_settings, &SettingsPage::packageRemoveRequested, this, [this, saved](const QUuid& id) {
        whenReady(m_settings.data(), m_context.services().removePackage(id), [this, saved](const Result<void>& result) {
            saved(tr("Package removed"), PracticeContext::Area::Services)(result);
            loadServices();
        });
    });
    connect(m_settings, &SettingsPage::availabilitySaveRequested, this,
        [this, saved](const domain::Availability& availability) {
            whenReady(m_settings.data(), m_context.settings().saveAvailability(availability),
                [this, saved, availability](const Result<void>& result) {
                    saved(tr("Availability saved"), PracticeContext::Area::Settings)(result);
                    if (result && m_calendar) {
                        m_calendar->setAvailability(availability);
                    }
                });
        });
    connect(m_settings, &SettingsPage::contractTemplateSaveRequested, this,
        [this](const domain::ContractTemplate& contractTemplate) {
            whenReady(m_settings.data(), m_context.contracts().saveTemplate(contractTemplate),
                [this, id = contractTemplate.id()](const Result<void>& result) {
                    if (!result) {
                        // The edits stay in the editor, with the store's words under them.
                        m_settings->contractTemplatesEditor()->showSaveError(id, result.error().userMessage());
                        return;
                    }
                    showStatus(tr("Contract template saved"));
                    m_context.notifyChanged(PracticeContext::Area::Contracts);
                    loadContractTemplates();
                });
        });
    connect(m_settings, &SettingsPage::contractTemplateRemoveRequested, this, [this, saved](const QUuid& id) {
        whenReady(
            m_settings.data(), m_context.contracts().removeTemplate(id), [this, saved](const Result<void>& result) {
                saved(tr("Contract template removed"), PracticeContext::Area::Contracts)(result);
                loadContractTemplates();
            });
    });
    connect(m_settings, &SettingsPage::themeChanged, this, &PracticeWorkspace::themeChangeRequested);
    connect(m_settings, &SettingsPage::lockRequested, &m_window, &MainWindow::lockRequested);
}

void PracticeWorkspace::wireRecords()
{
    constexpr int kLimit = 500;
    auto* contracts = new RecordListPage(QStringLiteral("contractsPage"),
        {tr("Contract"), tr("Client"), tr("Status"), tr("Sent")}, QStringLiteral(":/icons/sections/contracts.svg"),
        tr("No contracts yet"), tr("Contracts you send for signature appear here with who has signed and when."));
    contracts->setNote(tr("Every contract of your practice and where it stands, newest first. Open a row to see "
                          "the client."));
    m_window.setSectionPage(Section::Contracts, contracts);
    m_contracts = contracts;
    // Edit Draft… and Mark as Sent for the selected contract while it is a draft.
    auto* contractActions = new ContractActions(m_context, contracts);
    contractActions->setObjectName(QStringLiteral("contractActions"));
    connect(contractActions, &ContractActions::statusMessage, this, &PracticeWorkspace::showStatus);
    connect(contracts, &RecordListPage::currentRecordChanged, contractActions, &ContractActions::setCurrent);
    auto* deliverables = new EmptyStatePage(QStringLiteral(":/icons/sections/deliverables.svg"), tr("Deliverables"),
        tr("Uploading photos and files to a booking, with progress, pause and share links, comes in a later version. "
           "Files already recorded with your bookings are kept."));
    deliverables->setObjectName(QStringLiteral("deliverablesPage"));
    m_window.setSectionPage(Section::Deliverables, deliverables);
    const auto loadContracts = [this, contracts, contractActions] {
        whenReady(contracts, m_context.queries().contracts(kLimit),
            [this, contracts, contractActions](const Result<QList<ContractSummary>>& list) {
                if (!list) {
                    contracts->showError(list.error().userMessage());
                    return;
                }
                contractActions->setContracts(list.value());
                const QLocale locale = m_context.locale();
                QList<RecordListPage::Row> rows;
                for (const ContractSummary& contract : list.value()) {
                    const QDateTime sent = contract.sentAt.toTimeZone(m_context.timeZone());
                    rows.append({contract.clientId,
                        {contract.title, contract.clientName, contractStatusText(contract.status),
                            sent.isValid() ? locale.toString(sent, QLocale::ShortFormat) : QString()},
                        {contract.title, contract.clientName, int(contract.status), sent.toMSecsSinceEpoch()},
                        contract.id});
                }
                contracts->setRows(rows,
                    list->size() >= kLimit ? tr("Newest %1").arg(kLimit)
                                           : tr("%n contract(s)", nullptr, int(list->size())));
            });
    };
    FirstShow::whenFirstShown(contracts, [contracts, loadContracts] {
        contracts->setProperty("loaded", true);
        loadContracts();
    });
    // The selected contract as it stands (frozen once sent): on paper or as PDF.
    auto* contractPrinting = new DocumentPrinting(
        contracts, [this, contracts] { return DocumentJobs::contract(m_context, contracts->currentRecordId()); });
    contractPrinting->setObjectName(QStringLiteral("contractPrinting"));
    contractPrinting->previewAction()->setObjectName(QStringLiteral("contractPreviewAction"));
    contractPrinting->printAction()->setObjectName(QStringLiteral("contractPrintAction"));
    contractPrinting->savePdfAction()->setObjectName(QStringLiteral("contractSavePdfAction"));
    contractPrinting->setEnabled(false);
    contracts->addRecordActions({contractActions->editAction(), contractActions->markSentAction(),
        contractPrinting->previewAction(), contractPrinting->savePdfAction()});
    connect(contracts, &RecordListPage::currentRecordChanged, contractPrinting,
        [contractPrinting](const QUuid& id) { contractPrinting->setEnabled(!id.isNull()); });
    connect(contractPrinting, &DocumentPrinting::statusMessage, this, &PracticeWorkspace::showStatus);

    auto* messages = new RecordListPage(QStringLiteral("messagesPage"),
        {tr("When"), tr("Client"), tr("Channel"), tr("Status"), tr("Message")},
        QStringLiteral(":/icons/sections/messages.svg"), tr("No messages yet"),
        tr("Every email and text message exchanged with your clients appears here, with its delivery state."));
    messages->setNote(tr("The newest %1 emails and text messages, in and out. Open a row to see the client and "
                         "their whole history.")
                          .arg(kLimit));
    messages->setFilters({tr("All messages"), tr("Not delivered")});
    m_window.setSectionPage(Section::Messages, messages);
    const auto loadMessages = [this, messages] {
        whenReady(messages, m_context.queries().messages(kLimit, messages->currentFilter() == 1),
            [this, messages](const Result<QList<MessageSummary>>& list) {
                if (!list) {
                    messages->showError(list.error().userMessage());
                    return;
                }
                const QLocale locale = m_context.locale();
                QList<RecordListPage::Row> rows;
                for (const MessageSummary& message : list.value()) {
                    const QDateTime at = message.at.toTimeZone(m_context.timeZone());
                    const QString channel = messageChannelText(message.channel);
                    const QString direction =
                        message.direction == domain::MessageDirection::Inbound ? tr("from client") : tr("to client");
                    QString state = messageStateText(message.state);
                    if (!message.error.isEmpty()) {
                        state = tr("%1: %2").arg(state, message.error);
                    }
                    rows.append({message.clientId,
                        {locale.toString(at, QLocale::ShortFormat), message.clientName,
                            tr("%1 %2").arg(channel, direction), state,
                            message.subject.isEmpty() ? message.preview : message.subject},
                        {at.toMSecsSinceEpoch()}, message.id});
                }
                messages->setRows(rows, tr("%n message(s)", nullptr, int(list->size())));
            });
    };
    FirstShow::whenFirstShown(messages, [messages, loadMessages] {
        messages->setProperty("loaded", true);
        loadMessages();
    });
    connect(messages, &RecordListPage::filterChanged, this, loadMessages);
    // A reply or a delivery report came in, or a text went out.
    connect(&m_context, &PracticeContext::dataChanged, messages, [messages, loadMessages](PracticeContext::Area area) {
        if ((area == PracticeContext::Area::Messages || area == PracticeContext::Area::Outbox
                || area == PracticeContext::Area::Clients)
            && messages->property("loaded").toBool()) {
            loadMessages();
        }
    });
    const auto openClient = [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Clients);
        m_clients->showClient(id);
    };
    connect(contracts, &RecordListPage::clientActivated, this, openClient);
    connect(messages, &RecordListPage::clientActivated, this, openClient);
    connect(&m_context, &PracticeContext::dataChanged, contracts,
        [contracts, messages, loadContracts, loadMessages](PracticeContext::Area area) {
            // Client names are shown in both lists; each reloads once it has been opened. Contracts also
            // reload when one was drafted, edited or sent.
            const bool clients = area == PracticeContext::Area::Clients;
            if ((clients || area == PracticeContext::Area::Contracts) && contracts->property("loaded").toBool()) {
                loadContracts();
            }
            if (clients && messages->property("loaded").toBool()) {
                loadMessages();
            }
        });
    // A contract drafted on a client's page opens here, selected, to read, print or send.
    connect(m_clients, &ClientsPage::contractCreated, this, [this](const QUuid& id) {
        m_window.setCurrentSection(Section::Contracts);
        m_contracts->selectRecord(id);
    });
    connect(m_clients, &ClientsPage::contractTemplatesRequested, this, [this] {
        m_window.setCurrentSection(Section::Settings);
        m_settings->setCurrentPage(SettingsPage::Page::ContractTemplates);
    });
}

void PracticeWorkspace::loadContractTemplates()
{
    whenReady(m_settings.data(), m_context.contracts().listTemplates(),
        [this](const Result<QList<domain::ContractTemplate>>& templates) {
            if (templates) {
                m_settings->setContractTemplates(templates.value());
            }
        });
}

void PracticeWorkspace::loadServices()
{
    whenReady(m_settings.data(), m_context.services().all(), [this](const Result<QList<domain::Service>>& services) {
        if (services) {
            m_settings->setServices(services.value());
        }
    });
    whenReady(m_settings.data(), m_context.services().packages(),
        [this](const Result<QList<domain::ServicePackage>>& packages) {
            if (packages) {
                m_settings->setPackages(packages.value());
            }
        });
}

} // namespace clientele::ui
