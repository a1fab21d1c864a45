#include "core/store/CalendarSyncRows.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <optional>

#include "core/store/BookingRows.h"
#include "core/store/CalendarRows.h"
#include "core/store/PracticeQueries.h"
#include "core/store/ServiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele::CalendarSyncRows {

namespace {

using Label = CalendarExport::ClientLabel;

QString labelKey(Label label)
{
    switch (label) {
    case Label::Initials:
        return QStringLiteral("initials");
    case Label::Code:
        return QStringLiteral("code");
    case Label::Name:
        break;
    }
    return QStringLiteral("name");
}

Label labelFrom(const QString& key)
{
    if (key == u"initials") {
        return Label::Initials;
    }
    if (key == u"code") {
        return Label::Code;
    }
    return Label::Name;
}

QString hashOf(const QString& title, const QString& description, const QString& location, const QDateTime& start,
    const QDateTime& end, bool busy)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {title, description, location, QString::number(start.toMSecsSinceEpoch()),
             QString::number(end.toMSecsSinceEpoch()), busy ? QStringLiteral("busy") : QStringLiteral("free")}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString hashOf(const EventDraft& draft)
{
    return hashOf(draft.title, draft.description, draft.location, draft.startUtc, draft.endUtc, draft.busy);
}

QString hashOf(const RemoteEvent& event)
{
    return hashOf(event.title, event.description, event.location, event.startUtc, event.endUtc, event.busy);
}

// The video link the calendar made for a booking's event goes into the booking (through the booking
// write path: history, change capture, the other devices), when its service meets by video and the
// booking has no link by now; Outlook tenants that put Teams on every event must not give an
// in-person session one. True when the booking changed.
Result<bool> adoptMeetingLink(WriteScope& scope, const QUuid& bookingId, const RemoteEvent& event)
{
    if (event.meetingUrl.isEmpty()) {
        return false;
    }
    Result<std::optional<domain::Booking>> before = BookingRows::load(scope.db(), bookingId);
    if (!before) {
        return before.error();
    }
    if (!before.value() || !before.value()->videoLink().isEmpty()) {
        return false;
    }
    Result<std::optional<domain::Service>> service = ServiceRows::load(scope.db(), before.value()->serviceId());
    if (!service) {
        return service.error();
    }
    if (!service.value() || !service.value()->hasVideoMeeting()) {
        return false;
    }
    domain::Booking after = *before.value();
    after.setVideoLink(event.meetingUrl);
    if (Result<void> updated = BookingRows::update(scope, *before.value(), after); !updated) {
        return updated.error();
    }
    return true;
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

struct Link
{
    QUuid bookingId;
    QString eventId;
    QString etag;
    QDateTime pushedStartUtc;
    QDateTime pushedEndUtc;
    QString pushedHash;
};

Result<QList<Link>> linksOf(SqlCipherDatabase& db, const QUuid& sourceId)
{
    Result<SqlStatement> rows = db.prepare(QStringLiteral("SELECT booking_id, event_id, etag, pushed_start, "
                                                          "pushed_end, pushed_hash FROM calendar_event_link "
                                                          "WHERE source_id = ?1"));
    if (!rows) {
        return rows.error();
    }
    rows.value().bindBlob(1, sourceId.toRfc4122());
    QList<Link> links;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        const SqlStatement& r = rows.value();
        links.append({QUuid::fromRfc4122(r.blob(0)), r.text(1), r.text(2), utcFromMs(r.int64(3)), utcFromMs(r.int64(4)),
            r.text(5)});
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return links;
}

Result<void> saveLink(SqlCipherDatabase& db, const QUuid& sourceId, const Link& link)
{
    Result<SqlStatement> write = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calendar_event_link (source_id, booking_id, event_id, etag, pushed_start, pushed_end, "
        "pushed_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!write) {
        return write.error();
    }
    return write.value()
        .bindBlob(1, sourceId.toRfc4122())
        .bindBlob(2, link.bookingId.toRfc4122())
        .bind(3, link.eventId)
        .bind(4, link.etag)
        .bind(5, link.pushedStartUtc.toMSecsSinceEpoch())
        .bind(6, link.pushedEndUtc.toMSecsSinceEpoch())
        .bind(7, link.pushedHash)
        .run();
}

Result<void> dropLink(SqlCipherDatabase& db, const QUuid& sourceId, const QUuid& bookingId)
{
    Result<SqlStatement> removal =
        db.prepare(QStringLiteral("DELETE FROM calendar_event_link WHERE source_id = ?1 AND booking_id = ?2"));
    if (!removal) {
        return removal.error();
    }
    return removal.value().bindBlob(1, sourceId.toRfc4122()).bindBlob(2, bookingId.toRfc4122()).run();
}

Result<QSet<QUuid>> bookingsWithPendingProposals(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows =
        // Only of calendars still chosen: another device may have disconnected the account.
        db.prepare(QStringLiteral("SELECT DISTINCT p.booking_id FROM calendar_proposal p "
                                  "JOIN calendar_source s ON s.id = p.source_id AND s.deleted = 0 "
                                  "WHERE p.state = 'pending'"));
    if (!rows) {
        return rows.error();
    }
    QSet<QUuid> pending;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        pending.insert(QUuid::fromRfc4122(rows.value().blob(0)));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return pending;
}

// Ends the booking's pending proposals (the event and the booking agree again, or a newer outside
// change replaces them).
Result<void> supersede(SqlCipherDatabase& db, const QUuid& bookingId, const QDateTime& nowUtc)
{
    Result<SqlStatement> update = db.prepare(QStringLiteral("UPDATE calendar_proposal SET state = 'superseded', "
                                                            "resolved_at = ?2 WHERE booking_id = ?1 AND state = "
                                                            "'pending'"));
    if (!update) {
        return update.error();
    }
    return update.value().bindBlob(1, bookingId.toRfc4122()).bind(2, nowUtc.toMSecsSinceEpoch()).run();
}

// Records an outside change unless the same one is already pending; true when it was new.
Result<bool> propose(SqlCipherDatabase& db, const QUuid& sourceId, const QUuid& bookingId, const RemoteEvent& event,
    Proposal::Kind kind, const QDateTime& nowUtc)
{
    const QString kindKey = kind == Proposal::Kind::Moved ? QStringLiteral("moved") : QStringLiteral("cancelled");
    const qint64 start = kind == Proposal::Kind::Moved ? event.startUtc.toMSecsSinceEpoch() : 0;
    const qint64 end = kind == Proposal::Kind::Moved ? event.endUtc.toMSecsSinceEpoch() : 0;
    Result<SqlStatement> same = db.prepare(
        QStringLiteral("SELECT id FROM calendar_proposal WHERE booking_id = ?1 AND state = 'pending' AND kind = ?2 "
                       "AND IFNULL(proposed_start, 0) = ?3 AND IFNULL(proposed_end, 0) = ?4"));
    if (!same) {
        return same.error();
    }
    same.value().bindBlob(1, bookingId.toRfc4122()).bind(2, kindKey).bind(3, start).bind(4, end);
    Result<bool> found = same.value().step();
    if (!found) {
        return found.error();
    }
    if (found.value()) {
        // Keep the newest etag, so accepting it later matches the event as it is.
        Result<SqlStatement> refresh =
            db.prepare(QStringLiteral("UPDATE calendar_proposal SET etag = ?2 WHERE id = ?1"));
        if (!refresh) {
            return refresh.error();
        }
        const QByteArray id = same.value().blob(0);
        if (Result<void> done = refresh.value().bindBlob(1, id).bind(2, event.etag).run(); !done) {
            return done.error();
        }
        return false;
    }
    if (Result<void> ended = supersede(db, bookingId, nowUtc); !ended) {
        return ended.error();
    }
    Result<SqlStatement> insert = db.prepare(QStringLiteral(
        "INSERT INTO calendar_proposal (id, booking_id, source_id, event_id, kind, proposed_start, proposed_end, etag, "
        "seen_at, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending')"));
    if (!insert) {
        return insert.error();
    }
    insert.value()
        .bindBlob(1, sync::UuidV7::create().toRfc4122())
        .bindBlob(2, bookingId.toRfc4122())
        .bindBlob(3, sourceId.toRfc4122())
        .bind(4, event.id)
        .bind(5, kindKey)
        .bind(8, event.etag)
        .bind(9, nowUtc.toMSecsSinceEpoch());
    if (kind == Proposal::Kind::Moved) {
        insert.value().bind(6, start).bind(7, end);
    } else {
        insert.value().bindNull(6).bindNull(7);
    }
    if (Result<void> done = insert.value().run(); !done) {
        return done.error();
    }
    return true;
}

// Applies what the provider says about Clientele's own events to the links and proposals.
class OwnEvents final
{
public:
    OwnEvents(WriteScope& scope, const Calendar& calendar, const QDateTime& nowUtc, PullOutcome& outcome)
        : m_scope(scope)
        , m_calendar(calendar)
        , m_now(nowUtc)
        , m_outcome(outcome)
    {
    }

    Result<void> load()
    {
        Result<QList<Link>> links = linksOf(m_scope.db(), m_calendar.sourceId);
        if (!links) {
            return links.error();
        }
        for (const Link& link : std::as_const(links.value())) {
            m_byBooking.insert(link.bookingId, link);
            m_bookingOfEvent.insert(link.eventId, link.bookingId);
        }
        return {};
    }

    const QHash<QUuid, Link>& links() const { return m_byBooking; }
    bool isLinkedEvent(const QString& eventId) const { return m_bookingOfEvent.contains(eventId); }

    Result<void> changed(const RemoteEvent& event)
    {
        const QUuid bookingId = QUuid::fromString(event.clienteleBookingId);
        if (bookingId.isNull()) {
            return {};
        }
        Result<std::optional<domain::Booking>> booking = BookingRows::load(m_scope.db(), bookingId);
        if (!booking) {
            return booking.error();
        }
        const auto link = m_byBooking.constFind(bookingId);
        if (link == m_byBooking.cend()) {
            if (!booking.value()) {
                return {}; // an event of a booking deleted meanwhile; the push of the device that deleted it removes it
            }
            // Written by another device, or a create whose answer never arrived: adopt it instead of
            // creating a second event. What it shows is recorded, so the push corrects what differs.
            ++m_outcome.linked;
            return keep(Link {bookingId, event.id, event.etag, event.startUtc, event.endUtc, hashOf(event)});
        }
        if (link->eventId != event.id) {
            // A second event for the booking (two devices created it at once): the smallest id stays.
            const QString extra = event.id > link->eventId ? event.id : link->eventId;
            if (!m_outcome.duplicateEventIds.contains(extra)) {
                m_outcome.duplicateEventIds.append(extra);
            }
            if (extra == event.id) {
                return {};
            }
            m_bookingOfEvent.remove(link->eventId);
            ++m_outcome.linked;
            return keep(Link {bookingId, event.id, event.etag, event.startUtc, event.endUtc, hashOf(event)});
        }
        Result<bool> adopted = adoptMeetingLink(m_scope, bookingId, event);
        if (!adopted) {
            return adopted.error();
        }
        m_outcome.meetingLinks += adopted.value() ? 1 : 0;
        Link updated = *link;
        updated.etag = event.etag;
        const bool moved = event.startUtc != link->pushedStartUtc || event.endUtc != link->pushedEndUtc;
        if (!moved || !booking.value()) {
            return keep(updated);
        }
        const domain::Schedule& schedule = booking.value()->schedule();
        if (event.startUtc == schedule.start() && event.endUtc == schedule.end()) {
            // The event shows the booking's time (another device pushed it, or the move was accepted).
            updated.pushedStartUtc = event.startUtc;
            updated.pushedEndUtc = event.endUtc;
            updated.pushedHash = hashOf(event);
            if (Result<void> ended = supersede(m_scope.db(), bookingId, m_now); !ended) {
                return ended.error();
            }
            return keep(updated);
        }
        if (booking.value()->status() == domain::BookingStatus::Canceled) {
            return keep(updated); // the push deletes it
        }
        Result<bool> proposed =
            propose(m_scope.db(), m_calendar.sourceId, bookingId, event, Proposal::Kind::Moved, m_now);
        if (!proposed) {
            return proposed.error();
        }
        m_outcome.proposals += proposed.value() ? 1 : 0;
        return keep(updated);
    }

    Result<void> removed(const QString& eventId)
    {
        const auto bookingId = m_bookingOfEvent.constFind(eventId);
        if (bookingId == m_bookingOfEvent.cend()) {
            return {};
        }
        const QUuid booking = *bookingId;
        m_bookingOfEvent.remove(eventId);
        m_byBooking.remove(booking);
        if (Result<void> dropped = dropLink(m_scope.db(), m_calendar.sourceId, booking); !dropped) {
            return dropped.error();
        }
        Result<std::optional<domain::Booking>> loaded = BookingRows::load(m_scope.db(), booking);
        if (!loaded) {
            return loaded.error();
        }
        if (!loaded.value() || loaded.value()->status() == domain::BookingStatus::Canceled) {
            return {};
        }
        RemoteEvent gone;
        gone.id = eventId;
        Result<bool> proposed =
            propose(m_scope.db(), m_calendar.sourceId, booking, gone, Proposal::Kind::Cancelled, m_now);
        if (!proposed) {
            return proposed.error();
        }
        m_outcome.proposals += proposed.value() ? 1 : 0;
        return {};
    }

private:
    Result<void> keep(const Link& link)
    {
        m_byBooking.insert(link.bookingId, link);
        m_bookingOfEvent.insert(link.eventId, link.bookingId);
        return saveLink(m_scope.db(), m_calendar.sourceId, link);
    }

    WriteScope& m_scope;
    const Calendar& m_calendar;
    QDateTime m_now;
    PullOutcome& m_outcome;
    QHash<QUuid, Link> m_byBooking;
    QHash<QString, QUuid> m_bookingOfEvent;
};

std::optional<CalendarRows::Block> blockOf(
    const QUuid& sourceId, const RemoteEvent& event, const QTimeZone& zone, const QString& zoneId)
{
    CalendarRows::Block block;
    block.sourceId = sourceId;
    block.uid = event.id;
    block.allDay = event.allDay;
    block.title = event.title;
    block.busy = event.busy;
    if (event.allDay) {
        block.startUtc = event.startDate.startOfDay(zone).toUTC();
        block.endUtc = event.endDate.startOfDay(zone).toUTC();
        block.timeZoneId = zoneId;
    } else {
        block.startUtc = event.startUtc.toUTC();
        block.endUtc = event.endUtc.toUTC();
        block.timeZoneId = event.timeZoneId;
    }
    if (!block.startUtc.isValid() || !block.endUtc.isValid() || block.endUtc <= block.startUtc) {
        return std::nullopt;
    }
    return block;
}

bool sameBlock(const CalendarRows::Block& a, const CalendarRows::Block& b)
{
    return a.startUtc == b.startUtc && a.endUtc == b.endUtc && a.timeZoneId == b.timeZoneId && a.allDay == b.allDay
        && a.title == b.title && a.busy == b.busy;
}

Result<void> saveSyncState(SqlCipherDatabase& db, const QUuid& sourceId, const QString& state, const QDateTime& nowUtc)
{
    Result<SqlStatement> write = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calendar_sync_state (source_id, sync_state, synced_at) VALUES (?1, ?2, ?3)"));
    if (!write) {
        return write.error();
    }
    return write.value().bindBlob(1, sourceId.toRfc4122()).bind(2, state).bind(3, nowUtc.toMSecsSinceEpoch()).run();
}

struct ProposalRow
{
    Proposal proposal;
    QString etag;
    QString state;
};

Result<std::optional<ProposalRow>> loadProposal(SqlCipherDatabase& db, const QUuid& id)
{
    Result<SqlStatement> row =
        db.prepare(QStringLiteral("SELECT booking_id, source_id, event_id, kind, proposed_start, "
                                  "proposed_end, seen_at, etag, state FROM calendar_proposal "
                                  "WHERE id = ?1"));
    if (!row) {
        return row.error();
    }
    row.value().bindBlob(1, id.toRfc4122());
    Result<bool> found = row.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<ProposalRow>();
    }
    const SqlStatement& r = row.value();
    ProposalRow loaded;
    loaded.proposal.id = id;
    loaded.proposal.bookingId = QUuid::fromRfc4122(r.blob(0));
    loaded.proposal.sourceId = QUuid::fromRfc4122(r.blob(1));
    loaded.proposal.eventId = r.text(2);
    loaded.proposal.kind = r.text(3) == u"moved" ? Proposal::Kind::Moved : Proposal::Kind::Cancelled;
    if (!r.isNull(4)) {
        loaded.proposal.proposedStartUtc = utcFromMs(r.int64(4));
        loaded.proposal.proposedEndUtc = utcFromMs(r.int64(5));
    }
    loaded.proposal.seenAtUtc = utcFromMs(r.int64(6));
    loaded.etag = r.text(7);
    loaded.state = r.text(8);
    return std::optional<ProposalRow>(loaded);
}

Result<void> resolve(SqlCipherDatabase& db, const QUuid& id, const char* state, const QDateTime& nowUtc)
{
    Result<SqlStatement> update =
        db.prepare(QStringLiteral("UPDATE calendar_proposal SET state = ?2, resolved_at = ?3 WHERE id = ?1"));
    if (!update) {
        return update.error();
    }
    return update.value()
        .bindBlob(1, id.toRfc4122())
        .bind(2, QString::fromLatin1(state))
        .bind(3, nowUtc.toMSecsSinceEpoch())
        .run();
}

Result<std::optional<ProposalRow>> pendingProposal(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<ProposalRow>> row = loadProposal(db, id);
    if (row && (!row.value() || row.value()->state != u"pending")) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("CalendarSync", "This calendar change was already dealt with."));
    }
    return row;
}

