#include "core/store/CommandOutbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <array>
#include <utility>

#include "core/ports/Clock.h"
#include "core/store/CommandOutcomes.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

using sync::UuidV7;

constexpr std::array kStateKeys {std::pair {OutboxState::Queued, "queued"}, std::pair {OutboxState::Sending, "sending"},
    std::pair {OutboxState::Sent, "sent"}, std::pair {OutboxState::Failed, "failed"},
    std::pair {OutboxState::NeedsAttention, "attention"}, std::pair {OutboxState::Cancelled, "cancelled"}};

QString translated(const char* text)
{
    return QCoreApplication::translate("CommandOutbox", text);
}

// Open commands, and followed ones (OutboxCommand::isFollowed) made since ?4.
constexpr auto kLookedAt =
    "(state IN ('queued', 'sending') OR (created_at >= ?4 AND ((state = 'sent' AND relay_state = "
    "'sent') OR (state = 'attention' AND relay_state = 'unknown'))))";

constexpr auto kColumns = "command_id, type, params, subject_table, subject_id, state, relay_state, attempts, posted, "
                          "next_attempt_at, last_error, result, created_at, updated_at, expires_at";

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

OutboxCommand readCommand(const SqlStatement& row)
{
    OutboxCommand command;
    command.id = UuidV7::fromBytes(row.blob(0));
    command.type = row.text(1);
    command.params = QJsonDocument::fromJson(row.blob(2)).object();
    command.subjectTable = row.text(3);
    command.subjectId = UuidV7::fromBytes(row.blob(4));
    command.state = outboxStateFromKey(row.text(5)).value_or(OutboxState::NeedsAttention);
    command.relayState = row.text(6);
    command.attempts = static_cast<int>(row.int64(7));
    command.posted = row.int64(8) != 0;
    command.nextAttemptAt = utc(row.int64(9));
    command.lastError = row.text(10);
    command.result = QJsonDocument::fromJson(row.blob(11)).object();
    command.createdAt = utc(row.int64(12));
    command.updatedAt = utc(row.int64(13));
    if (!row.isNull(14)) {
        command.expiresAt = utc(row.int64(14));
    }
    return command;
}

Result<QList<OutboxCommand>> select(
    SqlCipherDatabase& db, const QString& where, const std::function<void(SqlStatement&)>& bind = {})
{
    Result<SqlStatement> query =
        db.prepare(QStringLiteral("SELECT %1 FROM command_outbox %2").arg(QLatin1String(kColumns), where));
    if (!query) {
        return query.error();
    }
    if (bind) {
        bind(query.value());
    }
    return StoredValues::readRows<OutboxCommand>(query.value(), readCommand);
}

Result<std::optional<OutboxCommand>> selectOne(SqlCipherDatabase& db, const QUuid& id)
{
    Result<QList<OutboxCommand>> found = select(db, QStringLiteral("WHERE command_id = ?1"),
        [&id](SqlStatement& query) { query.bindBlob(1, UuidV7::toBytes(id)); });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<OutboxCommand>();
    }
    return std::optional(found->constFirst());
}

Result<void> write(SqlCipherDatabase& db, const OutboxCommand& command, const QUuid& replacing)
{
    Result<SqlStatement> update = db.prepare(QStringLiteral(
        "UPDATE command_outbox SET command_id = ?1, state = ?2, relay_state = ?3, attempts = ?4, posted = ?5, "
        "next_attempt_at = ?6, last_error = ?7, result = ?8, updated_at = ?9 WHERE command_id = ?10"));
    if (!update) {
        return update.error();
    }
    update.value()
        .bindBlob(1, UuidV7::toBytes(command.id))
        .bind(2, outboxStateKey(command.state))
        .bind(3, command.relayState)
        .bind(4, command.attempts)
        .bind(5, command.posted)
        .bind(6, command.nextAttemptAt.toMSecsSinceEpoch())
        .bind(7, command.lastError)
        .bindBlob(8, command.result.isEmpty() ? QByteArray() : jsonBytes(command.result))
        .bind(9, command.updatedAt.toMSecsSinceEpoch())
        .bindBlob(10, UuidV7::toBytes(replacing));
    return update.value().run();
}

Error notFound()
{
    return Error(Error::Code::NotFound,
        translated(QT_TRANSLATE_NOOP("CommandOutbox", "This request is no longer in the outbox.")));
}

