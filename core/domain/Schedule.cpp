#include "core/domain/Schedule.h"

#include <utility>

#include <QCoreApplication>

namespace clientele::domain {
namespace {

Result<QTimeZone> zoneFor(const QString& timeZoneId)
{
    const QByteArray id = timeZoneId.toLatin1();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Schedule", "The time zone \"%1\" is not known").arg(timeZoneId));
    }
    QTimeZone zone(id);
    if (!zone.isValid()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Schedule", "The time zone \"%1\" is not known").arg(timeZoneId));
    }
    return zone;
}

} // namespace

Schedule::Schedule(QDateTime start, QDateTime end, QString timeZoneId)
    : m_start(std::move(start))
    , m_end(std::move(end))
    , m_timeZoneId(std::move(timeZoneId))
{
}

Result<Schedule> Schedule::create(const QDateTime& start, const QDateTime& end, const QString& timeZoneId)
{
    if (!start.isValid() || !end.isValid()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Schedule", "The session needs a valid start and end"));
    }
    if (end <= start) {
        return Error(
            Error::Code::InvalidInput, QCoreApplication::translate("Schedule", "The session must end after it starts"));
    }
    if (start.secsTo(end) > kMaxDurationSeconds) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Schedule", "A session can't be longer than %1 days").arg(kMaxDurationDays));
    }
    const Result<QTimeZone> zone = zoneFor(timeZoneId);
    if (!zone) {
        return zone.error();
    }
    return Schedule(start.toUTC(), end.toUTC(), timeZoneId);
}

Result<Schedule> Schedule::fromLocal(QDate startDate, QTime startTime, QDate endDate, QTime endTime,
    const QString& timeZoneId, GapPolicy gap, OverlapPolicy overlap)
{
    const Result<QTimeZone> zone = zoneFor(timeZoneId);
    if (!zone) {
        return zone.error();
    }
    const Result<QDateTime> start = WallClock::toUtc(startDate, startTime, *zone, gap, overlap);
    if (!start) {
        return start.error();
    }
    const Result<QDateTime> end = WallClock::toUtc(endDate, endTime, *zone, gap, overlap);
    if (!end) {
        return end.error();
    }
    return create(*start, *end, timeZoneId);
}

Result<Schedule> Schedule::fromLocal(
    QDate date, QTime startTime, int durationMinutes, const QString& timeZoneId, GapPolicy gap, OverlapPolicy overlap)
{
    const Result<QTimeZone> zone = zoneFor(timeZoneId);
    if (!zone) {
        return zone.error();
    }
    const Result<QDateTime> start = WallClock::toUtc(date, startTime, *zone, gap, overlap);
    if (!start) {
        return start.error();
    }
    return create(*start, start->addSecs(qint64 {durationMinutes} * 60), timeZoneId);
}

QTimeZone Schedule::timeZone() const
{
    return QTimeZone(m_timeZoneId.toLatin1());
}

QDateTime Schedule::localStart() const
{
    return m_start.toTimeZone(timeZone());
}

QDateTime Schedule::localEnd() const
{
    return m_end.toTimeZone(timeZone());
}

bool Schedule::overlaps(const Schedule& other) const
{
    if (isNull() || other.isNull()) {
        return false;
    }
    return interval().overlaps(other.interval());
}

Schedule Schedule::movedTo(const QDateTime& newStartUtc) const
{
    const QDateTime start = newStartUtc.toUTC();
    return Schedule(start, start.addSecs(durationSeconds()), m_timeZoneId);
}

} // namespace clientele::domain
