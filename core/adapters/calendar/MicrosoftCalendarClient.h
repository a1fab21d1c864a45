#pragma once

#include <QJsonArray>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "core/adapters/calendar/RestApiTransport.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/ports/CalendarProvider.h"

class QNetworkAccessManager;

namespace clientele {

// CalendarProvider for Outlook / Microsoft 365 calendars through Microsoft Graph v1.0
// (PROVIDERS.md §4.2–4.3) over QNetworkAccessManager, sharing RestApiTransport's retrying with the
// Google adapter.
//
// Sync: calendarView/delta over the window, following @odata.nextLink pages to the @odata.deltaLink,
// which is the opaque sync state; an incremental round GETs that link. A 410 (syncStateNotFound,
// resyncRequired) restarts the full round. Occurrences come expanded; series masters are skipped.
// Creates carry transactionId "clientele-booking:<id>" (see graph_json), so a retried POST makes no
// second event and Clientele recognises its own events. Teams links through isOnlineMeeting with
// onlineMeetingProvider "teamsForBusiness". Every answer is asked for in UTC.
class MicrosoftCalendarClient final : public QObject, public CalendarProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MicrosoftCalendarClient)

public:
    struct Options
    {
        QUrl baseUrl {QStringLiteral("https://graph.microsoft.com/v1.0/")};
        int pageSize = 100; // Prefer: odata.maxpagesize for calendars, delta and calendarView
        // getSchedule refuses windows of 42 days or more; longer ones are asked for in pieces.
        std::chrono::hours scheduleChunk {41 * 24};
        RetryPolicy retry;
        std::chrono::milliseconds timeout {std::chrono::seconds(30)};
    };

    MicrosoftCalendarClient(
        Options options, QNetworkAccessManager& network, AccessTokenSource tokens, QObject* parent = nullptr);
    ~MicrosoftCalendarClient() override;

    QFuture<Result<QList<RemoteCalendar>>> calendars() override;
    QFuture<Result<EventChanges>> changes(const QString& calendarId, const QString& syncState,
        const QDateTime& windowStart, const QDateTime& windowEnd) override;
    QFuture<Result<RemoteEvent>> readEvent(const QString& calendarId, const QString& eventId) override;
    QFuture<Result<RemoteEvent>> createEvent(const QString& calendarId, const EventDraft& draft) override;
    QFuture<Result<RemoteEvent>> updateEvent(const QString& calendarId, const QString& eventId, const EventDraft& draft,
        const QString& ifMatchEtag) override;
    QFuture<Result<void>> deleteEvent(const QString& calendarId, const QString& eventId) override;
    // The default calendar's busy times come from getSchedule on the account's own mailbox (the
    // free/busy view Outlook itself shows others, in windows under 42 days); getSchedule takes
    // mailbox addresses, not calendar ids, so any other calendar is read through calendarView and
    // its events' showAs. Busy, out-of-office, tentative and unknown block time; free and
    // working-elsewhere do not (graph_json::blocksTime).
    QFuture<Result<QList<BusyInterval>>> freeBusy(
        const QStringList& calendarIds, const QDateTime& from, const QDateTime& to) override;

private:
    // A page's `value` items; an Error stops the paging with it.
    using PageSink = std::function<std::optional<Error>(const QJsonArray& items)>;
    struct Paging;
    struct Sync;
    struct FreeBusyJob;

    QFuture<Result<ApiResponse>> pageThrough(ApiRequest first, PageSink sink);
    void nextPage(const std::shared_ptr<Paging>& paging);
    void syncRound(const std::shared_ptr<Sync>& sync);
    void freeBusyStep(const std::shared_ptr<FreeBusyJob>& job);
    QFuture<Result<void>> resolveMailbox();
    QFuture<Result<RemoteEvent>> eventRequest(ApiRequest request);
    QByteArray preferHeader(bool paged) const;

    Options m_options;
    RestApiTransport m_transport;
    // The default calendar and the mailbox it belongs to, once known (calendars() or freeBusy()).
    QString m_defaultCalendarId;
    QString m_mailbox;
};

} // namespace clientele
