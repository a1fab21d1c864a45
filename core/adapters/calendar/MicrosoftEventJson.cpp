#include "core/adapters/calendar/MicrosoftEventJson.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace clientele::graph_json {

namespace {

QString str(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toString();
}

QJsonObject obj(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toObject();
}

// Graph writes seven fractional digits ("2026-03-02T08:00:00.0000000"), which Qt's ISO parser does
// not take; an offset or "Z" appears only on stamps such as lastModifiedDateTime.
QDateTime parseGraphTime(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const int msecs = QString(match.captured(2) + QStringLiteral("000")).left(3).toInt();
    if (!match.captured(3).isEmpty()) {
        const QDateTime withOffset = QDateTime::fromString(match.captured(1) + match.captured(3), Qt::ISODate);
        return withOffset.isValid() ? withOffset.addMSecs(msecs).toUTC() : QDateTime();
    }
    const QDateTime wall = QDateTime::fromString(match.captured(1), Qt::ISODate);
    if (!wall.isValid() || !zone.isValid()) {
        return {};
    }
    return QDateTime(wall.date(), wall.time(), zone).addMSecs(msecs).toUTC();
}

QString bookingIdOf(const QString& transactionId)
{
    const QLatin1StringView prefix(kBookingTransactionPrefix);
    return transactionId.startsWith(prefix) ? transactionId.mid(prefix.size()) : QString();
}

std::optional<BusyInterval> interval(const QJsonObject& start, const QJsonObject& end)
{
    const BusyInterval busy {instantOf(start), instantOf(end)};
    if (!busy.startUtc.isValid() || !busy.endUtc.isValid() || busy.endUtc <= busy.startUtc) {
        return std::nullopt;
    }
    return busy;
}

} // namespace

QString ianaZoneFor(const QString& graphZone)
{
    const QByteArray id = graphZone.trimmed().toUtf8();
    if (id.isEmpty()) {
        return {};
    }
    if (id == "UTC" || id == "tzone://Microsoft/Utc") {
        return QStringLiteral("UTC");
    }
    if (QTimeZone::isTimeZoneIdAvailable(id)) {
        return QString::fromUtf8(id);
    }
    return QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(id));
}

QDateTime instantOf(const QJsonObject& dateTimeTimeZone)
{
    const QString zoneName = ianaZoneFor(str(dateTimeTimeZone, "timeZone"));
    // Without a zone Graph means UTC (its default when no Prefer: outlook.timezone is sent).
    const QTimeZone zone = zoneName.isEmpty() && str(dateTimeTimeZone, "timeZone").isEmpty()
        ? QTimeZone::utc()
        : QTimeZone(zoneName.toUtf8());
    return parseGraphTime(str(dateTimeTimeZone, "dateTime"), zone);
}

QJsonObject dateTimeTimeZone(const QDateTime& utc, const QString& timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    const bool known = !timeZoneId.isEmpty() && zone.isValid();
    const QDateTime local = known ? utc.toTimeZone(zone) : utc.toUTC();
    // dateTime carries no offset: timeZone says how to read it.
    return QJsonObject {{QStringLiteral("dateTime"), local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("timeZone"), known ? timeZoneId : QStringLiteral("UTC")}};
}

