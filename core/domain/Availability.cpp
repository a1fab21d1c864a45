#include "core/domain/Availability.h"

#include <algorithm>

#include <QCoreApplication>
#include <QTimeZone>

#include "core/domain/WallClock.h"

namespace clientele::domain {
namespace {

constexpr int kMaxNoticeMinutes = 365 * 24 * 60;
constexpr int kMaxHorizonDays = 3 * 366;
constexpr int kMinSlotStepMinutes = 5;
constexpr int kMaxSlotStepMinutes = 24 * 60;

Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidInput, message);
}

std::size_t dayIndex(Qt::DayOfWeek day)
{
    return static_cast<std::size_t>(day) - 1;
}

// Sorted by start; refuses ranges that are empty, backwards or overlap each other.
Result<QList<Availability::Hours>> normalised(QList<Availability::Hours> hours)
{
    for (const Availability::Hours& range : std::as_const(hours)) {
        if (!range.start.isValid() || !range.end.isValid() || range.end <= range.start) {
            return invalid(QCoreApplication::translate("Availability", "Opening hours must end after they start"));
        }
    }
    std::sort(hours.begin(), hours.end(),
        [](const Availability::Hours& a, const Availability::Hours& b) { return a.start < b.start; });
    for (qsizetype i = 1; i < hours.size(); ++i) {
        if (hours.at(i).start < hours.at(i - 1).end) {
            return invalid(
                QCoreApplication::translate("Availability", "These opening hours overlap other hours on the same day"));
        }
    }
    return hours;
}

} // namespace

Result<Availability> Availability::create(const QString& timeZoneId)
{
    const QByteArray id = timeZoneId.toLatin1();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return invalid(
            QCoreApplication::translate("Availability", "The time zone \"%1\" is not known").arg(timeZoneId));
    }
    Availability availability;
    availability.m_timeZoneId = timeZoneId;
    return availability;
}

Result<void> Availability::addWeeklyHours(Qt::DayOfWeek day, QTime start, QTime end)
{
    QList<Hours> hours = m_weekly.at(dayIndex(day));
    hours.append(Hours {start, end});
    Result<QList<Hours>> checked = normalised(hours);
    if (!checked) {
        return checked.error();
    }
    m_weekly.at(dayIndex(day)) = std::move(checked).value();
    return {};
}

void Availability::clearWeeklyHours(Qt::DayOfWeek day)
{
    m_weekly.at(dayIndex(day)).clear();
}

QList<Availability::Hours> Availability::weeklyHours(Qt::DayOfWeek day) const
{
    return m_weekly.at(dayIndex(day));
}

Result<void> Availability::setHoursOn(QDate date, const QList<Hours>& hours)
{
    if (!date.isValid()) {
        return invalid(QCoreApplication::translate("Availability", "Choose a date"));
    }
    Result<QList<Hours>> checked = normalised(hours);
    if (!checked) {
        return checked.error();
    }
    m_exceptions.insert(date, std::move(checked).value());
    return {};
}

void Availability::closeOn(QDate date)
{
    m_exceptions.insert(date, {});
}

void Availability::clearException(QDate date)
{
    m_exceptions.remove(date);
}

QList<Availability::Hours> Availability::hoursOn(QDate date) const
{
    const auto exception = m_exceptions.constFind(date);
    if (exception != m_exceptions.cend()) {
        return exception.value();
    }
    return m_weekly.at(dayIndex(static_cast<Qt::DayOfWeek>(date.dayOfWeek())));
}

Result<void> Availability::setMinimumNoticeMinutes(int minutes)
{
    if (minutes < 0 || minutes > kMaxNoticeMinutes) {
        return invalid(QCoreApplication::translate("Availability", "The minimum notice must be from 0 to %1 minutes")
                           .arg(kMaxNoticeMinutes));
    }
    m_minimumNoticeMinutes = minutes;
    return {};
}