// After a decision the event is written again from the booking, against the etag the proposal saw.
Result<void> rewriteEvent(SqlCipherDatabase& db, const ProposalRow& row)
{
    Result<SqlStatement> update = db.prepare(QStringLiteral(
        "UPDATE calendar_event_link SET etag = ?3, pushed_hash = '' WHERE source_id = ?1 AND booking_id = ?2"));
    if (!update) {
        return update.error();
    }
    return update.value()
        .bindBlob(1, row.proposal.sourceId.toRfc4122())
        .bindBlob(2, row.proposal.bookingId.toRfc4122())
        .bind(3, row.etag)
        .run();
}

} // namespace

Result<QUuid> saveCalendar(WriteScope& scope, const QString& kind, const QString& account,
    const RemoteCalendar& calendar, const Choice& choice, const QUuid& newId)
{
    Result<QList<Calendar>> existing = calendars(scope.db(), kind, account);
    if (!existing) {
        return existing.error();
    }
    const QCborMap fields {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), calendar.name},
        {QStringLiteral("account"), account}, {QStringLiteral("remote_id"), calendar.id},
        {QStringLiteral("blocks"), choice.blocks}, {QStringLiteral("receives"), choice.receives},
        {QStringLiteral("label"), labelKey(choice.label)}};
    QUuid id = newId;
    for (const Calendar& other : std::as_const(existing.value())) {
        const QCborMap before {{QStringLiteral("kind"), other.kind}, {QStringLiteral("name"), other.name},
            {QStringLiteral("account"), other.account}, {QStringLiteral("remote_id"), other.remoteId},
            {QStringLiteral("blocks"), other.blocks}, {QStringLiteral("receives"), other.receives},
            {QStringLiteral("label"), labelKey(other.label)}};
        if (other.remoteId == calendar.id) {
            id = other.sourceId;
            if (Result<void> updated =
                    scope.changes().updateChanged(QStringLiteral("calendar_source"), id, before, fields);
                !updated) {
                return updated.error();
            }
        } else if (choice.receives && other.receives) {
            QCborMap after = before;
            after.insert(QStringLiteral("receives"), false);
            if (Result<void> updated =
                    scope.changes().updateChanged(QStringLiteral("calendar_source"), other.sourceId, before, after);
                !updated) {
                return updated.error();
            }
        }
    }
    if (id == newId) {
        if (Result<void> inserted = scope.changes().insert(QStringLiteral("calendar_source"), id, fields); !inserted) {
            return inserted.error();
        }
    }
    return id;
}

