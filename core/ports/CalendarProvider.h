#pragma once

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele {

// A calendar of the connected account, as the provider lists it.
struct RemoteCalendar
{
    QString id;
    QString name;
    bool primary = false;
    bool canWrite = false; // owner or writer: Clientele may put bookings into it
    QString timeZoneId; // IANA, e.g. "Europe/Berlin"
};

enum class RemoteEventStatus
{
    Confirmed,
    Tentative,
    Cancelled,
};

// An event as the provider has it. Timed events use startUtc/endUtc (+ the zone they were written
// in); all-day events use startDate/endDate, where endDate is exclusive (as in iCalendar and Google).
struct RemoteEvent
{
    QString id;
    QString etag; // for If-Match on update
    RemoteEventStatus status = RemoteEventStatus::Confirmed;
    bool allDay = false;
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZoneId;
    QDate startDate;
    QDate endDate; // exclusive
    QString title;
    QString description;
    QString location;
    bool busy = true; // false: "transparent", shows as free
    QString iCalUid;
    QString meetingUrl; // video link (Meet), when there is one
    bool meetingPending = false; // a video link was asked for and is still being created
    QString clienteleBookingId; // set on events Clientele wrote, so it recognises its own
    QDateTime updatedUtc;
};

// What Clientele writes for a booking. Bookings are always timed, so there is no all-day form.
struct EventDraft
{
    QString title;
    QString description;
    QString location;
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZoneId; // IANA zone the practitioner sees the event in; UTC when empty
    bool busy = true;
    QString clienteleBookingId;
    bool wantsMeeting = false; // ask the provider to attach a video meeting
    QString meetingRequestId; // unique per booking: asking twice with the same id creates one meeting
};

// One round of synchronisation.
struct EventChanges
{
    QList<RemoteEvent> changed;
    QStringList removedEventIds;
    QString nextSyncState; // opaque; pass to the next changes() call
    // True when `changed` is the complete set of events in the window (a first sync, or a restart
    // because the provider dropped the sync state): replace what is stored, don't merge.
    bool wasFullResync = false;
};

struct BusyInterval
{
    QDateTime startUtc;
    QDateTime endUtc; // exclusive

    friend bool operator==(const BusyInterval&, const BusyInterval&) = default;
};

// CalendarProvider: one connected calendar account (Google, Microsoft, CalDAV). All calls are
// asynchronous and never block; failures are Errors whose messages a user can act on, with
// isRetryable() set when trying later may help (offline, throttled, provider trouble).
class CalendarProvider
{
public:
    virtual ~CalendarProvider() = default;
    CalendarProvider() = default;
    CalendarProvider(const CalendarProvider&) = delete;
    CalendarProvider& operator=(const CalendarProvider&) = delete;

    virtual QFuture<Result<QList<RemoteCalendar>>> calendars() = 0;

    // Changes since `syncState`. An empty syncState lists every event overlapping
    // [windowStart, windowEnd) with recurring series expanded into their occurrences (no masters:
    // Clientele only needs busy times and its own single events). A non-empty one returns what
    // changed since, wherever it lies: the provider does not filter increments by time, so callers
    // drop what is outside their window. When the provider has dropped the state, the adapter starts
    // over with a full listing and sets wasFullResync.
    virtual QFuture<Result<EventChanges>> changes(const QString& calendarId, const QString& syncState,
        const QDateTime& windowStart, const QDateTime& windowEnd) = 0;

    // One event, e.g. to see whether its video link is ready (meetingPending).
    virtual QFuture<Result<RemoteEvent>> readEvent(const QString& calendarId, const QString& eventId) = 0;

    virtual QFuture<Result<RemoteEvent>> createEvent(const QString& calendarId, const EventDraft& draft) = 0;

    // Writes every field of the draft. With a non-empty ifMatchEtag, fails with Error::Code::Conflict
    // when the event changed at the provider since that etag was read.
    virtual QFuture<Result<RemoteEvent>> updateEvent(
        const QString& calendarId, const QString& eventId, const EventDraft& draft, const QString& ifMatchEtag) = 0;

    // Succeeds as well when the event was already gone.
    virtual QFuture<Result<void>> deleteEvent(const QString& calendarId, const QString& eventId) = 0;

    // Busy times of the calendars within [from, to), merged across calendars, sorted, overlaps joined.
    virtual QFuture<Result<QList<BusyInterval>>> freeBusy(
        const QStringList& calendarIds, const QDateTime& from, const QDateTime& to) = 0;
};

} // namespace clientele
