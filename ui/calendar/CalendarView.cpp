#include "ui/calendar/CalendarView.h"

#include <algorithm>
#include <cmath>

#include <QAccessible>
#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include "core/ports/Clock.h"

namespace clientele::ui {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr qint64 kMsecsPerMinute = qint64 {60} * 1000;
constexpr int kDefaultWorkStartHour = 9;
constexpr int kDefaultWorkEndHour = 17;
constexpr int kFallbackScrollHour = 8;
constexpr int kMaxCascadeColumns = 4;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

qint64 floorTo(qint64 minutes, int step)
{
    return floorDiv(minutes, step) * step;
}

qint64 ceilTo(qint64 minutes, int step)
{
    return -floorDiv(-minutes, step) * step;
}

qint64 roundTo(qint64 minutes, int step)
{
    return floorDiv(minutes + step / 2, step) * step;
}

QColor blend(const QColor& base, const QColor& over, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(base.redF() * keep + over.redF() * amount),
        float(base.greenF() * keep + over.greenF() * amount), float(base.blueF() * keep + over.blueF() * amount));
}

bool isTentative(domain::BookingStatus status)
{
    using domain::BookingStatus;
    return status == BookingStatus::Inquiry || status == BookingStatus::Pending
        || status == BookingStatus::AwaitingSignature || status == BookingStatus::AwaitingPayment;
}

bool isCanceled(domain::BookingStatus status)
{
    return !takesUpTime(status);
}

// A small circular arrow: the recurring marker, drawn so it needs no glyph from the font.
void drawRecurringGlyph(QPainter& p, const QRectF& box, const QColor& color)
{
    const qreal size = std::min(box.width(), box.height());
    const QRectF r(box.center().x() - size / 2, box.center().y() - size / 2, size, size);
    const QRectF arc = r.adjusted(size * 0.15, size * 0.15, -size * 0.15, -size * 0.15);
    QPen pen(color, std::max<qreal>(1.0, size / 9.0));
    pen.setCapStyle(Qt::RoundCap);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawArc(arc, 30 * 16, 280 * 16);
    // The arrow head at the arc's start (30°), pointing along it.
    const qreal rad = qDegreesToRadians(30.0);
    const QPointF tip(
        arc.center().x() + arc.width() / 2 * std::cos(rad), arc.center().y() - arc.height() / 2 * std::sin(rad));
    const qreal head = size * 0.28;
    QPainterPath path;
    path.moveTo(tip + QPointF(-head, -head * 0.15));
    path.lineTo(tip);
    path.lineTo(tip + QPointF(head * 0.2, -head));
    p.drawPath(path);
    p.restore();
}

} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_zone(QTimeZone::systemTimeZone())
    , m_minuteTimer(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Calendar"));

    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_minuteTimer->start();

    m_date = nowUtc().toTimeZone(m_zone).date();
    updateMetrics();
    updatePeriod();
}

CalendarView::~CalendarView() = default;

// ---------------------------------------------------------------------------------------------
// Inputs

void CalendarView::setItems(const QList<CalendarItem>& items)
{
    m_items = items;
    if (!m_selected.isNull() && itemIndex(m_selected) < 0) {
        m_selected = QUuid();
        Q_EMIT selectionChanged(m_selected);
    }
    m_drag = Drag();
    invalidateItems();
    ensureLayout();
    updateAccessibleText();
}

void CalendarView::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    m_drag = Drag();
    setVerticalScrollBarPolicy(mode == Mode::Month ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_scrollPending = true;
    updatePeriod();
    Q_EMIT modeChanged(mode);
    if (isVisible() && mode != Mode::Month) {
        scrollToWorkingHours();
    }
}

void CalendarView::setDate(QDate date)
{
    if (!date.isValid() || date == m_date) {
        return;
    }
    m_date = date;
    updatePeriod();
}

void CalendarView::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid() || zone == m_zone) {
        return;
    }
    m_zone = zone;
    updatePeriod(true);
}

void CalendarView::setAvailability(const domain::Availability& availability)
{
    m_availability = availability;
    invalidateItems();
}

void CalendarView::clearAvailability()
{
    m_availability.reset();
    invalidateItems();
}

void CalendarView::setClock(const Clock* clock)
{
    m_clock = clock;
    viewport()->update();
}

QDateTime CalendarView::nowUtc() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

void CalendarView::setSelectedItem(const QUuid& id)
{
    const int index = itemIndex(id);
    if (index < 0) {
        if (!m_selected.isNull()) {
            m_selected = QUuid();
            Q_EMIT selectionChanged(m_selected);
            updateAccessibleText();
            viewport()->update();
        }
        return;
    }
    selectItem(index, true);
}

// ---------------------------------------------------------------------------------------------
// Period and time mapping

QDate CalendarView::weekStart(QDate date) const
{
    const int first = locale().firstDayOfWeek();
    const int back = (date.dayOfWeek() - first + 7) % 7;
    return date.addDays(-back);
}

int CalendarView::periodDays() const
{
    return m_dayCount;
}

void CalendarView::updatePeriod(bool forceSignal)
{
    QDate first;
    int days = 1;
    switch (m_mode) {
    case Mode::Day:
        first = m_date;
        days = 1;
        break;
    case Mode::Week:
        first = weekStart(m_date);
        days = 7;
        break;
    case Mode::Month: {
        const QDate monthFirst(m_date.year(), m_date.month(), 1);
        first = weekStart(monthFirst);
        const QDate last = weekStart(monthFirst.addMonths(1).addDays(-1)).addDays(6);
        days = int(first.daysTo(last)) + 1;
        break;
    }
    }
    const bool periodChanged = first != m_firstDate || days != m_dayCount;
    m_firstDate = first;
    m_dayCount = days;
    if (periodChanged || forceSignal) {
        rebuildZoneTable();
        invalidateItems();
    } else {
        viewport()->update();
    }
    updateAccessibleText();
    const QDateTime from = rangeStartUtc();
    const QDateTime to = rangeEndUtc();
    if (from != m_emittedFrom || to != m_emittedTo) {
        m_emittedFrom = from;
        m_emittedTo = to;
        Q_EMIT rangeChanged(from, to);
    }
}

void CalendarView::shiftPeriod(int direction)
{
    switch (m_mode) {
    case Mode::Day:
        setDate(m_date.addDays(direction));
        break;
    case Mode::Week:
        setDate(m_date.addDays(qint64 {7} * direction));
        break;
    case Mode::Month:
        setDate(m_date.addMonths(direction));
        break;
    }
    if (!m_selected.isNull()) {
        m_selected = QUuid();
        Q_EMIT selectionChanged(m_selected);
        updateAccessibleText();
    }
}

void CalendarView::previousPeriod()
{
    shiftPeriod(-1);
}

void CalendarView::nextPeriod()
{
    shiftPeriod(1);
}

void CalendarView::goToToday()
{
    setDate(nowUtc().toTimeZone(m_zone).date());
    if (m_mode != Mode::Month) {
        scrollToWorkingHours();
    }
}

void CalendarView::rebuildZoneTable()
{
    m_gridEpochMsecs = QDateTime(m_firstDate, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const QDateTime from = QDateTime(m_firstDate.addDays(-2), QTime(0, 0), QTimeZone::utc());
    const QDateTime to = QDateTime(m_firstDate.addDays(m_dayCount + 2), QTime(0, 0), QTimeZone::utc());
    m_offsets.clear();
    m_offsets.emplace_back(from.toMSecsSinceEpoch(), m_zone.offsetFromUtc(from));
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = m_zone.transitions(from, to);
        for (const QTimeZone::OffsetData& transition : transitions) {
            m_offsets.emplace_back(transition.atUtc.toMSecsSinceEpoch(), transition.offsetFromUtc);
        }
    }
}

QDateTime CalendarView::rangeStartUtc() const
{
    return utcFromGridMinutes(0);
}

QDateTime CalendarView::rangeEndUtc() const
{
    return utcFromGridMinutes(qint64 {m_dayCount} * kMinutesPerDay);
}

qint64 CalendarView::gridMinutes(const QDateTime& utc) const
{
    const qint64 msecs = utc.toMSecsSinceEpoch();
    auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), msecs,
        [](qint64 value, const std::pair<qint64, int>& entry) { return value < entry.first; });
    const int offset = it == m_offsets.begin() ? m_offsets.front().second : std::prev(it)->second;
    return floorDiv(msecs + qint64 {offset} * 1000 - m_gridEpochMsecs, kMsecsPerMinute);
}

