#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/domain/BookingStatus.h"

namespace clientele {
struct BookingSummary;
}

namespace clientele::ui {

// What the calendar draws for one booking. Times are UTC instants; the view shows them in its display
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

// Sets `conflict` on every item by the rule above; the others are left as they are.
void markConflicts(QList<CalendarItem>& items);

} // namespace clientele::ui
