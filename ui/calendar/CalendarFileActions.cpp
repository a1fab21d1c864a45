#include "ui/calendar/CalendarFileActions.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include "core/store/BookingImport.h"
#include "core/store/CalendarExport.h"
#include "core/store/CalendarImport.h"
#include "core/store/ClientTransfer.h"
#include "core/store/Store.h"
#include "ui/calendar/CalendarExportDialog.h"
#include "ui/practice/PracticeContext.h"
#include "ui/widgets/WhenReady.h"

namespace clientele::ui {

namespace {

constexpr int kProblemsShown = 20;

} // namespace

CalendarFileActions::CalendarFileActions(PracticeContext& context, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{
}

void CalendarFileActions::importCalendar()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Calendar"), QDir::homePath(), tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // The dialog offers the services as sessions' service; it opens once they are read.
    whenReady(this, m_context.services().all(), [this, path](const Result<QList<domain::Service>>& services) {
        if (!m_window) {
            return;
        }
        auto* dialog = new CalendarImportDialog(
            QFileInfo(path).fileName(), services ? services.value() : QList<domain::Service>(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, [this, path, dialog] { importCalendarFile(path, dialog->choice()); });
        dialog->open();
    });
}

void CalendarFileActions::importCalendarFile(const QString& path, const CalendarImportDialog::Choice& choice)
{
    Q_EMIT statusMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    if (choice.asSessions) {
        importSessions(path, choice);
    } else {
        importBlockedTime(path, choice.calendarName);
    }
}

namespace {

QStringList problemLines(const QList<interchange::ImportProblem>& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const interchange::ImportProblem& problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

} // namespace

void CalendarFileActions::importBlockedTime(const QString& path, const QString& calendarName)
{
    const CalendarImport::Options options {calendarName, m_context.today()};
    whenReady(this, m_context.store().run([path, options](StoreSession& session) -> Result<CalendarImport::Outcome> {
        const Result<QByteArray> data = ClientTransfer::readImportFile(path);
        if (!data) {
            return data.error();
        }
        return CalendarImport::importIcs(session, data.value(), options);
    }),
        [this, path, calendarName](const Result<CalendarImport::Outcome>& outcome) {
            if (!outcome) {
                showImportFailure(path, outcome.error().userMessage());
                return;
            }
            m_context.notifyChanged(PracticeContext::Area::OutsideCalendars);
            const CalendarImport::Outcome& o = outcome.value();
            showImportSummary(
                tr("“%1”: %n time(s) blocked", nullptr, o.added + o.updated + o.unchanged).arg(calendarName) + u' '
                    + tr("(%1 new, %2 changed, %3 removed).").arg(o.added).arg(o.updated).arg(o.removed),
                problemLines(o.problems));
        });
}

void CalendarFileActions::importSessions(const QString& path, const CalendarImportDialog::Choice& choice)
{
    const BookingImport::Options options {
        choice.calendarName, choice.serviceId, choice.createClients, m_context.clock().nowUtc()};
    whenReady(this, m_context.store().run([path, options](StoreSession& session) -> Result<BookingImport::Outcome> {
        const Result<QByteArray> data = ClientTransfer::readImportFile(path);
        if (!data) {
            return data.error();
        }
        return BookingImport::importIcs(session, data.value(), options);
    }),
        [this, path, choice](const Result<BookingImport::Outcome>& outcome) {
            if (!outcome) {
                showImportFailure(path, outcome.error().userMessage());
                return;
            }
            const BookingImport::Outcome& o = outcome.value();
            m_context.notifyChanged(PracticeContext::Area::Bookings);
            if (o.clientsAdded > 0) {
                m_context.notifyChanged(PracticeContext::Area::Clients);
            }
            QStringList sentences {o.clientsAdded > 0
                    ? tr("“%1”: %n session(s) added, with %2.", nullptr, o.added)
                          .arg(choice.calendarName, tr("%n new client(s)", nullptr, o.clientsAdded))
                    : tr("“%1”: %n session(s) added.", nullptr, o.added).arg(choice.calendarName)};
            if (o.moved > 0) {
                sentences << tr("%n moved.", nullptr, o.moved);
            }
            if (o.unchanged > 0) {
                sentences << tr("%n already here.", nullptr, o.unchanged);
            }
            if (o.cancelled > 0) {
                sentences << tr("%n cancelled, as in the calendar.", nullptr, o.cancelled);
            }
            if (o.deletedSince > 0) {
                sentences << tr("%n deleted here since the last import and left deleted.", nullptr, o.deletedSince);
            }
            const QString summary = sentences.join(u' ');
            showImportSummary(summary, problemLines(o.problems));
        });
}

void CalendarFileActions::showImportFailure(const QString& path, const QString& reason)
{
    if (!m_window) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import Calendar"),
        tr("%1 could not be imported: %2 Nothing was changed.").arg(QFileInfo(path).fileName(), reason),
        QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("calendarImportResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CalendarFileActions::showImportSummary(const QString& summary, const QStringList& problems)
{
    Q_EMIT statusMessage(summary);
    if (!m_window) {
        return;
    }
    auto* box = new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        tr("Import Calendar"), summary, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("calendarImportResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!problems.isEmpty()) {
        box->setInformativeText(tr("%n event(s) of the file could not be imported.", nullptr, int(problems.size())));
        QStringList lines = problems.mid(0, kProblemsShown);
        if (problems.size() > kProblemsShown) {
            lines << tr("… and %n more.", nullptr, int(problems.size() - kProblemsShown));
        }
        box->setDetailedText(lines.join(u'\n'));
    }
    box->open();
}

void CalendarFileActions::exportCalendar()
{
    auto* dialog = new CalendarExportDialog(m_context.today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CalendarExport::Options options = dialog->options();
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Calendar"), QDir::home().filePath(tr("Sessions.ics")), tr("iCalendar files (*.ics)"));
        if (path.isEmpty()) {
            return;
        }
        options.stamp = m_context.clock().nowUtc();
        Q_EMIT statusMessage(tr("Exporting the calendar…"));
        whenReady(this, m_context.store().run([options, path](StoreSession& session) -> Result<void> {
            const Result<QByteArray> bytes = CalendarExport::write(session, options);
            if (!bytes) {
                return bytes.error();
            }
            return ClientTransfer::writeExportFile(path, bytes.value());
        }),
            [this, path](const Result<void>& written) {
                if (!written) {
                    QMessageBox::warning(m_window, tr("Export Calendar"),
                        tr("The calendar could not be exported: %1").arg(written.error().userMessage()));
                    return;
                }
                Q_EMIT statusMessage(tr("Exported the calendar to %1").arg(QDir::toNativeSeparators(path)));
            });
    });
    dialog->open();
}

} // namespace clientele::ui