Result<QList<Calendar>> calendars(SqlCipherDatabase& db, const QString& kind, const QString& account)
{
    Result<SqlStatement> rows = db.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.remote_id, s.blocks, s.receives, s.label, t.sync_state FROM calendar_source s "
        "LEFT JOIN calendar_sync_state t ON t.source_id = s.id "
        "WHERE s.kind = ?1 AND s.account = ?2 AND s.deleted = 0 ORDER BY s.name, s.id"));
    if (!rows) {
        return rows.error();
    }
    rows.value().bind(1, kind).bind(2, account);
    QList<Calendar> found;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        const SqlStatement& r = rows.value();
        found.append({QUuid::fromRfc4122(r.blob(0)), kind, account, r.text(2), r.text(1), r.int64(3) != 0,
            r.int64(4) != 0, labelFrom(r.text(5)), r.text(6)});
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return found;
}

Result<PullOutcome> applyChanges(WriteScope& scope, const Calendar& calendar, const EventChanges& changes,
    const QDateTime& windowStart, const QDateTime& windowEnd, const QString& zoneId, const QDateTime& nowUtc)
{
    PullOutcome outcome;
    OwnEvents own(scope, calendar, nowUtc, outcome);
    if (Result<void> loaded = own.load(); !loaded) {
        return loaded.error();
    }
    Result<QList<CalendarRows::Block>> existing = CalendarRows::blocksOf(scope.db(), calendar.sourceId);
    if (!existing) {
        return existing.error();
    }
    QHash<QString, CalendarRows::Block> stored;
    for (const CalendarRows::Block& block : std::as_const(existing.value())) {
        stored.insert(block.uid, block);
    }
    const QTimeZone zone(zoneId.toUtf8());
    QSet<QString> seenBlocks;
    QSet<QString> seenOwn;

    auto removeBlock = [&](const QString& eventId) -> Result<void> {
        const auto block = stored.constFind(eventId);
        if (block == stored.cend()) {
            return {};
        }
        const QUuid id = block->id;
        stored.remove(eventId);
        ++outcome.blocksRemoved;
        return CalendarRows::remove(scope, id);
    };

    for (const RemoteEvent& event : changes.changed) {
        Result<void> done;
        if (event.status == RemoteEventStatus::Cancelled) {
            done = removeBlock(event.id);
            if (done) {
                done = own.removed(event.id);
            }
        } else if (!event.clienteleBookingId.isEmpty()) {
            seenOwn.insert(event.id);
            done = own.changed(event);
        } else {
            const std::optional<CalendarRows::Block> block =
                blockOf(calendar.sourceId, event, zone.isValid() ? zone : QTimeZone::utc(), zoneId);
            if (!calendar.blocks || !block || block->endUtc <= windowStart || block->startUtc >= windowEnd) {
                done = removeBlock(event.id); // an increment reports changes anywhere; only the window is kept
            } else {
                seenBlocks.insert(event.id);
                const auto before = stored.constFind(event.id);
                CalendarRows::Block after = *block;
                if (before == stored.cend()) {
                    after.id = sync::UuidV7::create();
                    done = CalendarRows::insert(scope, after);
                    ++outcome.blocksAdded;
                } else if (after.id = before->id; !sameBlock(*before, after)) {
                    done = CalendarRows::update(scope, *before, after);
                    ++outcome.blocksUpdated;
                }
                stored.insert(event.id, after);
            }
        }
        if (!done) {
            return done.error();
        }
    }
    for (const QString& eventId : changes.removedEventIds) {
        Result<void> done = removeBlock(eventId);
        if (done) {
            done = own.removed(eventId);
        }
        if (!done) {
            return done.error();
        }
    }
    if (changes.wasFullResync) {
        // The listing is complete for the window: what is not in it is gone.
        const QStringList blockIds = stored.keys();
        for (const QString& eventId : blockIds) {
            if (!seenBlocks.contains(eventId)) {
                if (Result<void> done = removeBlock(eventId); !done) {
                    return done.error();
                }
            }
        }
        const QList<Link> links = own.links().values();
        for (const Link& link : links) {
            const bool inWindow = link.pushedEndUtc > windowStart && link.pushedStartUtc < windowEnd;
            if (inWindow && !seenOwn.contains(link.eventId)) {
                if (Result<void> done = own.removed(link.eventId); !done) {
                    return done.error();
                }
            }
        }
    }
    if (Result<void> saved = saveSyncState(scope.db(), calendar.sourceId, changes.nextSyncState, nowUtc); !saved) {
        return saved.error();
    }
    return outcome;
}