// Loads the command, lets `change` decide, and writes what it returns, in the caller's transaction.
template<typename Change>
Result<OutboxCommand> changeCommandIn(WriteScope& scope, const QUuid& id, Change change)
{
    Result<std::optional<OutboxCommand>> stored = selectOne(scope.db(), id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return notFound();
    }
    const OutboxCommand before = **stored;
    Result<OutboxCommand> changed = change(**stored);
    if (!changed) {
        return changed;
    }
    if (Result<void> written = write(scope.db(), changed.value(), id); !written) {
        return written.error();
    }
    // What came of it, where the practice keeps it (a payment link on its invoice), with it.
    if (Result<void> applied = CommandOutcomes::apply(scope, before, changed.value()); !applied) {
        return applied.error();
    }
    return changed;
}

template<typename Change>
Result<OutboxCommand> changeCommand(StoreSession& session, const QUuid& id, Change change)
{
    return inTransaction(
        session, [&](WriteScope& scope) -> Result<OutboxCommand> { return changeCommandIn(scope, id, change); });
}

// The provider's own words, after a sentence of ours (the provider's are English and technical).
QString refusal(const OutboxCommand& command, const RelayCommandState& state)
{
    QString reason = command.type.startsWith(u"twilio.")
        ? QCoreApplication::translate("CommandSender", "The text could not be sent.")
        : QCoreApplication::translate("CommandSender", "The payment service refused the request.");
    if (!state.errorMessage.isEmpty()) {
        reason += u' ' + state.errorMessage;
    }
    return reason;
}

} // namespace

