#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include "ui/calendar/CalendarItem.h"
#include "ui/calendar/CalendarView.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QToolButton;

namespace clientele::ui {

// The Calendar section: a toolbar (previous, today, next, the period's title, day/week/month and
// New Booking) over the CalendarView. It asks for the bookings of the visible range (rangeNeeded)
// and shows whatever setItems gives it; changes go out as requests, never into the store directly.
class CalendarPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(QWidget* parent = nullptr);
    ~CalendarPage() override;

    CalendarView* view() const { return m_view; }

    // The bookings of the range last asked for (more is fine, the view shows what is visible).
    void setItems(const QList<CalendarItem>& items);
    // The practice's zone; shown in the toolbar when it differs from this computer's.
    void setTimeZone(const QTimeZone& zone);
    void setAvailability(const domain::Availability& availability);

    CalendarView::Mode mode() const;
    void setMode(CalendarView::Mode mode);
    QString title() const;
    // Emits rangeNeeded for the range on screen now, e.g. after the store changed.
    void requestRange();

Q_SIGNALS:
    void rangeNeeded(const QDateTime& fromUtc, const QDateTime& toUtc);
    void newBookingRequested();
    // Forwarded from the view.
    void createRequested(const QDateTime& startUtc, const QDateTime& endUtc);
    void changeRequested(const QUuid& id, const QDateTime& newStartUtc, const QDateTime& newEndUtc);
    void itemActivated(const QUuid& id);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onRangeChanged(const QDateTime& fromUtc, const QDateTime& toUtc);
    void onModeChanged(CalendarView::Mode mode);
    void updateToolbar();
    void updateEmptyHint();
    void updatePrimaryButton();
    void elideLabels();

    CalendarView* m_view = nullptr;
    QToolButton* m_previousButton = nullptr;
    QPushButton* m_todayButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QToolButton* m_dayButton = nullptr;
    QToolButton* m_weekButton = nullptr;
    QToolButton* m_monthButton = nullptr;
    QButtonGroup* m_modeGroup = nullptr;
    QPushButton* m_newBookingButton = nullptr;
    QLabel* m_emptyHintLabel = nullptr;
    QString m_titleText;
    QString m_zoneText;
    bool m_zoneDiffers = false;
    bool m_haveItemsForRange = false;
    bool m_shownOnce = false;
};

} // namespace clientele::ui