Result<void> Availability::setHorizonDays(int days)
{
    if (days < 0 || days > kMaxHorizonDays) {
        return invalid(QCoreApplication::translate("Availability", "Clients can book from 0 to %1 days ahead")
                           .arg(kMaxHorizonDays));
    }
    m_horizonDays = days;
    return {};
}

Result<void> Availability::setSlotStepMinutes(int minutes)
{
    if (minutes < kMinSlotStepMinutes || minutes > kMaxSlotStepMinutes) {
        return invalid(QCoreApplication::translate("Availability", "Slots must start every %1 to %2 minutes")
                           .arg(kMinSlotStepMinutes)
                           .arg(kMaxSlotStepMinutes));
    }
    m_slotStepMinutes = minutes;
    return {};
}

QList<TimeInterval> Availability::freeSlots(int durationMinutes, int bufferBeforeMinutes, int bufferAfterMinutes,
    const QList<TimeInterval>& busy, QDate from, QDate to, const QDateTime& now) const
{
    QList<TimeInterval> slots;
    if (durationMinutes <= 0 || !from.isValid() || !to.isValid() || !now.isValid()) {
        return slots;
    }
    const QTimeZone zone(m_timeZoneId.toLatin1());
    const QDate today = WallClock::localDate(now, zone);
    const QDate firstDate = std::max(from, today);
    const QDate lastDate = std::min(to, today.addDays(m_horizonDays));
    const QDateTime earliestStart = now.toUTC().addSecs(qint64 {m_minimumNoticeMinutes} * 60);
    const qint64 duration = qint64 {durationMinutes} * 60;
    const qint64 before = qint64 {std::max(bufferBeforeMinutes, 0)} * 60;
    const qint64 after = qint64 {std::max(bufferAfterMinutes, 0)} * 60;
    const qint64 step = qint64 {m_slotStepMinutes} * 60;

    for (QDate date = firstDate; date <= lastDate; date = date.addDays(1)) {
        const QList<Hours> hours = hoursOn(date);
        for (const Hours& range : hours) {
            // Each end of the range is read on the clock of that day. A range that spans the
            // fall-back hour ends at the second reading of its end time, so it keeps every minute
            // the clock shows; a time inside a spring-forward gap moves later, as the clock does.
            const QDateTime windowStart = WallClock::toUtcShifting(date, range.start, zone, OverlapPolicy::Earlier);
            const QDateTime windowEnd = WallClock::toUtcShifting(date, range.end, zone, OverlapPolicy::Later);
            for (QDateTime start = windowStart; start.addSecs(duration) <= windowEnd; start = start.addSecs(step)) {
                if (start < earliestStart) {
                    continue;
                }
                const TimeInterval session {start, start.addSecs(duration)};
                const TimeInterval padded {start.addSecs(-before), session.end.addSecs(after)};
                const bool blocked = std::any_of(busy.cbegin(), busy.cend(),
                    [&padded](const TimeInterval& taken) { return padded.overlaps(taken); });
                if (!blocked) {
                    slots.append(session);
                }
            }
        }
    }
    std::sort(
        slots.begin(), slots.end(), [](const TimeInterval& a, const TimeInterval& b) { return a.start < b.start; });
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    return slots;
}

Result<LocalSlot> Availability::presentIn(const TimeInterval& slot, const QString& timeZoneId)
{
    const QByteArray id = timeZoneId.toLatin1();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        return invalid(
            QCoreApplication::translate("Availability", "The time zone \"%1\" is not known").arg(timeZoneId));
    }
    const QTimeZone zone(id);
    const QDateTime start = slot.start.toTimeZone(zone);
    const QDateTime end = slot.end.toTimeZone(zone);
    LocalSlot local;
    local.timeZoneId = timeZoneId;
    local.startDate = start.date();
    local.startTime = start.time();
    local.endDate = end.date();
    local.endTime = end.time();
    local.abbreviation = zone.abbreviation(slot.start);
    local.utcOffsetSeconds = zone.offsetFromUtc(slot.start);
    return local;
}

} // namespace clientele::domain
