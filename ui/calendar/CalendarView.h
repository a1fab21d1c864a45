#pragma once

#include <optional>
#include <vector>

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

#include "core/domain/Availability.h"
#include "ui/calendar/CalendarItem.h"

class QTimer;

namespace clientele {
class Clock;
}

namespace clientele::ui {

// The calendar itself: a day, a week or a month of bookings, painted by hand so that thousands of
// them stay fast. It only shows what it is given (setItems) and asks for changes through signals;
// it never changes an item itself, so after a drag the item stays where it was until the app has
// stored the change and calls setItems again.
//
// Times are UTC instants in and out; on screen they are wall-clock times in the display time zone.
// Day and week columns run from 00:00 to 24:00 on the wall clock, so on a DST day an hour is missing
// or shows twice, as on any clock on the wall.
class CalendarView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)

public:
    enum class Mode
    {
        Day,
        Week,
        Month,
    };
    Q_ENUM(Mode)

    static constexpr int kSnapMinutes = 15;

    explicit CalendarView(QWidget* parent = nullptr);
    ~CalendarView() override;

    // Replaces what is shown. Items outside the visible range are kept (for the next period) but
    // not laid out. The selection survives if its item is still there.
    void setItems(const QList<CalendarItem>& items);
    const QList<CalendarItem>& items() const { return m_items; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // The focused day; the visible period is the day, week or month that contains it.
    QDate date() const { return m_date; }
    void setDate(QDate date);

    // The zone times are shown in; the system's until the app sets the practice's.
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone& zone);

    // Working hours are shaded from the availability; without one, Monday to Friday 09:00–17:00.
    void setAvailability(const domain::Availability& availability);
    void clearAvailability();

    // Where "now" comes from (the current time line, Today); null for the system clock. Not owned.
    void setClock(const Clock* clock);
    QDateTime nowUtc() const;

    // The visible days (inclusive) and the same range as UTC instants, [from, to).
    QDate firstVisibleDate() const { return m_firstDate; }
    QDate lastVisibleDate() const { return m_firstDate.addDays(m_dayCount - 1); }
    QDateTime rangeStartUtc() const;
    QDateTime rangeEndUtc() const;
    // "23 – 29 November 2026", "Monday 23 November 2026", "November 2026".
    QString periodTitle() const;
    // How many items fall in the visible range.
    int visibleItemCount() const;

    QUuid selectedItem() const { return m_selected; }
    void setSelectedItem(const QUuid& id);

    // Hit testing and geometry, in viewport coordinates.
    QUuid itemAt(const QPoint& pos) const;
    // The item's (first visible) rectangle; empty if it is not laid out in the visible range.
    QRect itemRect(const QUuid& id) const;
    // Day and week: the point at a UTC instant in the middle of its day column. Month: the middle of
    // the day's cell. A null point outside the visible range.
    QPoint pointAt(const QDateTime& utc) const;
    // Month: how many of the day's items hide behind "+N more" (0 when all fit).
    int hiddenItemCount(QDate date) const;
    // Month: the "+N more" link of a day; empty if all its items fit.
    QRect moreRect(QDate date) const;
    // Day and week: the vertical scroll position that shows the start of the working day.
    void scrollToWorkingHours();

public Q_SLOTS:
    void previousPeriod();
    void nextPeriod();
    void goToToday();

