#include "core/store/BookingImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include "core/domain/Booking.h"
#include "core/domain/Client.h"
#include "core/domain/EmailAddress.h"
#include "core/domain/WallClock.h"
#include "core/interchange/IcsOccurrences.h"
#include "core/interchange/IcsReader.h"
#include "core/store/BookingOriginRows.h"
#include "core/store/BookingRows.h"
#include "core/store/ClientRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

using interchange::IcsEvent;
using interchange::IcsOccurrence;
using interchange::IcsPerson;

QString translated(const char* text)
{
    return QCoreApplication::translate("BookingImport", text);
}

QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

// Live clients by full name (and company), for events that name their client only in the title.
// A name two clients share maps to a null id: guessing between them would file a session wrongly.
Result<QHash<QString, QUuid>> clientsByName(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows =
        db.prepare(QStringLiteral("SELECT id, given_name, family_name, company FROM client WHERE deleted = 0"));
    if (!rows) {
        return rows.error();
    }
    QHash<QString, QUuid> byName;
    const auto add = [&byName](const QString& name, const QUuid& id) {
        const QString key = nameKey(name);
        if (key.isEmpty()) {
            return;
        }
        const auto it = byName.constFind(key);
        byName.insert(key, it == byName.cend() || *it == id ? id : QUuid());
    };
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        const SqlStatement& r = rows.value();
        const QUuid id = QUuid::fromRfc4122(r.blob(0));
        add(QString(r.text(1) + u' ' + r.text(2)).trimmed(), id);
        add(r.text(3), id);
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return byName;
}

// "Portrait session — Ada Lovelace", "Session with Ada Lovelace", "Ada Lovelace (intake)".
QStringList titleParts(const QString& summary)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s+[-–—|/]\s+|:\s+|\s+with\s+|\s+mit\s+|\(|\)|,)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts {summary};
    parts.append(summary.split(separators, Qt::SkipEmptyParts));
    return parts;
}

// A video meeting link: the event's URL or location when it is a web address, or a Meet, Teams or
// Zoom link in its description (Google and Outlook put the join link there).
QString meetingLinkOf(const IcsEvent& event)
{
    for (const QString& candidate : {event.url, event.location}) {
        const QUrl url(candidate.trimmed(), QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty()) {
            return url.toString();
        }
    }
    static const QRegularExpression known(QStringLiteral(
        R"(https://(?:meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|(?:[\w-]+\.)?zoom\.us)/[^\s<>"]+)"));
    const QRegularExpressionMatch match = known.match(event.description);
    return match.hasMatch() ? match.captured(0) : QString();
}

class Importer final
{
public:
    Importer(WriteScope& scope, const BookingImport::Options& options, QString practiceZone, QString practiceEmail)
        : m_scope(scope)
        , m_options(options)
        , m_practiceZone(std::move(practiceZone))
        , m_practiceEmail(std::move(practiceEmail))
    {
    }

    Result<void> importOccurrence(const IcsOccurrence& occurrence, const IcsEvent& event, BookingImport::Outcome& out);
    // Sessions imported before from events still in the file whose occurrence is no longer in it
    // (cancelled, excluded, the series shortened) are cancelled, if still to come and up to `until`.
    Result<void> cancelVanished(const QSet<QString>& uids, const QDateTime& until, BookingImport::Outcome& out);

private:
    // An earlier import's occurrence of this event on the same local day: the series was moved (its
    // start, so every RECURRENCE-ID, changed) or a single event became a series.
    Result<std::optional<BookingOriginRows::Origin>> sameDayOrigin(
        const IcsOccurrence& occurrence, const domain::Schedule& schedule);
    Result<std::optional<QUuid>> clientFor(const IcsEvent& event, BookingImport::Outcome& out);
    Result<std::optional<QUuid>> clientNamed(const QString& summary);
    Result<QUuid> addClient(const IcsPerson& person, BookingImport::Outcome& out);
    Result<void> moveIfMoved(const QUuid& bookingId, const domain::Schedule& schedule, BookingImport::Outcome& out);
    void problem(const IcsEvent& event, const QDateTime& start, const QString& reason, BookingImport::Outcome& out);

