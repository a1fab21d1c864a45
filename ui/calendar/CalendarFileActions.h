#pragma once

#include <QObject>
#include <QPointer>

#include "ui/calendar/CalendarImportDialog.h"

class QWidget;

namespace clientele::ui {

class PracticeContext;

// File → Import Calendar… and File → Export Calendar…: an .ics from another calendar as blocked
// time (CalendarImport) or as sessions (BookingImport), and the practice's bookings as .ics
// (CalendarExport). Reading, writing and
// parsing run on the storage thread; the results come back as a summary the user can read.
class CalendarFileActions final : public QObject
{
    Q_OBJECT

public:
    CalendarFileActions(PracticeContext& context, QWidget* window, QObject* parent = nullptr);

    void importCalendar();
    // After the file and CalendarImportDialog: imports and reports what was imported.
    void importCalendarFile(const QString& path, const CalendarImportDialog::Choice& choice);
    void exportCalendar();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void importBlockedTime(const QString& path, const QString& calendarName);
    void importSessions(const QString& path, const CalendarImportDialog::Choice& choice);
    void showImportFailure(const QString& path, const QString& reason);
    void showImportSummary(const QString& summary, const QStringList& problems);

    PracticeContext& m_context;
    QPointer<QWidget> m_window;
};

} // namespace clientele::ui