Q_SIGNALS:
    void rangeChanged(const QDateTime& fromUtc, const QDateTime& toUtc);
    void modeChanged(clientele::ui::CalendarView::Mode mode);
    void createRequested(const QDateTime& startUtc, const QDateTime& endUtc);
    void changeRequested(const QUuid& id, const QDateTime& newStartUtc, const QDateTime& newEndUtc);
    void itemActivated(const QUuid& id);
    void selectionChanged(const QUuid& id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // One piece of an item in one day column (an item across midnight has two).
    struct Segment
    {
        int item = 0; // index into m_items
        int day = 0; // index of the visible day
        int startMinute = 0; // wall-clock minutes from that day's 00:00, 0…1440
        int endMinute = 0;
        int bufferBeforeMinutes = 0; // drawn above, only on the first piece
        int bufferAfterMinutes = 0; // drawn below, only on the last piece
        int column = 0;
        int columnCount = 1;
        QRect rect; // content coordinates: y from the top of the 24-hour body
        QRect bufferBeforeRect;
        QRect bufferAfterRect;
        enum LineRole : quint8
        {
            TitleLine,
            TimeLine,
            DetailLine,
            ConflictLine,
        };
        static constexpr int kMaxLines = 4;
        QString lines[kMaxLines]; // elided text, top to bottom
        LineRole roles[kMaxLines] = {};
        int lineCount = 0;
        bool showConflictPill = false;
        bool cascaded = false; // overlaps its neighbours because side by side would be unreadable
    };

    struct MonthCell
    {
        QDate date;
        QRect rect; // viewport coordinates (month view does not scroll)
        std::vector<int> items; // indices into m_items, by start
        std::vector<QRect> itemRects; // the visible ones
        std::vector<QString> itemTexts;
        int hidden = 0;
        QRect moreRect;
    };

    enum class DragKind
    {
        None,
        Create,
        Move,
        Resize,
        MonthMove,
    };

    struct Drag
    {
        DragKind kind = DragKind::None;
        bool active = false; // moved past the start distance
        QPoint pressPos;
        int item = -1;
        int segment = -1;
        int pressDay = 0;
        int pressMinute = 0;
        int currentDay = 0;
        int currentMinute = 0;
    };

    // Period and range.
    void updatePeriod(bool forceSignal = false);
    QDate weekStart(QDate date) const;
    int periodDays() const;
    void shiftPeriod(int direction);

    // Time mapping: "grid minutes" are wall-clock minutes from 00:00 of the first visible day.
    void rebuildZoneTable();
    qint64 gridMinutes(const QDateTime& utc) const;
    QDateTime utcFromGridMinutes(qint64 minutes) const;

    // Layout.
    void invalidateItems();
    void ensureLayout() const;
    void layoutItems();
    void layoutGeometry();
    void layoutMonthTexts();
    void updateMetrics();
    void updateScrollBar();
    void updateAccessibleText();
    bool isOutside(const QUuid& id) const;
    void paintOutsideTime(QPainter& p, const CalendarItem& item, const QRect& rect, bool selected) const;
    QString describeItem(const CalendarItem& item) const;
    QString timeRangeText(const CalendarItem& item) const;
    // The wall-clock time of a grid minute as the locale writes it ("09:30"), cached.
    const QString& timeText(qint64 gridMinute) const;

    int headerHeight() const;
    int gutterWidth() const;
    int dayLeft(int day) const;
    int dayRight(int day) const;
    int bodyTop() const { return headerHeight(); }
    int yForMinute(int minute) const; // content coordinates
    int dayAtX(int x) const;
    int minuteAtY(int viewportY) const; // unclamped wall minute of the day at this viewport y
    int monthCellAt(const QPoint& pos) const;
    int segmentAt(const QPoint& pos) const;
    int firstSegmentOf(int item) const;
    int itemIndex(const QUuid& id) const;
    QList<CalendarItem> dayItemsSorted(int day) const;

    // Painting.
    void paintTimeGrid(QPainter& p, const QRect& exposed);
    void paintSegments(QPainter& p, const QRect& exposed);
    void paintSegment(QPainter& p, const Segment& segment, const QRect& rect);
    void paintDragPreview(QPainter& p);
    void paintNowLine(QPainter& p);
    void paintDayHeader(QPainter& p);
    void paintMonth(QPainter& p, const QRect& exposed);
    QColor conflictColor() const;

    // Interaction.
    void finishDrag(const QPoint& pos);
    void updateDrag(const QPoint& pos);
    void selectItem(int index, bool ensureVisible);
    void moveSelectionVertically(int direction);
    void moveSelectionHorizontally(int days);
    void activate();

    QList<CalendarItem> m_items;
    Mode m_mode = Mode::Week;
    QDate m_date;
    QDate m_firstDate;
    int m_dayCount = 7;
    QTimeZone m_zone;
    std::optional<domain::Availability> m_availability;
    const Clock* m_clock = nullptr;
    QUuid m_selected;
    QDateTime m_emittedFrom;
    QDateTime m_emittedTo;

    // Offsets of the display zone over the visible range: (UTC msecs from which it applies, offset s).
    std::vector<std::pair<qint64, int>> m_offsets;
    qint64 m_gridEpochMsecs = 0; // first visible day 00:00 read as if it were UTC

    // Layout caches; rebuilt when items, period, zone or size change, never while painting.
    mutable bool m_itemsDirty = true;
    mutable bool m_geometryDirty = true;
    std::vector<Segment> m_segments;
    std::vector<std::vector<int>> m_daySegments; // per visible day, segment indices by start
    std::vector<MonthCell> m_monthCells;
    std::vector<QList<domain::Availability::Hours>> m_dayHours;
    QSize m_layoutSize;
    int m_visibleCount = 0;
    std::vector<qint64> m_itemStartMinutes; // grid minutes of every item, for layout and keys
    std::vector<qint64> m_itemEndMinutes;
    mutable std::vector<QString> m_timeTexts; // per minute of the day, filled as needed

    // Metrics from the font, so that text and rows grow with the font and the scale.
    int m_lineHeight = 0;
    int m_hourHeight = 0;
    int m_gutterWidth = 0;
    int m_headerHeight = 0;
    int m_monthHeaderHeight = 0;
    QFont m_boldFont;
    QFont m_bigFont;
    bool m_scrollPending = true;

    Drag m_drag;
    QTimer* m_minuteTimer = nullptr;
};

} // namespace clientele::ui