    WriteScope& m_scope;
    const BookingImport::Options& m_options;
    QString m_practiceZone;
    QString m_practiceEmail;
    std::optional<QHash<QString, QUuid>> m_byName; // read on first need
    QHash<QString, QUuid> m_addedByEmail; // clients this import made, so a series makes one
    QSet<QUuid> m_seen; // bookings this import matched or made
};

void Importer::problem(
    const IcsEvent& event, const QDateTime& start, const QString& reason, BookingImport::Outcome& out)
{
    const QString when = start.isValid()
        ? QLocale().toString(start.toTimeZone(QTimeZone(m_practiceZone.toUtf8())), QLocale::ShortFormat)
        : QString();
    const QString title =
        event.summary.isEmpty() ? translated(QT_TRANSLATE_NOOP("BookingImport", "(no title)")) : event.summary;
    out.problems.append({event.line,
        when.isEmpty() ? translated(QT_TRANSLATE_NOOP("BookingImport", "“%1”: %2")).arg(title, reason)
                       : translated(QT_TRANSLATE_NOOP("BookingImport", "“%1” on %2: %3")).arg(title, when, reason)});
}

Result<std::optional<QUuid>> Importer::clientNamed(const QString& summary)
{
    if (!m_byName) {
        Result<QHash<QString, QUuid>> index = clientsByName(m_scope.db());
        if (!index) {
            return index.error();
        }
        m_byName = std::move(index.value());
    }
    for (const QString& part : titleParts(summary)) {
        const QUuid id = m_byName->value(nameKey(part));
        if (!id.isNull()) {
            return std::optional(id);
        }
    }
    return std::optional<QUuid>();
}

Result<QUuid> Importer::addClient(const IcsPerson& person, BookingImport::Outcome& out)
{
    if (auto it = m_addedByEmail.constFind(person.email); it != m_addedByEmail.cend()) {
        return *it;
    }
    Result<domain::EmailAddress> email = domain::EmailAddress::parse(person.email);
    if (!email) {
        return email.error();
    }
    domain::Client client(sync::UuidV7::create(), m_options.now);
    const QString name = person.name.contains(u'@') ? QString() : person.name.simplified();
    // "Jane Q. Marple": the last word is the family name, as contact imports read it too.
    if (const qsizetype space = name.lastIndexOf(u' '); space > 0) {
        client.setGivenName(name.left(space));
        client.setFamilyName(name.mid(space + 1));
    } else {
        client.setGivenName(name.isEmpty() ? email.value().localPart() : name);
    }
    client.addEmail(email.value());
    client.setSource(translated(QT_TRANSLATE_NOOP("BookingImport", "Calendar import: %1")).arg(m_options.calendarName));
    if (Result<void> booked = client.advanceTo(domain::PipelineStage::Booked); !booked) {
        return booked.error();
    }
    if (Result<void> valid = client.validate(); !valid) {
        return valid.error();
    }
    if (Result<void> inserted = ClientRows::insert(m_scope, client); !inserted) {
        return inserted.error();
    }
    m_addedByEmail.insert(person.email, client.id());
    ++out.clientsAdded;
    return client.id();
}

