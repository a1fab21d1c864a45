#include "core/adapters/calendar/GoogleCalendarClient.h"

#include <utility>

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>

#include "core/adapters/calendar/CalendarLogging.h"
#include "core/adapters/calendar/GoogleErrors.h"
#include "core/adapters/calendar/GoogleEventJson.h"
#include "core/oauth/ReadyFuture.h"

namespace clientele {

namespace {

// A server that keeps handing out page tokens must not keep us paging forever.
constexpr int kMaxPages = 10000;

QString eventsPath(const QString& calendarId)
{
    return QStringLiteral("calendars/%1/events").arg(RestApiTransport::encodeSegment(calendarId));
}

QString eventPath(const QString& calendarId, const QString& eventId)
{
    return eventsPath(calendarId) + u'/' + RestApiTransport::encodeSegment(eventId);
}

std::optional<Error> invalidDraft(const EventDraft& draft)
{
    if (draft.startUtc.isValid() && draft.endUtc.isValid() && draft.startUtc < draft.endUtc
        && (!draft.wantsMeeting || !draft.meetingRequestId.isEmpty())) {
        return std::nullopt;
    }
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("GoogleCalendar", "The event needs a start before its end."),
        QStringLiteral("event draft: invalid times or meeting request without an id"));
}

Error missingPieceError(const char* operation, const char* what)
{
    return googleCalendarBadAnswerError(operation, QStringLiteral("no %1 in the answer").arg(QLatin1StringView(what)));
}

} // namespace

struct GoogleCalendarClient::Listing
{
    QString calendarId;
    QString syncToken; // empty: full listing over the window
    QDateTime windowStart;
    QDateTime windowEnd;
    QString pageToken;
    int pages = 0;
    EventChanges result;
    QPromise<Result<EventChanges>> promise;
};

struct GoogleCalendarClient::CalendarPaging
{
    QString pageToken;
    int pages = 0;
    QList<RemoteCalendar> calendars;
    QPromise<Result<QList<RemoteCalendar>>> promise;
};

