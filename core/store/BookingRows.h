#pragma once

#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Booking.h"
#include "core/domain/BookingTransitionContext.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Bookings in the store: the schedule is one field group (start, end, zone), reschedules and status
// changes are insert-only child rows. Runs on the storage thread inside the caller's transaction.
namespace BookingRows {

Result<void> insert(WriteScope& scope, const domain::Booking& booking);
// Writes the status (with a status-change row per new history entry), the schedule (with a
// reschedule row per new history entry) and edited fields.
Result<void> update(WriteScope& scope, const domain::Booking& before, const domain::Booking& after);
// Tombstones the booking (SYNC.md §3.7) and drops it from search; undelete() brings it back.
Result<void> remove(WriteScope& scope, const QUuid& id);
Result<void> undelete(WriteScope& scope, const QUuid& id);
// A live booking with its reschedule and status history and its cancellation reason.
Result<std::optional<domain::Booking>> load(SqlCipherDatabase& db, const QUuid& id);

// The facts the state machine gates on for this booking, read now: does its service require a
// contract and is one signed (for this booking, or for the client from the same template without a
// booking); does it require a deposit and do the booking's issued invoices have at least that paid.
Result<domain::BookingTransitionContext> transitionContext(
    SqlCipherDatabase& db, const domain::Booking& booking, const QDateTime& now);

} // namespace BookingRows

} // namespace clientele