Result<PullOutcome> applyOwnEvent(
    WriteScope& scope, const Calendar& calendar, const RemoteEvent& event, const QDateTime& nowUtc)
{
    PullOutcome outcome;
    OwnEvents own(scope, calendar, nowUtc, outcome);
    if (Result<void> loaded = own.load(); !loaded) {
        return loaded.error();
    }
    Result<void> done = event.status == RemoteEventStatus::Cancelled ? own.removed(event.id) : own.changed(event);
    if (!done) {
        return done.error();
    }
    return outcome;
}

EventDraft draftFor(const BookingSummary& booking, CalendarExport::ClientLabel label)
{
    EventDraft draft;
    const std::optional<interchange::IcsEvent> event = CalendarExport::eventFor(booking, label);
    if (event) {
        draft.title = event->summary;
        draft.description = event->description;
        draft.location = event->location;
        draft.startUtc = event->startUtc.toUTC();
        draft.endUtc = event->endUtc.toUTC();
        draft.timeZoneId = event->timeZoneId;
    }
    draft.busy = true;
    draft.clienteleBookingId = booking.id.toString(QUuid::WithoutBraces);
    // A video service without a link yet: the calendar makes the meeting (Meet, Teams), and its link
    // comes back into the booking. The id is the booking's, so asking again never makes a second.
    draft.wantsMeeting = booking.serviceVideoMeeting && booking.videoLink.isEmpty();
    if (draft.wantsMeeting) {
        draft.meetingRequestId = QStringLiteral("clientele-") + draft.clienteleBookingId;
    }
    return draft;
}