QDateTime CalendarView::utcFromGridMinutes(qint64 minutes) const
{
    const qint64 day = floorDiv(minutes, kMinutesPerDay);
    const int minuteOfDay = int(minutes - day * kMinutesPerDay);
    const QDate date = m_firstDate.addDays(day);
    QDateTime local(date, QTime(minuteOfDay / 60, minuteOfDay % 60), m_zone);
    if (!local.isValid()) {
        // In the gap of a spring-forward: the clock jumps, so does the time.
        local = QDateTime(date, QTime(0, 0), m_zone).addSecs(qint64 {minuteOfDay} * 60);
    }
    return local.toUTC();
}

// ---------------------------------------------------------------------------------------------
// Layout

void CalendarView::invalidateItems()
{
    m_itemsDirty = true;
    m_geometryDirty = true;
    viewport()->update();
}

void CalendarView::ensureLayout() const
{
    auto* self = const_cast<CalendarView*>(this);
    if (m_layoutSize != viewport()->size()) {
        m_geometryDirty = true;
    }
    if (m_itemsDirty) {
        self->layoutItems();
    }
    if (m_geometryDirty) {
        self->layoutGeometry();
    }
}

void CalendarView::updateMetrics()
{
    const QFontMetrics fm = fontMetrics();
    m_lineHeight = fm.height();
    m_hourHeight = std::max(40, m_lineHeight * 3 + 6);
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour) {
        widest = std::max(widest, fm.horizontalAdvance(locale().toString(QTime(hour, 0), QLocale::ShortFormat)));
    }
    m_gutterWidth = widest + 2 * fm.averageCharWidth() + 4;
    m_boldFont = font();
    m_boldFont.setWeight(QFont::DemiBold);
    m_bigFont = m_boldFont;
    m_bigFont.setPointSizeF(m_bigFont.pointSizeF() * 1.4);
    m_headerHeight = 8 + m_lineHeight + QFontMetrics(m_bigFont).height() + 8;
    m_timeTexts.clear();
    m_monthHeaderHeight = m_lineHeight + 12;
    invalidateItems();
    updateScrollBar();
}

int CalendarView::headerHeight() const
{
    return m_mode == Mode::Month ? m_monthHeaderHeight : m_headerHeight;
}

int CalendarView::gutterWidth() const
{
    return m_mode == Mode::Month ? 0 : m_gutterWidth;
}

int CalendarView::dayLeft(int day) const
{
    const int gutter = gutterWidth();
    const int width = viewport()->width() - gutter;
    const int columns = m_mode == Mode::Month ? 7 : m_dayCount;
    return gutter + int(qint64 {width} * day / columns);
}

int CalendarView::dayRight(int day) const
{
    return dayLeft(day + 1);
}

int CalendarView::yForMinute(int minute) const
{
    return int(qint64 {minute} * m_hourHeight / 60);
}

int CalendarView::dayAtX(int x) const
{
    const int columns = m_mode == Mode::Month ? 7 : m_dayCount;
    for (int day = 0; day < columns; ++day) {
        if (x < dayRight(day)) {
            return day;
        }
    }
    return columns - 1;
}

int CalendarView::minuteAtY(int viewportY) const
{
    const int contentY = viewportY - bodyTop() + verticalScrollBar()->value();
    return int(floorDiv(qint64 {contentY} * 60, m_hourHeight));
}

void CalendarView::updateScrollBar()
{
    QScrollBar* bar = verticalScrollBar();
    if (m_mode == Mode::Month) {
        bar->setRange(0, 0);
        return;
    }
    const int visible = std::max(0, viewport()->height() - headerHeight());
    bar->setRange(0, std::max(0, 24 * m_hourHeight - visible));
    bar->setPageStep(visible);
    bar->setSingleStep(std::max(1, m_lineHeight));
}

void CalendarView::layoutItems()
{
    m_itemsDirty = false;
    m_geometryDirty = true;
    m_segments.clear();
    m_daySegments.assign(static_cast<size_t>(m_dayCount), {});
    m_monthCells.clear();
    m_visibleCount = 0;

    // Working hours per visible day.
    m_dayHours.assign(static_cast<size_t>(m_dayCount), {});
    for (int day = 0; day < m_dayCount; ++day) {
        const QDate date = m_firstDate.addDays(day);
        if (m_availability) {
            QList<domain::Availability::Hours> hours = m_availability->hoursOn(date);
            std::sort(hours.begin(), hours.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
            m_dayHours[static_cast<size_t>(day)] = hours;
        } else if (date.dayOfWeek() <= Qt::Friday) {
            m_dayHours[static_cast<size_t>(day)] = {{QTime(kDefaultWorkStartHour, 0), QTime(kDefaultWorkEndHour, 0)}};
        }
    }

    const qint64 rangeMinutes = qint64 {m_dayCount} * kMinutesPerDay;
    if (m_mode == Mode::Month) {
        m_monthCells.resize(static_cast<size_t>(m_dayCount));
        for (int day = 0; day < m_dayCount; ++day) {
            m_monthCells[static_cast<size_t>(day)].date = m_firstDate.addDays(day);
        }
    }

    m_itemStartMinutes.assign(static_cast<size_t>(m_items.size()), 0);
    m_itemEndMinutes.assign(static_cast<size_t>(m_items.size()), 0);
    const std::vector<qint64>& startMinutes = m_itemStartMinutes;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const CalendarItem& item = m_items.at(i);
        if (!item.start.isValid() || !item.end.isValid()) {
            continue;
        }
        const qint64 start = gridMinutes(item.start);
        const qint64 end = std::max(start + 1, gridMinutes(item.end));
        m_itemStartMinutes[static_cast<size_t>(i)] = start;
        m_itemEndMinutes[static_cast<size_t>(i)] = end;
        if (end <= 0 || start >= rangeMinutes) {
            continue;
        }
        ++m_visibleCount;
        const int firstDay = int(std::max<qint64>(0, floorDiv(start, kMinutesPerDay)));
        const int lastDay = int(std::min<qint64>(m_dayCount - 1, floorDiv(end - 1, kMinutesPerDay)));
        for (int day = firstDay; day <= lastDay; ++day) {
            if (m_mode == Mode::Month) {
                m_monthCells[static_cast<size_t>(day)].items.push_back(i);
                continue;
            }
            const qint64 dayStart = qint64 {day} * kMinutesPerDay;
            Segment segment;
            segment.item = i;
            segment.day = day;
            segment.startMinute = int(std::max(start - dayStart, qint64 {0}));
            segment.endMinute = int(std::min(end - dayStart, qint64 {kMinutesPerDay}));
            segment.bufferBeforeMinutes = start >= dayStart ? item.bufferBeforeMinutes : 0;
            segment.bufferAfterMinutes = end <= dayStart + kMinutesPerDay ? item.bufferAfterMinutes : 0;
            m_daySegments[static_cast<size_t>(day)].push_back(int(m_segments.size()));
            m_segments.push_back(segment);
        }
    }

    if (m_mode == Mode::Month) {
        for (MonthCell& cell : m_monthCells) {
            std::sort(cell.items.begin(), cell.items.end(), [&](int a, int b) {
                const qint64 sa = startMinutes[static_cast<size_t>(a)];
                const qint64 sb = startMinutes[static_cast<size_t>(b)];
                if (sa != sb) {
                    return sa < sb;
                }
                return m_items.at(a).title < m_items.at(b).title;
            });
        }
        return;
    }

    // Side by side: within each cluster of (transitively) overlapping pieces, each piece takes the
    // first column that is free at its start; the cluster is as wide as its most columns. A piece
    // is at least one line tall on screen, so short ones count as that long here.
    const int minMinutes = int(std::ceil((m_lineHeight + 4) * 60.0 / m_hourHeight));
    auto visualEnd = [&](const Segment& s) { return std::max(s.endMinute, s.startMinute + minMinutes); };
    for (std::vector<int>& indices : m_daySegments) {
        std::sort(indices.begin(), indices.end(), [&](int a, int b) {
            const Segment& sa = m_segments[static_cast<size_t>(a)];
            const Segment& sb = m_segments[static_cast<size_t>(b)];
            if (sa.startMinute != sb.startMinute) {
                return sa.startMinute < sb.startMinute;
            }
            return sa.endMinute > sb.endMinute;
        });
        std::vector<int> columnEnds;
        std::vector<int> cluster;
        int clusterEnd = -1;
        auto closeCluster = [&]() {
            for (int index : cluster) {
                m_segments[static_cast<size_t>(index)].columnCount = int(columnEnds.size());
            }
            cluster.clear();
            columnEnds.clear();
        };
        for (int index : indices) {
            Segment& segment = m_segments[static_cast<size_t>(index)];
            if (segment.startMinute >= clusterEnd) {
                closeCluster();
            }
            size_t column = 0;
            while (column < columnEnds.size() && columnEnds[column] > segment.startMinute) {
                ++column;
            }
            if (column == columnEnds.size()) {
                columnEnds.push_back(0);
            }
            columnEnds[column] = visualEnd(segment);
            segment.column = int(column);
            cluster.push_back(index);
            clusterEnd = std::max(clusterEnd, visualEnd(segment));
        }
        closeCluster();
    }
}

