#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/Result.h"
#include "core/ports/CalendarProvider.h"
#include "core/store/CalendarExport.h"

namespace clientele {

class SqlCipherDatabase;
class StoreSession;
class WriteScope;

// What two-way calendar sync keeps in the store (schema v7): connected calendars (calendar_source
// rows of kind "google"/"microsoft"), their sync states, which event shows which booking, and the
// outside changes waiting for the practitioner. Runs on the storage thread; CalendarSync drives it.
namespace CalendarSyncRows {

// A calendar of a connected account, as the practitioner chose it.
struct Calendar
{
    QUuid sourceId;
    QString kind; // the connected account's provider: "google", "microsoft"
    QString account;
    QString remoteId;
    QString name;
    bool blocks = true; // its outside events block time
    bool receives = false; // bookings are written into it (at most one per account)
    CalendarExport::ClientLabel label = CalendarExport::ClientLabel::Name;
    QString syncState; // device-local; empty: the next pull lists everything
};

struct Choice
{
    bool blocks = true;
    bool receives = false;
    CalendarExport::ClientLabel label = CalendarExport::ClientLabel::Name;
};

// Adds or updates the source of this remote calendar. Choosing one to receive bookings takes that
// role from the account's other calendars.
Result<QUuid> saveCalendar(WriteScope& scope, const QString& kind, const QString& account,
    const RemoteCalendar& calendar, const Choice& choice, const QUuid& newId);
// The account's live calendars, ordered by name.
Result<QList<Calendar>> calendars(SqlCipherDatabase& db, const QString& kind, const QString& account);

struct PullOutcome
{
    int blocksAdded = 0;
    int blocksUpdated = 0;
    int blocksRemoved = 0;
    int linked = 0; // Clientele's own events found without a link (lost answer, another device)
    int proposals = 0; // outside moves and cancellations recorded
    int meetingLinks = 0; // bookings that got the video link the calendar made
    // Second events of one booking (two devices created it at once), to delete. Every device keeps
    // the event with the smallest id, so they all agree on which one stays.
    QStringList duplicateEventIds;
};

// One round of changes of `calendar` in [windowStart, windowEnd): outside events become busy
// blocks (all-day ones in `zoneId`); Clientele's own events are compared with their bookings and an
// outside move or cancellation becomes a pending proposal. Stores nextSyncState.
Result<PullOutcome> applyChanges(WriteScope& scope, const Calendar& calendar, const EventChanges& changes,
    const QDateTime& windowStart, const QDateTime& windowEnd, const QString& zoneId, const QDateTime& nowUtc);
// One of Clientele's own events as read after a refused write (412, or gone).
Result<PullOutcome> applyOwnEvent(
    WriteScope& scope, const Calendar& calendar, const RemoteEvent& event, const QDateTime& nowUtc);

struct PushOp
{
    enum class Kind
    {
        Create,
        Update,
        Delete,
    };
    Kind kind = Kind::Create;
    QUuid bookingId;
    QString eventId; // Update, Delete
    QString etag; // Update: If-Match
    EventDraft draft; // Create, Update
    QString hash; // of the draft's fields, recorded once written
};

// What makes the receiving calendar match the live bookings of [windowStart, windowEnd): bookings
// without an event are created, changed ones updated, canceled or deleted ones removed. Bookings
// with a pending proposal wait for the practitioner.
Result<QList<PushOp>> planPush(
    StoreSession& session, const Calendar& calendar, const QDateTime& windowStart, const QDateTime& windowEnd);
// True when the booking got the video link the calendar made for its event.
Result<bool> recordWritten(WriteScope& scope, const Calendar& calendar, const PushOp& op, const RemoteEvent& written);
Result<void> recordDeleted(WriteScope& scope, const Calendar& calendar, const PushOp& op);

struct Proposal
{
    enum class Kind
    {
        Moved,
        Cancelled,
    };
    QUuid id;
    QUuid bookingId;
    QUuid sourceId;
    QString eventId;
    Kind kind = Kind::Moved;
    QDateTime proposedStartUtc; // Moved
    QDateTime proposedEndUtc;
    QDateTime seenAtUtc;
};

// Pending proposals, oldest first.
Result<QList<Proposal>> pendingProposals(SqlCipherDatabase& db);
// Moves or cancels the booking as the calendar says, through BookingRows (history, change capture).
Result<void> accept(WriteScope& scope, const QUuid& proposalId, const QDateTime& nowUtc);
// Keeps the booking; the next push writes it back to the calendar.
Result<void> dismiss(WriteScope& scope, const QUuid& proposalId, const QDateTime& nowUtc);

// An account disconnected: its calendars stop blocking time (their busy blocks and choices go, for
// every device), and what this device kept about them (sync states, event links, pending changes)
// is dropped. Events already in those calendars stay there. The number of busy blocks removed.
Result<int> forgetAccount(WriteScope& scope, const QString& kind, const QString& account, const QDateTime& nowUtc);

// The draft of a booking's event: times, the service and the client as the calendar's label says,
// location or video link. Never notes or contact details.
EventDraft draftFor(const BookingSummary& booking, CalendarExport::ClientLabel label);

} // namespace CalendarSyncRows

} // namespace clientele