Result<QList<PushOp>> planPush(
    StoreSession& session, const Calendar& calendar, const QDateTime& windowStart, const QDateTime& windowEnd)
{
    PracticeQueries::BookingFilter filter;
    filter.from = windowStart;
    filter.to = windowEnd;
    Result<QList<BookingSummary>> bookings = PracticeQueries::bookings(session, filter);
    if (!bookings) {
        return bookings.error();
    }
    Result<QList<Link>> links = linksOf(session.db(), calendar.sourceId);
    if (!links) {
        return links.error();
    }
    Result<QSet<QUuid>> waiting = bookingsWithPendingProposals(session.db());
    if (!waiting) {
        return waiting.error();
    }
    QHash<QUuid, Link> linkOf;
    for (const Link& link : std::as_const(links.value())) {
        linkOf.insert(link.bookingId, link);
    }
    QList<PushOp> ops;
    QSet<QUuid> shown;
    for (const BookingSummary& booking : std::as_const(bookings.value())) {
        if (booking.schedule.isNull() || booking.status == domain::BookingStatus::Canceled
            || waiting.value().contains(booking.id)) {
            continue;
        }
        shown.insert(booking.id);
        PushOp op;
        op.bookingId = booking.id;
        op.draft = draftFor(booking, calendar.label);
        op.hash = hashOf(op.draft);
        const auto link = linkOf.constFind(booking.id);
        if (link == linkOf.cend()) {
            op.kind = PushOp::Kind::Create;
        } else if (link->pushedHash != op.hash) {
            op.kind = PushOp::Kind::Update;
            op.eventId = link->eventId;
            op.etag = link->etag;
        } else {
            continue;
        }
        ops.append(op);
    }
    for (const Link& link : std::as_const(links.value())) {
        if (shown.contains(link.bookingId) || waiting.value().contains(link.bookingId)) {
            continue;
        }
        Result<std::optional<domain::Booking>> booking = BookingRows::load(session.db(), link.bookingId);
        if (!booking) {
            return booking.error();
        }
        // A booking moved outside the window keeps its event; a canceled or deleted one loses it.
        if (!booking.value() || booking.value()->status() == domain::BookingStatus::Canceled) {
            PushOp op;
            op.kind = PushOp::Kind::Delete;
            op.bookingId = link.bookingId;
            op.eventId = link.eventId;
            ops.append(op);
        }
    }
    return ops;
}