const QString& CalendarView::timeText(qint64 gridMinute) const
{
    if (m_timeTexts.empty()) {
        m_timeTexts.resize(kMinutesPerDay);
    }
    const int minute = int(gridMinute - floorDiv(gridMinute, kMinutesPerDay) * kMinutesPerDay);
    QString& text = m_timeTexts[static_cast<size_t>(minute)];
    if (text.isEmpty()) {
        text = locale().toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat);
    }
    return text;
}

QString CalendarView::timeRangeText(const CalendarItem& item) const
{
    const QLocale loc = locale();
    return tr("%1 – %2", "time range")
        .arg(loc.toString(item.start.toTimeZone(m_zone).time(), QLocale::ShortFormat),
            loc.toString(item.end.toTimeZone(m_zone).time(), QLocale::ShortFormat));
}

void CalendarView::layoutGeometry()
{
    m_geometryDirty = false;
    m_layoutSize = viewport()->size();
    updateScrollBar();
    const QLocale loc = locale();
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics boldFm(bold);
    const int padding = 4;
    const int edge = 4;

    if (m_mode == Mode::Month) {
        const int rows = std::max(1, m_dayCount / 7);
        const int top = m_monthHeaderHeight;
        const int height = std::max(0, viewport()->height() - top);
        const int lineHeight = m_lineHeight + 4;
        for (int day = 0; day < m_dayCount; ++day) {
            MonthCell& cell = m_monthCells[static_cast<size_t>(day)];
            const int row = day / 7;
            const int column = day % 7;
            const int y0 = top + int(qint64 {height} * row / rows);
            const int y1 = top + int(qint64 {height} * (row + 1) / rows);
            cell.rect = QRect(QPoint(dayLeft(column), y0), QPoint(dayRight(column) - 1, y1 - 1));
            cell.itemRects.clear();
            cell.itemTexts.clear();
            cell.moreRect = QRect();
            const int available = cell.rect.height() - (m_lineHeight + 8) - 2;
            const int capacity = std::max(0, available / lineHeight);
            const int total = int(cell.items.size());
            int shown = total <= capacity ? total : std::max(0, capacity - 1);
            cell.hidden = total - shown;
            const int x = cell.rect.left() + 3;
            const int width = cell.rect.width() - 6;
            int y = cell.rect.top() + m_lineHeight + 8;
            for (int k = 0; k < shown; ++k) {
                const CalendarItem& item = m_items.at(cell.items[static_cast<size_t>(k)]);
                const QRect rect(x, y, width, lineHeight - 2);
                cell.itemRects.push_back(rect);
                QString text = timeText(m_itemStartMinutes[static_cast<size_t>(cell.items[static_cast<size_t>(k)])])
                    + u' ' + item.title;
                if (isTentative(item.status) || isCanceled(item.status)) {
                    text += tr(" (%1)", "status after a name").arg(domain::bookingStatusName(item.status));
                }
                const int markerWidth = (item.conflict ? fm.horizontalAdvance(QStringLiteral("!")) + 8 : 0)
                    + (item.recurring ? fm.ascent() + 4 : 0);
                cell.itemTexts.push_back(fm.elidedText(text, Qt::ElideRight, width - 2 * padding - markerWidth));
                y += lineHeight;
            }
            if (cell.hidden > 0) {
                const QString more = tr("+%n more", "", cell.hidden);
                cell.moreRect = QRect(x, y, std::min(width, fm.horizontalAdvance(more) + 2 * padding), lineHeight - 2);
            }
        }
        return;
    }

    const int conflictWidth = fm.horizontalAdvance(tr("Conflict")) + 2 * padding;
    const int glyph = fm.ascent();
    const QString conflictText = tr("Conflict");
    const QString separator = QStringLiteral(" · ");
    const int minReadableWidth = fm.averageCharWidth() * 6 + edge + 2 * padding;
    // Elided to fit; a column too narrow for even one letter and the ellipsis shows what fits.
    const auto fit = [](const QFontMetrics& metrics, const QString& text, int width) {
        const QString elided = metrics.elidedText(text, Qt::ElideRight, width);
        return elided.size() <= 1 ? text : elided;
    };
    for (Segment& segment : m_segments) {
        const CalendarItem& item = m_items.at(segment.item);
        const int x0 = dayLeft(segment.day) + 1;
        const int x1 = dayRight(segment.day) - std::max(6, fm.averageCharWidth() * 2); // room to click
        // Side by side while each column stays readable; past that the columns overlap like cards,
        // each one a readable width and shifted right, later ones on top.
        const int available = x1 - x0;
        int columnWidth = std::max(4, available / segment.columnCount);
        int step = columnWidth;
        segment.cascaded = false;
        if (columnWidth < minReadableWidth && available > minReadableWidth && segment.columnCount > 1
            && segment.columnCount <= kMaxCascadeColumns) {
            // Only for a few at once, and while each card keeps a visible strip of its own; beyond
            // that narrow columns say more than a deck of cards (and stay fast with thousands).
            const int cascadeStep = (available - minReadableWidth) / (segment.columnCount - 1);
            if (cascadeStep >= std::max(4, fm.averageCharWidth())) {
                columnWidth = minReadableWidth;
                step = cascadeStep;
                segment.cascaded = true;
            }
        }
        const int y0 = yForMinute(segment.startMinute);
        const int height = std::max(yForMinute(segment.endMinute) - y0, m_lineHeight + 4);
        segment.rect = QRect(x0 + segment.column * step, y0, columnWidth - 2, height - 1);
        segment.bufferBeforeRect = QRect();
        segment.bufferAfterRect = QRect();
        if (segment.bufferBeforeMinutes > 0) {
            const int top = yForMinute(std::max(0, segment.startMinute - segment.bufferBeforeMinutes));
            segment.bufferBeforeRect = QRect(segment.rect.left(), top, segment.rect.width(), y0 - top);
        }
        if (segment.bufferAfterMinutes > 0) {
            const int top = segment.rect.bottom() + 1;
            const int bottom = yForMinute(std::min(kMinutesPerDay, segment.endMinute + segment.bufferAfterMinutes));
            if (bottom > top) {
                segment.bufferAfterRect = QRect(segment.rect.left(), top, segment.rect.width(), bottom - top);
            }
        }

        // Text, elided now so that painting only draws. Too narrow for two letters: no text at all.
        segment.lineCount = 0;
        segment.showConflictPill = false;
        const int textWidth = segment.rect.width() - edge - 2 * padding;
        if (textWidth < fm.averageCharWidth() * 2) {
            continue;
        }
        const int fitting = std::min(Segment::kMaxLines, std::max(1, (segment.rect.height() - 2) / m_lineHeight));
        const QString& startText = timeText(m_itemStartMinutes[static_cast<size_t>(segment.item)]);
        const QString& endText = timeText(m_itemEndMinutes[static_cast<size_t>(segment.item)]);
        const QString statusText =
            item.status == domain::BookingStatus::Confirmed ? QString() : domain::bookingStatusName(item.status);
        segment.showConflictPill = item.conflict && textWidth >= conflictWidth + fm.averageCharWidth() * 6;
        const int titleWidth = textWidth - (item.recurring ? glyph + padding : 0)
            - (segment.showConflictPill ? conflictWidth + padding : 0);
        auto add = [&](const QString& text, Segment::LineRole role) {
            if (segment.lineCount < fitting) {
                segment.lines[segment.lineCount] = text;
                segment.roles[segment.lineCount] = role;
                ++segment.lineCount;
            }
        };
        if (fitting == 1) {
            // One line: the start time and the name, and the conflict first if there is one.
            QString line = startText + u' ' + item.title;
            if (item.conflict && !segment.showConflictPill) {
                line = conflictText + separator + line;
            }
            add(fit(boldFm, line, titleWidth), Segment::TitleLine);
            continue;
        }
        add(fit(boldFm, item.title, titleWidth), Segment::TitleLine);
        if (item.conflict && !segment.showConflictPill) {
            add(fit(fm, conflictText, textWidth), Segment::ConflictLine);
        }
        const QString range = tr("%1 – %2", "time range").arg(startText, endText);
        const QString time = fm.horizontalAdvance(range) <= textWidth ? range : startText;
        const int linesLeft = fitting - segment.lineCount;
        if (statusText.isEmpty()) {
            add(fit(fm, time, textWidth), Segment::TimeLine);
        } else if (const QString both = time + separator + statusText;
                   fm.horizontalAdvance(both) <= textWidth || linesLeft < 2) {
            // One line for both when it fits or when there is only one; the status must show, and
            // the time can also be read off the axis.
            add(linesLeft < 2 && fm.horizontalAdvance(both) > textWidth ? fit(fm, statusText, textWidth) : both,
                Segment::TimeLine);
        } else {
            add(fit(fm, time, textWidth), Segment::TimeLine);
            add(fit(fm, statusText, textWidth), Segment::TimeLine);
        }
        if (!item.subtitle.isEmpty()) {
            add(fit(fm, item.subtitle, textWidth), Segment::DetailLine);
        }
    }
}