Result<std::optional<QUuid>> Importer::clientFor(const IcsEvent& event, BookingImport::Outcome& out)
{
    const QSet<QString> practitioner {event.organizer.email, m_practiceEmail.toLower()};
    QList<IcsPerson> invited;
    for (const IcsPerson& person : event.attendees) {
        if (person.isPerson && !practitioner.contains(person.email)) {
            invited.append(person);
        }
    }
    for (const IcsPerson& person : std::as_const(invited)) {
        Result<domain::EmailAddress> email = domain::EmailAddress::parse(person.email);
        if (!email) {
            continue;
        }
        Result<std::optional<QUuid>> known = ClientRows::findByContact(m_scope.db(), email.value().address());
        if (!known || known.value()) {
            return known;
        }
    }
    if (m_options.createClients) {
        for (const IcsPerson& person : std::as_const(invited)) {
            if (!person.declined && domain::EmailAddress::parse(person.email)) {
                Result<QUuid> added = addClient(person, out);
                if (!added) {
                    return added.error();
                }
                return std::optional(added.value());
            }
        }
    }
    return clientNamed(event.summary);
}

Result<void> Importer::moveIfMoved(
    const QUuid& bookingId, const domain::Schedule& schedule, BookingImport::Outcome& out)
{
    Result<std::optional<domain::Booking>> loaded = BookingRows::load(m_scope.db(), bookingId);
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        ++out.deletedSince;
        return {};
    }
    const domain::Booking& before = *loaded.value();
    if (before.schedule() == schedule || domain::isFinalBookingStatus(before.status())) {
        ++out.unchanged; // a session that is over keeps the time it happened at
        return {};
    }
    domain::Booking after = before;
    if (Result<void> moved = after.reschedule(schedule, m_options.now,
            translated(QT_TRANSLATE_NOOP("BookingImport", "Moved in %1")).arg(m_options.calendarName));
        !moved) {
        return moved.error();
    }
    if (Result<void> written = BookingRows::update(m_scope, before, after); !written) {
        return written.error();
    }
    ++out.moved;
    return {};
}

Result<void> Importer::importOccurrence(
    const IcsOccurrence& occurrence, const IcsEvent& event, BookingImport::Outcome& out)
{
    if (occurrence.allDay) {
        problem(event, {},
            translated(QT_TRANSLATE_NOOP(
                "BookingImport", "all-day events are not sessions; import the file as blocked time instead.")),
            out);
        return {};
    }
    const QString zone =
        occurrence.timeZoneId.isEmpty() || occurrence.timeZoneId == u"UTC" ? m_practiceZone : occurrence.timeZoneId;
    Result<domain::Schedule> schedule = domain::Schedule::create(occurrence.startUtc, occurrence.endUtc, zone);
    if (!schedule) {
        problem(event, occurrence.startUtc, schedule.error().userMessage(), out);
        return {};
    }
    Result<std::optional<BookingOriginRows::Origin>> origin =
        BookingOriginRows::find(m_scope.db(), occurrence.uid, occurrence.recurrenceId);
    if (!origin) {
        return origin.error();
    }
    if (!origin.value()) {
        Result<std::optional<BookingOriginRows::Origin>> moved = sameDayOrigin(occurrence, schedule.value());
        if (!moved) {
            return moved.error();
        }
        if (moved.value()) {
            if (Result<void> renamed =
                    BookingOriginRows::setRecurrenceId(m_scope, *moved.value(), occurrence.recurrenceId);
                !renamed) {
                return renamed;
            }
            origin = std::move(moved);
        }
    }
    if (origin.value()) {
        m_seen.insert(origin.value()->bookingId);
        return moveIfMoved(origin.value()->bookingId, schedule.value(), out);
    }
    // An export of this very practice: its events are bookings that are here, or were deleted here.
    if (occurrence.uid.endsWith(QLatin1String("@clientele"))) {
        const QUuid own(QStringView(occurrence.uid).chopped(10));
        if (!own.isNull()) {
            Result<SqlStatement*> row = m_scope.db().cached("SELECT deleted FROM booking WHERE id = ?1");
            if (!row) {
                return row.error();
            }
            row.value()->bindBlob(1, own.toRfc4122());
            Result<bool> found = row.value()->step();
            const bool deleted = found && found.value() && row.value()->int64(0) != 0;
            row.value()->reset();
            if (!found) {
                return found.error();
            }
            if (found.value()) {
                ++(deleted ? out.deletedSince : out.unchanged);
                return {};
            }
        }
    }
    Result<std::optional<QUuid>> client = clientFor(event, out);
    if (!client) {
        return client.error();
    }
    if (!client.value()) {
        problem(event, occurrence.startUtc,
            m_options.createClients ? translated(
                QT_TRANSLATE_NOOP("BookingImport", "no attendee has an email address and the title names no client."))
                                    : translated(QT_TRANSLATE_NOOP(
                                        "BookingImport", "no attendee is a client and the title names no client.")),
            out);
        return {};
    }
    const bool over = occurrence.endUtc <= m_options.now;
    const domain::BookingStatus status = over ? domain::BookingStatus::Completed : domain::BookingStatus::Confirmed;
    domain::Booking booking =
        domain::Booking::restore(sync::UuidV7::create(), *client.value(), m_options.serviceId, schedule.value(), status,
            {domain::StatusChange {domain::BookingStatus::Inquiry, status, m_options.now,
                translated(QT_TRANSLATE_NOOP("BookingImport", "Imported from %1")).arg(m_options.calendarName)}});
    const QString link = meetingLinkOf(event);
    booking.setVideoLink(link);
    if (event.location.trimmed() != link) {
        booking.setLocation(event.location.trimmed());
    }
    booking.setNotes(event.description);
    if (Result<void> inserted = BookingRows::insert(m_scope, booking); !inserted) {
        return inserted.error();
    }
    m_seen.insert(booking.id());
    if (Result<void> remembered = BookingOriginRows::insert(m_scope,
            {sync::UuidV7::create(), booking.id(), m_options.calendarName, occurrence.uid, occurrence.recurrenceId});
        !remembered) {
        return remembered.error();
    }
    ++out.added;
    return {};
}