GoogleCalendarClient::GoogleCalendarClient(
    Options options, QNetworkAccessManager& network, AccessTokenSource tokens, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_transport(
          googleCalendarDialect(), m_options.baseUrl, network, std::move(tokens), m_options.retry, m_options.timeout)
{
}

GoogleCalendarClient::~GoogleCalendarClient() = default;

QFuture<Result<QList<RemoteCalendar>>> GoogleCalendarClient::calendars()
{
    auto paging = std::make_shared<CalendarPaging>();
    paging->promise.start();
    QFuture<Result<QList<RemoteCalendar>>> future = paging->promise.future();
    calendarPage(paging);
    return future;
}

void GoogleCalendarClient::calendarPage(const std::shared_ptr<CalendarPaging>& paging)
{
    ApiRequest request;
    request.path = QStringLiteral("users/me/calendarList");
    request.operation = "calendarList.list";
    if (!paging->pageToken.isEmpty()) {
        request.query.addQueryItem(QStringLiteral("pageToken"), paging->pageToken);
    }
    m_transport.send(std::move(request)).then(this, [this, paging](const Result<ApiResponse>& response) {
        if (!response) {
            paging->promise.addResult(response.error());
            paging->promise.finish();
            return;
        }
        for (const auto& item : response->json.value(QLatin1StringView("items")).toArray()) {
            paging->calendars.append(google_json::calendarFromJson(item.toObject()));
        }
        paging->pageToken = response->json.value(QLatin1StringView("nextPageToken")).toString();
        if (!paging->pageToken.isEmpty() && ++paging->pages < kMaxPages) {
            calendarPage(paging);
            return;
        }
        paging->promise.addResult(std::move(paging->calendars));
        paging->promise.finish();
    });
}

QFuture<Result<EventChanges>> GoogleCalendarClient::changes(
    const QString& calendarId, const QString& syncState, const QDateTime& windowStart, const QDateTime& windowEnd)
{
    if (syncState.isEmpty() && !(windowStart.isValid() && windowEnd.isValid() && windowStart < windowEnd)) {
        return readyFuture(Result<EventChanges>(Error(Error::Code::InvalidInput,
            QCoreApplication::translate("GoogleCalendar", "The period to synchronise is empty."),
            QStringLiteral("events.list: invalid window"))));
    }
    auto listing = std::make_shared<Listing>();
    listing->calendarId = calendarId;
    listing->syncToken = syncState;
    listing->windowStart = windowStart;
    listing->windowEnd = windowEnd;
    listing->result.wasFullResync = syncState.isEmpty();
    listing->promise.start();
    QFuture<Result<EventChanges>> future = listing->promise.future();
    listPage(listing);
    return future;
}

void GoogleCalendarClient::listPage(const std::shared_ptr<Listing>& listing)
{
    ApiRequest request;
    request.path = eventsPath(listing->calendarId);
    request.operation = "events.list";
    QUrlQuery& query = request.query;
    query.addQueryItem(QStringLiteral("maxResults"), QString::number(m_options.pageSize));
    // Occurrences rather than recurring masters, in both kinds of listing: a token remembers the
    // parameters of the listing that issued it.
    query.addQueryItem(QStringLiteral("singleEvents"), QStringLiteral("true"));
    if (listing->syncToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("timeMin"), google_json::rfc3339Utc(listing->windowStart));
        query.addQueryItem(QStringLiteral("timeMax"), google_json::rfc3339Utc(listing->windowEnd));
    } else {
        // timeMin/timeMax/orderBy/q are not allowed with a syncToken (Google answers 400).
        query.addQueryItem(QStringLiteral("syncToken"), listing->syncToken);
        request.passThroughStatuses = {410};
    }
    if (!listing->pageToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("pageToken"), listing->pageToken);
    }
    m_transport.send(std::move(request)).then(this, [this, listing](const Result<ApiResponse>& response) {
        if (!response) {
            listing->promise.addResult(response.error());
            listing->promise.finish();
            return;
        }
        if (response->status == 410) {
            restartFull(listing);
            return;
        }
        const QJsonObject& json = response->json;
        for (const auto& item : json.value(QLatin1StringView("items")).toArray()) {
            RemoteEvent event = google_json::eventFromJson(item.toObject());
            if (event.id.isEmpty()) {
                continue;
            }
            if (event.status == RemoteEventStatus::Cancelled) {
                // Deleted events and cancelled occurrences: often nothing but the id.
                listing->result.removedEventIds.append(event.id);
            } else {
                listing->result.changed.append(std::move(event));
            }
        }
        listing->pageToken = json.value(QLatin1StringView("nextPageToken")).toString();
        if (!listing->pageToken.isEmpty()) {
            if (++listing->pages >= kMaxPages) {
                listing->promise.addResult(missingPieceError("events.list", "end of the listing"));
                listing->promise.finish();
                return;
            }
            listPage(listing);
            return;
        }
        // "nextSyncToken is provided" on the last page, and only there.
        listing->result.nextSyncState = json.value(QLatin1StringView("nextSyncToken")).toString();
        if (listing->result.nextSyncState.isEmpty()) {
            listing->promise.addResult(missingPieceError("events.list", "nextSyncToken"));
        } else {
            qCInfo(lcGoogleCalendar) << "events.list:" << listing->result.changed.size() << "changed,"
                                     << listing->result.removedEventIds.size() << "removed,"
                                     << (listing->result.wasFullResync ? "full" : "incremental");
            listing->promise.addResult(std::move(listing->result));
        }
        listing->promise.finish();
    });
}

void GoogleCalendarClient::restartFull(const std::shared_ptr<Listing>& listing)
{
    // Google: "If the syncToken expires, the server will respond with a 410 GONE response code and
    // the client should clear its storage and perform a full synchronization without any syncToken."
    qCInfo(lcGoogleCalendar) << "events.list: sync token no longer valid (410), listing everything again";
    listing->syncToken.clear();
    listing->pageToken.clear();
    listing->result = EventChanges {};
    listing->result.wasFullResync = true;
    if (!(listing->windowStart.isValid() && listing->windowEnd.isValid())) {
        listing->promise.addResult(Error(Error::Code::InvalidInput,
            QCoreApplication::translate("GoogleCalendar", "The period to synchronise is empty."),
            QStringLiteral("events.list: full resync needed but no window given")));
        listing->promise.finish();
        return;
    }
    listPage(listing);
}