int CalendarView::visibleItemCount() const
{
    ensureLayout();
    return m_visibleCount;
}

int CalendarView::itemIndex(const QUuid& id) const
{
    if (id.isNull()) {
        return -1;
    }
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (m_items.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int CalendarView::firstSegmentOf(int item) const
{
    for (int i = 0; i < int(m_segments.size()); ++i) {
        if (m_segments[static_cast<size_t>(i)].item == item) {
            return i;
        }
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Hit testing

int CalendarView::segmentAt(const QPoint& pos) const
{
    if (m_mode == Mode::Month || pos.y() < bodyTop() || pos.x() < gutterWidth()) {
        return -1;
    }
    const QPoint content(pos.x(), pos.y() - bodyTop() + verticalScrollBar()->value());
    const int day = dayAtX(pos.x());
    if (day < 0 || day >= int(m_daySegments.size())) {
        return -1;
    }
    // Later pieces are drawn on top, so look from the last.
    const std::vector<int>& indices = m_daySegments[static_cast<size_t>(day)];
    for (auto it = indices.rbegin(); it != indices.rend(); ++it) {
        if (m_segments[static_cast<size_t>(*it)].rect.contains(content)) {
            return *it;
        }
    }
    return -1;
}

int CalendarView::monthCellAt(const QPoint& pos) const
{
    for (int i = 0; i < int(m_monthCells.size()); ++i) {
        if (m_monthCells[static_cast<size_t>(i)].rect.contains(pos)) {
            return i;
        }
    }
    return -1;
}

QUuid CalendarView::itemAt(const QPoint& pos) const
{
    ensureLayout();
    if (m_mode == Mode::Month) {
        const int cell = monthCellAt(pos);
        if (cell < 0) {
            return {};
        }
        const MonthCell& c = m_monthCells[static_cast<size_t>(cell)];
        for (size_t k = 0; k < c.itemRects.size(); ++k) {
            if (c.itemRects[k].contains(pos)) {
                return m_items.at(c.items[k]).id;
            }
        }
        return {};
    }
    const int segment = segmentAt(pos);
    return segment < 0 ? QUuid() : m_items.at(m_segments[static_cast<size_t>(segment)].item).id;
}

QRect CalendarView::itemRect(const QUuid& id) const
{
    ensureLayout();
    const int index = itemIndex(id);
    if (index < 0) {
        return {};
    }
    if (m_mode == Mode::Month) {
        for (const MonthCell& cell : m_monthCells) {
            for (size_t k = 0; k < cell.itemRects.size(); ++k) {
                if (cell.items[k] == index) {
                    return cell.itemRects[k];
                }
            }
        }
        return {};
    }
    const int segment = firstSegmentOf(index);
    if (segment < 0) {
        return {};
    }
    return m_segments[static_cast<size_t>(segment)].rect.translated(0, bodyTop() - verticalScrollBar()->value());
}

QPoint CalendarView::pointAt(const QDateTime& utc) const
{
    ensureLayout();
    const qint64 minutes = gridMinutes(utc);
    const qint64 day = floorDiv(minutes, kMinutesPerDay);
    if (day < 0 || day >= m_dayCount) {
        return {};
    }
    if (m_mode == Mode::Month) {
        return m_monthCells[static_cast<size_t>(day)].rect.center();
    }
    const int minuteOfDay = int(minutes - day * kMinutesPerDay);
    const int x = (dayLeft(int(day)) + dayRight(int(day))) / 2;
    return {x, bodyTop() - verticalScrollBar()->value() + yForMinute(minuteOfDay)};
}

int CalendarView::hiddenItemCount(QDate date) const
{
    ensureLayout();
    for (const MonthCell& cell : m_monthCells) {
        if (cell.date == date) {
            return cell.hidden;
        }
    }
    return 0;
}

QRect CalendarView::moreRect(QDate date) const
{
    ensureLayout();
    for (const MonthCell& cell : m_monthCells) {
        if (cell.date == date) {
            return cell.moreRect;
        }
    }
    return {};
}

void CalendarView::scrollToWorkingHours()
{
    ensureLayout();
    int earliest = kMinutesPerDay;
    for (const QList<domain::Availability::Hours>& hours : m_dayHours) {
        for (const domain::Availability::Hours& range : hours) {
            earliest = std::min(earliest, range.start.hour() * 60 + range.start.minute());
        }
    }
    if (earliest == kMinutesPerDay) {
        earliest = kFallbackScrollHour * 60;
    }
    verticalScrollBar()->setValue(yForMinute(std::max(0, earliest - 30)));
    m_scrollPending = false;
}

// ---------------------------------------------------------------------------------------------
// Painting

QColor CalendarView::conflictColor() const
{
    // No palette role means "error"; pick a red that reads on the palette's base.
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
}

void CalendarView::paintEvent(QPaintEvent* event)
{
    ensureLayout();
    QPainter p(viewport());
    const QRect exposed = event->rect();
    p.fillRect(exposed, palette().color(QPalette::Base));
    if (m_mode == Mode::Month) {
        paintMonth(p, exposed);
        return;
    }
    p.save();
    p.setClipRect(QRect(0, bodyTop(), viewport()->width(), viewport()->height() - bodyTop()));
    paintTimeGrid(p, exposed);
    paintSegments(p, exposed);
    paintDragPreview(p);
    paintNowLine(p);
    p.restore();
    paintDayHeader(p);
}

void CalendarView::paintTimeGrid(QPainter& p, const QRect& exposed)
{
    const QPalette& pal = palette();
    const int scroll = verticalScrollBar()->value();
    const int top = bodyTop() - scroll;
    const int width = viewport()->width();
    const int gutter = m_gutterWidth;
    const QColor offHours = pal.color(QPalette::AlternateBase);
    const QColor base = pal.color(QPalette::Base);

    // Hours outside working hours are shaded; working hours are plain base.
    for (int day = 0; day < m_dayCount; ++day) {
        const QRect column(dayLeft(day), top, dayRight(day) - dayLeft(day), 24 * m_hourHeight);
        if (!column.intersects(exposed)) {
            continue;
        }
        // Base is already there; shade only what lies outside the day's ranges, each pixel once.
        int from = 0;
        auto shade = [&](int fromMinute, int toMinute) {
            if (toMinute > fromMinute) {
                const int y0 = yForMinute(fromMinute);
                const QRect band(column.left(), top + y0, column.width(), yForMinute(toMinute) - y0);
                p.fillRect(band.intersected(exposed), offHours);
            }
        };
        for (const domain::Availability::Hours& hours : m_dayHours[static_cast<size_t>(day)]) {
            const int start = hours.start.hour() * 60 + hours.start.minute();
            shade(from, start);
            from = std::max(from, hours.end.hour() * 60 + hours.end.minute());
        }
        shade(from, kMinutesPerDay);
    }

    const QColor hourLine = pal.color(QPalette::Midlight);
    const QColor halfLine = blend(base, hourLine, 0.55);
    for (int hour = 0; hour < 24; ++hour) {
        const int y = top + hour * m_hourHeight;
        if (y > exposed.bottom() + m_hourHeight || y + m_hourHeight < exposed.top()) {
            continue;
        }
        p.setPen(hourLine);
        p.drawLine(gutter, y, width, y);
        p.setPen(halfLine);
        p.drawLine(gutter, y + m_hourHeight / 2, width, y + m_hourHeight / 2);
    }
    p.setPen(hourLine);
    for (int day = 0; day <= m_dayCount; ++day) {
        const int x = dayLeft(day);
        p.drawLine(x, top, x, top + 24 * m_hourHeight);
    }

    // Hour labels in the gutter, centred on their line.
    p.fillRect(QRect(0, top, gutter, 24 * m_hourHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QLocale loc = locale();
    for (int hour = 1; hour < 24; ++hour) {
        const int y = top + hour * m_hourHeight;
        const QRect label(0, y - m_lineHeight / 2, gutter - 6, m_lineHeight);
        if (label.intersects(exposed)) {
            p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, loc.toString(QTime(hour, 0), QLocale::ShortFormat));
        }
    }
}

void CalendarView::paintSegments(QPainter& p, const QRect& exposed)
{
    const int dy = bodyTop() - verticalScrollBar()->value();
    const QRect exposedContent = exposed.translated(0, -dy);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);

    // Buffers first, so sessions stay on top of neighbours' buffers.
    for (const Segment& segment : m_segments) {
        const CalendarItem& item = m_items.at(segment.item);
        const QColor accent = isTentative(item.status) || item.status == domain::BookingStatus::Confirmed
            ? pal.color(QPalette::Highlight)
            : pal.color(QPalette::PlaceholderText);
        for (const QRect& buffer : {segment.bufferBeforeRect, segment.bufferAfterRect}) {
            if (buffer.isEmpty() || !buffer.intersects(exposedContent)) {
                continue;
            }
            const QRect r = buffer.translated(0, dy);
            p.fillRect(r, blend(base, accent, 0.07));
            p.fillRect(r, QBrush(blend(base, accent, 0.4), Qt::BDiagPattern));
        }
    }
    // By start within each day, so that of overlapping (cascaded) items the later one is on top,
    // as hit testing sees them.
    for (const std::vector<int>& indices : m_daySegments) {
        for (int index : indices) {
            const Segment& segment = m_segments[static_cast<size_t>(index)];
            if (segment.rect.intersects(exposedContent)) {
                paintSegment(p, segment, segment.rect.translated(0, dy));
            }
        }
    }
}

void CalendarView::paintSegment(QPainter& p, const Segment& segment, const QRect& rect)
{
    using domain::BookingStatus;
    const CalendarItem& item = m_items.at(segment.item);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const bool selected = item.id == m_selected;
    const bool tentative = isTentative(item.status);
    const bool canceled = isCanceled(item.status);
    const bool muted = canceled || item.status == BookingStatus::Completed;
    const QColor accent = muted ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Highlight);
    const QColor conflict = conflictColor();

    qreal fillAmount = 0.2;
    if (tentative) {
        fillAmount = 0.08;
    } else if (muted) {
        fillAmount = canceled ? 0.0 : 0.12;
    }
    if (selected) {
        fillAmount = 0.38;
    }
    if (segment.cascaded) {
        p.fillRect(rect.adjusted(-1, -1, 1, 1), base);
    }
    if (item.outside) {
        paintOutsideTime(p, item, rect, selected);
    } else {
        p.fillRect(rect, blend(base, accent, fillAmount));
    }

    // Outline: dashed for tentative, dotted for canceled, red for a conflict.
    if (!item.outside && (tentative || canceled || item.conflict)) {
        QPen pen(
            item.conflict ? conflict : accent, 1, canceled ? Qt::DotLine : (tentative ? Qt::DashLine : Qt::SolidLine));
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect.adjusted(0, 0, -1, -1));
    }
    // The left edge bar; red and wider for a conflict.
    if (!item.outside) {
        const int edge = item.conflict ? 5 : 4;
        p.fillRect(QRect(rect.left(), rect.top(), edge, rect.height()), item.conflict ? conflict : accent);
    }

    // The selection; with focus in the text colour, so it is seen on any fill.
    if (selected) {
        QPen pen(hasFocus() ? pal.color(QPalette::Text) : accent, 2);
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    }
    if (segment.lineCount == 0) {
        return;
    }
    const QRect textRect = rect.adjusted(4 + 4, 2, -4, -1);
    const QColor textColor = canceled ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text);
    const int ascent = fontMetrics().ascent();
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);

    // Markers on the title line, from the right: conflict pill, then the recurring arrow.
    int y = textRect.top();
    int right = textRect.right();
    if (segment.showConflictPill) {
        const QString label = tr("Conflict");
        const int width = fontMetrics().horizontalAdvance(label) + 8;
        const QRect pill(right - width + 1, y, width, m_lineHeight);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(conflict);
        p.setBrush(base);
        p.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setFont(font());
        p.drawText(QPoint(pill.left() + 4, y + ascent), label);
        right = pill.left() - 4;
    }
    if (item.recurring) {
        drawRecurringGlyph(p, QRectF(right - ascent + 1, y + (m_lineHeight - ascent) / 2.0, ascent, ascent), textColor);
    }

    // Pre-elided lines, drawn at their baselines (the fast path of QPainter::drawText).
    for (int line = 0; line < segment.lineCount; ++line) {
        if (line > 0 && y + m_lineHeight > rect.bottom() + 2) {
            break;
        }
        switch (segment.roles[line]) {
        case Segment::TitleLine: {
            QFont title = m_boldFont;
            title.setStrikeOut(canceled);
            p.setFont(title);
            p.setPen(textColor);
            break;
        }
        case Segment::TimeLine:
            p.setFont(font());
            p.setPen(textColor);
            break;
        case Segment::DetailLine:
            p.setFont(font());
            p.setPen(pal.color(QPalette::PlaceholderText));
            break;
        case Segment::ConflictLine:
            p.setFont(m_boldFont);
            p.setPen(conflict);
            break;
        }
        p.drawText(QPoint(textRect.left(), y + ascent), segment.lines[line]);
        y += m_lineHeight;
    }
    p.restore();
}

