#include "core/interchange/IcsWriter.h"

#include <map>

#include <QTimeZone>

#include "core/AppInfo.h"
#include "core/interchange/ContentLine.h"
#include "core/interchange/IcsTimeZone.h"
#include "core/interchange/IcsValues.h"

namespace clientele::interchange {

namespace {

using contentline::escapeText;

bool writesInUtc(const IcsEvent& event)
{
    if (event.timeZoneId.isEmpty() || event.timeZoneId == u"UTC") {
        return true;
    }
    return !QTimeZone(event.timeZoneId.toUtf8()).isValid();
}

// DTSTART, DTEND, RECURRENCE-ID and EXDATE of a timed event: in its zone with TZID, or in UTC.
QString timeProperty(const char* name, const IcsEvent& event, const QDateTime& instant)
{
    if (writesInUtc(event)) {
        return QLatin1String(name) + u':' + icsvalue::formatUtc(instant);
    }
    const QTimeZone zone(event.timeZoneId.toUtf8());
    return QLatin1String(name) + u";TZID=" + contentline::parameterValue(event.timeZoneId) + u':'
        + icsvalue::formatLocal(instant.toTimeZone(zone));
}

QString statusText(IcsEvent::Status status)
{
    switch (status) {
    case IcsEvent::Status::Tentative:
        return QStringLiteral("TENTATIVE");
    case IcsEvent::Status::Cancelled:
        return QStringLiteral("CANCELLED");
    case IcsEvent::Status::Confirmed:
        break;
    }
    return QStringLiteral("CONFIRMED");
}

void appendEvent(QStringList& lines, const IcsEvent& event, const QString& stamp)
{
    lines << QStringLiteral("BEGIN:VEVENT") << u"UID:" + escapeText(event.uid) << u"DTSTAMP:" + stamp;
    if (event.isAllDay()) {
        lines << u"DTSTART;VALUE=DATE:" + icsvalue::formatDate(event.startDate)
              << u"DTEND;VALUE=DATE:" + icsvalue::formatDate(event.endDate);
    } else {
        lines << timeProperty("DTSTART", event, event.startUtc) << timeProperty("DTEND", event, event.endUtc);
    }
    if (event.recurrenceIdUtc.isValid()) {
        lines << timeProperty("RECURRENCE-ID", event, event.recurrenceIdUtc);
    }
    if (event.recurrence) {
        lines << u"RRULE:" + event.recurrence->toString();
        for (const QDateTime& excluded : event.recurrence->exclusions()) {
            lines << timeProperty("EXDATE", event, excluded);
        }
    }
    lines << u"SEQUENCE:" + QString::number(event.sequence) << u"STATUS:" + statusText(event.status)
          << (event.busy ? QStringLiteral("TRANSP:OPAQUE") : QStringLiteral("TRANSP:TRANSPARENT"));
    const auto text = [&lines](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            lines << QLatin1String(name) + u':' + escapeText(value);
        }
    };
    text("SUMMARY", event.summary);
    text("DESCRIPTION", event.description);
    text("LOCATION", event.location);
    if (!event.url.isEmpty()) {
        // A URI value: not TEXT, so not escaped; a line break in it would start a new property.
        lines << u"URL:" + QString(event.url).remove(u'\r').remove(u'\n');
    }
    if (!event.categories.isEmpty()) {
        QStringList escaped;
        for (const QString& category : event.categories) {
            escaped << escapeText(category);
        }
        lines << u"CATEGORIES:" + escaped.join(u',');
    }
    lines << QStringLiteral("END:VEVENT");
}

} // namespace

QByteArray IcsWriter::write(const QList<IcsEvent>& events, const Calendar& calendar)
{
    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << u"PRODID:-//Clientele//Clientele " + AppInfo::version() + u"//EN" << QStringLiteral("CALSCALE:GREGORIAN")
          << QStringLiteral("METHOD:PUBLISH");
    if (!calendar.name.isEmpty()) {
        lines << u"X-WR-CALNAME:" + escapeText(calendar.name);
    }
    if (!calendar.timeZoneId.isEmpty()) {
        lines << u"X-WR-TIMEZONE:" + escapeText(calendar.timeZoneId);
    }
    if (calendar.refreshMinutes > 0) {
        const QString duration = QStringLiteral("PT%1M").arg(calendar.refreshMinutes);
        lines << u"REFRESH-INTERVAL;VALUE=DURATION:" + duration << u"X-PUBLISHED-TTL:" + duration;
    }

    // The span each zone must cover: from the earliest to the latest instant its events use.
    std::map<QString, std::pair<QDateTime, QDateTime>> spans;
    for (const IcsEvent& event : events) {
        if (event.isAllDay() || writesInUtc(event)) {
            continue;
        }
        QDateTime first = event.startUtc;
        QDateTime last = event.endUtc;
        if (event.recurrence) {
            // A series runs on; a VTIMEZONE that stops early is still right, because readers apply
            // the last observance from then on, but cover the rule's end when it has one.
            last = event.recurrence->untilUtc().isValid() ? std::max(last, event.recurrence->untilUtc())
                                                          : last.addYears(2);
        }
        auto [it, inserted] = spans.try_emplace(event.timeZoneId, first, last);
        if (!inserted) {
            it->second.first = std::min(it->second.first, first);
            it->second.second = std::max(it->second.second, last);
        }
    }
    for (const auto& [zoneId, span] : spans) {
        lines << IcsTimeZone::write(QTimeZone(zoneId.toUtf8()), span.first, span.second);
    }

    const QString stamp = icsvalue::formatUtc(calendar.stamp);
    for (const IcsEvent& event : events) {
        appendEvent(lines, event, stamp);
    }
    lines << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString& line : lines) {
        out.append(contentline::fold(line.toUtf8()));
    }
    return out;
}

} // namespace clientele::interchange
