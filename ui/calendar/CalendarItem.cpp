#include "ui/calendar/CalendarItem.h"

#include <algorithm>
#include <vector>

#include "core/store/CalendarRows.h"
#include "core/store/Summaries.h"

#include <QCoreApplication>

namespace clientele::ui {

bool takesUpTime(domain::BookingStatus status)
{
    return status != domain::BookingStatus::Canceled && status != domain::BookingStatus::NoShow;
}

void markConflicts(QList<CalendarItem>& items)
{
    struct Span
    {
        qint64 start;
        qint64 end;
        qsizetype index;
        bool outside;
    };
    std::vector<Span> spans;
    spans.reserve(static_cast<size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        CalendarItem& item = items[i];
        item.conflict = false;
        const bool blocks = item.outside ? item.blocksTime : takesUpTime(item.status);
        if (!blocks || !item.start.isValid() || !item.end.isValid()) {
            continue;
        }
        spans.push_back(
            {item.paddedStart().toMSecsSinceEpoch(), item.paddedEnd().toMSecsSinceEpoch(), i, item.outside});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });

    // Sweep: `active` holds the spans that have started and not yet ended.
    std::vector<Span> active;
    for (const Span& span : spans) {
        std::erase_if(active, [&](const Span& other) { return other.end <= span.start; });
        for (const Span& other : active) {
            if (other.outside && span.outside) {
                continue;
            }
            if (!other.outside) {
                items[other.index].conflict = true;
            }
            if (!span.outside) {
                items[span.index].conflict = true;
            }
        }
        active.push_back(span);
    }
}

QList<CalendarItem> calendarItemsFromBookings(const QList<BookingSummary>& bookings)
{
    QList<CalendarItem> items;
    items.reserve(bookings.size());
    for (const BookingSummary& booking : bookings) {
        if (booking.schedule.isNull()) {
            continue;
        }
        CalendarItem item;
        item.id = booking.id;
        item.title = booking.clientName;
        item.subtitle = booking.serviceName;
        item.start = booking.schedule.start();
        item.end = booking.schedule.end();
        item.bufferBeforeMinutes = std::max(0, booking.bufferBeforeMinutes);
        item.bufferAfterMinutes = std::max(0, booking.bufferAfterMinutes);
        item.status = booking.status;
        item.recurring = !booking.seriesId.isNull();
        item.movable = !domain::isFinalBookingStatus(booking.status);
        items.append(item);
    }
    markConflicts(items);
    return items;
}

QList<CalendarItem> calendarItemsFromBusyBlocks(const QList<CalendarRows::Block>& blocks)
{
    QList<CalendarItem> items;
    items.reserve(blocks.size());
    for (const CalendarRows::Block& block : blocks) {
        CalendarItem item;
        item.id = block.id;
        item.title =
            block.title.isEmpty() ? QCoreApplication::translate("clientele::ui::CalendarItem", "Busy") : block.title;
        item.subtitle = block.sourceName;
        item.start = block.startUtc;
        item.end = block.endUtc;
        item.movable = false;
        item.outside = true;
        item.blocksTime = block.busy;
        items.append(item);
    }
    return items;
}

QList<CalendarItem> calendarItems(const QList<BookingSummary>& bookings, const QList<CalendarRows::Block>& blocks)
{
    QList<CalendarItem> items = calendarItemsFromBookings(bookings);
    items.append(calendarItemsFromBusyBlocks(blocks));
    markConflicts(items);
    return items;
}

} // namespace clientele::ui
