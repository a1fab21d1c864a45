#pragma once

#include <QHash>
#include <QMap>
#include <optional>

#include "core/ports/CalendarProvider.h"

namespace clientele {

// The CalendarProvider fake: calendars and events in memory, answered at once. Sync states are
// "fake:<epoch>:<sequence>"; expireSyncStates() makes old ones trigger a full resync, like a 410
// from Google. Video meetings are pending in the answer to createEvent and ready on the next read.
// Starts with one writable primary calendar, id "primary".
class FakeCalendarProvider final : public CalendarProvider
{
public:
    FakeCalendarProvider();

    void addCalendar(const RemoteCalendar& calendar);
    // Changes "from outside", as if the user edited the calendar in the provider's own app.
    // putEventFromOutside inserts or replaces (by id; an empty id gets one) and returns the id.
    QString putEventFromOutside(const QString& calendarId, RemoteEvent event);
    void removeEventFromOutside(const QString& calendarId, const QString& eventId);
    void expireSyncStates() { ++m_epoch; }
    // The next call (any operation) fails with this error.
    void failNextCall(const Error& error) { m_nextError = error; }

    // Live (not removed) events of a calendar, ordered by id.
    QList<RemoteEvent> storedEvents(const QString& calendarId) const;
    int callCount() const { return m_calls; }

    QFuture<Result<QList<RemoteCalendar>>> calendars() override;
    QFuture<Result<EventChanges>> changes(const QString& calendarId, const QString& syncState,
        const QDateTime& windowStart, const QDateTime& windowEnd) override;
    QFuture<Result<RemoteEvent>> readEvent(const QString& calendarId, const QString& eventId) override;
    QFuture<Result<RemoteEvent>> createEvent(const QString& calendarId, const EventDraft& draft) override;
    QFuture<Result<RemoteEvent>> updateEvent(const QString& calendarId, const QString& eventId, const EventDraft& draft,
        const QString& ifMatchEtag) override;
    QFuture<Result<void>> deleteEvent(const QString& calendarId, const QString& eventId) override;
    QFuture<Result<QList<BusyInterval>>> freeBusy(
        const QStringList& calendarIds, const QDateTime& from, const QDateTime& to) override;

private:
    struct Stored
    {
        RemoteEvent event;
        qint64 sequence = 0;
        bool removed = false;
    };

    std::optional<Error> beginCall();
    void store(const QString& calendarId, RemoteEvent event, bool removed = false);
    QString syncState() const;

    QList<RemoteCalendar> m_calendars;
    QHash<QString, QMap<QString, Stored>> m_events;
    qint64 m_sequence = 0;
    int m_epoch = 0;
    int m_calls = 0;
    std::optional<Error> m_nextError;
};

} // namespace clientele
