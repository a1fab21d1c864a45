#include "core/domain/WallClock.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>

namespace clientele::domain {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

enum class Kind
{
    Normal,
    Gap,
    Overlap,
};

struct Resolved
{
    Kind kind = Kind::Normal;
    QDateTime earlier; // the only instant for Normal; the first for Overlap; the shifted one for Gap
    QDateTime later;
};

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Resolved resolve(QDate date, QTime time, const QTimeZone& zone)
{
    // The wall-clock reading as if it were UTC; the real instant is this minus the zone's offset.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    // Offsets reach at most ±14 h, so one day either side is safely before and after the instant.
    const int before = zone.offsetFromUtc(utcFromMs(naive - kDayMs));
    const int after = zone.offsetFromUtc(utcFromMs(naive + kDayMs));
    const int here = zone.offsetFromUtc(utcFromMs(naive));
    std::array<int, 3> candidates {before, after, here};

    QList<qint64> valid;
    for (const int offset : candidates) {
        const qint64 instant = naive - qint64 {offset} * 1000;
        if (zone.offsetFromUtc(utcFromMs(instant)) == offset && !valid.contains(instant)) {
            valid.append(instant);
        }
    }
    std::sort(valid.begin(), valid.end());

    Resolved result;
    if (valid.isEmpty()) {
        // In a gap the offset in force before the jump gives the reading shifted forward by the gap.
        result.kind = Kind::Gap;
        result.earlier = utcFromMs(naive - qint64 {before} * 1000);
        result.later = result.earlier;
    } else {
        result.kind = valid.size() > 1 ? Kind::Overlap : Kind::Normal;
        result.earlier = utcFromMs(valid.first());
        result.later = utcFromMs(valid.last());
    }
    return result;
}

} // namespace

Result<QDateTime> WallClock::toUtc(QDate date, QTime time, const QTimeZone& zone, GapPolicy gap, OverlapPolicy overlap)
{
    if (!date.isValid() || !time.isValid()) {
        return Error(
            Error::Code::InvalidInput, QCoreApplication::translate("WallClock", "The date or time is not valid"));
    }
    if (!zone.isValid()) {
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("WallClock", "The time zone is not known"));
    }
    const Resolved resolved = resolve(date, time, zone);
    if (resolved.kind == Kind::Gap && gap == GapPolicy::Refuse) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("WallClock",
                "%1 does not exist on %2 in %3 because the clocks move forward; "
                "choose a later time")
                .arg(
                    time.toString(QStringLiteral("HH:mm")), date.toString(Qt::ISODate), QString::fromLatin1(zone.id())),
            QStringLiteral("local time in DST gap"));
    }
    return overlap == OverlapPolicy::Earlier ? resolved.earlier : resolved.later;
}

QDateTime WallClock::toUtcShifting(QDate date, QTime time, const QTimeZone& zone, OverlapPolicy overlap)
{
    Q_ASSERT(date.isValid() && time.isValid() && zone.isValid());
    const Resolved resolved = resolve(date, time, zone);
    return overlap == OverlapPolicy::Earlier ? resolved.earlier : resolved.later;
}

QDate WallClock::localDate(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date();
}

} // namespace clientele::domain
