#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include "core/Result.h"
#include "core/domain/TimeInterval.h"
#include "core/domain/WallClock.h"

namespace clientele::domain {

// When a booking takes place: a start and end instant in UTC plus the IANA zone the session is
// planned in. The three change together (SYNC.md §3.4 stores them as one register), because a start
// from one device and an end from another could make a session that ends before it starts.
// The zone matters beyond display: a weekly 10:00 session stays at 10:00 local across DST.
class Schedule final
{
public:
    static constexpr int kMaxDurationDays = 31; // a retreat, not a typo
    static constexpr qint64 kMaxDurationSeconds = qint64 {kMaxDurationDays} * 24 * 60 * 60;

    // A null schedule, for a booking that has none yet (an inquiry). create() never returns one.
    Schedule() = default;

    // `start` and `end` may carry any time spec; they are stored as UTC.
    static Result<Schedule> create(const QDateTime& start, const QDateTime& end, const QString& timeZoneId);

    // From wall-clock readings in the zone. A reading that falls in a DST gap is refused or shifted
    // forward according to `gap`; one that happens twice (fall-back) takes the earlier instant unless
    // `overlap` says otherwise.
    static Result<Schedule> fromLocal(QDate startDate, QTime startTime, QDate endDate, QTime endTime,
        const QString& timeZoneId, GapPolicy gap = GapPolicy::Refuse, OverlapPolicy overlap = OverlapPolicy::Earlier);
    // A session of `durationMinutes` elapsed minutes: an hour at 01:30 on the fall-back day lasts
    // an hour, even though the clock reads 01:30 again at its end.
    static Result<Schedule> fromLocal(QDate date, QTime startTime, int durationMinutes, const QString& timeZoneId,
        GapPolicy gap = GapPolicy::Refuse, OverlapPolicy overlap = OverlapPolicy::Earlier);

    bool isNull() const { return !m_start.isValid(); }
    const QDateTime& start() const { return m_start; }
    const QDateTime& end() const { return m_end; }
    const QString& timeZoneId() const { return m_timeZoneId; }
    QTimeZone timeZone() const;

    // The start and end as wall-clock times in the schedule's zone.
    QDateTime localStart() const;
    QDateTime localEnd() const;

    qint64 durationSeconds() const { return m_start.secsTo(m_end); }
    TimeInterval interval() const { return {m_start, m_end}; }
    // Half-open: a session ending at 10:00 does not overlap one starting at 10:00.
    bool overlaps(const Schedule& other) const;

    // The same length and zone, starting at `newStartUtc`.
    Schedule movedTo(const QDateTime& newStartUtc) const;

    friend bool operator==(const Schedule& a, const Schedule& b)
    {
        return a.m_start == b.m_start && a.m_end == b.m_end && a.m_timeZoneId == b.m_timeZoneId;
    }

private:
    Schedule(QDateTime start, QDateTime end, QString timeZoneId);

    QDateTime m_start;
    QDateTime m_end;
    QString m_timeZoneId;
};

} // namespace clientele::domain
