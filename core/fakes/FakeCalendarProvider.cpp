#include "core/fakes/FakeCalendarProvider.h"

#include <algorithm>
#include <utility>

#include <QTimeZone>

#include "core/oauth/ReadyFuture.h"

namespace clientele {

namespace {

Error notFound()
{
    return {Error::Code::NotFound, QStringLiteral("The calendar or event does not exist (fake)."),
        QStringLiteral("fake calendar: not found")};
}

void applyDraft(RemoteEvent& event, const EventDraft& draft)
{
    event.title = draft.title;
    event.description = draft.description;
    event.location = draft.location;
    event.startUtc = draft.startUtc.toUTC();
    event.endUtc = draft.endUtc.toUTC();
    event.timeZoneId = draft.timeZoneId.isEmpty() ? QStringLiteral("UTC") : draft.timeZoneId;
    event.allDay = false;
    event.busy = draft.busy;
    event.clienteleBookingId = draft.clienteleBookingId;
    if (draft.wantsMeeting && event.meetingUrl.isEmpty()) {
        event.meetingPending = true;
    }
}

bool overlaps(const RemoteEvent& event, const QDateTime& from, const QDateTime& to)
{
    if (event.allDay) {
        return event.startDate.startOfDay(QTimeZone::utc()) < to && event.endDate.startOfDay(QTimeZone::utc()) > from;
    }
    return event.startUtc < to && event.endUtc > from;
}

} // namespace

FakeCalendarProvider::FakeCalendarProvider()
{
    m_calendars.append(
        RemoteCalendar {QStringLiteral("primary"), QStringLiteral("Practice"), true, true, QStringLiteral("UTC")});
}

void FakeCalendarProvider::addCalendar(const RemoteCalendar& calendar)
{
    m_calendars.append(calendar);
}

QString FakeCalendarProvider::putEventFromOutside(const QString& calendarId, RemoteEvent event)
{
    if (event.id.isEmpty()) {
        event.id = QStringLiteral("fake-event-%1").arg(m_sequence + 1);
    }
    QString id = event.id;
    store(calendarId, std::move(event));
    return id;
}

void FakeCalendarProvider::removeEventFromOutside(const QString& calendarId, const QString& eventId)
{
    auto& events = m_events[calendarId];
    if (events.contains(eventId) && !events[eventId].removed) {
        store(calendarId, events[eventId].event, true);
    }
}

QList<RemoteEvent> FakeCalendarProvider::storedEvents(const QString& calendarId) const
{
    QList<RemoteEvent> live;
    for (const Stored& stored : m_events.value(calendarId)) {
        if (!stored.removed) {
            live.append(stored.event);
        }
    }
    return live;
}

std::optional<Error> FakeCalendarProvider::beginCall()
{
    ++m_calls;
    return std::exchange(m_nextError, std::nullopt);
}

void FakeCalendarProvider::store(const QString& calendarId, RemoteEvent event, bool removed)
{
    Stored& stored = m_events[calendarId][event.id];
    stored.sequence = ++m_sequence;
    stored.removed = removed;
    event.etag = QStringLiteral("\"%1\"").arg(m_sequence);
    event.updatedUtc = QDateTime::currentDateTimeUtc();
    if (event.iCalUid.isEmpty()) {
        event.iCalUid = event.id + QStringLiteral("@fake");
    }
    stored.event = std::move(event);
}

QString FakeCalendarProvider::syncState() const
{
    return QStringLiteral("fake:%1:%2").arg(m_epoch).arg(m_sequence);
}

QFuture<Result<QList<RemoteCalendar>>> FakeCalendarProvider::calendars()
{
    if (auto error = beginCall()) {
        return readyFuture(Result<QList<RemoteCalendar>>(*error));
    }
    return readyFuture(Result<QList<RemoteCalendar>>(m_calendars));
}

QFuture<Result<EventChanges>> FakeCalendarProvider::changes(
    const QString& calendarId, const QString& syncState, const QDateTime& windowStart, const QDateTime& windowEnd)
{
    if (auto error = beginCall()) {
        return readyFuture(Result<EventChanges>(*error));
    }
    const QStringList parts = syncState.split(u':');
    const bool incremental = parts.size() == 3 && parts[1].toInt() == m_epoch;
    const qint64 since = incremental ? parts[2].toLongLong() : 0;
    EventChanges changes;
    changes.wasFullResync = !incremental;
    for (const Stored& stored : m_events.value(calendarId)) {
        if (incremental && stored.sequence > since) {
            if (stored.removed) {
                changes.removedEventIds.append(stored.event.id);
            } else {
                changes.changed.append(stored.event);
            }
        } else if (!incremental && !stored.removed && overlaps(stored.event, windowStart, windowEnd)) {
            changes.changed.append(stored.event);
        }
    }
    changes.nextSyncState = this->syncState();
    return readyFuture(Result<EventChanges>(std::move(changes)));
}

QFuture<Result<RemoteEvent>> FakeCalendarProvider::readEvent(const QString& calendarId, const QString& eventId)
{
    if (auto error = beginCall()) {
        return readyFuture(Result<RemoteEvent>(*error));
    }
    const auto events = m_events.value(calendarId);
    if (!events.contains(eventId)) {
        return readyFuture(Result<RemoteEvent>(notFound()));
    }
    RemoteEvent event = events.value(eventId).event;
    if (event.meetingPending) {
        // The meeting "was created in the meantime".
        event.meetingPending = false;
        event.meetingUrl = QStringLiteral("https://meet.example.test/%1").arg(event.id);
        store(calendarId, event);
        event = m_events[calendarId][eventId].event;
    }
    if (events.value(eventId).removed) {
        event.status = RemoteEventStatus::Cancelled;
    }
    return readyFuture(Result<RemoteEvent>(event));
}

QFuture<Result<RemoteEvent>> FakeCalendarProvider::createEvent(const QString& calendarId, const EventDraft& draft)
{
    if (auto error = beginCall()) {
        return readyFuture(Result<RemoteEvent>(*error));
    }
    RemoteEvent event;
    event.id = QStringLiteral("fake-event-%1").arg(m_sequence + 1);
    applyDraft(event, draft);
    store(calendarId, event);
    return readyFuture(Result<RemoteEvent>(m_events[calendarId][event.id].event));
}

QFuture<Result<RemoteEvent>> FakeCalendarProvider::updateEvent(
    const QString& calendarId, const QString& eventId, const EventDraft& draft, const QString& ifMatchEtag)
{
    if (auto error = beginCall()) {
        return readyFuture(Result<RemoteEvent>(*error));
    }
    auto& events = m_events[calendarId];
    if (!events.contains(eventId) || events[eventId].removed) {
        return readyFuture(Result<RemoteEvent>(notFound()));
    }
    RemoteEvent event = events[eventId].event;
    if (!ifMatchEtag.isEmpty() && ifMatchEtag != event.etag) {
        return readyFuture(Result<RemoteEvent>(Error(Error::Code::Conflict,
            QStringLiteral("The event was changed since it was read (fake)."), QStringLiteral("fake calendar: 412"))));
    }
    applyDraft(event, draft);
    store(calendarId, event);
    return readyFuture(Result<RemoteEvent>(events[eventId].event));
}

QFuture<Result<void>> FakeCalendarProvider::deleteEvent(const QString& calendarId, const QString& eventId)
{
    if (auto error = beginCall()) {
        return readyFuture(Result<void>(*error));
    }
    removeEventFromOutside(calendarId, eventId);
    return readyFuture(Result<void>());
}

QFuture<Result<QList<BusyInterval>>> FakeCalendarProvider::freeBusy(
    const QStringList& calendarIds, const QDateTime& from, const QDateTime& to)
{
    if (auto error = beginCall()) {
        return readyFuture(Result<QList<BusyInterval>>(*error));
    }
    QList<BusyInterval> busy;
    for (const QString& id : calendarIds) {
        for (const RemoteEvent& event : storedEvents(id)) {
            if (event.busy && !event.allDay && event.status != RemoteEventStatus::Cancelled
                && overlaps(event, from, to)) {
                busy.append({std::max(event.startUtc, from.toUTC()), std::min(event.endUtc, to.toUTC())});
            }
        }
    }
    std::sort(
        busy.begin(), busy.end(), [](const BusyInterval& a, const BusyInterval& b) { return a.startUtc < b.startUtc; });
    QList<BusyInterval> merged;
    for (const BusyInterval& interval : std::as_const(busy)) {
        if (!merged.isEmpty() && interval.startUtc <= merged.last().endUtc) {
            merged.last().endUtc = std::max(merged.last().endUtc, interval.endUtc);
        } else {
            merged.append(interval);
        }
    }
    return readyFuture(Result<QList<BusyInterval>>(merged));
}

} // namespace clientele
