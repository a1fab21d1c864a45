#pragma once

#include <QDateTime>

namespace clientele::domain {

// A half-open span of time [start, end) in UTC: a free slot, a busy period from a connected calendar,
// or a booked session with its buffers. Half-open so that a session ending at 10:00 and the next one
// starting at 10:00 do not collide.
struct TimeInterval final
{
    QDateTime start;
    QDateTime end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool overlaps(const TimeInterval& other) const { return start < other.end && other.start < end; }
    qint64 durationSeconds() const { return start.secsTo(end); }

    friend bool operator==(const TimeInterval& a, const TimeInterval& b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

} // namespace clientele::domain