void CalendarView::paintDragPreview(QPainter& p)
{
    if (!m_drag.active || m_mode == Mode::Month) {
        return;
    }
    qint64 start = 0;
    qint64 end = 0;
    int day = m_drag.pressDay;
    if (m_drag.kind == DragKind::Create) {
        const int lo = std::clamp(std::min(m_drag.pressMinute, m_drag.currentMinute), 0, kMinutesPerDay);
        const int hi = std::clamp(std::max(m_drag.pressMinute, m_drag.currentMinute), 0, kMinutesPerDay);
        start = floorTo(lo, kSnapMinutes);
        end = std::max(ceilTo(hi, kSnapMinutes), start + kSnapMinutes);
    } else if (m_drag.kind == DragKind::Move || m_drag.kind == DragKind::Resize) {
        const CalendarItem& item = m_items.at(m_drag.item);
        const qint64 itemStart = gridMinutes(item.start);
        const qint64 duration = std::max<qint64>(kSnapMinutes, item.start.secsTo(item.end) / 60);
        if (m_drag.kind == DragKind::Move) {
            const qint64 delta = qint64 {m_drag.currentDay - m_drag.pressDay} * kMinutesPerDay
                + (m_drag.currentMinute - m_drag.pressMinute);
            const qint64 newStart = roundTo(itemStart + delta, kSnapMinutes);
            day = int(floorDiv(newStart, kMinutesPerDay));
            start = newStart - qint64 {day} * kMinutesPerDay;
            end = std::min<qint64>(start + duration, kMinutesPerDay);
        } else {
            const Segment& segment = m_segments[static_cast<size_t>(m_drag.segment)];
            day = segment.day;
            start = segment.startMinute;
            const qint64 itemStartInDay = itemStart - qint64 {day} * kMinutesPerDay;
            end = std::clamp<qint64>(roundTo(m_drag.currentMinute, kSnapMinutes),
                std::max<qint64>(itemStartInDay + kSnapMinutes, start + 1), kMinutesPerDay);
        }
    }
    if (day < 0 || day >= m_dayCount) {
        return;
    }
    const int dy = bodyTop() - verticalScrollBar()->value();
    const int y0 = yForMinute(int(start));
    const QRect rect(dayLeft(day) + 1, dy + y0, dayRight(day) - dayLeft(day) - 3,
        std::max(yForMinute(int(end)) - y0, m_lineHeight + 4));
    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(0.25f);
    p.fillRect(rect, fill);
    p.setPen(QPen(accent, 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    const QLocale loc = locale();
    const QString text =
        tr("%1 – %2", "time range")
            .arg(loc.toString(QTime(int(start) / 60, int(start) % 60), QLocale::ShortFormat),
                end >= kMinutesPerDay ? loc.toString(QTime(0, 0), QLocale::ShortFormat)
                                      : loc.toString(QTime(int(end) / 60, int(end) % 60), QLocale::ShortFormat));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect.adjusted(8, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, text);
}

void CalendarView::paintNowLine(QPainter& p)
{
    const qint64 minutes = gridMinutes(nowUtc());
    if (minutes < 0 || minutes >= qint64 {m_dayCount} * kMinutesPerDay) {
        return;
    }
    const int day = int(minutes / kMinutesPerDay);
    const int y = bodyTop() - verticalScrollBar()->value() + yForMinute(int(minutes % kMinutesPerDay));
    const QColor color = conflictColor();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 2));
    p.drawLine(dayLeft(day), y, dayRight(day), y);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const qreal radius = std::max(3.0, m_lineHeight / 4.0);
    p.drawEllipse(QPointF(dayLeft(day), y), radius, radius);
    p.restore();
}