Result<bool> recordWritten(WriteScope& scope, const Calendar& calendar, const PushOp& op, const RemoteEvent& written)
{
    Result<bool> adopted = adoptMeetingLink(scope, op.bookingId, written);
    if (!adopted) {
        return adopted;
    }
    if (Result<void> saved = saveLink(scope.db(), calendar.sourceId,
            Link {op.bookingId, written.id, written.etag, written.startUtc, written.endUtc, op.hash});
        !saved) {
        return saved.error();
    }
    return adopted;
}

Result<void> recordDeleted(WriteScope& scope, const Calendar& calendar, const PushOp& op)
{
    return dropLink(scope.db(), calendar.sourceId, op.bookingId);
}

Result<QList<Proposal>> pendingProposals(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows =
        db.prepare(QStringLiteral("SELECT p.id FROM calendar_proposal p "
                                  "JOIN calendar_source s ON s.id = p.source_id AND s.deleted = 0 "
                                  "WHERE p.state = 'pending' ORDER BY p.seen_at, p.id"));
    if (!rows) {
        return rows.error();
    }
    QList<QUuid> ids;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        ids.append(QUuid::fromRfc4122(rows.value().blob(0)));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    QList<Proposal> proposals;
    for (const QUuid& id : std::as_const(ids)) {
        Result<std::optional<ProposalRow>> row = loadProposal(db, id);
        if (!row) {
            return row.error();
        }
        if (row.value()) {
            proposals.append(row.value()->proposal);
        }
    }
    return proposals;
}

