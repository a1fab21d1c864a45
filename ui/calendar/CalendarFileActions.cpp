#include "ui/calendar/CalendarFileActions.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

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
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Import Calendar"),
        tr("Name of this calendar in Clientele. Importing a newer export under the same name updates it."),
        QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (!ok) {
        return;
    }
    if (name.trimmed().isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Calendar"), tr("The calendar needs a name."));
        return;
    }
    importCalendarFile(path, name.trimmed());
}

void CalendarFileActions::importCalendarFile(const QString& path, const QString& calendarName)
{
    Q_EMIT statusMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
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
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Import Calendar"),
                    tr("%1 could not be imported: %2 Nothing was changed.")
                        .arg(QFileInfo(path).fileName(), outcome.error().userMessage()),
                    QMessageBox::Close, m_window);
                box->setObjectName(QStringLiteral("calendarImportResultBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            m_context.notifyChanged(PracticeContext::Area::OutsideCalendars);
            const CalendarImport::Outcome& o = outcome.value();
            const QString summary =
                tr("“%1”: %n time(s) blocked", nullptr, o.added + o.updated + o.unchanged).arg(calendarName) + u' '
                + tr("(%1 new, %2 changed, %3 removed).").arg(o.added).arg(o.updated).arg(o.removed);
            Q_EMIT statusMessage(summary);
            auto* box = new QMessageBox(o.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                tr("Import Calendar"), summary, QMessageBox::Close, m_window);
            box->setObjectName(QStringLiteral("calendarImportResultBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            if (!o.problems.isEmpty()) {
                box->setInformativeText(
                    tr("%n event(s) of the file could not be imported.", nullptr, int(o.problems.size())));
                QStringList lines;
                for (qsizetype i = 0; i < std::min<qsizetype>(o.problems.size(), kProblemsShown); ++i) {
                    lines << o.problems.at(i).toString();
                }
                if (o.problems.size() > kProblemsShown) {
                    lines << tr("… and %n more.", nullptr, int(o.problems.size() - kProblemsShown));
                }
                box->setDetailedText(lines.join(u'\n'));
            }
            box->open();
        });
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
