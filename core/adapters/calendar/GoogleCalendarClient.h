#pragma once

#include <QObject>
#include <QUrl>
#include <chrono>
#include <memory>

#include "core/adapters/calendar/RestApiTransport.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/ports/CalendarProvider.h"

class QNetworkAccessManager;

namespace clientele {

// CalendarProvider for Google Calendar API v3 (PROVIDERS.md §3.3) over QNetworkAccessManager.
// Sync: a full listing with singleEvents=true over the window, then incremental lists by
// nextSyncToken; a 410 on the token restarts the full listing. Meet links through
// conferenceData.createRequest with conferenceDataVersion=1. Our events carry the booking id in
// extendedProperties.private.clienteleBookingId.
class GoogleCalendarClient final : public QObject, public CalendarProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleCalendarClient)

public:
    struct Options
    {
        QUrl baseUrl {QStringLiteral("https://www.googleapis.com/calendar/v3/")};
        int pageSize = 250; // events.list maxResults (Google's default; max 2500)
        RetryPolicy retry;
        std::chrono::milliseconds timeout {std::chrono::seconds(30)};
    };

    GoogleCalendarClient(
        Options options, QNetworkAccessManager& network, AccessTokenSource tokens, QObject* parent = nullptr);
    ~GoogleCalendarClient() override;

    QFuture<Result<QList<RemoteCalendar>>> calendars() override;
    QFuture<Result<EventChanges>> changes(const QString& calendarId, const QString& syncState,
        const QDateTime& windowStart, const QDateTime& windowEnd) override;
    QFuture<Result<RemoteEvent>> readEvent(const QString& calendarId, const QString& eventId) override;
    QFuture<Result<RemoteEvent>> createEvent(const QString& calendarId, const EventDraft& draft) override;
    QFuture<Result<RemoteEvent>> updateEvent(const QString& calendarId, const QString& eventId, const EventDraft& draft,
        const QString& ifMatchEtag) override;
    QFuture<Result<void>> deleteEvent(const QString& calendarId, const QString& eventId) override;
    QFuture<Result<QList<BusyInterval>>> freeBusy(
        const QStringList& calendarIds, const QDateTime& from, const QDateTime& to) override;

private:
    struct Listing;
    struct CalendarPaging;

    void listPage(const std::shared_ptr<Listing>& listing);
    void restartFull(const std::shared_ptr<Listing>& listing);
    void calendarPage(const std::shared_ptr<CalendarPaging>& paging);
    QFuture<Result<RemoteEvent>> eventRequest(ApiRequest request);

    Options m_options;
    RestApiTransport m_transport;
};

} // namespace clientele