Result<std::optional<BookingOriginRows::Origin>> Importer::sameDayOrigin(
    const IcsOccurrence& occurrence, const domain::Schedule& schedule)
{
    Result<QList<BookingOriginRows::Origin>> origins = BookingOriginRows::ofEvent(m_scope.db(), occurrence.uid);
    if (!origins) {
        return origins.error();
    }
    const QDate day = schedule.localStart().date();
    for (const BookingOriginRows::Origin& origin : std::as_const(origins.value())) {
        if (m_seen.contains(origin.bookingId)) {
            continue;
        }
        Result<std::optional<domain::Booking>> booking = BookingRows::load(m_scope.db(), origin.bookingId);
        if (!booking) {
            return booking.error();
        }
        if (booking.value() && booking.value()->schedule().localStart().date() == day) {
            return std::optional(origin);
        }
    }
    return std::optional<BookingOriginRows::Origin>();
}

Result<void> Importer::cancelVanished(const QSet<QString>& uids, const QDateTime& until, BookingImport::Outcome& out)
{
    for (const QString& uid : uids) {
        Result<QList<BookingOriginRows::Origin>> origins = BookingOriginRows::ofEvent(m_scope.db(), uid);
        if (!origins) {
            return origins.error();
        }
        for (const BookingOriginRows::Origin& origin : std::as_const(origins.value())) {
            if (m_seen.contains(origin.bookingId)) {
                continue;
            }
            Result<std::optional<domain::Booking>> loaded = BookingRows::load(m_scope.db(), origin.bookingId);
            if (!loaded) {
                return loaded.error();
            }
            if (!loaded.value() || domain::isFinalBookingStatus(loaded.value()->status())
                || loaded.value()->schedule().start() <= m_options.now || loaded.value()->schedule().start() > until) {
                continue; // gone, over, or beyond what the file covers
            }
            const domain::Booking& before = *loaded.value();
            Result<domain::BookingTransitionContext> context =
                BookingRows::transitionContext(m_scope.db(), before, m_options.now);
            if (!context) {
                return context.error();
            }
            domain::Booking after = before;
            if (Result<void> cancelled = after.transitionTo(domain::BookingStatus::Canceled, context.value(),
                    translated(QT_TRANSLATE_NOOP("BookingImport", "Cancelled in %1")).arg(m_options.calendarName));
                !cancelled) {
                continue; // the state machine says no (e.g. a no-show): left as it is
            }
            if (Result<void> written = BookingRows::update(m_scope, before, after); !written) {
                return written;
            }
            ++out.cancelled;
        }
    }
    return {};
}

} // namespace

