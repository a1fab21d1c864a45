#include "core/domain/ConflictCheck.h"

#include <algorithm>

#include "core/domain/Booking.h"

namespace clientele::domain {
namespace {

TimeInterval padded(const TimeInterval& session, int beforeMinutes, int afterMinutes)
{
    return {session.start.addSecs(-qint64 {std::max(beforeMinutes, 0)} * 60),
        session.end.addSecs(qint64 {std::max(afterMinutes, 0)} * 60)};
}

} // namespace

TimeInterval ConflictCheck::Occupied::withBuffers() const
{
    return padded(session, bufferBeforeMinutes, bufferAfterMinutes);
}

std::optional<ConflictCheck::Occupied> ConflictCheck::occupiedBy(
    const Booking& booking, int bufferBeforeMinutes, int bufferAfterMinutes)
{
    if (booking.schedule().isNull() || booking.status() == BookingStatus::Canceled) {
        return std::nullopt;
    }
    return Occupied {booking.id(), booking.schedule().interval(), bufferBeforeMinutes, bufferAfterMinutes};
}

ConflictCheck::Occupied ConflictCheck::calendarBusy(const TimeInterval& busy)
{
    return Occupied {QUuid(), busy, 0, 0};
}

QList<ConflictCheck::Conflict> ConflictCheck::find(const Schedule& candidate, int bufferBeforeMinutes,
    int bufferAfterMinutes, const QList<Occupied>& existing, const QUuid& ignoreBookingId)
{
    QList<Conflict> conflicts;
    if (candidate.isNull()) {
        return conflicts;
    }
    const TimeInterval session = candidate.interval();
    const TimeInterval candidateWithBuffers = padded(session, bufferBeforeMinutes, bufferAfterMinutes);
    for (const Occupied& occupied : existing) {
        if (!ignoreBookingId.isNull() && occupied.bookingId == ignoreBookingId) {
            continue;
        }
        // Buffers are the practitioner's own time (travel, set-up, notes), so one session's buffer
        // colliding with another's is as real a conflict as the sessions themselves.
        if (!candidateWithBuffers.overlaps(occupied.withBuffers())) {
            continue;
        }
        conflicts.append(Conflict {occupied.bookingId, occupied.session,
            session.overlaps(occupied.session) ? Kind::SessionsOverlap : Kind::BuffersOverlap});
    }
    std::sort(conflicts.begin(), conflicts.end(),
        [](const Conflict& a, const Conflict& b) { return a.session.start < b.session.start; });
    return conflicts;
}

} // namespace clientele::domain