Result<void> accept(WriteScope& scope, const QUuid& proposalId, const QDateTime& nowUtc)
{
    Result<std::optional<ProposalRow>> row = pendingProposal(scope.db(), proposalId);
    if (!row) {
        return row.error();
    }
    const Proposal& proposal = row.value()->proposal;
    Result<std::optional<domain::Booking>> loaded = BookingRows::load(scope.db(), proposal.bookingId);
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return Error(Error::Code::NotFound, QCoreApplication::translate("CalendarSync", "The booking was deleted."));
    }
    const domain::Booking& before = *loaded.value();
    domain::Booking after = before;
    if (proposal.kind == Proposal::Kind::Moved) {
        Result<domain::Schedule> schedule = domain::Schedule::create(
            proposal.proposedStartUtc, proposal.proposedEndUtc, before.schedule().timeZoneId());
        if (!schedule) {
            return schedule.error();
        }
        Result<void> moved = after.reschedule(
            schedule.value(), nowUtc, QCoreApplication::translate("CalendarSync", "Moved in the connected calendar"));
        if (!moved) {
            return moved.error();
        }
        // The event already shows the new time; write it once more so its title and etag are current.
        if (Result<void> rewrite = rewriteEvent(scope.db(), *row.value()); !rewrite) {
            return rewrite.error();
        }
    } else {
        Result<domain::BookingTransitionContext> context = BookingRows::transitionContext(scope.db(), before, nowUtc);
        if (!context) {
            return context.error();
        }
        Result<void> canceled = after.transitionTo(domain::BookingStatus::Canceled, context.value(),
            QCoreApplication::translate("CalendarSync", "Cancelled in the connected calendar"));
        if (!canceled) {
            return canceled.error();
        }
    }
    if (Result<void> written = BookingRows::update(scope, before, after); !written) {
        return written.error();
    }
    return resolve(scope.db(), proposalId, "accepted", nowUtc);
}

