#include "core/interchange/IcsReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QTimeZone>

#include "core/domain/WallClock.h"
#include "core/interchange/ContentLine.h"
#include "core/interchange/IcsDocument.h"
#include "core/interchange/IcsTimeZone.h"
#include "core/interchange/IcsValues.h"

namespace clientele::interchange {

namespace {

// A DATE or DATE-TIME property resolved: an instant (and the zone it was planned in), or a date.
struct ResolvedTime
{
    QDateTime utc;
    QString zoneId;
    QDate date; // for a DATE value
};

// An ATTENDEE or ORGANIZER: only mailto: addresses name a mailbox (RFC 5545 §3.3.3 CAL-ADDRESS);
// anything else (an urn:uuid, a bare CN) is nobody Clientele can match to a client.
std::optional<IcsPerson> personOf(const IcsProperty& property)
{
    const QString address = property.value.trimmed();
    if (!address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    IcsPerson person;
    person.email = address.mid(7).trimmed().toLower();
    if (person.email.isEmpty()) {
        return std::nullopt;
    }
    person.name = property.parameter("CN").trimmed(); // parameter values have no backslash escapes
    person.declined = property.parameter("PARTSTAT").compare(QLatin1String("DECLINED"), Qt::CaseInsensitive) == 0;
    const QString kind = property.parameter("CUTYPE").toUpper();
    person.isPerson = kind.isEmpty() || kind == u"INDIVIDUAL" || kind == u"UNKNOWN";
    return person;
}

// Finds the IANA zone a TZID names, the way calendar apps write them.
QString ianaZoneFor(const QString& tzid)
{
    const QByteArray id = tzid.trimmed().toUtf8();
    if (id.isEmpty()) {
        return {};
    }
    if (QTimeZone::isTimeZoneIdAvailable(id)) {
        return QString::fromUtf8(id);
    }
    // "/mozilla.org/20050126_1/America/New_York", "/softwarestudio.org/Olson_20011030_5/Europe/Berlin"
    const QList<QByteArray> parts = id.split('/');
    for (qsizetype take = std::min<qsizetype>(3, parts.size()); take >= 1; --take) {
        const QByteArray tail = parts.mid(parts.size() - take).join('/');
        if (tail.contains('/') && QTimeZone::isTimeZoneIdAvailable(tail)) {
            return QString::fromUtf8(tail);
        }
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!windows.isEmpty()) {
        return QString::fromUtf8(windows);
    }
    return {};
}

class EventReader
{
public:
    EventReader(const QHash<QString, IcsTimeZone>& fileZones, QString fallbackZoneId, QList<ImportProblem>& problems)
        : m_fileZones(fileZones)
        , m_fallbackZoneId(std::move(fallbackZoneId))
        , m_problems(problems)
    {
    }

    std::optional<IcsEvent> read(const IcsComponent& component);

private:
    std::optional<ResolvedTime> resolve(const IcsProperty& property, const QString& value);
    void readRecurrence(const IcsComponent& component, IcsEvent& event);
    void problem(int line, const QString& reason) { m_problems.append({line, reason}); }

    const QHash<QString, IcsTimeZone>& m_fileZones;
    QString m_fallbackZoneId;
    QList<ImportProblem>& m_problems;
};

std::optional<ResolvedTime> EventReader::resolve(const IcsProperty& property, const QString& value)
{
    const std::optional<icsvalue::DateTimeValue> parsed = icsvalue::parseDateTime(value);
    if (!parsed) {
        problem(property.line,
            QCoreApplication::translate("IcsReader", "%1 is not a date or a date and time: %2")
                .arg(property.name, value.left(40)));
        return std::nullopt;
    }
    ResolvedTime resolved;
    if (parsed->isDate()) {
        resolved.date = parsed->date;
        return resolved;
    }
    const QString tzid = property.parameter("TZID");
    if (parsed->utc) {
        resolved.utc = QDateTime(parsed->date, parsed->time, Qt::UTC);
        resolved.zoneId = m_fallbackZoneId;
        return resolved;
    }
    if (const QString iana = ianaZoneFor(tzid); !iana.isEmpty()) {
        // RFC 5545 §3.3.5: a time in a gap moves later by the gap, one in an overlap is the first.
        resolved.utc = domain::WallClock::toUtcShifting(parsed->date, parsed->time, QTimeZone(iana.toUtf8()));
        resolved.zoneId = iana;
        return resolved;
    }
    if (auto zone = m_fileZones.constFind(tzid.trimmed()); zone != m_fileZones.cend()) {
        resolved.utc = zone->toUtc(parsed->date, parsed->time);
        resolved.zoneId = m_fallbackZoneId;
        return resolved;
    }
    if (!tzid.isEmpty()) {
        problem(property.line,
            QCoreApplication::translate(
                "IcsReader", "The time zone \"%1\" is not defined in the file; the time is read in %2.")
                .arg(tzid.left(60), m_fallbackZoneId));
    }
    // Floating time: the same wall clock wherever the reader is, which for a practice is its zone.
    resolved.utc = domain::WallClock::toUtcShifting(parsed->date, parsed->time, QTimeZone(m_fallbackZoneId.toUtf8()));
    resolved.zoneId = m_fallbackZoneId;
    return resolved;
}

void EventReader::readRecurrence(const IcsComponent& component, IcsEvent& event)
{
    const IcsProperty* rrule = component.property("RRULE");
    if (rrule == nullptr) {
        return;
    }
    Result<domain::Recurrence> recurrence = domain::Recurrence::parse(rrule->value);
    if (!recurrence) {
        problem(rrule->line,
            QCoreApplication::translate("IcsReader", "Only the first occurrence is imported: %1")
                .arg(recurrence.error().userMessage()));
        return;
    }
    for (const IcsProperty* exdate : component.all("EXDATE")) {
        for (const QString& value : exdate->value.split(u',')) {
            std::optional<ResolvedTime> excluded = resolve(*exdate, value);
            if (!excluded) {
                continue;
            }
            if (excluded->utc.isValid()) {
                recurrence.value().addExclusion(excluded->utc);
            } else if (!event.isAllDay()) {
                // A DATE exclusion of a timed series leaves out that day's occurrence.
                const QTimeZone zone(event.timeZoneId.toUtf8());
                const QDateTime local = event.startUtc.toTimeZone(zone);
                recurrence.value().addExclusion(domain::WallClock::toUtcShifting(excluded->date, local.time(), zone));
            }
        }
    }
    event.recurrence = std::move(recurrence.value());
}

std::optional<IcsEvent> EventReader::read(const IcsComponent& component)
{
    IcsEvent event;
    event.line = component.line;
    const IcsProperty* start = component.property("DTSTART");
    if (start == nullptr) {
        problem(component.line, QCoreApplication::translate("IcsReader", "The event has no start (DTSTART)."));
        return std::nullopt;
    }
    const std::optional<ResolvedTime> from = resolve(*start, start->value);
    if (!from) {
        return std::nullopt;
    }
    const IcsProperty* end = component.property("DTEND");
    const IcsProperty* duration = component.property("DURATION");
    std::optional<ResolvedTime> to;
    if (end != nullptr) {
        to = resolve(*end, end->value);
        if (!to) {
            return std::nullopt;
        }
    } else if (duration != nullptr) {
        const std::optional<qint64> seconds = icsvalue::parseDuration(duration->value);
        if (!seconds) {
            problem(duration->line,
                QCoreApplication::translate("IcsReader", "DURATION is not a duration: %1")
                    .arg(duration->value.left(40)));
            return std::nullopt;
        }
        to = from;
        if (from->utc.isValid()) {
            to->utc = from->utc.addSecs(*seconds);
        } else {
            to->date = from->date.addDays(*seconds / 86400);
        }
    } else {
        to = from;
        if (!from->utc.isValid()) {
            to->date = from->date.addDays(1); // RFC 5545 §3.6.1: a date without DTEND lasts the day
        }
    }
    if (from->utc.isValid() != to->utc.isValid()) {
        problem(component.line,
            QCoreApplication::translate(
                "IcsReader", "The event starts and ends with different kinds of value (a date and a time)."));
        return std::nullopt;
    }
    if (from->utc.isValid()) {
        event.startUtc = from->utc;
        event.endUtc = to->utc;
        event.timeZoneId = from->zoneId;
    } else {
        event.startDate = from->date;
        event.endDate = to->date;
    }
    if ((from->utc.isValid() && event.endUtc < event.startUtc)
        || (!from->utc.isValid() && event.endDate < event.startDate)) {
        problem(component.line, QCoreApplication::translate("IcsReader", "The event ends before it starts."));
        return std::nullopt;
    }

    const auto text = [&component](const char* name) {
        const IcsProperty* p = component.property(name);
        return p == nullptr ? QString() : contentline::unescapeText(p->value).trimmed();
    };
    event.summary = text("SUMMARY");
    event.description = text("DESCRIPTION");
    event.location = text("LOCATION");
    event.url = text("URL");
    for (const IcsProperty* categories : component.all("CATEGORIES")) {
        for (const QString& category : contentline::splitUnescaped(categories->value, u',')) {
            if (const QString clean = contentline::unescapeText(category).trimmed(); !clean.isEmpty()) {
                event.categories.append(clean);
            }
        }
    }
    for (const IcsProperty* attendee : component.all("ATTENDEE")) {
        if (std::optional<IcsPerson> person = personOf(*attendee)) {
            event.attendees.append(*person);
        }
    }
    if (const IcsProperty* organizer = component.property("ORGANIZER")) {
        event.organizer = personOf(*organizer).value_or(IcsPerson {});
    }
    event.sequence = text("SEQUENCE").toInt();
    const QString status = text("STATUS").toUpper();
    event.status = status == u"CANCELLED" ? IcsEvent::Status::Cancelled
        : status == u"TENTATIVE"          ? IcsEvent::Status::Tentative
                                          : IcsEvent::Status::Confirmed;
    event.busy = text("TRANSP").toUpper() != u"TRANSPARENT";

    event.uid = text("UID");
    if (event.uid.isEmpty()) {
        // Stable across imports of the same file: the start and the title identify it.
        const QByteArray basis = (start->value + u'\n' + event.summary).toUtf8();
        event.uid = QString::fromLatin1(QCryptographicHash::hash(basis, QCryptographicHash::Sha256).toHex().left(32))
            + QStringLiteral("@import.clientele");
    }
    if (const IcsProperty* recurrenceId = component.property("RECURRENCE-ID")) {
        if (std::optional<ResolvedTime> id = resolve(*recurrenceId, recurrenceId->value)) {
            event.recurrenceIdUtc = id->utc.isValid()
                ? id->utc
                : domain::WallClock::toUtcShifting(id->date, QTime(0, 0), QTimeZone(m_fallbackZoneId.toUtf8()));
        }
    }
    readRecurrence(component, event);
    return event;
}

} // namespace

Result<IcsReader::Events> IcsReader::read(const QByteArray& data, const QString& fallbackZoneId)
{
    Result<IcsDocument::Parsed> parsed = IcsDocument::parse(data);
    if (!parsed) {
        return parsed.error();
    }
    Events result;
    result.problems = parsed.value().problems;
    const QString fallback =
        QTimeZone::isTimeZoneIdAvailable(fallbackZoneId.toUtf8()) ? fallbackZoneId : QStringLiteral("UTC");
    for (const IcsComponent& calendar : parsed.value().calendars) {
        QHash<QString, IcsTimeZone> zones;
        for (const IcsComponent& child : calendar.children) {
            if (child.name == u"VTIMEZONE") {
                if (std::optional<IcsTimeZone> zone = IcsTimeZone::read(child)) {
                    zones.insert(zone->id(), *zone);
                }
            }
        }
        EventReader reader(zones, fallback, result.problems);
        for (const IcsComponent& child : calendar.children) {
            if (child.name == u"VEVENT") {
                if (std::optional<IcsEvent> event = reader.read(child)) {
                    result.events.append(std::move(*event));
                }
            }
        }
    }
    return result;
}

} // namespace clientele::interchange
