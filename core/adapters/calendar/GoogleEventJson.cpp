#include "core/adapters/calendar/GoogleEventJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include "core/adapters/calendar/BusyIntervals.h"

namespace clientele::google_json {

namespace {

QString str(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toString();
}

QJsonObject obj(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toObject();
}

QDateTime parseInstant(const QString& text)
{
    // Google sends offsets ("+01:00") or "Z", with or without milliseconds.
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

RemoteEventStatus statusFrom(const QString& status)
{
    if (status == QLatin1StringView("cancelled")) {
        return RemoteEventStatus::Cancelled;
    }
    if (status == QLatin1StringView("tentative")) {
        return RemoteEventStatus::Tentative;
    }
    return RemoteEventStatus::Confirmed;
}

// The video entry point of a finished conference; hangoutLink is the legacy spelling of the same.
QString meetingUrlOf(const QJsonObject& json)
{
    const QJsonArray entryPoints = obj(json, "conferenceData").value(QLatin1StringView("entryPoints")).toArray();
    for (const auto& entry : entryPoints) {
        if (str(entry.toObject(), "entryPointType") == QLatin1StringView("video")) {
            return str(entry.toObject(), "uri");
        }
    }
    return str(json, "hangoutLink");
}

QJsonObject eventDateTime(const QDateTime& utc, const QString& timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    const bool known = !timeZoneId.isEmpty() && zone.isValid();
    // Local wall time with its offset, plus the zone name: what Google itself returns, and what keeps
    // the event at 09:00 in Berlin when someone later edits it in Google's UI.
    const QDateTime local = known ? utc.toTimeZone(zone) : utc.toUTC();
    return QJsonObject {{QStringLiteral("dateTime"), local.toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), known ? timeZoneId : QStringLiteral("UTC")}};
}

} // namespace

RemoteEvent eventFromJson(const QJsonObject& json)
{
    RemoteEvent event;
    event.id = str(json, "id");
    event.etag = str(json, "etag");
    event.status = statusFrom(str(json, "status"));
    const QJsonObject start = obj(json, "start");
    const QJsonObject end = obj(json, "end");
    if (start.contains(QLatin1StringView("date"))) {
        event.allDay = true;
        event.startDate = QDate::fromString(str(start, "date"), Qt::ISODate);
        event.endDate = QDate::fromString(str(end, "date"), Qt::ISODate);
    } else {
        event.startUtc = parseInstant(str(start, "dateTime"));
        event.endUtc = parseInstant(str(end, "dateTime"));
        event.timeZoneId = str(start, "timeZone");
    }
    event.title = str(json, "summary");
    event.description = str(json, "description");
    event.location = str(json, "location");
    event.busy = str(json, "transparency") != QLatin1StringView("transparent");
    event.iCalUid = str(json, "iCalUID");
    event.meetingUrl = meetingUrlOf(json);
    const QJsonObject createRequest = obj(obj(json, "conferenceData"), "createRequest");
    event.meetingPending =
        str(obj(createRequest, "status"), "statusCode") == QLatin1StringView("pending") && event.meetingUrl.isEmpty();
    event.clienteleBookingId = str(obj(obj(json, "extendedProperties"), "private"), kBookingIdProperty);
    event.updatedUtc = parseInstant(str(json, "updated"));
    return event;
}

RemoteCalendar calendarFromJson(const QJsonObject& json)
{
    RemoteCalendar calendar;
    calendar.id = str(json, "id");
    // The user's own name for a subscribed calendar wins over the owner's.
    calendar.name = str(json, "summaryOverride");
    if (calendar.name.isEmpty()) {
        calendar.name = str(json, "summary");
    }
    calendar.primary = json.value(QLatin1StringView("primary")).toBool();
    const QString role = str(json, "accessRole");
    calendar.canWrite = role == QLatin1StringView("owner") || role == QLatin1StringView("writer");
    calendar.timeZoneId = str(json, "timeZone");
    return calendar;
}

QJsonObject eventToJson(const EventDraft& draft)
{
    QJsonObject json {
        {QStringLiteral("summary"), draft.title},
        {QStringLiteral("description"), draft.description},
        {QStringLiteral("location"), draft.location},
        {QStringLiteral("start"), eventDateTime(draft.startUtc, draft.timeZoneId)},
        {QStringLiteral("end"), eventDateTime(draft.endUtc, draft.timeZoneId)},
        {QStringLiteral("transparency"), draft.busy ? QStringLiteral("opaque") : QStringLiteral("transparent")},
    };
    if (!draft.clienteleBookingId.isEmpty()) {
        // Private properties are visible to this calendar's copy only, not to attendees.
        json.insert(QStringLiteral("extendedProperties"),
            QJsonObject {{QStringLiteral("private"),
                QJsonObject {{QString::fromLatin1(kBookingIdProperty), draft.clienteleBookingId}}}});
    }
    if (draft.wantsMeeting) {
        json.insert(QStringLiteral("conferenceData"),
            QJsonObject {{QStringLiteral("createRequest"),
                QJsonObject {{QStringLiteral("requestId"), draft.meetingRequestId},
                    {QStringLiteral("conferenceSolutionKey"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("hangoutsMeet")}}}}}});
    }
    return json;
}

QString rfc3339Utc(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODate); // "2026-03-02T08:00:00Z"
}

Result<QList<BusyInterval>> busyFromJson(const QJsonObject& json, const QStringList& calendarIds)
{
    QList<BusyInterval> intervals;
    const QJsonObject calendars = obj(json, "calendars");
    for (const QString& id : calendarIds) {
        const QJsonObject calendar = calendars.value(id).toObject();
        const QJsonArray errors = calendar.value(QLatin1StringView("errors")).toArray();
        if (!calendars.contains(id) || !errors.isEmpty()) {
            const QString reason = str(errors.first().toObject(), "reason");
            return Error(reason == QLatin1StringView("notFound") ? Error::Code::NotFound : Error::Code::Unavailable,
                QCoreApplication::translate(
                    "GoogleCalendar", "Google Calendar could not tell the busy times of one of the calendars."),
                QStringLiteral("freebusy.query: calendar error %1")
                    .arg(reason.isEmpty() ? QStringLiteral("missing") : reason),
                reason != QLatin1StringView("notFound"));
        }
        for (const auto& busy : calendar.value(QLatin1StringView("busy")).toArray()) {
            const BusyInterval interval {
                parseInstant(str(busy.toObject(), "start")), parseInstant(str(busy.toObject(), "end"))};
            if (!interval.startUtc.isValid() || !interval.endUtc.isValid()) {
                return Error(Error::Code::CorruptData,
                    QCoreApplication::translate(
                        "GoogleCalendar", "Google Calendar sent an answer Clientele could not read."),
                    QStringLiteral("freebusy.query: busy interval without valid start/end"), true);
            }
            intervals.append(interval);
        }
    }
    return mergeBusyIntervals(std::move(intervals));
}

} // namespace clientele::google_json
