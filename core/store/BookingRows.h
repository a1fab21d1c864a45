#pragma once

#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Booking.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Bookings in the store: the schedule is one field group (start, end, zone), reschedules are
// insert-only child rows. Runs on the storage thread inside the caller's transaction.
namespace BookingRows {

Result<void> insert(WriteScope& scope, const domain::Booking& booking);
// Writes the status, the schedule (with a reschedule row per new history entry) and edited fields.
Result<void> update(WriteScope& scope, const domain::Booking& before, const domain::Booking& after);
Result<std::optional<domain::Booking>> load(SqlCipherDatabase& db, const QUuid& id);

} // namespace BookingRows

} // namespace clientele
