#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

#include "core/ports/CalendarProvider.h"

namespace clientele {

// The JSON of Microsoft Graph calendar resources (event, calendar, scheduleItem) mapped to and from
// the port's types (PROVIDERS.md §4.2–4.3). Pure functions, no I/O.
namespace graph_json {

// Clientele's events carry transactionId "clientele-booking:<booking id>". Graph uses transactionId
// to drop a repeated POST ("to avoid redundant POST operations in case of client retries"), returns
// it on every read, delta pages included, and never lets it change, so it is both the idempotency
// key of a create and the marker by which Clientele recognises its own events. A singleValue-
// ExtendedProperty would need $expand, which calendarView delta does not support.
inline constexpr auto kBookingTransactionPrefix = "clientele-booking:";
// A draft without a booking id but with a meetingRequestId still gets an idempotent create.
inline constexpr auto kMeetingTransactionPrefix = "clientele-meeting:";

// The IANA zone for a zone name as Graph writes it: "UTC", an IANA id, or a Windows zone name
// ("W. Europe Standard Time") mapped through Qt's copy of the CLDR windowsZones table, the same
// table the iCalendar reader uses. Empty when unknown.
QString ianaZoneFor(const QString& graphZone);

// A dateTimeTimeZone {"dateTime":"2026-03-02T08:00:00.0000000","timeZone":"UTC"} as an instant.
// Invalid when the time or zone cannot be read.
QDateTime instantOf(const QJsonObject& dateTimeTimeZone);

// A dateTimeTimeZone for Graph: the wall time in `timeZoneId` (IANA) with that zone's name, or UTC
// when the zone is empty or unknown.
QJsonObject dateTimeTimeZone(const QDateTime& utc, const QString& timeZoneId);

// "2026-03-01T00:00:00Z": the form startDateTime/endDateTime take.
QString isoUtc(const QDateTime& instant);

RemoteEvent eventFromJson(const QJsonObject& json);
// `timeZoneId`: Graph's calendar resource has no zone; the mailbox's (IANA) applies to them all.
RemoteCalendar calendarFromJson(const QJsonObject& json, const QString& timeZoneId);

bool isSeriesMaster(const QJsonObject& event);

// The event body for POST and PATCH: subject, text body, start/end, location, showAs, and a Teams
// meeting when the draft wants one (never switched off again by an update).
QJsonObject eventToJson(const EventDraft& draft);
// The transactionId for creating `draft`; empty when it has neither a booking nor a meeting id.
QString transactionIdFor(const EventDraft& draft);

// Whether a showAs / schedule status keeps the practitioner from taking a booking: busy, oof,
// tentative (Outlook paints it busy, and booking over it risks a double booking) and unknown do;
// free and workingElsewhere (the practitioner works, just not at their usual place) do not.
bool blocksTime(const QString& showAs);

// The busy part of an event (calendarView) or a scheduleItem (getSchedule); nullopt when it does not
// block time or cannot be read.
std::optional<BusyInterval> busyOfEvent(const QJsonObject& event);
std::optional<BusyInterval> busyOfScheduleItem(const QJsonObject& item);

} // namespace graph_json

} // namespace clientele
