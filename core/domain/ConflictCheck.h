#pragma once

#include <optional>

#include <QList>
#include <QUuid>

#include "core/domain/Schedule.h"
#include "core/domain/TimeInterval.h"

namespace clientele::domain {

class Booking;

// Finds what a proposed session would collide with, so a double booking is caught before it is
// saved. After a sync merge the same check runs over merged bookings to raise a task (SYNC.md §3.10).
class ConflictCheck final
{
public:
    // Time that is already taken: a booking with its service's buffers, or a busy period from a
    // connected calendar (null bookingId, no buffers).
    struct Occupied
    {
        QUuid bookingId;
        TimeInterval session;
        int bufferBeforeMinutes = 0;
        int bufferAfterMinutes = 0;

        TimeInterval withBuffers() const;
    };

    enum class Kind
    {
        SessionsOverlap, // the sessions themselves overlap
        BuffersOverlap, // only preparation or follow-up time overlaps
    };

    struct Conflict
    {
        QUuid bookingId; // null for a calendar busy period
        TimeInterval session;
        Kind kind = Kind::SessionsOverlap;
    };

    // What `booking` occupies, or nothing when it has no time or was canceled. Every other status
    // holds its time: an inquiry holds the slot the client asked for until it is answered.
    static std::optional<Occupied> occupiedBy(const Booking& booking, int bufferBeforeMinutes, int bufferAfterMinutes);
    static Occupied calendarBusy(const TimeInterval& busy);

    // The conflicts of `candidate` (with its buffers) with `existing`, in time order. `ignoreBookingId`
    // is the booking being rescheduled, which can't collide with its own old time.
    static QList<Conflict> find(const Schedule& candidate, int bufferBeforeMinutes, int bufferAfterMinutes,
        const QList<Occupied>& existing, const QUuid& ignoreBookingId = {});
};

} // namespace clientele::domain
