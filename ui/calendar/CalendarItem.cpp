#include "ui/calendar/CalendarItem.h"

#include <algorithm>
#include <vector>

#include "core/store/Summaries.h"

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
    };
    std::vector<Span> spans;
    spans.reserve(static_cast<size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        CalendarItem& item = items[i];
        item.conflict = false;
        if (!takesUpTime(item.status) || !item.start.isValid() || !item.end.isValid()) {
            continue;
        }
        spans.push_back({item.paddedStart().toMSecsSinceEpoch(), item.paddedEnd().toMSecsSinceEpoch(), i});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });

    // Sweep: `active` holds the spans that have started and not yet ended.
    std::vector<Span> active;
    for (const Span& span : spans) {
        std::erase_if(active, [&](const Span& other) { return other.end <= span.start; });
        for (const Span& other : active) {
            items[other.index].conflict = true;
            items[span.index].conflict = true;
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

} // namespace clientele::ui
