#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <optional>

#include "core/Result.h"
#include "core/store/CalendarRows.h"
#include "core/store/Summaries.h"

namespace clientele {

class Store;
class StoreSession;

// The read side of the practice for the UI: lists, the calendar, Today and a client's history. Every
// call is one job on the storage thread; results come back as futures to continue on the UI thread.
class PracticeQueries final
{
public:
    struct ClientFilter
    {
        QString text; // search-as-you-type over names, emails, phones, tags (FTS prefix); empty: all
        std::optional<domain::PipelineStage> stage;
        QString tag; // exact tag, case-insensitive; empty: any
        int limit = 0; // 0: no limit
    };

    struct BookingFilter
    {
        QDateTime from; // sessions ending after `from` (UTC); invalid: no lower bound
        QDateTime to; // sessions starting before `to`; invalid: no upper bound
        std::optional<domain::BookingStatus> status;
        QUuid clientId; // null: all clients
        int limit = 0;
    };

    struct InvoiceFilter
    {
        std::optional<domain::InvoiceStatus> status;
        bool overdueOnly = false;
        QUuid clientId;
        QDate today; // for overdueOnly
        int limit = 0;
    };

    explicit PracticeQueries(Store& store);

    // The same query for code already on the storage thread (exports, the CLI).
    static Result<QList<BookingSummary>> bookings(StoreSession& session, const BookingFilter& filter);

    // Sorted by name (case- and accent-insensitive).
    QFuture<Result<QList<ClientSummary>>> clients(const ClientFilter& filter);
    // Sorted by start; bookings without a time (inquiries) come last.
    QFuture<Result<QList<BookingSummary>>> bookings(const BookingFilter& filter);
    // Newest first (issue date, then drafts by creation).
    QFuture<Result<QList<InvoiceSummary>>> invoices(const InvoiceFilter& filter);
    QFuture<Result<TodayAgenda>> today(const QDateTime& now, const QString& timeZoneId);
    QFuture<Result<ClientHistory>> clientHistory(const QUuid& clientId, const QDate& today);
    // Contracts, newest sent first (drafts last); at most `limit`.
    QFuture<Result<QList<ContractSummary>>> contracts(int limit);
    // Messages in and out, newest first; at most `limit`. failedOnly: failed and undeliverable ones.
    QFuture<Result<QList<MessageSummary>>> messages(int limit, bool failedOnly);
    // Time blocked by outside calendars (imported .ics files, connected calendars) in [from, to).
    QFuture<Result<QList<CalendarRows::Block>>> busyBlocks(const QDateTime& from, const QDateTime& to);
    // Every tag in use, sorted, for the filter menu.
    QFuture<Result<QStringList>> tags();

private:
    Store& m_store;
};

} // namespace clientele
