#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include "core/Result.h"

namespace clientele::domain {

// What to do with a local time that does not exist because the clocks jump forward (02:30 on the
// spring-forward day in Europe/Berlin).
enum class GapPolicy
{
    Refuse, // report it, so a person can pick another time
    ShiftForward, // move it later by the length of the gap (02:30 becomes 03:30), as RFC 5545 §3.3.5 does
};

// What to do with a local time that happens twice because the clocks fall back (02:30 on the
// fall-back day in Europe/Berlin is first CEST, then CET).
enum class OverlapPolicy
{
    Earlier, // the first occurrence, still on summer time; RFC 5545 §3.3.5 picks this one
    Later, // the second occurrence, after the clocks went back
};

// Turns a wall-clock date and time in a time zone into the UTC instant it names. Qt 6.4 does not let
// the caller choose how gaps and overlaps resolve, so this does it by testing the zone's offsets on
// either side of the moment.
class WallClock final
{
public:
    static Result<QDateTime> toUtc(QDate date, QTime time, const QTimeZone& zone, GapPolicy gap, OverlapPolicy overlap);

    // Never fails for a valid date, time and zone: gaps shift forward, overlaps take `overlap`.
    static QDateTime toUtcShifting(
        QDate date, QTime time, const QTimeZone& zone, OverlapPolicy overlap = OverlapPolicy::Earlier);

    // The calendar date that `utc` falls on in `zone`.
    static QDate localDate(const QDateTime& utc, const QTimeZone& zone);
};

} // namespace clientele::domain
