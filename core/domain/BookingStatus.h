#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

namespace clientele::domain {

// Where a booking stands (DESIGN.md §2, "Bookings and calendar"). The allowed moves between these are
// in BookingStateMachine; the numeric values are not stored anywhere, the keys below are.
enum class BookingStatus
{
    Inquiry,
    Pending,
    AwaitingSignature,
    AwaitingPayment,
    Confirmed,
    Completed,
    Canceled,
    NoShow,
};

// Every status, in the order of the happy path, then the side exits.
QList<BookingStatus> allBookingStatuses();

// A stable key for storage, sync and webhooks ("awaiting_signature"); never translated.
QString bookingStatusKey(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromKey(QStringView key);

// The status as a user reads it, translated.
QString bookingStatusName(BookingStatus status);

// Completed, Canceled and NoShow: the session is over one way or another, so it can't be rescheduled.
bool isFinalBookingStatus(BookingStatus status);

} // namespace clientele::domain
