#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace clientele::ui {

class PracticeContext;

// File → Import Calendar… and File → Export Calendar…: an .ics from another calendar as blocked
// time (CalendarImport), and the practice's bookings as .ics (CalendarExport). Reading, writing and
// parsing run on the storage thread; the results come back as a summary the user can read.
class CalendarFileActions final : public QObject
{
    Q_OBJECT

public:
    CalendarFileActions(PracticeContext& context, QWidget* window, QObject* parent = nullptr);

    void importCalendar();
    void importCalendarFile(const QString& path, const QString& calendarName);
    void exportCalendar();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    PracticeContext& m_context;
    QPointer<QWidget> m_window;
};

} // namespace clientele::ui