Result<void> dismiss(WriteScope& scope, const QUuid& proposalId, const QDateTime& nowUtc)
{
    Result<std::optional<ProposalRow>> row = pendingProposal(scope.db(), proposalId);
    if (!row) {
        return row.error();
    }
    // A moved event is written back from the booking; a cancelled one has lost its link already, so
    // the next push creates the event again.
    if (row.value()->proposal.kind == Proposal::Kind::Moved) {
        if (Result<void> rewrite = rewriteEvent(scope.db(), *row.value()); !rewrite) {
            return rewrite.error();
        }
    }
    return resolve(scope.db(), proposalId, "dismissed", nowUtc);
}

Result<int> forgetAccount(WriteScope& scope, const QString& kind, const QString& account, const QDateTime& nowUtc)
{
    Result<QList<Calendar>> chosen = calendars(scope.db(), kind, account);
    if (!chosen) {
        return chosen.error();
    }
    int blocksRemoved = 0;
    for (const Calendar& calendar : std::as_const(chosen.value())) {
        Result<QList<CalendarRows::Block>> blocks = CalendarRows::blocksOf(scope.db(), calendar.sourceId);
        if (!blocks) {
            return blocks.error();
        }
        for (const CalendarRows::Block& block : std::as_const(blocks.value())) {
            if (Result<void> removed = CalendarRows::remove(scope, block.id); !removed) {
                return removed.error();
            }
            ++blocksRemoved;
        }
        if (Result<void> removed = scope.changes().remove(QStringLiteral("calendar_source"), calendar.sourceId);
            !removed) {
            return removed.error();
        }
        // What only this device kept about the calendar goes too; pending changes are no longer asked.
        for (const char* sql : {"DELETE FROM calendar_sync_state WHERE source_id = ?1",
                 "DELETE FROM calendar_event_link WHERE source_id = ?1",
                 "UPDATE calendar_proposal SET state = 'superseded', resolved_at = ?2 "
                 "WHERE source_id = ?1 AND state = 'pending'"}) {
            Result<SqlStatement> statement = scope.db().prepare(QString::fromLatin1(sql));
            if (!statement) {
                return statement.error();
            }
            statement.value().bindBlob(1, calendar.sourceId.toRfc4122());
            if (QByteArrayView(sql).contains("?2")) {
                statement.value().bind(2, nowUtc.toMSecsSinceEpoch());
            }
            if (Result<void> ran = statement.value().run(); !ran) {
                return ran.error();
            }
        }
    }
    return blocksRemoved;
}

} // namespace clientele::CalendarSyncRows