QString outboxStateKey(OutboxState state)
{
    for (const auto& [value, key] : kStateKeys) {
        if (value == state) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(const QString& key)
{
    for (const auto& [value, text] : kStateKeys) {
        if (key == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

CommandOutbox::CommandOutbox(Store& store)
    : m_store(store)
{
}

Result<OutboxCommand> CommandOutbox::enqueue(WriteScope& scope, const QString& type, const QJsonObject& params,
    const QString& subjectTable, const QUuid& subjectId, const QDateTime& expiresAt, const QUuid& id)
{
    OutboxCommand command;
    command.id = id.isNull() ? UuidV7::create() : id;
    command.type = type;
    command.params = params;
    command.subjectTable = subjectTable;
    command.subjectId = subjectId;
    // Whole milliseconds, as stored, so what comes back from the database compares equal.
    command.createdAt = utc(scope.clock().nowUtc().toMSecsSinceEpoch());
    command.updatedAt = command.createdAt;
    command.nextAttemptAt = command.createdAt;
    command.expiresAt = expiresAt.isValid() ? utc(expiresAt.toMSecsSinceEpoch()) : QDateTime();
    Result<SqlStatement> insert = scope.db().prepare(QStringLiteral(
        "INSERT INTO command_outbox (command_id, type, params, subject_table, subject_id, state, attempts, posted, "
        "next_attempt_at, created_hlc, created_at, updated_at, expires_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, ?7, ?8, ?7, ?7, ?9)"));
    if (!insert) {
        return insert.error();
    }
    insert.value()
        .bindBlob(1, UuidV7::toBytes(command.id))
        .bind(2, type)
        .bindBlob(3, jsonBytes(params))
        .bind(4, subjectTable)
        .bindBlob(5, UuidV7::toBytes(subjectId))
        .bind(6, outboxStateKey(command.state))
        .bind(7, command.createdAt.toMSecsSinceEpoch())
        .bind(8, scope.changes().hlc());
    if (command.expiresAt.isValid()) {
        insert.value().bind(9, command.expiresAt.toMSecsSinceEpoch());
    }
    if (Result<void> inserted = insert.value().run(); !inserted) {
        return inserted.error();
    }
    return command;
}

QFuture<Result<QList<OutboxCommand>>> CommandOutbox::list()
{
    return m_store.run([](StoreSession& session) {
        return select(session.db(), QStringLiteral("ORDER BY created_at DESC, command_id DESC LIMIT 500"));
    });
}

QFuture<Result<QList<OutboxEntry>>> CommandOutbox::entries(bool troubleOnly)
{
    return m_store.run([troubleOnly](StoreSession& session) -> Result<QList<OutboxEntry>> {
        // The client a command concerns: itself, or the one of the invoice, booking, message or subscription
        // it is about.
        const QString sql = u"SELECT " + StoredValues::qualified(kColumns, QStringLiteral("o"))
            + u", c.id, trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')), inv.number, "
              u"coalesce(rr.amount_minor, pr.amount_minor), coalesce(rr.currency, pr.currency) "
              u"FROM command_outbox o "
              u"LEFT JOIN payment_request pr ON o.subject_table = 'payment_request' AND pr.id = o.subject_id "
              u"LEFT JOIN refund_request rr ON o.subject_table = 'refund_request' AND rr.id = o.subject_id "
              u"LEFT JOIN invoice inv ON inv.id = (CASE o.subject_table WHEN 'invoice' THEN o.subject_id "
              u"WHEN 'payment_request' THEN pr.invoice_id WHEN 'refund_request' THEN rr.invoice_id END) "
              u"LEFT JOIN booking bk ON o.subject_table = 'booking' AND bk.id = o.subject_id "
              u"LEFT JOIN message m ON o.subject_table = 'message' AND m.id = o.subject_id "
              u"LEFT JOIN subscription sb ON o.subject_table = 'subscription' AND sb.id = o.subject_id "
              u"LEFT JOIN client c ON c.id = (CASE o.subject_table WHEN 'client' THEN o.subject_id "
              u"WHEN 'invoice' THEN inv.client_id WHEN 'payment_request' THEN inv.client_id "
              u"WHEN 'refund_request' THEN inv.client_id "
              u"WHEN 'booking' THEN bk.client_id WHEN 'message' THEN m.client_id "
              u"WHEN 'subscription' THEN sb.client_id END) "
            + (troubleOnly ? u"WHERE o.state IN ('failed', 'attention') " : u"")
            + u"ORDER BY o.created_at DESC, o.command_id DESC LIMIT 500";
        Result<SqlStatement> query = session.db().prepare(sql);
        if (!query) {
            return query.error();
        }
        return StoredValues::readRows<OutboxEntry>(query.value(), [](const SqlStatement& row) {
            return OutboxEntry {readCommand(row), row.isNull(15) ? QUuid() : UuidV7::fromBytes(row.blob(15)),
                row.text(16), row.text(17), row.isNull(18) ? 0 : row.int64(18), row.text(19)};
        });
    });
}

QFuture<Result<QList<OutboxCommand>>> CommandOutbox::forSubject(const QUuid& subjectId)
{
    return m_store.run([subjectId](StoreSession& session) {
        return select(session.db(), QStringLiteral("WHERE subject_id = ?1 ORDER BY created_at DESC, command_id DESC"),
            [&subjectId](SqlStatement& query) { query.bindBlob(1, UuidV7::toBytes(subjectId)); });
    });
}

QFuture<Result<std::optional<OutboxCommand>>> CommandOutbox::find(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) { return selectOne(session.db(), id); });
}

Result<std::optional<OutboxCommand>> CommandOutbox::findIn(SqlCipherDatabase& db, const QUuid& id)
{
    return selectOne(db, id);
}

QFuture<Result<QList<OutboxCommand>>> CommandOutbox::due(const QDateTime& now, int limit, OutboxSchedule schedule)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 latestMs = nowMs + schedule.horizon.count();
    const qint64 followSinceMs = nowMs - schedule.followFor.count();
    return m_store.run([nowMs, latestMs, followSinceMs, limit](StoreSession& session) {
        return select(session.db(),
            u"WHERE " + QLatin1String(kLookedAt)
                + u" AND (next_attempt_at <= ?1 OR next_attempt_at > ?3) ORDER BY next_attempt_at, command_id LIMIT ?2",
            [&](SqlStatement& query) { query.bind(1, nowMs).bind(2, limit).bind(3, latestMs).bind(4, followSinceMs); });
    });
}

QFuture<Result<std::optional<QDateTime>>> CommandOutbox::nextDue(const QDateTime& now, OutboxSchedule schedule)
{
    const qint64 followSinceMs = now.toMSecsSinceEpoch() - schedule.followFor.count();
    return m_store.run([followSinceMs](StoreSession& session) -> Result<std::optional<QDateTime>> {
        Result<SqlStatement> query =
            session.db().prepare(u"SELECT MIN(next_attempt_at) FROM command_outbox WHERE " + QLatin1String(kLookedAt));
        if (!query) {
            return query.error();
        }
        query.value().bind(4, followSinceMs);
        Result<bool> found = query.value().step();
        if (!found) {
            return found.error();
        }
        if (!found.value() || query.value().isNull(0)) {
            return std::optional<QDateTime>();
        }
        return std::optional(utc(query.value().int64(0)));
    });
}

QFuture<Result<OutboxCommand>> CommandOutbox::record(const OutboxCommand& command)
{
    return m_store.run([command](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return recordIn(scope, command); });
    });
}

