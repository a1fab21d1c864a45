#include "core/adapters/calendar/MicrosoftCalendarClient.h"

#include <algorithm>
#include <utility>

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>

#include "core/adapters/calendar/BusyIntervals.h"
#include "core/adapters/calendar/CalendarLogging.h"
#include "core/adapters/calendar/MicrosoftEventJson.h"
#include "core/adapters/calendar/MicrosoftGraphErrors.h"
#include "core/oauth/ReadyFuture.h"

namespace clientele {

namespace {

// A server that keeps handing out next links must not keep us paging forever.
constexpr int kMaxPages = 10000;
// getSchedule's availabilityView granularity when it has to stand in for scheduleItems.
constexpr int kAvailabilityMinutes = 15;

QString calendarPath(const QString& calendarId)
{
    return QStringLiteral("me/calendars/") + RestApiTransport::encodeSegment(calendarId);
}

QString eventPath(const QString& calendarId, const QString& eventId)
{
    return calendarPath(calendarId) + QStringLiteral("/events/") + RestApiTransport::encodeSegment(eventId);
}

QString str(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toString();
}

std::optional<Error> invalidDraft(const EventDraft& draft)
{
    if (draft.startUtc.isValid() && draft.endUtc.isValid() && draft.startUtc < draft.endUtc) {
        return std::nullopt;
    }
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("MicrosoftCalendar", "The event needs a start before its end."),
        QStringLiteral("event draft: invalid times"));
}

Error emptyWindowError(const char* operation)
{
    return {Error::Code::InvalidInput,
        QCoreApplication::translate("MicrosoftCalendar", "The period to synchronise is empty."),
        QStringLiteral("%1: invalid window").arg(QLatin1StringView(operation))};
}

Error missingPieceError(const char* operation, const char* what)
{
    return microsoftCalendarBadAnswerError(
        operation, QStringLiteral("no %1 in the answer").arg(QLatin1StringView(what)));
}

// Graph's sync reset: 410 Gone, or the codes it documents for a state it dropped or cannot use.
bool isSyncReset(const ApiFailure& failure)
{
    if (failure.status == 410) {
        return true;
    }
    for (const char* code : {"syncStateNotFound", "syncStateInvalid", "resyncRequired"}) {
        if (failure.reason.compare(QLatin1StringView(code), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// A delta link from an earlier round against this API. Anything else (a state from another base
// URL, or not a link at all) is no usable state: the bearer token must not follow it elsewhere, and
// an error would repeat on every round, so the sync starts over instead.
bool isOwnDeltaLink(const QString& syncState, const QUrl& baseUrl)
{
    const QUrl url(syncState, QUrl::StrictMode);
    return url.isValid() && url.scheme() == baseUrl.scheme() && url.host() == baseUrl.host()
        && url.port(-1) == baseUrl.port(-1) && url.path().startsWith(baseUrl.path());
}

template<typename T>
void settle(QPromise<Result<T>>& promise, Result<T> result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

} // namespace

struct MicrosoftCalendarClient::Paging
{
    ApiRequest request; // the page to ask for next
    PageSink sink;
    int pages = 0;
    QPromise<Result<ApiResponse>> promise;
};

struct MicrosoftCalendarClient::Sync
{
    QString calendarId;
    QString deltaLink; // empty: a full round over the window
    QDateTime windowStart;
    QDateTime windowEnd;
    EventChanges result;
    QPromise<Result<EventChanges>> promise;
};

struct MicrosoftCalendarClient::FreeBusyJob
{
    QDateTime from;
    QDateTime to;
    bool viaSchedule = false; // the default calendar, through getSchedule on the mailbox
    QDateTime chunkStart;
    QStringList viaCalendarView; // other calendars, through their events
    QList<BusyInterval> busy;
    QPromise<Result<QList<BusyInterval>>> promise;
};

MicrosoftCalendarClient::MicrosoftCalendarClient(
    Options options, QNetworkAccessManager& network, AccessTokenSource tokens, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_transport(
          microsoftGraphDialect(), m_options.baseUrl, network, std::move(tokens), m_options.retry, m_options.timeout)
{
    Q_ASSERT(m_options.pageSize > 0);
    Q_ASSERT(m_options.scheduleChunk.count() > 0);
}

MicrosoftCalendarClient::~MicrosoftCalendarClient() = default;

QByteArray MicrosoftCalendarClient::preferHeader(bool paged) const
{
    // Answers in UTC whatever the mailbox's zone; page size as a preference (Graph may send fewer).
    QByteArray prefer = QByteArrayLiteral("outlook.timezone=\"UTC\"");
    if (paged) {
        prefer += ", odata.maxpagesize=" + QByteArray::number(m_options.pageSize);
    }
    return prefer;
}

QFuture<Result<ApiResponse>> MicrosoftCalendarClient::pageThrough(ApiRequest first, PageSink sink)
{
    auto paging = std::make_shared<Paging>();
    paging->request = std::move(first);
    paging->sink = std::move(sink);
    paging->promise.start();
    QFuture<Result<ApiResponse>> future = paging->promise.future();
    nextPage(paging);
    return future;
}

void MicrosoftCalendarClient::nextPage(const std::shared_ptr<Paging>& paging)
{
    m_transport.send(paging->request).then(this, [this, paging](const Result<ApiResponse>& response) {
        if (!response || response->status >= 300) {
            // An error, or a status the caller asked to see (passThroughStatuses).
            settle(paging->promise, response);
            return;
        }
        if (std::optional<Error> error = paging->sink(response->json.value(QLatin1StringView("value")).toArray())) {
            settle(paging->promise, Result<ApiResponse>(std::move(*error)));
            return;
        }
        // "follow verbatim": the link holds $skiptoken and every original parameter.
        const QString next = response->json.value(QLatin1StringView("@odata.nextLink")).toString();
        if (next.isEmpty()) {
            settle(paging->promise, response);
            return;
        }
        if (++paging->pages >= kMaxPages) {
            settle(paging->promise, Result<ApiResponse>(missingPieceError(paging->request.operation, "last page")));
            return;
        }
        paging->request.absoluteUrl = QUrl(next);
        paging->request.path.clear();
        paging->request.query.clear();
        nextPage(paging);
    });
}

QFuture<Result<QList<RemoteCalendar>>> MicrosoftCalendarClient::calendars()
{
    auto promise = std::make_shared<QPromise<Result<QList<RemoteCalendar>>>>();
    promise->start();
    QFuture<Result<QList<RemoteCalendar>>> future = promise->future();

    // Graph's calendar has no time zone; the mailbox's applies. Reading it needs
    // MailboxSettings.Read, which a calendar-only consent lacks: then the calendars come without one.
    ApiRequest settings;
    settings.path = QStringLiteral("me/mailboxSettings");
    settings.operation = "mailboxSettings.get";
    settings.passThroughStatuses = {403, 404};
    m_transport.send(std::move(settings)).then(this, [this, promise](const Result<ApiResponse>& response) {
        if (!response) {
            settle(*promise, Result<QList<RemoteCalendar>>(response.error()));
            return;
        }
        QString zone;
        if (response->status == 200) {
            zone = graph_json::ianaZoneFor(str(response->json, "timeZone"));
        } else {
            qCInfo(lcMicrosoftCalendar) << "mailboxSettings.get: HTTP" << response->status << response->failure.reason
                                        << "- calendars listed without a time zone";
        }
        auto calendars = std::make_shared<QList<RemoteCalendar>>();
        ApiRequest list;
        list.path = QStringLiteral("me/calendars");
        list.operation = "calendars.list";
        list.headers = {{"Prefer", preferHeader(true)}};
        pageThrough(std::move(list), [this, calendars, zone](const QJsonArray& items) -> std::optional<Error> {
            for (const auto& item : items) {
                const QJsonObject json = item.toObject();
                RemoteCalendar calendar = graph_json::calendarFromJson(json, zone);
                if (calendar.primary) {
                    m_defaultCalendarId = calendar.id;
                    m_mailbox = str(json.value(QLatin1StringView("owner")).toObject(), "address");
                }
                calendars->append(std::move(calendar));
            }
            return std::nullopt;
        }).then(this, [promise, calendars](const Result<ApiResponse>& listed) {
            settle(*promise,
                listed ? Result<QList<RemoteCalendar>>(*calendars) : Result<QList<RemoteCalendar>>(listed.error()));
        });
    });
    return future;
}

QFuture<Result<EventChanges>> MicrosoftCalendarClient::changes(
    const QString& calendarId, const QString& syncState, const QDateTime& windowStart, const QDateTime& windowEnd)
{
    const bool windowValid = windowStart.isValid() && windowEnd.isValid() && windowStart < windowEnd;
    auto sync = std::make_shared<Sync>();
    sync->calendarId = calendarId;
    sync->windowStart = windowStart;
    sync->windowEnd = windowEnd;
    if (isOwnDeltaLink(syncState, m_options.baseUrl)) {
        sync->deltaLink = syncState;
    } else if (!syncState.isEmpty()) {
        qCInfo(lcMicrosoftCalendar) << "events.delta: the stored sync state is not a delta link of this API,"
                                    << "listing everything again";
    }
    if (sync->deltaLink.isEmpty() && !windowValid) {
        return readyFuture(Result<EventChanges>(emptyWindowError("events.delta")));
    }
    sync->result.wasFullResync = sync->deltaLink.isEmpty();
    sync->promise.start();
    QFuture<Result<EventChanges>> future = sync->promise.future();
    syncRound(sync);
    return future;
}

void MicrosoftCalendarClient::syncRound(const std::shared_ptr<Sync>& sync)
{
    ApiRequest request;
    request.operation = "events.delta";
    request.headers = {{"Prefer", preferHeader(true)}};
    request.passThroughStatuses = {400, 404, 410};
    if (sync->deltaLink.isEmpty()) {
        request.path = calendarPath(sync->calendarId) + QStringLiteral("/calendarView/delta");
        request.query.addQueryItem(QStringLiteral("startDateTime"), graph_json::isoUtc(sync->windowStart));
        request.query.addQueryItem(QStringLiteral("endDateTime"), graph_json::isoUtc(sync->windowEnd));
    } else {
        // The link encodes the window and every other parameter of the first request.
        request.absoluteUrl = QUrl(sync->deltaLink);
    }
    EventChanges* result = &sync->result;
    pageThrough(std::move(request), [result](const QJsonArray& items) -> std::optional<Error> {
        for (const auto& item : items) {
            const QJsonObject json = item.toObject();
            const QString id = str(json, "id");
            if (id.isEmpty()) {
                continue;
            }
            if (json.contains(QLatin1StringView("@removed"))) {
                // Deleted, or moved out of the window: {"id","@removed":{"reason":"deleted"}}.
                result->removedEventIds.append(id);
            } else if (graph_json::isSeriesMaster(json)) {
                continue; // the port wants occurrences only, which the view lists as well
            } else if (json.value(QLatin1StringView("isCancelled")).toBool()) {
                result->removedEventIds.append(id);
            } else {
                result->changed.append(graph_json::eventFromJson(json));
            }
        }
        return std::nullopt;
    }).then(this, [this, sync](const Result<ApiResponse>& response) {
        if (!response) {
            settle(sync->promise, Result<EventChanges>(response.error()));
            return;
        }
        if (response->status >= 300) {
            if (!sync->deltaLink.isEmpty() && isSyncReset(response->failure)) {
                // Graph: an expired or unusable state token means "start over with a full sync".
                qCInfo(lcMicrosoftCalendar) << "events.delta: sync state no longer valid (HTTP" << response->status
                                            << response->failure.reason << "), listing everything again";
                sync->deltaLink.clear();
                sync->result = EventChanges {};
                sync->result.wasFullResync = true;
                if (!(sync->windowStart.isValid() && sync->windowEnd.isValid()
                        && sync->windowStart < sync->windowEnd)) {
                    settle(sync->promise, Result<EventChanges>(emptyWindowError("events.delta")));
                    return;
                }
                syncRound(sync);
                return;
            }
            settle(sync->promise, Result<EventChanges>(microsoftCalendarError(response->failure, "events.delta")));
            return;
        }
        sync->result.nextSyncState = str(response->json, "@odata.deltaLink");
        if (sync->result.nextSyncState.isEmpty()) {
            settle(sync->promise, Result<EventChanges>(missingPieceError("events.delta", "@odata.deltaLink")));
            return;
        }
        qCInfo(lcMicrosoftCalendar) << "events.delta:" << sync->result.changed.size() << "changed,"
                                    << sync->result.removedEventIds.size() << "removed,"
                                    << (sync->result.wasFullResync ? "full" : "incremental");
        settle(sync->promise, Result<EventChanges>(std::move(sync->result)));
    });
}

QFuture<Result<RemoteEvent>> MicrosoftCalendarClient::eventRequest(ApiRequest request)
{
    const char* operation = request.operation;
    request.headers.append({"Prefer", preferHeader(false)});
    return m_transport.send(std::move(request)).then(this, [operation](const Result<ApiResponse>& response) {
        if (!response) {
            return Result<RemoteEvent>(response.error());
        }
        RemoteEvent event = graph_json::eventFromJson(response->json);
        if (event.id.isEmpty()) {
            return Result<RemoteEvent>(missingPieceError(operation, "event id"));
        }
        return Result<RemoteEvent>(std::move(event));
    });
}

QFuture<Result<RemoteEvent>> MicrosoftCalendarClient::readEvent(const QString& calendarId, const QString& eventId)
{
    ApiRequest request;
    request.path = eventPath(calendarId, eventId);
    request.operation = "events.get";
    return eventRequest(std::move(request));
}

QFuture<Result<RemoteEvent>> MicrosoftCalendarClient::createEvent(const QString& calendarId, const EventDraft& draft)
{
    if (const std::optional<Error> invalid = invalidDraft(draft)) {
        return readyFuture(Result<RemoteEvent>(*invalid));
    }
    QJsonObject body = graph_json::eventToJson(draft);
    const QString transactionId = graph_json::transactionIdFor(draft);
    if (!transactionId.isEmpty()) {
        // A POST retried after a lost answer (timeout, 503 after the write) returns the first event.
        body.insert(QStringLiteral("transactionId"), transactionId);
    }
    ApiRequest request;
    request.method = "POST";
    request.path = calendarPath(calendarId) + QStringLiteral("/events");
    request.operation = "events.create";
    request.body = std::move(body);
    return eventRequest(std::move(request));
}

QFuture<Result<RemoteEvent>> MicrosoftCalendarClient::updateEvent(
    const QString& calendarId, const QString& eventId, const EventDraft& draft, const QString& ifMatchEtag)
{
    if (const std::optional<Error> invalid = invalidDraft(draft)) {
        return readyFuture(Result<RemoteEvent>(*invalid));
    }
    ApiRequest request;
    request.method = "PATCH";
    request.path = eventPath(calendarId, eventId);
    request.operation = "events.update";
    request.body = graph_json::eventToJson(draft); // transactionId cannot change after the create
    request.ifMatch = ifMatchEtag.toUtf8();
    return eventRequest(std::move(request));
}

QFuture<Result<void>> MicrosoftCalendarClient::deleteEvent(const QString& calendarId, const QString& eventId)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = eventPath(calendarId, eventId);
    request.operation = "events.delete";
    // 404 ErrorItemNotFound: already deleted (by us before, or in Outlook). Gone either way.
    request.passThroughStatuses = {404};
    return m_transport.send(std::move(request)).then(this, [](const Result<ApiResponse>& response) {
        return response ? Result<void>() : Result<void>(response.error());
    });
}

QFuture<Result<void>> MicrosoftCalendarClient::resolveMailbox()
{
    if (!m_defaultCalendarId.isEmpty()) {
        return readyFuture(Result<void>());
    }
    ApiRequest request;
    request.path = QStringLiteral("me/calendar");
    request.operation = "calendar.get";
    return m_transport.send(std::move(request)).then(this, [this](const Result<ApiResponse>& response) {
        if (!response) {
            return Result<void>(response.error());
        }
        m_defaultCalendarId = str(response->json, "id");
        m_mailbox = str(response->json.value(QLatin1StringView("owner")).toObject(), "address");
        return m_defaultCalendarId.isEmpty() ? Result<void>(missingPieceError("calendar.get", "calendar id"))
                                             : Result<void>();
    });
}

QFuture<Result<QList<BusyInterval>>> MicrosoftCalendarClient::freeBusy(
    const QStringList& calendarIds, const QDateTime& from, const QDateTime& to)
{
    if (calendarIds.isEmpty()) {
        return readyFuture(Result<QList<BusyInterval>>(QList<BusyInterval>()));
    }
    if (!(from.isValid() && to.isValid() && from < to)) {
        return readyFuture(Result<QList<BusyInterval>>(Error(Error::Code::InvalidInput,
            QCoreApplication::translate("MicrosoftCalendar", "The period to check for busy times is empty."),
            QStringLiteral("calendar.getSchedule: invalid window"))));
    }
    auto job = std::make_shared<FreeBusyJob>();
    job->from = from.toUTC();
    job->to = to.toUTC();
    job->chunkStart = job->from;
    job->promise.start();
    QFuture<Result<QList<BusyInterval>>> future = job->promise.future();
    resolveMailbox().then(this, [this, job, calendarIds](const Result<void>& resolved) {
        if (!resolved) {
            settle(job->promise, Result<QList<BusyInterval>>(resolved.error()));
            return;
        }
        for (const QString& id : calendarIds) {
            if (id == m_defaultCalendarId && !m_mailbox.isEmpty()) {
                job->viaSchedule = true;
            } else if (!job->viaCalendarView.contains(id)) {
                job->viaCalendarView.append(id);
            }
        }
        freeBusyStep(job);
    });
    return future;
}

void MicrosoftCalendarClient::freeBusyStep(const std::shared_ptr<FreeBusyJob>& job)
{
    QList<BusyInterval>* busy = &job->busy;
    const auto next = [this, job](const Result<ApiResponse>& response) {
        if (!response) {
            settle(job->promise, Result<QList<BusyInterval>>(response.error()));
            return;
        }
        freeBusyStep(job);
    };
    if (job->viaSchedule && job->chunkStart < job->to) {
        const QDateTime chunkStart = job->chunkStart;
        const QDateTime chunkEnd = std::min(job->to,
            chunkStart.addSecs(std::chrono::duration_cast<std::chrono::seconds>(m_options.scheduleChunk).count()));
        job->chunkStart = chunkEnd;
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("me/calendar/getSchedule");
        request.operation = "calendar.getSchedule";
        request.headers = {{"Prefer", preferHeader(false)}};
        request.body = QJsonObject {{QStringLiteral("schedules"), QJsonArray {m_mailbox}},
            {QStringLiteral("startTime"), graph_json::dateTimeTimeZone(chunkStart, {})},
            {QStringLiteral("endTime"), graph_json::dateTimeTimeZone(chunkEnd, {})},
            {QStringLiteral("availabilityViewInterval"), kAvailabilityMinutes}};
        pageThrough(std::move(request), [busy, chunkStart](const QJsonArray& schedules) -> std::optional<Error> {
            for (const auto& schedule : schedules) {
                const QJsonObject information = schedule.toObject();
                const QJsonObject error = information.value(QLatin1StringView("error")).toObject();
                if (!error.isEmpty()) {
                    const QString code = str(error, "responseCode");
                    const bool notFound = code == QLatin1StringView("ErrorMailRecipientNotFound");
                    return Error(notFound ? Error::Code::NotFound : Error::Code::Unavailable,
                        QCoreApplication::translate(
                            "MicrosoftCalendar", "Outlook could not tell the busy times of your calendar."),
                        QStringLiteral("calendar.getSchedule: schedule error %1").arg(code), !notFound);
                }
                if (information.contains(QLatin1StringView("scheduleItems"))) {
                    for (const auto& item : information.value(QLatin1StringView("scheduleItems")).toArray()) {
                        if (const auto interval = graph_json::busyOfScheduleItem(item.toObject())) {
                            busy->append(*interval);
                        }
                    }
                    continue;
                }
                // Without the items (e.g. restricted sharing), the 15-minute digits: 0 free,
                // 1 tentative, 2 busy, 3 out of office, 4 working elsewhere.
                const QString view = str(information, "availabilityView");
                for (qsizetype slot = 0; slot < view.size(); ++slot) {
                    const QChar digit = view.at(slot);
                    if (digit == u'1' || digit == u'2' || digit == u'3') {
                        const QDateTime start = chunkStart.addSecs(slot * kAvailabilityMinutes * 60);
                        busy->append({start, start.addSecs(qint64 {kAvailabilityMinutes} * 60)});
                    }
                }
            }
            return std::nullopt;
        }).then(this, next);
        return;
    }
    if (!job->viaCalendarView.isEmpty()) {
        ApiRequest request;
        request.path = calendarPath(job->viaCalendarView.takeFirst()) + QStringLiteral("/calendarView");
        request.operation = "calendarView.list";
        request.headers = {{"Prefer", preferHeader(true)}};
        request.query.addQueryItem(QStringLiteral("startDateTime"), graph_json::isoUtc(job->from));
        request.query.addQueryItem(QStringLiteral("endDateTime"), graph_json::isoUtc(job->to));
        pageThrough(std::move(request), [busy](const QJsonArray& events) -> std::optional<Error> {
            for (const auto& event : events) {
                if (const auto interval = graph_json::busyOfEvent(event.toObject())) {
                    busy->append(*interval);
                }
            }
            return std::nullopt;
        }).then(this, next);
        return;
    }
    QList<BusyInterval> clipped;
    for (const BusyInterval& interval : std::as_const(job->busy)) {
        const BusyInterval within {std::max(interval.startUtc, job->from), std::min(interval.endUtc, job->to)};
        if (within.startUtc < within.endUtc) {
            clipped.append(within);
        }
    }
    settle(job->promise, Result<QList<BusyInterval>>(mergeBusyIntervals(std::move(clipped))));
}

} // namespace clientele