void CalendarView::paintDayHeader(QPainter& p)
{
    const QPalette& pal = palette();
    const int height = m_headerHeight;
    const int width = viewport()->width();
    p.fillRect(QRect(0, 0, width, height), pal.color(QPalette::Window));
    const QLocale loc = locale();
    const QDate today = nowUtc().toTimeZone(m_zone).date();
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    const QFontMetrics bigFm(big);

    // The zone's abbreviation over the gutter ("CET"), since every time below is in it.
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QString zone = m_zone.abbreviation(rangeStartUtc());
    p.drawText(QRect(0, height - m_lineHeight - 6, m_gutterWidth - 6, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
        fontMetrics().elidedText(zone, Qt::ElideRight, m_gutterWidth - 8));

    for (int day = 0; day < m_dayCount; ++day) {
        const QDate date = m_firstDate.addDays(day);
        const QRect cell(dayLeft(day), 0, dayRight(day) - dayLeft(day), height);
        const QString weekday = m_mode == Mode::Day ? loc.dayName(date.dayOfWeek(), QLocale::LongFormat)
                                                    : loc.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QRect weekdayRect(cell.left() + 8, 8, cell.width() - 12, m_lineHeight);
        p.drawText(weekdayRect, Qt::AlignLeft | Qt::AlignVCenter, weekday);

        const QString number = loc.toString(date.day());
        const QRect numberRect(cell.left() + 8, 8 + m_lineHeight, bigFm.horizontalAdvance(number) + 12, bigFm.height());
        p.setFont(big);
        if (date == today) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Highlight));
            p.drawRoundedRect(numberRect, numberRect.height() / 2.0, numberRect.height() / 2.0);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(pal.color(QPalette::HighlightedText));
        } else {
            p.setPen(pal.color(QPalette::WindowText));
        }
        p.drawText(numberRect, Qt::AlignCenter, number);

        if (date == m_date && m_selected.isNull() && hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(cell).adjusted(2, 2, -2, -2));
        }
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, height - 1, width, height - 1);
}

void CalendarView::paintMonth(QPainter& p, const QRect& exposed)
{
    const QPalette& pal = palette();
    const QLocale loc = locale();
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor conflict = conflictColor();
    const QDate today = nowUtc().toTimeZone(m_zone).date();
    const QFontMetrics fm = fontMetrics();
    const int width = viewport()->width();

    // Weekday names.
    p.fillRect(QRect(0, 0, width, m_monthHeaderHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int column = 0; column < 7; ++column) {
        const QDate date = m_firstDate.addDays(column);
        const QRect rect(dayLeft(column) + 8, 0, dayRight(column) - dayLeft(column) - 12, m_monthHeaderHeight);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(loc.dayName(date.dayOfWeek(), QLocale::ShortFormat), Qt::ElideRight, rect.width()));
    }

    const QFont& bold = m_boldFont;
    QFont strikeFont = font();
    strikeFont.setStrikeOut(true);
    for (const MonthCell& cell : m_monthCells) {
        if (!cell.rect.intersects(exposed)) {
            continue;
        }
        const bool inMonth = cell.date.month() == m_date.month();
        p.fillRect(cell.rect, inMonth ? base : pal.color(QPalette::AlternateBase));

        // The date, today's in a pill.
        const QString number = loc.toString(cell.date.day());
        const QRect numberRect(
            cell.rect.left() + 4, cell.rect.top() + 4, fm.horizontalAdvance(number) + 10, m_lineHeight + 2);
        p.setFont(bold);
        if (cell.date == today) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
            p.drawRoundedRect(numberRect, numberRect.height() / 2.0, numberRect.height() / 2.0);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(pal.color(QPalette::HighlightedText));
        } else {
            p.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        }
        p.drawText(numberRect, Qt::AlignCenter, number);
        p.setFont(font());

        for (size_t k = 0; k < cell.itemRects.size(); ++k) {
            const CalendarItem& item = m_items.at(cell.items[k]);
            const QRect& rect = cell.itemRects[k];
            const bool selected = item.id == m_selected;
            const bool tentative = isTentative(item.status);
            const bool canceled = isCanceled(item.status);
            const bool muted = canceled || item.status == domain::BookingStatus::Completed;
            const QColor tone = muted || item.outside ? pal.color(QPalette::PlaceholderText) : accent;
            qreal amount = tentative ? 0.08 : (canceled ? 0.0 : (muted ? 0.12 : 0.2));
            if (selected) {
                amount = 0.38;
            }
            if (item.outside) {
                paintOutsideTime(p, item, rect, selected);
            } else {
                p.fillRect(rect, blend(base, tone, amount));
            }
            if (!item.outside && (tentative || canceled)) {
                p.setPen(QPen(tone, 1, canceled ? Qt::DotLine : Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(rect.adjusted(0, 0, -1, -1));
            }
            p.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), item.conflict ? conflict : tone);
            int x = rect.left() + 6;
            if (item.conflict) {
                const QRect mark(x, rect.top() + 1, fm.horizontalAdvance(QStringLiteral("!")) + 6, rect.height() - 2);
                p.fillRect(mark, conflict);
                p.setPen(base);
                p.setFont(bold);
                p.drawText(mark, Qt::AlignCenter, QStringLiteral("!"));
                p.setFont(font());
                x = mark.right() + 4;
            }
            p.setFont(canceled ? strikeFont : font());
            p.setPen(canceled ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
            p.drawText(QPoint(x, rect.top() + (rect.height() - fm.height()) / 2 + fm.ascent()), cell.itemTexts[k]);
            p.setFont(font());
            if (item.recurring) {
                const int glyph = fm.ascent();
                drawRecurringGlyph(p,
                    QRectF(rect.right() - glyph - 2, rect.top() + (rect.height() - glyph) / 2.0, glyph, glyph),
                    canceled ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
            }
            if (selected) {
                p.setPen(QPen(hasFocus() ? pal.color(QPalette::Text) : accent, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
            }
        }
        if (cell.hidden > 0) {
            p.setPen(pal.color(QPalette::Link));
            QFont linkFont = bold;
            p.setFont(linkFont);
            p.drawText(
                cell.moreRect.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", "", cell.hidden));
            p.setFont(font());
        }
    }

    // Grid lines over the cells.
    p.setPen(pal.color(QPalette::Midlight));
    const int rows = m_dayCount / 7;
    for (int column = 1; column < 7; ++column) {
        p.drawLine(dayLeft(column), m_monthHeaderHeight, dayLeft(column), viewport()->height());
    }
    for (int row = 0; row < rows; ++row) {
        const int y = m_monthCells[static_cast<size_t>(row) * 7].rect.top();
        p.drawLine(0, y, width, y);
    }

    // The focused day, and the drop target while dragging.
    auto outline = [&](int index, const QColor& color) {
        if (index < 0 || index >= int(m_monthCells.size())) {
            return;
        }
        p.setPen(QPen(color, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(m_monthCells[static_cast<size_t>(index)].rect).adjusted(1.5, 1.5, -1, -1));
    };
    if (hasFocus() && m_selected.isNull()) {
        outline(int(m_firstDate.daysTo(m_date)), accent);
    }
    if (m_drag.active && m_drag.kind == DragKind::MonthMove) {
        outline(m_drag.currentDay, accent);
    }
}

// ---------------------------------------------------------------------------------------------
// Events

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_geometryDirty = true;
    updateScrollBar();
    if (m_scrollPending && isVisible() && m_mode != Mode::Month) {
        scrollToWorkingHours();
    }
}

void CalendarView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_scrollPending && m_mode != Mode::Month) {
        scrollToWorkingHours();
    }
}

void CalendarView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        updateMetrics();
        updatePeriod(true);
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        viewport()->update();
        break;
    default:
        break;
    }
}

void CalendarView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

