#include "core/interchange/IcsOccurrences.h"

#include <QHash>
#include <QTimeZone>

#include "core/domain/Schedule.h"
#include "core/domain/WallClock.h"

namespace clientele::interchange {

namespace {

using Key = std::pair<QString, qint64>;

// The event's first occurrence as a schedule: all-day events span their days in the practice's zone.
std::optional<domain::Schedule> firstSchedule(const IcsEvent& event, const QTimeZone& zone, const QString& zoneId)
{
    if (!event.isAllDay()) {
        Result<domain::Schedule> schedule = domain::Schedule::create(
            event.startUtc, event.endUtc, event.timeZoneId.isEmpty() ? zoneId : event.timeZoneId);
        return schedule ? std::optional(schedule.value()) : std::nullopt;
    }
    Result<domain::Schedule> schedule =
        domain::Schedule::create(domain::WallClock::toUtcShifting(event.startDate, QTime(0, 0), zone),
            domain::WallClock::toUtcShifting(std::max(event.endDate, event.startDate.addDays(1)), QTime(0, 0), zone),
            zoneId);
    return schedule ? std::optional(schedule.value()) : std::nullopt;
}

IcsOccurrence occurrenceOf(
    const IcsEvent& event, qsizetype eventIndex, const domain::Schedule& schedule, qint64 recurrenceId)
{
    return {event.uid, recurrenceId, schedule.start(), schedule.end(), schedule.timeZoneId(), event.isAllDay(),
        event.summary, event.busy, eventIndex};
}

} // namespace

QList<IcsOccurrence> expandOccurrences(
    const QList<IcsEvent>& events, const QString& zoneId, QDate from, QDate to, int maxPerEvent)
{
    const QTimeZone zone(zoneId.toUtf8());
    QList<Key> order;
    QHash<Key, IcsOccurrence> occurrences;
    const auto put = [&order, &occurrences](const IcsOccurrence& occurrence) {
        const Key key {occurrence.uid, occurrence.recurrenceId};
        if (!occurrences.contains(key)) {
            order.append(key);
        }
        occurrences.insert(key, occurrence);
    };
    for (qsizetype index = 0; index < events.size(); ++index) {
        const IcsEvent& event = events.at(index);
        if (event.recurrenceIdUtc.isValid() || event.status == IcsEvent::Status::Cancelled) {
            continue;
        }
        const std::optional<domain::Schedule> first = firstSchedule(event, zone, zoneId);
        if (!first) {
            continue;
        }
        if (!event.recurrence) {
            const QDate day = domain::WallClock::localDate(first->start(), zone);
            if (day <= to && domain::WallClock::localDate(first->end(), zone) >= from) {
                put(occurrenceOf(event, index, *first, 0));
            }
            continue;
        }
        const QList<domain::Schedule> series = event.recurrence->occurrences(*first, from, to, maxPerEvent);
        for (const domain::Schedule& occurrence : series) {
            if (!event.recurrence->exclusions().contains(occurrence.start())) {
                put(occurrenceOf(event, index, occurrence, occurrence.start().toMSecsSinceEpoch()));
            }
        }
    }
    // Overrides of single occurrences: moved, retitled or cancelled.
    for (qsizetype index = 0; index < events.size(); ++index) {
        const IcsEvent& event = events.at(index);
        if (!event.recurrenceIdUtc.isValid()) {
            continue;
        }
        const Key key {event.uid, event.recurrenceIdUtc.toMSecsSinceEpoch()};
        if (event.status == IcsEvent::Status::Cancelled) {
            occurrences.remove(key);
            continue;
        }
        const std::optional<domain::Schedule> moved = firstSchedule(event, zone, zoneId);
        if (moved && occurrences.contains(key)) {
            occurrences.insert(key, occurrenceOf(event, index, *moved, key.second));
        }
    }
    QList<IcsOccurrence> result;
    result.reserve(occurrences.size());
    for (const Key& key : std::as_const(order)) {
        if (auto it = occurrences.constFind(key); it != occurrences.cend()) {
            result.append(*it);
        }
    }
    return result;
}

} // namespace clientele::interchange
