#include "core/store/PracticeQueries.h"

#include "core/SortKey.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <variant>

#include "core/domain/Client.h"
#include "core/store/CalendarRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Store.h"

namespace clientele {

namespace {

using Bound = std::variant<qint64, QString, QByteArray>;

constexpr int kTodayListLimit = 50;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
// No session is longer than this (Schedule::kMaxDurationDays), so a booking that overlaps a window
// starts at most this long before it: the window scan stays on the booking_window index.
constexpr qint64 kMaxSessionMs = qint64 {domain::Schedule::kMaxDurationDays} * kDayMs;

// Client::displayName() in SQL: "Given Family", or the company when there is no personal name.
QString nameOf(const char* alias)
{
    const QString a = QString::fromLatin1(alias);
    const QString personal =
        QStringLiteral("trim(coalesce(%1.given_name, '') || ' ' || coalesce(%1.family_name, ''))").arg(a);
    return QStringLiteral("CASE WHEN %1 = '' THEN coalesce(%2.company, '') ELSE %1 END").arg(personal, a);
}

QUuid idAt(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QUuid() : QUuid::fromRfc4122(row.blob(column));
}

QDateTime instantAt(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

Result<void> forEach(SqlCipherDatabase& db, const QString& sql, const QList<Bound>& bound,
    const std::function<void(const SqlStatement&)>& visit)
{
    Result<SqlStatement> statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    for (qsizetype i = 0; i < bound.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (const auto* number = std::get_if<qint64>(&bound.at(i))) {
            statement.value().bind(index, *number);
        } else if (const auto* text = std::get_if<QString>(&bound.at(i))) {
            statement.value().bind(index, *text);
        } else {
            statement.value().bindBlob(index, std::get<QByteArray>(bound.at(i)));
        }
    }
    Result<bool> step = statement.value().step();
    while (step && step.value()) {
        visit(statement.value());
        step = statement.value().step();
    }
    if (!step) {
        return step.error();
    }
    return {};
}

domain::InvoiceStatus invoiceStatusFromKey(const QString& key)
{
    for (auto status :
        {domain::InvoiceStatus::Draft, domain::InvoiceStatus::Issued, domain::InvoiceStatus::PartiallyPaid,
            domain::InvoiceStatus::Paid, domain::InvoiceStatus::Void, domain::InvoiceStatus::Refunded}) {
        if (InvoiceRows::statusKey(status) == key) {
            return status;
        }
    }
    return domain::InvoiceStatus::Draft;
}

domain::ContractStatus contractStatusFromKey(const QString& key)
{
    return domain::Contract::statusFromName(key).value_or(domain::ContractStatus::Draft);
}

domain::MessageState messageStateFromKey(const QString& key)
{
    for (auto state : {domain::MessageState::Draft, domain::MessageState::Queued, domain::MessageState::Sending,
             domain::MessageState::Sent, domain::MessageState::Delivered, domain::MessageState::Failed,
             domain::MessageState::Received, domain::MessageState::Undeliverable}) {
        if (domain::Message::stateName(state) == key) {
            return state;
        }
    }
    return domain::MessageState::Draft;
}

// The practice currency, or empty before a profile is saved (then every currency counts).
Result<QString> practiceCurrency(SqlCipherDatabase& db)
{
    QString currency;
    Result<void> read =
        forEach(db, QStringLiteral("SELECT value FROM setting WHERE key = 'profile.currency' AND deleted = 0 LIMIT 1"),
            {}, [&currency](const SqlStatement& row) { currency = QCborValue::fromCbor(row.blob(0)).toString(); });
    if (!read) {
        return read.error();
    }
    return currency;
}

// ---- bookings

// The columns readBooking() reads; extraColumns (", x, y") of bookingSelect() come after them.
constexpr int kBookingColumns = 15;
QString bookingSelect(QStringView extraColumns = {})
{
    return u"SELECT b.id, b.client_id, " + nameOf("c")
        + u", b.service_id, s.name, b.start_utc, b.end_utc, b.tz, b.status, b.location, b.video_link, "
          u"coalesce(s.buffer_before_min, 0), coalesce(s.buffer_after_min, 0), b.series_id, "
          u"coalesce(s.video, 0)"
        + extraColumns
        + u" FROM booking b LEFT JOIN client c ON c.id = b.client_id LEFT JOIN service s ON s.id = b.service_id ";
}

BookingSummary readBooking(const SqlStatement& r)
{
    BookingSummary b;
    b.id = idAt(r, 0);
    b.clientId = idAt(r, 1);
    b.clientName = r.text(2);
    b.serviceId = idAt(r, 3);
    b.serviceName = r.text(4);
    if (!r.isNull(5) && !r.isNull(6)) {
        if (auto schedule = domain::Schedule::create(instantAt(r, 5), instantAt(r, 6), r.text(7))) {
            b.schedule = schedule.value();
        }
    }
    b.status = domain::bookingStatusFromKey(r.text(8)).value_or(domain::BookingStatus::Inquiry);
    b.location = r.text(9);
    b.videoLink = r.text(10);
    b.bufferBeforeMinutes = static_cast<int>(r.int64(11));
    b.bufferAfterMinutes = static_cast<int>(r.int64(12));
    b.seriesId = idAt(r, 13);
    b.serviceVideoMeeting = r.int64(14) != 0;
    return b;
}

Result<QList<BookingSummary>> queryBookings(SqlCipherDatabase& db, const PracticeQueries::BookingFilter& filter)
{
    QString sql = bookingSelect() + u"WHERE b.deleted = 0";
    QList<Bound> bound;
    if (filter.to.isValid()) {
        bound.append(filter.to.toMSecsSinceEpoch());
        sql += u" AND b.start_utc < ?" + QString::number(bound.size());
    }
    if (filter.from.isValid()) {
        const qint64 from = filter.from.toMSecsSinceEpoch();
        bound.append(from - kMaxSessionMs);
        sql += u" AND b.start_utc >= ?" + QString::number(bound.size());
        bound.append(from);
        sql += u" AND b.end_utc > ?" + QString::number(bound.size());
    }
    if (filter.status) {
        bound.append(domain::bookingStatusKey(*filter.status));
        sql += u" AND b.status = ?" + QString::number(bound.size());
    }
    if (!filter.clientId.isNull()) {
        bound.append(filter.clientId.toRfc4122());
        sql += u" AND b.client_id = ?" + QString::number(bound.size());
    }
    sql += u" ORDER BY b.start_utc IS NULL, b.start_utc, b.id";
    if (filter.limit > 0) {
        sql += u" LIMIT " + QString::number(filter.limit);
    }
    QList<BookingSummary> bookings;
    Result<void> read =
        forEach(db, sql, bound, [&bookings](const SqlStatement& row) { bookings.append(readBooking(row)); });
    if (!read) {
        return read.error();
    }
    return bookings;
}

// ---- invoices

// When invoice i's next payment is due: its first instalment that what was paid does not cover (the
// instalments' running total passes the amount paid there), else its due date. Invoice::isOverdue
// says the same of the whole invoice, so the list, Today and the editor agree.
const QString kNextDue = QStringLiteral(
    "coalesce((SELECT min(x.due_date) FROM invoice_installment x WHERE x.invoice_id = i.id AND x.deleted = 0 AND "
    "(SELECT sum(y.amount_minor) FROM invoice_installment y WHERE y.invoice_id = i.id AND y.deleted = 0 AND "
    "(y.due_date < x.due_date OR (y.due_date = x.due_date AND y.id <= x.id))) > coalesce(i.paid_minor, 0)), "
    "i.due_date)");

QString invoiceSelect()
{
    return u"SELECT i.id, i.client_id, " + nameOf("c")
        + u", i.booking_id, i.number, i.status, i.currency, i.issue_date, i.due_date, coalesce(i.total_minor, 0), "
          u"coalesce(i.paid_minor, 0), "
        + kNextDue + u" FROM invoice i LEFT JOIN client c ON c.id = i.client_id ";
}

InvoiceSummary readInvoice(const SqlStatement& r)
{
    InvoiceSummary i;
    i.id = idAt(r, 0);
    i.clientId = idAt(r, 1);
    i.clientName = r.text(2);
    i.bookingId = idAt(r, 3);
    i.number = r.text(4);
    i.status = invoiceStatusFromKey(r.text(5));
    i.currency = r.text(6);
    i.issueDate = QDate::fromString(r.text(7), Qt::ISODate);
    i.dueDate = QDate::fromString(r.text(8), Qt::ISODate);
    i.totalMinor = r.int64(9);
    i.paidMinor = r.int64(10);
    i.nextDueDate = QDate::fromString(r.text(11), Qt::ISODate);
    return i;
}

Result<QList<InvoiceSummary>> queryInvoices(
    SqlCipherDatabase& db, const QString& where, const QList<Bound>& bound, const QString& orderBy, int limit)
{
    QString sql = invoiceSelect() + u"WHERE i.deleted = 0" + where + u" ORDER BY " + orderBy;
    if (limit > 0) {
        sql += u" LIMIT " + QString::number(limit);
    }
    QList<InvoiceSummary> invoices;
    Result<void> read =
        forEach(db, sql, bound, [&invoices](const SqlStatement& row) { invoices.append(readInvoice(row)); });
    if (!read) {
        return read.error();
    }
    return invoices;
}

const QString kOpenInvoice =
    QStringLiteral(" AND i.status IN ('issued', 'partially-paid') AND i.total_minor > i.paid_minor");

// ---- messages and contracts

MessageSummary readMessage(const SqlStatement& r)
{
    MessageSummary m;
    m.id = idAt(r, 0);
    m.clientId = idAt(r, 1);
    m.clientName = r.text(2);
    m.channel = r.text(3);
    m.direction = r.text(4) == u"inbound" ? domain::MessageDirection::Inbound : domain::MessageDirection::Outbound;
    m.subject = r.text(5);
    const QString body = r.text(6);
    m.preview = body.section(u'\n', 0, 0).left(120);
    m.state = messageStateFromKey(r.text(7));
    m.error = r.text(8);
    m.at = instantAt(r, 9);
    return m;
}

QString messageSelect()
{
    return u"SELECT m.id, m.client_id, " + nameOf("c")
        + u", m.channel, m.direction, m.subject, substr(m.body, 1, 240), m.state, m.error, m.at "
          u"FROM message m LEFT JOIN client c ON c.id = m.client_id ";
}

// ---- clients

Result<QList<ClientSummary>> queryClients(SqlCipherDatabase& db, const PracticeQueries::ClientFilter& filter)
{
    Result<QString> currency = practiceCurrency(db);
    if (!currency) {
        return currency.error();
    }
    QList<Bound> bound {currency.value()};
    QString sql = u"SELECT c.id, " + nameOf("c")
        + u", (SELECT value FROM client_contact WHERE client_id = c.id AND deleted = 0 AND kind = 'email' "
          u"ORDER BY position, id LIMIT 1), "
          u"(SELECT value FROM client_contact WHERE client_id = c.id AND deleted = 0 AND kind = 'phone' "
          u"ORDER BY position, id LIMIT 1), "
          u"c.stage, (SELECT group_concat(tag, ',') FROM client_tag WHERE client_id = c.id AND deleted = 0), "
          u"c.created_at, "
          u"(SELECT coalesce(sum(paid_minor), 0) FROM invoice WHERE client_id = c.id AND deleted = 0 "
          u"AND (?1 = '' OR currency = ?1)) "
          u"FROM client c WHERE c.deleted = 0";
    if (filter.stage) {
        bound.append(domain::PipelineRules::name(*filter.stage));
        sql += u" AND c.stage = ?" + QString::number(bound.size());
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = SearchIndex::matchExpression(filter.text);
        if (match.isEmpty()) {
            return QList<ClientSummary>();
        }
        bound.append(match);
        sql += u" AND c.id IN (SELECT d.row_id FROM search_client_fts f JOIN search_doc d ON d.docid = f.docid "
               u"WHERE search_client_fts MATCH ?"
            + QString::number(bound.size()) + u")";
    }
    if (!filter.tag.trimmed().isEmpty()) {
        bound.append(filter.tag.trimmed());
        sql += u" AND c.id IN (SELECT client_id FROM client_tag WHERE deleted = 0 AND tag = ?"
            + QString::number(bound.size()) + u" COLLATE NOCASE)";
    }
    QList<ClientSummary> clients;
    QList<QString> keys;
    Result<void> read = forEach(db, sql, bound, [&](const SqlStatement& r) {
        ClientSummary c;
        c.id = idAt(r, 0);
        c.name = r.text(1);
        c.email = r.text(2);
        c.phone = r.text(3);
        c.stage = domain::PipelineRules::fromName(r.text(4)).value_or(domain::PipelineStage::Inquiry);
        c.tags = r.text(5).split(u',', Qt::SkipEmptyParts);
        c.tags.sort(Qt::CaseInsensitive);
        c.createdAt = instantAt(r, 6);
        c.lifetimeValueMinor = r.int64(7);
        c.currency = currency.value();
        clients.append(std::move(c));
    });
    if (!read) {
        return read.error();
    }
    // Sort by a precomputed key: one normalisation per client instead of two per comparison.
    QList<QPair<QString, qsizetype>> order;
    order.reserve(clients.size());
    for (qsizetype i = 0; i < clients.size(); ++i) {
        order.append({sortKey(clients.at(i).name), i});
    }
    std::sort(order.begin(), order.end(), [&clients](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return a.first < b.first;
        }
        return clients.at(a.second).id.toRfc4122() < clients.at(b.second).id.toRfc4122();
    });
    QList<ClientSummary> sorted;
    const qsizetype count = filter.limit > 0 ? std::min<qsizetype>(filter.limit, order.size()) : order.size();
    sorted.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        sorted.append(std::move(clients[order.at(i).second]));
    }
    return sorted;
}

// ---- today

// Pairs of bookings whose blocked times (session plus buffers) overlap, at most `limit` of them: a
// sweep over the bookings by blocked start that keeps those still blocking the calendar.
QList<BookingConflict> conflictsAmong(const QList<BookingSummary>& bookings, int limit)
{
    struct Blocked
    {
        qint64 start;
        qint64 end;
        qsizetype index;
    };
    QList<Blocked> blocked;
    blocked.reserve(bookings.size());
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        const BookingSummary& b = bookings.at(i);
        blocked.append({b.schedule.start().toMSecsSinceEpoch() - 60'000LL * b.bufferBeforeMinutes,
            b.schedule.end().toMSecsSinceEpoch() + 60'000LL * b.bufferAfterMinutes, i});
    }
    std::sort(blocked.begin(), blocked.end(),
        [](const Blocked& a, const Blocked& b) { return a.start != b.start ? a.start < b.start : a.index < b.index; });
    QList<BookingConflict> conflicts;
    QList<Blocked> active;
    for (const Blocked& current : std::as_const(blocked)) {
        active.removeIf([&current](const Blocked& a) { return a.end <= current.start; });
        for (const Blocked& other : std::as_const(active)) {
            if (conflicts.size() >= limit) {
                return conflicts;
            }
            conflicts.append(BookingConflict {bookings.at(other.index), bookings.at(current.index)});
        }
        active.append(current);
    }
    return conflicts;
}

// Bookings whose blocked time (session plus buffers) overlaps time another calendar marks busy, at
// most `limit`, in booking order. Blocks are sorted by start, so each booking stops at the first
// block that starts after it ends; a month holds hundreds of each, so no cleverer sweep is needed
// (and buffers that differ per booking would make one easy to get wrong).
QList<BusyConflict> busyConflictsAmong(
    const QList<BookingSummary>& bookings, const QList<CalendarRows::Block>& blocks, int limit)
{
    QList<BusyConflict> conflicts;
    for (const BookingSummary& booking : bookings) {
        const QDateTime start = booking.schedule.start().addSecs(-60LL * booking.bufferBeforeMinutes);
        const QDateTime end = booking.schedule.end().addSecs(60LL * booking.bufferAfterMinutes);
        for (qsizetype i = 0; i < blocks.size() && blocks.at(i).startUtc < end; ++i) {
            const CalendarRows::Block& block = blocks.at(i);
            if (!block.busy || block.endUtc <= start) {
                continue;
            }
            conflicts.append({booking, block.sourceName, block.title, block.startUtc, block.endUtc});
            if (conflicts.size() >= limit) {
                return conflicts;
            }
        }
    }
    return conflicts;
}

Result<TodayAgenda> queryToday(SqlCipherDatabase& db, const QDateTime& now, const QString& timeZoneId)
{
    TodayAgenda agenda;
    const QTimeZone zone(timeZoneId.toLatin1());
    const QDate today = (zone.isValid() ? now.toTimeZone(zone) : now.toUTC()).date();
    const QString todayText = today.toString(Qt::ISODate);
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Live sessions of the next 30 days (and the one in progress); the agenda shows the first week.
    const QString live = QStringLiteral(" AND b.status NOT IN ('canceled', 'no_show')");
    QList<BookingSummary> month;
    Result<void> read = forEach(db,
        bookingSelect() + u"WHERE b.deleted = 0 AND b.start_utc >= ?1 AND b.start_utc < ?2 AND b.end_utc > ?3" + live
            + u" ORDER BY b.start_utc, b.id",
        {nowMs - kMaxSessionMs, nowMs + 30 * kDayMs, nowMs},
        [&month](const SqlStatement& row) { month.append(readBooking(row)); });
    if (!read) {
        return read.error();
    }
    for (const BookingSummary& booking : std::as_const(month)) {
        if (agenda.upcoming.size() >= kTodayListLimit
            || booking.schedule.start().toMSecsSinceEpoch() >= nowMs + 7 * kDayMs) {
            break;
        }
        if (booking.status != domain::BookingStatus::Completed) {
            agenda.upcoming.append(booking);
        }
    }
    agenda.conflicts = conflictsAmong(month, kTodayListLimit);
    // Clients' answers to reminders: the latest one about each of these sessions.
    QHash<QUuid, QPair<bool, QDateTime>> latestReply;
    read = forEach(db,
        QStringLiteral(
            "SELECT r.booking_id, r.kind, r.at FROM booking_reply r WHERE r.deleted = 0 AND r.at = "
            "(SELECT max(r2.at) FROM booking_reply r2 WHERE r2.booking_id = r.booking_id AND r2.deleted = 0)"),
        {}, [&latestReply](const SqlStatement& row) {
            latestReply.insert(idAt(row, 0), {row.text(1) == u"reschedule", instantAt(row, 2)});
        });
    if (!read) {
        return read.error();
    }
    for (const BookingSummary& booking : std::as_const(month)) {
        if (const auto reply = latestReply.constFind(booking.id);
            reply != latestReply.cend() && agenda.replies.size() < kTodayListLimit) {
            agenda.replies.append({booking, reply->first, reply->second});
        }
    }
    Result<QList<CalendarRows::Block>> blocks =
        CalendarRows::blocksBetween(db, QDateTime::fromMSecsSinceEpoch(nowMs - kMaxSessionMs, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(nowMs + 30 * kDayMs + kMaxSessionMs, Qt::UTC));
    if (!blocks) {
        return blocks.error();
    }
    agenda.busyConflicts = busyConflictsAmong(month, *blocks, kTodayListLimit);
    read = forEach(db,
        bookingSelect(u", p.id, p.kind, p.proposed_start, p.proposed_end, cs.name, p.seen_at")
            + u"JOIN calendar_proposal p ON p.booking_id = b.id LEFT JOIN calendar_source cs ON cs.id = p.source_id "
              u"WHERE p.state = 'pending' AND b.deleted = 0 ORDER BY p.seen_at, p.id LIMIT "
            + QString::number(kTodayListLimit),
        {}, [&agenda](const SqlStatement& row) {
            CalendarChange change;
            change.booking = readBooking(row);
            const int p = kBookingColumns; // the proposal's columns follow the booking's
            change.proposalId = idAt(row, p);
            change.cancelled = row.text(p + 1) == u"cancelled";
            if (!change.cancelled) {
                change.proposedStartUtc = instantAt(row, p + 2);
                change.proposedEndUtc = instantAt(row, p + 3);
            }
            change.calendarName = row.text(p + 4);
            change.seenAtUtc = instantAt(row, p + 5);
            agenda.calendarChanges.append(change);
        });
    if (!read) {
        return read.error();
    }

    Result<QList<InvoiceSummary>> overdue = queryInvoices(
        db, kOpenInvoice + u" AND " + kNextDue + u" < ?1", {todayText}, kNextDue + u", i.id", kTodayListLimit);
    if (!overdue) {
        return overdue.error();
    }
    agenda.overdue = std::move(overdue).value();
    Result<QList<InvoiceSummary>> unpaid = queryInvoices(
        db, kOpenInvoice + u" AND " + kNextDue + u" >= ?1", {todayText}, kNextDue + u", i.id", kTodayListLimit);
    if (!unpaid) {
        return unpaid.error();
    }
    agenda.unpaid = std::move(unpaid).value();
    read = forEach(db,
        u"SELECT sum(" + kNextDue + u" < ?1), sum(" + kNextDue + u" >= ?1) FROM invoice i WHERE i.deleted = 0"
            + kOpenInvoice,
        {todayText}, [&agenda](const SqlStatement& row) {
            agenda.overdueCount = static_cast<int>(row.int64(0));
            agenda.unpaidCount = static_cast<int>(row.int64(1));
        });
    if (!read) {
        return read.error();
    }

    read = forEach(db,
        u"SELECT k.id, k.client_id, " + nameOf("c")
            + u", k.booking_id, k.title, k.status, k.sent_at FROM contract k LEFT JOIN client c ON c.id = k.client_id "
              u"WHERE k.deleted = 0 AND k.status IN ('sent', 'viewed') ORDER BY k.sent_at, k.id LIMIT "
            + QString::number(kTodayListLimit),
        {}, [&agenda](const SqlStatement& r) {
            agenda.unsignedContracts.append(ContractSummary {idAt(r, 0), idAt(r, 1), r.text(2), idAt(r, 3), r.text(4),
                contractStatusFromKey(r.text(5)), instantAt(r, 6)});
        });
    if (!read) {
        return read.error();
    }
    read = forEach(db,
        messageSelect() + u"WHERE m.deleted = 0 AND m.state IN ('failed', 'undeliverable') ORDER BY m.at DESC LIMIT "
            + QString::number(kTodayListLimit),
        {}, [&agenda](const SqlStatement& row) { agenda.failedMessages.append(readMessage(row)); });
    if (!read) {
        return read.error();
    }
    read = forEach(db,
        u"SELECT d.invoice_id, i.number, " + nameOf("c")
            + u", d.amount_minor, d.currency, d.reason, d.due_by, d.status FROM payment_dispute d "
              u"JOIN invoice i ON i.id = d.invoice_id LEFT JOIN client c ON c.id = i.client_id "
              u"WHERE d.deleted = 0 AND d.status IN ('needs_response', 'under_review') "
              u"ORDER BY d.due_by IS NULL, d.due_by, d.id LIMIT "
            + QString::number(kTodayListLimit),
        {}, [&agenda](const SqlStatement& r) {
            agenda.disputes.append(DisputeSummary {idAt(r, 0), r.text(1), r.text(2), r.int64(3), r.text(4), r.text(5),
                instantAt(r, 6), r.text(7) == u"under_review"});
        });
    if (!read) {
        return read.error();
    }
    read = forEach(db,
        u"SELECT s.client_id, " + nameOf("c")
            + u", s.name, s.amount_minor * s.quantity, s.currency FROM subscription s "
              u"JOIN client c ON c.id = s.client_id WHERE s.deleted = 0 AND s.state = 'past_due' "
              u"ORDER BY 2, s.id LIMIT "
            + QString::number(kTodayListLimit),
        {}, [&agenda](const SqlStatement& r) {
            agenda.failedSubscriptions.append(
                FailedSubscription {idAt(r, 0), r.text(1), r.text(2), r.int64(3), r.text(4)});
        });
    if (!read) {
        return read.error();
    }
    return agenda;
}

Result<ClientHistory> queryHistory(SqlCipherDatabase& db, const QUuid& clientId, const QDate& today)
{
    Q_UNUSED(today);
    ClientHistory history;
    Result<QString> currency = practiceCurrency(db);
    if (!currency) {
        return currency.error();
    }
    history.currency = currency.value();
    const QByteArray id = clientId.toRfc4122();
    Result<void> read = forEach(db,
        bookingSelect()
            + u"WHERE b.deleted = 0 AND b.client_id = ?1 ORDER BY b.start_utc IS NULL DESC, b.start_utc DESC, b.id "
              u"DESC",
        {id}, [&history](const SqlStatement& row) { history.bookings.append(readBooking(row)); });
    if (!read) {
        return read.error();
    }
    Result<QList<InvoiceSummary>> invoices = queryInvoices(
        db, QStringLiteral(" AND i.client_id = ?1"), {id}, QStringLiteral("i.issue_date DESC, i.id DESC"), 0);
    if (!invoices) {
        return invoices.error();
    }
    history.invoices = std::move(invoices).value();
    for (const InvoiceSummary& invoice : std::as_const(history.invoices)) {
        if (history.currency.isEmpty()) {
            history.currency = invoice.currency;
        }
        if (invoice.currency != history.currency) {
            continue;
        }
        history.lifetimeValueMinor += invoice.paidMinor;
        if (invoice.status == domain::InvoiceStatus::Issued || invoice.status == domain::InvoiceStatus::PartiallyPaid) {
            history.outstandingMinor += invoice.balanceMinor();
        }
    }
    read = forEach(db, messageSelect() + u"WHERE m.deleted = 0 AND m.client_id = ?1 ORDER BY m.at DESC, m.id DESC",
        {id}, [&history](const SqlStatement& row) { history.messages.append(readMessage(row)); });
    if (!read) {
        return read.error();
    }
    return history;
}

} // namespace

PracticeQueries::PracticeQueries(Store& store)
    : m_store(store)
{
}

QFuture<Result<QList<ClientSummary>>> PracticeQueries::clients(const ClientFilter& filter)
{
    return m_store.run([filter](StoreSession& session) { return queryClients(session.db(), filter); });
}

Result<QList<BookingSummary>> PracticeQueries::bookings(StoreSession& session, const BookingFilter& filter)
{
    return queryBookings(session.db(), filter);
}

QFuture<Result<QList<BookingSummary>>> PracticeQueries::bookings(const BookingFilter& filter)
{
    return m_store.run([filter](StoreSession& session) { return queryBookings(session.db(), filter); });
}

QFuture<Result<QList<CalendarRows::Block>>> PracticeQueries::busyBlocks(const QDateTime& from, const QDateTime& to)
{
    return m_store.run(
        [from, to](StoreSession& session) { return CalendarRows::blocksBetween(session.db(), from, to); });
}

QFuture<Result<QList<InvoiceSummary>>> PracticeQueries::invoices(const InvoiceFilter& filter)
{
    return m_store.run([filter](StoreSession& session) {
        QString where;
        QList<Bound> bound;
        if (filter.status) {
            bound.append(InvoiceRows::statusKey(*filter.status));
            where += u" AND i.status = ?" + QString::number(bound.size());
        }
        if (filter.overdueOnly) {
            bound.append(filter.today.toString(Qt::ISODate));
            where += kOpenInvoice + u" AND " + kNextDue + u" < ?" + QString::number(bound.size());
        }
        if (!filter.clientId.isNull()) {
            bound.append(filter.clientId.toRfc4122());
            where += u" AND i.client_id = ?" + QString::number(bound.size());
        }
        return queryInvoices(session.db(), where, bound, QStringLiteral("i.issue_date DESC, i.id DESC"), filter.limit);
    });
}

QFuture<Result<TodayAgenda>> PracticeQueries::today(const QDateTime& now, const QString& timeZoneId)
{
    return m_store.run([now, timeZoneId](StoreSession& session) { return queryToday(session.db(), now, timeZoneId); });
}

QFuture<Result<ClientHistory>> PracticeQueries::clientHistory(const QUuid& clientId, const QDate& today)
{
    return m_store.run(
        [clientId, today](StoreSession& session) { return queryHistory(session.db(), clientId, today); });
}

QFuture<Result<QList<ContractSummary>>> PracticeQueries::contracts(int limit)
{
    return m_store.run([limit](StoreSession& session) -> Result<QList<ContractSummary>> {
        QList<ContractSummary> contracts;
        Result<void> read = forEach(session.db(),
            u"SELECT k.id, k.client_id, " + nameOf("c")
                + u", k.booking_id, k.title, k.status, k.sent_at FROM contract k "
                  u"LEFT JOIN client c ON c.id = k.client_id WHERE k.deleted = 0 "
                  u"ORDER BY k.sent_at IS NULL, k.sent_at DESC, k.id DESC LIMIT "
                + QString::number(std::max(1, limit)),
            {}, [&contracts](const SqlStatement& r) {
                contracts.append(ContractSummary {idAt(r, 0), idAt(r, 1), r.text(2), idAt(r, 3), r.text(4),
                    contractStatusFromKey(r.text(5)), instantAt(r, 6)});
            });
        if (!read) {
            return read.error();
        }
        return contracts;
    });
}

QFuture<Result<QList<MessageSummary>>> PracticeQueries::messages(int limit, bool failedOnly)
{
    return m_store.run([limit, failedOnly](StoreSession& session) -> Result<QList<MessageSummary>> {
        QList<MessageSummary> messages;
        const QString where = failedOnly
            ? QStringLiteral("WHERE m.deleted = 0 AND m.state IN ('failed', 'undeliverable') ")
            : QStringLiteral("WHERE m.deleted = 0 ");
        Result<void> read = forEach(session.db(),
            messageSelect() + where + u"ORDER BY m.at DESC, m.id DESC LIMIT " + QString::number(std::max(1, limit)), {},
            [&messages](const SqlStatement& row) { messages.append(readMessage(row)); });
        if (!read) {
            return read.error();
        }
        return messages;
    });
}

QFuture<Result<QStringList>> PracticeQueries::tags()
{
    return m_store.run([](StoreSession& session) -> Result<QStringList> {
        QStringList tags;
        Result<void> read = forEach(session.db(),
            QStringLiteral("SELECT DISTINCT t.tag FROM client_tag t JOIN client c ON c.id = t.client_id "
                           "WHERE t.deleted = 0 AND c.deleted = 0"),
            {}, [&tags](const SqlStatement& row) { tags.append(row.text(0)); });
        if (!read) {
            return read.error();
        }
        tags.sort(Qt::CaseInsensitive);
        tags.removeDuplicates();
        return tags;
    });
}

} // namespace clientele