void CalendarView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void CalendarView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool CalendarView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = itemIndex(itemAt(help->pos()));
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), describeItem(m_items.at(index)), viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    ensureLayout();
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_drag = Drag();
    m_drag.pressPos = pos;

    if (m_mode == Mode::Month) {
        const int cell = monthCellAt(pos);
        if (cell < 0) {
            return;
        }
        const MonthCell& c = m_monthCells[static_cast<size_t>(cell)];
        if (c.moreRect.contains(pos)) {
            const QDate date = c.date;
            setDate(date);
            setMode(Mode::Day);
            return;
        }
        for (size_t k = 0; k < c.itemRects.size(); ++k) {
            if (c.itemRects[k].contains(pos)) {
                const int index = c.items[k];
                m_date = c.date;
                selectItem(index, false);
                if (m_items.at(index).movable) {
                    m_drag.kind = DragKind::MonthMove;
                    m_drag.item = index;
                    m_drag.pressDay = cell;
                    m_drag.currentDay = cell;
                }
                return;
            }
        }
        setSelectedItem({});
        setDate(c.date);
        viewport()->update();
        updateAccessibleText();
        return;
    }

    if (pos.y() < bodyTop()) {
        // A day's header opens that day.
        if (pos.x() >= gutterWidth() && m_mode == Mode::Week) {
            setSelectedItem({});
            setDate(m_firstDate.addDays(dayAtX(pos.x())));
            setMode(Mode::Day);
        }
        return;
    }
    if (pos.x() < gutterWidth()) {
        return;
    }
    const int day = dayAtX(pos.x());
    m_drag.pressDay = day;
    m_drag.currentDay = day;
    m_drag.pressMinute = minuteAtY(pos.y());
    m_drag.currentMinute = m_drag.pressMinute;
    const int segmentIndex = segmentAt(pos);
    if (segmentIndex >= 0) {
        const Segment& segment = m_segments[static_cast<size_t>(segmentIndex)];
        m_date = m_firstDate.addDays(segment.day);
        selectItem(segment.item, false);
        if (m_items.at(segment.item).movable) {
            const QRect rect = segment.rect.translated(0, bodyTop() - verticalScrollBar()->value());
            const int grip = std::max(4, m_lineHeight / 3);
            const bool lastPiece = segment.bufferAfterMinutes > 0 || segment.endMinute < kMinutesPerDay
                || gridMinutes(m_items.at(segment.item).end) <= qint64 {segment.day + 1} * kMinutesPerDay;
            m_drag.kind = (lastPiece && pos.y() > rect.bottom() - grip) ? DragKind::Resize : DragKind::Move;
            m_drag.item = segment.item;
            m_drag.segment = segmentIndex;
        }
        return;
    }
    if (!m_selected.isNull()) {
        m_selected = QUuid();
        Q_EMIT selectionChanged(m_selected);
    }
    m_date = m_firstDate.addDays(day);
    m_drag.kind = DragKind::Create;
    updateAccessibleText();
    viewport()->update();
}

void CalendarView::updateDrag(const QPoint& pos)
{
    if (m_mode == Mode::Month) {
        const int cell = monthCellAt(pos);
        if (cell >= 0) {
            m_drag.currentDay = cell;
        }
    } else {
        if (m_drag.kind != DragKind::Create) {
            m_drag.currentDay = dayAtX(std::max(pos.x(), gutterWidth()));
        }
        m_drag.currentMinute = minuteAtY(pos.y());
    }
    viewport()->update();
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.kind == DragKind::None || !(event->buttons() & Qt::LeftButton)) {
        // Show where an item can be stretched.
        Qt::CursorShape shape = Qt::ArrowCursor;
        const int segmentIndex = segmentAt(pos);
        if (segmentIndex >= 0) {
            const Segment& segment = m_segments[static_cast<size_t>(segmentIndex)];
            const QRect rect = segment.rect.translated(0, bodyTop() - verticalScrollBar()->value());
            if (m_items.at(segment.item).movable && pos.y() > rect.bottom() - std::max(4, m_lineHeight / 3)) {
                shape = Qt::SizeVerCursor;
            }
        }
        viewport()->setCursor(shape);
        return;
    }
    if (!m_drag.active && (pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_drag.active = true;
    updateDrag(pos);
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_drag.active) {
        updateDrag(event->position().toPoint());
        finishDrag(event->position().toPoint());
    }
    m_drag = Drag();
    viewport()->update();
}

void CalendarView::finishDrag(const QPoint& pos)
{
    Q_UNUSED(pos)
    switch (m_drag.kind) {
    case DragKind::None:
        return;
    case DragKind::Create: {
        const int lo = std::clamp(std::min(m_drag.pressMinute, m_drag.currentMinute), 0, kMinutesPerDay);
        const int hi = std::clamp(std::max(m_drag.pressMinute, m_drag.currentMinute), 0, kMinutesPerDay);
        qint64 start = floorTo(lo, kSnapMinutes);
        qint64 end = ceilTo(hi, kSnapMinutes);
        if (end - start < kSnapMinutes) {
            end = start + kSnapMinutes;
        }
        if (end > kMinutesPerDay) {
            end = kMinutesPerDay;
            start = end - kSnapMinutes;
        }
        const qint64 dayStart = qint64 {m_drag.pressDay} * kMinutesPerDay;
        Q_EMIT createRequested(utcFromGridMinutes(dayStart + start), utcFromGridMinutes(dayStart + end));
        return;
    }
    case DragKind::Move: {
        const CalendarItem& item = m_items.at(m_drag.item);
        const qint64 delta =
            qint64 {m_drag.currentDay - m_drag.pressDay} * kMinutesPerDay + (m_drag.currentMinute - m_drag.pressMinute);
        const qint64 newStartMinutes = roundTo(gridMinutes(item.start) + delta, kSnapMinutes);
        const QDateTime newStart = utcFromGridMinutes(newStartMinutes);
        if (newStart != item.start) {
            Q_EMIT changeRequested(item.id, newStart, newStart.addSecs(item.start.secsTo(item.end)));
        }
        return;
    }
    case DragKind::Resize: {
        const CalendarItem& item = m_items.at(m_drag.item);
        const Segment& segment = m_segments[static_cast<size_t>(m_drag.segment)];
        const qint64 dayStart = qint64 {segment.day} * kMinutesPerDay;
        const qint64 startMinutes = gridMinutes(item.start);
        qint64 endMinutes =
            dayStart + std::clamp<qint64>(roundTo(m_drag.currentMinute, kSnapMinutes), 0, kMinutesPerDay);
        endMinutes = std::max(endMinutes, startMinutes + kSnapMinutes);
        const QDateTime newEnd = utcFromGridMinutes(endMinutes);
        if (newEnd != item.end) {
            Q_EMIT changeRequested(item.id, item.start, newEnd);
        }
        return;
    }
    case DragKind::MonthMove: {
        const int days = m_drag.currentDay - m_drag.pressDay;
        if (days == 0) {
            return;
        }
        const CalendarItem& item = m_items.at(m_drag.item);
        const QDateTime newStart = utcFromGridMinutes(gridMinutes(item.start) + qint64 {days} * kMinutesPerDay);
        Q_EMIT changeRequested(item.id, newStart, newStart.addSecs(item.start.secsTo(item.end)));
        return;
    }
    }
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_drag = Drag();
    const QUuid id = itemAt(pos);
    if (!id.isNull()) {
        if (!isOutside(id)) {
            Q_EMIT itemActivated(id); // outside time belongs to its own calendar
        }
        return;
    }
    if (m_mode == Mode::Month) {
        const int cell = monthCellAt(pos);
        if (cell >= 0) {
            setDate(m_monthCells[static_cast<size_t>(cell)].date);
            setMode(Mode::Day);
        }
        return;
    }
    if (pos.y() >= bodyTop() && pos.x() >= gutterWidth()) {
        // A new hour where the user double-clicked.
        const qint64 dayStart = qint64 {dayAtX(pos.x())} * kMinutesPerDay;
        const qint64 start = std::clamp<qint64>(floorTo(minuteAtY(pos.y()), kSnapMinutes), 0, kMinutesPerDay - 60);
        Q_EMIT createRequested(utcFromGridMinutes(dayStart + start), utcFromGridMinutes(dayStart + start + 60));
    }
}

// ---------------------------------------------------------------------------------------------
// Keyboard

