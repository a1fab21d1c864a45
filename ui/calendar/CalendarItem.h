#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/domain/BookingStatus.h"

namespace clientele {
struct BookingSummary;
namespace CalendarRows {
struct Block;
}
} // namespace clientele

namespace clientele::ui {

// What the calendar draws for one booking, or for time an outside calendar blocks (an imported .ics,
// a connected Google or Outlook calendar). Times are UTC instants; the view shows them in its display
// time zone. Buffers are the service's preparation and wrap-up time around the session.
struct CalendarItem
{
    QUuid id;
    QString title; // the client's name
    QString subtitle; // the service
    QDateTime start;
    QDateTime end;
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    domain::BookingStatus status = domain::BookingStatus::Confirmed;
    bool conflict = false; // overlaps another live booking, buffers included
    bool recurring = false; // a session of a recurring series
    bool movable = true; // can be dragged to another time
    // Outside time: not a booking, so it is neither moved nor opened here. A booking that overlaps
    // it conflicts when it blocks time (busy); events marked free are shown but block nothing.
    bool outside = false;
    bool blocksTime = true;

    // The session widened by its buffers.
    QDateTime paddedStart() const { return start.addSecs(-qint64 {bufferBeforeMinutes} * 60); }
    QDateTime paddedEnd() const { return end.addSecs(qint64 {bufferAfterMinutes} * 60); }
};

// Canceled and no-show bookings neither cause nor suffer conflicts: their time is free again.
bool takesUpTime(domain::BookingStatus status);

// Calendar items for bookings that have a time (inquiries without one are left out), in the same
// order. Two live bookings conflict when their sessions, widened by their buffers, overlap (half-open,
// so back-to-back is fine). Finished bookings (completed, canceled, no-show) are not movable.
QList<CalendarItem> calendarItemsFromBookings(const QList<BookingSummary>& bookings);

// Items for outside time, titled by the event and subtitled by its calendar; not movable.
QList<CalendarItem> calendarItemsFromBusyBlocks(const QList<CalendarRows::Block>& blocks);

// Bookings and outside time together, bookings marked where they conflict with either.
QList<CalendarItem> calendarItems(const QList<BookingSummary>& bookings, const QList<CalendarRows::Block>& blocks);

// Sets `conflict` on every booking by the rule above, counting busy outside time too; outside items
// never conflict themselves (two outside events overlapping is the other calendar's business).
void markConflicts(QList<CalendarItem>& items);

} // namespace clientele::ui