QFuture<Result<RemoteEvent>> GoogleCalendarClient::eventRequest(ApiRequest request)
{
    const char* operation = request.operation;
    return m_transport.send(std::move(request)).then(this, [operation](const Result<ApiResponse>& response) {
        if (!response) {
            return Result<RemoteEvent>(response.error());
        }
        RemoteEvent event = google_json::eventFromJson(response->json);
        if (event.id.isEmpty()) {
            return Result<RemoteEvent>(missingPieceError(operation, "event id"));
        }
        return Result<RemoteEvent>(std::move(event));
    });
}

QFuture<Result<RemoteEvent>> GoogleCalendarClient::readEvent(const QString& calendarId, const QString& eventId)
{
    ApiRequest request;
    request.path = eventPath(calendarId, eventId);
    request.operation = "events.get";
    return eventRequest(std::move(request));
}

QFuture<Result<RemoteEvent>> GoogleCalendarClient::createEvent(const QString& calendarId, const EventDraft& draft)
{
    if (const std::optional<Error> invalid = invalidDraft(draft)) {
        return readyFuture(Result<RemoteEvent>(*invalid));
    }
    ApiRequest request;
    request.method = "POST";
    request.path = eventsPath(calendarId);
    request.operation = "events.insert";
    request.body = google_json::eventToJson(draft);
    if (draft.wantsMeeting) {
        // Without it Google silently drops conferenceData.
        request.query.addQueryItem(QStringLiteral("conferenceDataVersion"), QStringLiteral("1"));
    }
    return eventRequest(std::move(request));
}

QFuture<Result<RemoteEvent>> GoogleCalendarClient::updateEvent(
    const QString& calendarId, const QString& eventId, const EventDraft& draft, const QString& ifMatchEtag)
{
    if (const std::optional<Error> invalid = invalidDraft(draft)) {
        return readyFuture(Result<RemoteEvent>(*invalid));
    }
    ApiRequest request;
    request.method = "PATCH";
    request.path = eventPath(calendarId, eventId);
    request.operation = "events.patch";
    request.body = google_json::eventToJson(draft);
    request.ifMatch = ifMatchEtag.toUtf8();
    if (draft.wantsMeeting) {
        // The same requestId as before is ignored by Google, so this never makes a second meeting.
        request.query.addQueryItem(QStringLiteral("conferenceDataVersion"), QStringLiteral("1"));
    }
    return eventRequest(std::move(request));
}

QFuture<Result<void>> GoogleCalendarClient::deleteEvent(const QString& calendarId, const QString& eventId)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = eventPath(calendarId, eventId);
    request.operation = "events.delete";
    // 410 "deleted" (already deleted) and 404 (never there, or purged): the event is gone either way.
    request.passThroughStatuses = {404, 410};
    return m_transport.send(std::move(request)).then(this, [](const Result<ApiResponse>& response) {
        return response ? Result<void>() : Result<void>(response.error());
    });
}

QFuture<Result<QList<BusyInterval>>> GoogleCalendarClient::freeBusy(
    const QStringList& calendarIds, const QDateTime& from, const QDateTime& to)
{
    if (calendarIds.isEmpty()) {
        return readyFuture(Result<QList<BusyInterval>>(QList<BusyInterval>()));
    }
    if (!(from.isValid() && to.isValid() && from < to)) {
        return readyFuture(Result<QList<BusyInterval>>(Error(Error::Code::InvalidInput,
            QCoreApplication::translate("GoogleCalendar", "The period to check for busy times is empty."),
            QStringLiteral("freebusy.query: invalid window"))));
    }
    QJsonArray items;
    for (const QString& id : calendarIds) {
        items.append(QJsonObject {{QStringLiteral("id"), id}});
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("freeBusy");
    request.operation = "freebusy.query";
    request.body = QJsonObject {{QStringLiteral("timeMin"), google_json::rfc3339Utc(from)},
        {QStringLiteral("timeMax"), google_json::rfc3339Utc(to)}, {QStringLiteral("timeZone"), QStringLiteral("UTC")},
        {QStringLiteral("items"), items}};
    return m_transport.send(std::move(request)).then(this, [calendarIds](const Result<ApiResponse>& response) {
        if (!response) {
            return Result<QList<BusyInterval>>(response.error());
        }
        return google_json::busyFromJson(response->json, calendarIds);
    });
}

} // namespace clientele