QList<CalendarItem> CalendarView::dayItemsSorted(int day) const
{
    QList<CalendarItem> result;
    if (m_mode == Mode::Month) {
        for (int index : m_monthCells[static_cast<size_t>(day)].items) {
            result.append(m_items.at(index));
        }
        return result;
    }
    for (int index : m_daySegments[static_cast<size_t>(day)]) {
        result.append(m_items.at(m_segments[static_cast<size_t>(index)].item));
    }
    return result;
}

void CalendarView::selectItem(int index, bool ensureVisible)
{
    const CalendarItem& item = m_items.at(index);
    const bool changed = item.id != m_selected;
    m_selected = item.id;
    if (ensureVisible && m_mode != Mode::Month) {
        const int segment = firstSegmentOf(index);
        if (segment >= 0) {
            const QRect& rect = m_segments[static_cast<size_t>(segment)].rect;
            QScrollBar* bar = verticalScrollBar();
            const int visible = viewport()->height() - bodyTop();
            if (rect.top() < bar->value()) {
                bar->setValue(rect.top() - m_lineHeight);
            } else if (rect.bottom() > bar->value() + visible) {
                bar->setValue(std::min(rect.top() - m_lineHeight, rect.bottom() - visible + m_lineHeight));
            }
        }
    }
    if (changed) {
        Q_EMIT selectionChanged(m_selected);
    }
    updateAccessibleText();
    viewport()->update();
}

void CalendarView::moveSelectionVertically(int direction)
{
    ensureLayout();
    const int day = int(m_firstDate.daysTo(m_date));
    if (day < 0 || day >= m_dayCount) {
        return;
    }
    const QList<CalendarItem> items = dayItemsSorted(day);
    if (items.isEmpty()) {
        QScrollBar* bar = verticalScrollBar();
        bar->setValue(bar->value() + direction * m_hourHeight);
        return;
    }
    int current = -1;
    for (int i = 0; i < int(items.size()); ++i) {
        if (items.at(i).id == m_selected) {
            current = i;
            break;
        }
    }
    int next = 0;
    if (current < 0) {
        next = direction > 0 ? 0 : int(items.size()) - 1;
    } else {
        next = std::clamp(current + direction, 0, int(items.size()) - 1);
    }
    selectItem(itemIndex(items.at(next).id), true);
}

void CalendarView::moveSelectionHorizontally(int days)
{
    // Keep roughly the same time of day when moving between days.
    int previousMinute = -1;
    const int selectedIndex = itemIndex(m_selected);
    if (selectedIndex >= 0) {
        const qint64 minutes = gridMinutes(m_items.at(selectedIndex).start);
        previousMinute = int(minutes - floorDiv(minutes, kMinutesPerDay) * kMinutesPerDay);
    }
    setDate(m_date.addDays(days));
    ensureLayout();
    const int day = int(m_firstDate.daysTo(m_date));
    if (m_mode == Mode::Month || previousMinute < 0 || day < 0 || day >= m_dayCount) {
        if (!m_selected.isNull()) {
            m_selected = QUuid();
            Q_EMIT selectionChanged(m_selected);
        }
        updateAccessibleText();
        viewport()->update();
        return;
    }
    const QList<CalendarItem> items = dayItemsSorted(day);
    int best = -1;
    qint64 bestDistance = 0;
    for (const CalendarItem& item : items) {
        const qint64 minutes = gridMinutes(item.start) - qint64 {day} * kMinutesPerDay;
        const qint64 distance = std::abs(minutes - previousMinute);
        if (best < 0 || distance < bestDistance) {
            best = itemIndex(item.id);
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        selectItem(best, true);
    } else {
        m_selected = QUuid();
        Q_EMIT selectionChanged(m_selected);
        updateAccessibleText();
        viewport()->update();
    }
}

void CalendarView::activate()
{
    if (!m_selected.isNull()) {
        if (!isOutside(m_selected)) {
            Q_EMIT itemActivated(m_selected);
        }
    } else if (m_mode != Mode::Day) {
        setMode(Mode::Day);
    }
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    const bool month = m_mode == Mode::Month;
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelectionHorizontally(-1);
        break;
    case Qt::Key_Right:
        moveSelectionHorizontally(1);
        break;
    case Qt::Key_Up:
        if (month) {
            moveSelectionHorizontally(-7);
        } else {
            moveSelectionVertically(-1);
        }
        break;
    case Qt::Key_Down:
        if (month) {
            moveSelectionHorizontally(7);
        } else {
            moveSelectionVertically(1);
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate();
        break;
    case Qt::Key_PageUp:
        previousPeriod();
        break;
    case Qt::Key_PageDown:
        nextPeriod();
        break;
    case Qt::Key_T:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            QAbstractScrollArea::keyPressEvent(event);
            return;
        }
        goToToday();
        break;
    case Qt::Key_Escape:
        if (m_drag.kind != DragKind::None) {
            m_drag = Drag();
            viewport()->update();
        } else {
            setSelectedItem({});
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool CalendarView::isOutside(const QUuid& id) const
{
    const int index = itemIndex(id);
    return index >= 0 && m_items.at(index).outside;
}

// Outside time is grey and hatched, so it never reads as a booking; free time (an event marked
// free in its calendar) is only outlined, dotted.
void CalendarView::paintOutsideTime(QPainter& p, const CalendarItem& item, const QRect& rect, bool selected) const
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor grey = pal.color(QPalette::PlaceholderText);
    if (item.blocksTime) {
        p.fillRect(rect, blend(base, grey, selected ? 0.3 : 0.12));
        p.fillRect(rect, QBrush(blend(base, grey, 0.35), Qt::BDiagPattern));
    } else {
        p.fillRect(rect, selected ? blend(base, grey, 0.2) : base);
        p.setPen(QPen(grey, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect.adjusted(0, 0, -1, -1));
    }
}

// ---------------------------------------------------------------------------------------------
// Accessibility

QString CalendarView::describeItem(const CalendarItem& item) const
{
    const QLocale loc = locale();
    QStringList parts;
    parts << item.title;
    if (!item.subtitle.isEmpty()) {
        parts << item.subtitle;
    }
    parts << loc.toString(item.start.toTimeZone(m_zone).date(), QLocale::LongFormat) << timeRangeText(item);
    if (item.outside) {
        parts << (item.blocksTime ? tr("Busy in another calendar") : tr("Free in another calendar"));
    } else {
        parts << domain::bookingStatusName(item.status);
    }
    if (item.conflict) {
        parts << tr("Conflicts with another booking or busy time");
    }
    if (item.recurring) {
        parts << tr("Recurring");
    }
    if (item.bufferBeforeMinutes > 0 || item.bufferAfterMinutes > 0) {
        parts << tr("Buffers: %1 min before, %2 min after").arg(item.bufferBeforeMinutes).arg(item.bufferAfterMinutes);
    }
    return parts.join(tr(", ", "list separator"));
}

void CalendarView::updateAccessibleText()
{
    setAccessibleName(tr("Calendar, %1").arg(periodTitle()));
    const int index = itemIndex(m_selected);
    QString description;
    if (index >= 0) {
        description = describeItem(m_items.at(index));
    } else {
        int count = 0;
        const int day = int(m_firstDate.daysTo(m_date));
        if (!m_itemsDirty && day >= 0 && day < m_dayCount) {
            count = m_mode == Mode::Month ? int(m_monthCells[static_cast<size_t>(day)].items.size())
                                          : int(m_daySegments[static_cast<size_t>(day)].size());
        }
        description = tr("%1, %n booking(s)", "", count).arg(locale().toString(m_date, QLocale::LongFormat));
    }
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
    }
}

QString CalendarView::periodTitle() const
{
    const QLocale loc = locale();
    switch (m_mode) {
    case Mode::Day:
        return loc.toString(m_date, tr("dddd d MMMM yyyy", "date format of the day view's title"));
    case Mode::Week: {
        const QDate first = m_firstDate;
        const QDate last = lastVisibleDate();
        const QString full = tr("d MMMM yyyy", "date format of the week view's title");
        if (first.year() != last.year()) {
            return tr("%1 – %2", "date range").arg(loc.toString(first, full), loc.toString(last, full));
        }
        if (first.month() != last.month()) {
            return tr("%1 – %2", "date range")
                .arg(loc.toString(first, tr("d MMMM", "start of a week in the same year")), loc.toString(last, full));
        }
        return tr("%1 – %2", "date range")
            .arg(loc.toString(first, tr("d", "start of a week in the same month")), loc.toString(last, full));
    }
    case Mode::Month:
        return tr("%1 %2", "month and year")
            .arg(loc.standaloneMonthName(m_date.month()), QString::number(m_date.year()));
    }
    return {};
}

} // namespace clientele::ui