Result<OutboxCommand> CommandOutbox::recordIn(WriteScope& scope, const OutboxCommand& command)
{
    return changeCommandIn(scope, command.id, [&command](const OutboxCommand& stored) -> Result<OutboxCommand> {
        if (!stored.isOpen() && !stored.isFollowed()) {
            return stored;
        }
        if (relayProgress(command.relayState) < relayProgress(stored.relayState)) {
            OutboxCommand later = stored;
            later.nextAttemptAt = command.nextAttemptAt;
            later.attempts = std::max(stored.attempts, command.attempts);
            later.posted = stored.posted || command.posted;
            later.updatedAt = command.updatedAt;
            return later;
        }
        OutboxCommand next = command;
        // What the sender may not change: what the command is and when it was made.
        next.type = stored.type;
        next.params = stored.params;
        next.subjectTable = stored.subjectTable;
        next.subjectId = stored.subjectId;
        next.createdAt = stored.createdAt;
        next.posted = stored.posted || command.posted;
        return next;
    });
}

int CommandOutbox::relayProgress(const QString& relayState)
{
    if (relayState == u"succeeded" || relayState == u"failed" || relayState == u"delivered"
        || relayState == u"undelivered") {
        return 4;
    }
    if (relayState == u"sent") {
        return 3;
    }
    if (relayState == u"unknown") {
        return 2;
    }
    return relayState.isEmpty() ? 0 : 1; // pending, running, sending
}

void CommandOutbox::takeRelayState(OutboxCommand& command, const RelayCommandState& state)
{
    command.relayState = state.state;
    command.lastError.clear();
    if (state.state == u"succeeded" || state.state == u"delivered" || state.state == u"sent") {
        command.state = OutboxState::Sent;
        command.result = state.result;
    } else if (state.state == u"failed" || state.state == u"undelivered") {
        command.state = OutboxState::Failed;
        command.result = state.result;
        command.lastError = refusal(command, state);
    } else if (state.state == u"unknown") {
        command.state = OutboxState::NeedsAttention;
        command.lastError = QCoreApplication::translate("CommandSender",
            "The text may or may not have gone out: the answer from the text service was lost. It is not sent "
            "again by itself.");
    } else {
        command.state = OutboxState::Sending; // pending, running, sending
    }
}

QFuture<Result<OutboxCommand>> CommandOutbox::cancel(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) -> Result<OutboxCommand> { return withdrawIn(scope, id, {}); });
    });
}

Result<OutboxCommand> CommandOutbox::withdrawIn(WriteScope& scope, const QUuid& id, const QString& reason)
{
    const QDateTime now = scope.clock().nowUtc();
    return changeCommandIn(scope, id, [&now, &reason](OutboxCommand stored) -> Result<OutboxCommand> {
        if (stored.state == OutboxState::Cancelled) {
            return stored;
        }
        if (stored.posted || stored.state != OutboxState::Queued) {
            return Error(Error::Code::Conflict,
                translated(QT_TRANSLATE_NOOP("CommandOutbox",
                    "This request may already have reached the relay, so it can no longer be withdrawn.")));
        }
        stored.state = OutboxState::Cancelled;
        stored.lastError = reason;
        stored.updatedAt = now;
        return stored;
    });
}

Result<OutboxCommand> CommandOutbox::requeueIn(WriteScope& scope, const QUuid& id, const QDateTime& expiresAt)
{
    const QDateTime now = scope.clock().nowUtc();
    return changeCommandIn(scope, id, [&now, &expiresAt](OutboxCommand stored) -> Result<OutboxCommand> {
        if (stored.state != OutboxState::Cancelled || stored.posted) {
            return Error(Error::Code::Conflict,
                translated(QT_TRANSLATE_NOOP("CommandOutbox", "This request is not a withdrawn one.")));
        }
        stored.state = OutboxState::Queued;
        stored.lastError.clear();
        stored.nextAttemptAt = now;
        stored.updatedAt = now;
        stored.expiresAt = expiresAt;
        return stored;
    });
}

QFuture<Result<OutboxCommand>> CommandOutbox::retry(const QUuid& id, const QDateTime& now)
{
    return m_store.run([id, now](StoreSession& session) {
        return changeCommand(session, id, [&now](OutboxCommand stored) -> Result<OutboxCommand> {
            if (stored.state == OutboxState::Sending || stored.state == OutboxState::Sent) {
                return Error(Error::Code::Conflict,
                    translated(QT_TRANSLATE_NOOP("CommandOutbox", "This request is already with the relay.")));
            }
            const bool settledAtRelay = stored.relayState == u"failed" || stored.relayState == u"undelivered"
                || stored.relayState == u"unknown";
            if (settledAtRelay) {
                // A new request: the relay keeps the old id's outcome for good.
                stored.id = UuidV7::create();
                stored.relayState.clear();
                stored.attempts = 0;
                stored.posted = false;
                stored.result = {};
            }
            stored.state = OutboxState::Queued;
            stored.lastError.clear();
            stored.nextAttemptAt = now;
            stored.updatedAt = now;
            return stored;
        });
    });
}

} // namespace clientele
