#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/ports/CalendarProvider.h"

namespace clientele {

// The JSON of Google Calendar v3 resources (Event, CalendarListEntry, FreeBusyResponse) mapped to
// and from the port's types. Pure functions, no I/O.
namespace google_json {

inline constexpr auto kBookingIdProperty = "clienteleBookingId";

RemoteEvent eventFromJson(const QJsonObject& json);
RemoteCalendar calendarFromJson(const QJsonObject& json);

// The Event body for events.insert and events.patch. The meeting request is included only when
// the draft wants one; the caller then adds conferenceDataVersion=1, without which Google ignores it.
QJsonObject eventToJson(const EventDraft& draft);

// RFC 3339 with an explicit offset, as Google requires for timeMin/timeMax.
QString rfc3339Utc(const QDateTime& instant);

// calendars.<id>.busy of a FreeBusyResponse, for every id asked; an id Google reports errors for
// (notFound, internalError) makes the whole answer an error.
Result<QList<BusyInterval>> busyFromJson(const QJsonObject& json, const QStringList& calendarIds);

} // namespace google_json

} // namespace clientele