QString isoUtc(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

RemoteEvent eventFromJson(const QJsonObject& json)
{
    RemoteEvent event;
    event.id = str(json, "id");
    event.etag = str(json, "@odata.etag");
    const QString showAs = str(json, "showAs");
    if (json.value(QLatin1StringView("isCancelled")).toBool()) {
        event.status = RemoteEventStatus::Cancelled;
    } else if (showAs == QLatin1StringView("tentative")) {
        event.status = RemoteEventStatus::Tentative;
    }
    const QJsonObject start = obj(json, "start");
    const QJsonObject end = obj(json, "end");
    if (json.value(QLatin1StringView("isAllDay")).toBool()) {
        // All-day events are midnight to midnight in whatever zone the answer is in: keep the dates.
        event.allDay = true;
        event.startDate = QDate::fromString(str(start, "dateTime").left(10), Qt::ISODate);
        event.endDate = QDate::fromString(str(end, "dateTime").left(10), Qt::ISODate);
    } else {
        event.startUtc = instantOf(start);
        event.endUtc = instantOf(end);
        // start.timeZone is the zone of the answer (UTC, as we ask); the event was planned in this one.
        event.timeZoneId = ianaZoneFor(str(json, "originalStartTimeZone"));
        if (event.timeZoneId.isEmpty()) {
            event.timeZoneId = ianaZoneFor(str(start, "timeZone"));
        }
    }
    event.title = str(json, "subject");
    const QJsonObject body = obj(json, "body");
    // An HTML body (events made in Outlook) would need an HTML parser; Graph's own plain-text
    // preview of it serves for Clientele's purposes.
    event.description = str(body, "contentType").compare(QLatin1StringView("text"), Qt::CaseInsensitive) == 0
        ? str(body, "content")
        : str(json, "bodyPreview");
    event.location = str(obj(json, "location"), "displayName");
    event.busy = blocksTime(showAs);
    event.iCalUid = str(json, "iCalUId");
    event.meetingUrl = str(obj(json, "onlineMeeting"), "joinUrl");
    if (event.meetingUrl.isEmpty()) {
        event.meetingUrl = str(json, "onlineMeetingUrl"); // the older, Skype-era spelling
    }
    event.meetingPending = json.value(QLatin1StringView("isOnlineMeeting")).toBool() && event.meetingUrl.isEmpty();
    event.clienteleBookingId = bookingIdOf(str(json, "transactionId"));
    event.updatedUtc = parseGraphTime(str(json, "lastModifiedDateTime"), QTimeZone::utc());
    return event;
}

RemoteCalendar calendarFromJson(const QJsonObject& json, const QString& timeZoneId)
{
    RemoteCalendar calendar;
    calendar.id = str(json, "id");
    calendar.name = str(json, "name");
    calendar.primary = json.value(QLatin1StringView("isDefaultCalendar")).toBool();
    calendar.canWrite = json.value(QLatin1StringView("canEdit")).toBool();
    calendar.timeZoneId = timeZoneId;
    return calendar;
}

bool isSeriesMaster(const QJsonObject& event)
{
    return str(event, "type") == QLatin1StringView("seriesMaster");
}

QJsonObject eventToJson(const EventDraft& draft)
{
    // Times go out as wall time in the practitioner's IANA zone, named as such: Graph documents IANA
    // names as valid dateTimeTimeZone.timeZone values besides Windows ones, and a zoned event stays
    // at 09:00 Berlin time across a DST change or an edit in Outlook, which a UTC one would not. The
    // answers come back in UTC all the same (Prefer: outlook.timezone="UTC"), so reading never
    // depends on zone names.
    QJsonObject json {
        {QStringLiteral("subject"), draft.title},
        {QStringLiteral("body"),
            QJsonObject {{QStringLiteral("contentType"), QStringLiteral("text")},
                {QStringLiteral("content"), draft.description}}},
        {QStringLiteral("start"), dateTimeTimeZone(draft.startUtc, draft.timeZoneId)},
        {QStringLiteral("end"), dateTimeTimeZone(draft.endUtc, draft.timeZoneId)},
        {QStringLiteral("location"), QJsonObject {{QStringLiteral("displayName"), draft.location}}},
        {QStringLiteral("showAs"), draft.busy ? QStringLiteral("busy") : QStringLiteral("free")},
    };
    if (draft.wantsMeeting) {
        json.insert(QStringLiteral("isOnlineMeeting"), true);
        json.insert(QStringLiteral("onlineMeetingProvider"), QStringLiteral("teamsForBusiness"));
    }
    return json;
}

QString transactionIdFor(const EventDraft& draft)
{
    if (!draft.clienteleBookingId.isEmpty()) {
        return QLatin1StringView(kBookingTransactionPrefix) + draft.clienteleBookingId;
    }
    if (!draft.meetingRequestId.isEmpty()) {
        return QLatin1StringView(kMeetingTransactionPrefix) + draft.meetingRequestId;
    }
    return {};
}

bool blocksTime(const QString& showAs)
{
    return showAs != QLatin1StringView("free") && showAs != QLatin1StringView("workingElsewhere");
}

std::optional<BusyInterval> busyOfEvent(const QJsonObject& event)
{
    if (event.value(QLatin1StringView("isCancelled")).toBool() || !blocksTime(str(event, "showAs"))
        || isSeriesMaster(event)) {
        return std::nullopt;
    }
    return interval(obj(event, "start"), obj(event, "end"));
}

std::optional<BusyInterval> busyOfScheduleItem(const QJsonObject& item)
{
    if (!blocksTime(str(item, "status"))) {
        return std::nullopt;
    }
    return interval(obj(item, "start"), obj(item, "end"));
}

} // namespace clientele::graph_json