Result<BookingImport::Outcome> BookingImport::importIcs(
    StoreSession& session, const QByteArray& data, const Options& options)
{
    if (options.calendarName.trimmed().isEmpty()) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP("BookingImport", "Give the imported calendar a name.")));
    }
    Result<std::optional<domain::Service>> service = ServiceRows::load(session.db(), options.serviceId);
    if (!service) {
        return service.error();
    }
    if (!service.value()) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP("BookingImport", "Choose the service the imported sessions are for.")));
    }
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(session.db());
    if (!profile) {
        return profile.error();
    }
    const QString zoneId = profile.value().timeZoneId.isEmpty() ? QStringLiteral("UTC") : profile.value().timeZoneId;
    Result<interchange::IcsReader::Events> read = interchange::IcsReader::read(data, zoneId);
    if (!read) {
        return read.error();
    }
    Outcome outcome;
    outcome.events = static_cast<int>(read.value().events.size());
    outcome.problems = read.value().problems;
    const QDate today = options.now.toTimeZone(QTimeZone(zoneId.toUtf8())).date();
    const QList<interchange::IcsEvent>& events = read.value().events;
    const QList<IcsOccurrence> occurrences =
        interchange::expandOccurrences(events, zoneId, today.addDays(-kDaysBefore), today.addDays(kDaysAfter));

    // Events the expansion cannot place (no length, longer than a booking may be) would vanish
    // silently; they are problems with their line instead.
    for (const interchange::IcsEvent& event : events) {
        if (event.isAllDay() || event.status == interchange::IcsEvent::Status::Cancelled) {
            continue;
        }
        const qint64 seconds = event.startUtc.secsTo(event.endUtc);
        const QString title =
            event.summary.isEmpty() ? translated(QT_TRANSLATE_NOOP("BookingImport", "(no title)")) : event.summary;
        if (seconds <= 0) {
            outcome.problems.append({event.line,
                translated(QT_TRANSLATE_NOOP("BookingImport", "“%1”: the event has no length (no DTEND or DURATION)."))
                    .arg(title)});
        } else if (seconds > domain::Schedule::kMaxDurationSeconds) {
            outcome.problems.append({event.line,
                translated(QT_TRANSLATE_NOOP("BookingImport", "“%1”: a session cannot last more than %2 days."))
                    .arg(title)
                    .arg(domain::Schedule::kMaxDurationDays)});
        }
    }

    Result<WriteScope> scope = session.beginWrite();
    if (!scope) {
        return scope.error();
    }
    Importer importer(scope.value(), options, zoneId, profile.value().email);
    for (const IcsOccurrence& occurrence : occurrences) {
        if (Result<void> done = importer.importOccurrence(occurrence, events.at(occurrence.eventIndex), outcome);
            !done) {
            return done.error();
        }
    }
    QSet<QString> uids;
    for (const interchange::IcsEvent& event : events) {
        uids.insert(event.uid);
    }
    const QDateTime until =
        domain::WallClock::toUtcShifting(today.addDays(kDaysAfter + 1), QTime(0, 0), QTimeZone(zoneId.toUtf8()));
    if (Result<void> cancelled = importer.cancelVanished(uids, until, outcome); !cancelled) {
        return cancelled.error();
    }
    if (Result<void> committed = scope.value().commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

} // namespace clientele
