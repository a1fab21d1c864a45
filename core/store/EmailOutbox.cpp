#include "core/store/EmailOutbox.h"

#include <QCoreApplication>
#include <array>

#include "core/ports/Clock.h"
#include "core/store/MessageRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

using domain::MessageState;
using Stage = MailDelivery::Stage;
using sync::UuidV7;

constexpr StoredValues::KeyTable<Stage, 10> kStageKeys {std::pair {Stage::None, "none"},
    std::pair {Stage::Resolve, "resolve"}, std::pair {Stage::Connect, "connect"}, std::pair {Stage::Tls, "tls"},
    std::pair {Stage::SignIn, "sign-in"}, std::pair {Stage::Sender, "sender"},
    std::pair {Stage::Recipient, "recipient"}, std::pair {Stage::Data, "data"}, std::pair {Stage::Answer, "answer"},
    std::pair {Stage::Local, "local"}};

constexpr auto kColumns = "message_id, envelope_from, envelope_to, header_id, state, attempts, next_attempt_at, stage, "
                          "reply_code, reply, last_error, created_at, updated_at, expires_at, queued_at";

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// What the last attempt's outcome was, as far as the state tells it.
MailDelivery::Kind kindOf(OutboxState state, int attempts)
{
    switch (state) {
    case OutboxState::Sent:
        return MailDelivery::Kind::Accepted;
    case OutboxState::Failed:
        return MailDelivery::Kind::Permanent;
    case OutboxState::NeedsAttention:
        return MailDelivery::Kind::Uncertain;
    default:
        return attempts > 0 ? MailDelivery::Kind::Temporary : MailDelivery::Kind::Accepted;
    }
}

QueuedEmail readEmail(const SqlStatement& row, bool withMime)
{
    QueuedEmail email;
    email.messageId = UuidV7::fromBytes(row.blob(0));
    email.envelope.from = row.text(1);
    email.envelope.to = row.text(2).split(u'\n', Qt::SkipEmptyParts);
    email.headerId = row.text(3);
    email.state = outboxStateFromKey(row.text(4)).value_or(OutboxState::NeedsAttention);
    email.attempts = static_cast<int>(row.int64(5));
    email.nextAttemptAt = utc(row.int64(6));
    email.lastDelivery.stage = StoredValues::fromKey(kStageKeys, row.text(7), Stage::None);
    email.lastDelivery.replyCode = static_cast<int>(row.int64(8));
    email.lastDelivery.reply = row.text(9);
    email.lastDelivery.kind = kindOf(email.state, email.attempts);
    email.lastError = row.text(10);
    email.createdAt = utc(row.int64(11));
    email.updatedAt = utc(row.int64(12));
    if (!row.isNull(13)) {
        email.expiresAt = utc(row.int64(13));
    }
    email.queuedAt = utc(row.int64(14));
    if (withMime) {
        email.mime = row.blob(15);
    }
    return email;
}

Result<QList<QueuedEmail>> select(
    SqlCipherDatabase& db, const QString& where, bool withMime, const std::function<void(SqlStatement&)>& bind = {})
{
    const QString columns = QLatin1String(kColumns) + (withMime ? QStringLiteral(", mime") : QString());
    Result<SqlStatement> query = db.prepare(QStringLiteral("SELECT %1 FROM email_outbox %2").arg(columns, where));
    if (!query) {
        return query.error();
    }
    if (bind) {
        bind(query.value());
    }
    return StoredValues::readRows<QueuedEmail>(
        query.value(), [withMime](const SqlStatement& row) { return readEmail(row, withMime); });
}

Result<QueuedEmail> selectOne(SqlCipherDatabase& db, const QUuid& messageId)
{
    Result<QList<QueuedEmail>> found = select(db, QStringLiteral("WHERE message_id = ?1"), false,
        [&messageId](SqlStatement& query) { query.bindBlob(1, UuidV7::toBytes(messageId)); });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("EmailOutbox", "This email is no longer in the outbox."));
    }
    return found->constFirst();
}

Result<void> write(SqlCipherDatabase& db, const QueuedEmail& email)
{
    Result<SqlStatement> update = db.prepare(
        QStringLiteral("UPDATE email_outbox SET state = ?1, attempts = ?2, next_attempt_at = ?3, stage = ?4, "
                       "reply_code = ?5, reply = ?6, last_error = ?7, updated_at = ?8, expires_at = ?10, queued_at = "
                       "?11 WHERE message_id = ?9"));
    if (!update) {
        return update.error();
    }
    update.value()
        .bind(1, outboxStateKey(email.state))
        .bind(2, email.attempts)
        .bind(3, email.nextAttemptAt.toMSecsSinceEpoch())
        .bind(4, StoredValues::keyOf(kStageKeys, email.lastDelivery.stage))
        .bind(5, email.lastDelivery.replyCode)
        .bind(6, email.lastDelivery.reply)
        .bind(7, email.lastError)
        .bind(8, email.updatedAt.toMSecsSinceEpoch())
        .bindBlob(9, UuidV7::toBytes(email.messageId))
        .bind(11, email.queuedAt.toMSecsSinceEpoch());
    if (email.expiresAt.isValid()) {
        update.value().bind(10, email.expiresAt.toMSecsSinceEpoch());
    }
    return update.value().run();
}

// The message row's state for the email's, as the client's history shows it.
MessageState messageStateOf(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return MessageState::Queued;
    case OutboxState::Sending:
    case OutboxState::NeedsAttention: // it may be out: not Failed, which would invite a second copy
        return MessageState::Sending;
    case OutboxState::Sent:
        return MessageState::Sent;
    case OutboxState::Failed:
        return MessageState::Failed;
    case OutboxState::Cancelled:
        return MessageState::Draft;
    }
    return MessageState::Failed;
}

// Loads the email, lets `change` decide, and writes the email and its message row, in the caller's
// transaction.
template<typename Change>
Result<QueuedEmail> changeEmailIn(WriteScope& scope, const QUuid& messageId, Change change)
{
    Result<QueuedEmail> stored = selectOne(scope.db(), messageId);
    if (!stored) {
        return stored;
    }
    const QString sentAs = stored->headerId;
    Result<QueuedEmail> changed = change(stored.value());
    if (!changed) {
        return changed;
    }
    if (Result<void> written = write(scope.db(), changed.value()); !written) {
        return written.error();
    }
    // Cancelled because it came too late shows as failed with the reason, not as a draft.
    const MessageState state = changed->state == OutboxState::Cancelled && !changed->lastError.isEmpty()
        ? MessageState::Failed
        : messageStateOf(changed->state);
    const QString providerId = changed->state == OutboxState::Sent ? u'<' + sentAs + u'>' : QString();
    if (Result<void> moved = MessageRows::setState(scope, messageId, state, changed->lastError, providerId); !moved) {
        return moved.error();
    }
    return changed;
}

template<typename Change>
Result<QueuedEmail> changeEmail(StoreSession& session, const QUuid& messageId, Change change)
{
    return inTransaction(
        session, [&](WriteScope& scope) -> Result<QueuedEmail> { return changeEmailIn(scope, messageId, change); });
}

Error conflict(const char* text)
{
    return Error(Error::Code::Conflict, QCoreApplication::translate("EmailOutbox", text));
}

} // namespace

EmailOutbox::EmailOutbox(Store& store)
    : m_store(store)
{
}

Result<QueuedEmail> EmailOutbox::enqueueIn(WriteScope& scope, domain::Message message, const QByteArray& mime,
    const MailEnvelope& envelope, const QString& headerId, const QDateTime& expiresAt)
{
    QueuedEmail email;
    email.messageId = message.id();
    email.envelope = envelope;
    email.headerId = headerId;
    // Whole milliseconds, as stored, so what comes back from the database compares equal.
    email.createdAt = utc(scope.clock().nowUtc().toMSecsSinceEpoch());
    email.updatedAt = email.createdAt;
    email.nextAttemptAt = email.createdAt;
    email.queuedAt = email.createdAt;
    email.expiresAt = expiresAt.isValid() ? utc(expiresAt.toMSecsSinceEpoch()) : QDateTime();
    if (Result<void> queued = message.transitionTo(MessageState::Queued, email.createdAt); !queued) {
        return queued.error();
    }
    if (Result<void> inserted = MessageRows::insert(scope, message); !inserted) {
        return inserted.error();
    }
    Result<SqlStatement> insert = scope.db().prepare(QStringLiteral(
        "INSERT INTO email_outbox (message_id, mime, envelope_from, envelope_to, header_id, state, attempts, "
        "next_attempt_at, created_at, updated_at, expires_at, queued_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7, ?7, ?8, ?7)"));
    if (!insert) {
        return insert.error();
    }
    insert.value()
        .bindBlob(1, UuidV7::toBytes(email.messageId))
        .bindBlob(2, mime)
        .bind(3, envelope.from)
        .bind(4, envelope.to.join(u'\n'))
        .bind(5, headerId)
        .bind(6, outboxStateKey(OutboxState::Queued))
        .bind(7, email.createdAt.toMSecsSinceEpoch());
    if (email.expiresAt.isValid()) {
        insert.value().bind(8, email.expiresAt.toMSecsSinceEpoch());
    }
    if (Result<void> inserted = insert.value().run(); !inserted) {
        return inserted.error();
    }
    return email;
}

QFuture<Result<QList<QueuedEmail>>> EmailOutbox::due(const QDateTime& now, int limit)
{
    return m_store.run([now, limit](StoreSession& session) {
        return select(session.db(),
            QStringLiteral("WHERE state = 'queued' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, created_at "
                           "LIMIT ?2"),
            true, [&](SqlStatement& query) { query.bind(1, now.toMSecsSinceEpoch()).bind(2, limit); });
    });
}

QFuture<Result<std::optional<QDateTime>>> EmailOutbox::nextDue()
{
    return m_store.run([](StoreSession& session) -> Result<std::optional<QDateTime>> {
        Result<SqlStatement> query = session.db().prepare(
            QStringLiteral("SELECT min(next_attempt_at) FROM email_outbox WHERE state = 'queued'"));
        if (!query) {
            return query.error();
        }
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

QFuture<Result<QList<EmailEntry>>> EmailOutbox::entries(bool troubleOnly)
{
    return m_store.run([troubleOnly](StoreSession& session) -> Result<QList<EmailEntry>> {
        const QString sql = u"SELECT " + StoredValues::qualified(kColumns, QStringLiteral("e"))
            + u", m.client_id, trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')), c.company, "
              u"m.subject, m.address FROM email_outbox e LEFT JOIN message m ON m.id = e.message_id "
              u"LEFT JOIN client c ON c.id = m.client_id "
            + (troubleOnly ? QStringLiteral("WHERE e.state IN ('failed', 'attention') ") : QString())
            + u"ORDER BY e.created_at DESC, e.message_id DESC LIMIT 500";
        Result<SqlStatement> query = session.db().prepare(sql);
        if (!query) {
            return query.error();
        }
        constexpr int kFirst = 15;
        return StoredValues::readRows<EmailEntry>(query.value(), [](const SqlStatement& row) {
            EmailEntry entry;
            entry.email = readEmail(row, false);
            if (!row.isNull(kFirst)) {
                entry.clientId = QUuid::fromRfc4122(row.blob(kFirst));
            }
            entry.clientName = row.text(kFirst + 1);
            if (entry.clientName.isEmpty()) {
                entry.clientName = row.text(kFirst + 2);
            }
            entry.subject = row.text(kFirst + 3);
            entry.address = row.text(kFirst + 4);
            return entry;
        });
    });
}

QFuture<Result<std::optional<QueuedEmail>>> EmailOutbox::find(const QUuid& messageId)
{
    return m_store.run([messageId](StoreSession& session) -> Result<std::optional<QueuedEmail>> {
        Result<QueuedEmail> found = selectOne(session.db(), messageId);
        if (!found) {
            if (found.error().code() == Error::Code::NotFound) {
                return std::optional<QueuedEmail>();
            }
            return found.error();
        }
        return std::optional(found.value());
    });
}

QFuture<Result<QueuedEmail>> EmailOutbox::beginAttempt(const QUuid& messageId, const QDateTime& now)
{
    return m_store.run([messageId, now](StoreSession& session) {
        return changeEmail(session, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
            if (email.state != OutboxState::Queued) {
                return conflict(QT_TRANSLATE_NOOP("EmailOutbox", "This email is not waiting to be sent."));
            }
            email.state = OutboxState::Sending;
            email.attempts += 1;
            email.updatedAt = now;
            return email;
        });
    });
}

QFuture<Result<QueuedEmail>> EmailOutbox::finishAttempt(const QUuid& messageId, const MailDelivery& delivery,
    const QString& reason, const QDateTime& now, const QDateTime& retryAt)
{
    return m_store.run([messageId, delivery, reason, now, retryAt](StoreSession& session) {
        return changeEmail(session, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
            if (email.state != OutboxState::Sending) {
                return conflict(QT_TRANSLATE_NOOP("EmailOutbox", "This email is not being sent."));
            }
            email.lastDelivery = delivery;
            email.lastError = reason;
            email.updatedAt = now;
            switch (delivery.kind) {
            case MailDelivery::Kind::Accepted:
                email.state = OutboxState::Sent;
                email.lastError.clear();
                break;
            case MailDelivery::Kind::Temporary:
                email.state = retryAt.isValid() ? OutboxState::Queued : OutboxState::Failed;
                email.nextAttemptAt = retryAt.isValid() ? retryAt : email.nextAttemptAt;
                break;
            case MailDelivery::Kind::Permanent:
                email.state = OutboxState::Failed;
                break;
            case MailDelivery::Kind::Uncertain:
                email.state = OutboxState::NeedsAttention;
                break;
            }
            return email;
        });
    });
}

QFuture<Result<int>> EmailOutbox::recoverInterrupted(const QDateTime& now)
{
    return m_store.run([now](StoreSession& session) -> Result<int> {
        Result<QList<QueuedEmail>> sending = select(session.db(), QStringLiteral("WHERE state = 'sending'"), false);
        if (!sending) {
            return sending.error();
        }
        const QString reason = QCoreApplication::translate("EmailOutbox",
            "Clientele stopped while this email was being sent. It may have arrived; it is not sent again unless "
            "you choose Send Again.");
        for (const QueuedEmail& stuck : sending.value()) {
            Result<QueuedEmail> changed = changeEmail(session, stuck.messageId, [&](QueuedEmail email) {
                email.state = OutboxState::NeedsAttention;
                email.lastError = reason;
                email.lastDelivery.stage = Stage::Answer;
                email.updatedAt = now;
                return Result<QueuedEmail>(email);
            });
            if (!changed) {
                return changed.error();
            }
        }
        return static_cast<int>(sending->size());
    });
}

QFuture<Result<QueuedEmail>> EmailOutbox::expire(const QUuid& messageId, const QString& reason, const QDateTime& now)
{
    return m_store.run([messageId, reason, now](StoreSession& session) {
        return changeEmail(session, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
            if (email.state != OutboxState::Queued) {
                return conflict(QT_TRANSLATE_NOOP("EmailOutbox", "This email is not waiting to be sent."));
            }
            email.state = OutboxState::Cancelled;
            email.lastError = reason;
            email.updatedAt = now;
            return email;
        });
    });
}

QFuture<Result<QueuedEmail>> EmailOutbox::sendAgain(
    const QUuid& messageId, const QDateTime& now, std::optional<OutboxState> expected)
{
    return m_store.run([messageId, now, expected](StoreSession& session) {
        return changeEmail(session, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
            if (expected && email.state != *expected) {
                return conflict(QT_TRANSLATE_NOOP(
                    "EmailOutbox", "This email changed meanwhile (it was tried again). Look at it once more."));
            }
            if (email.state == OutboxState::Sending || email.state == OutboxState::Sent) {
                return conflict(QT_TRANSLATE_NOOP("EmailOutbox", "This email is already sent or on its way."));
            }
            if (email.state == OutboxState::Queued) {
                email.nextAttemptAt = now; // waiting for its next try: now
                email.updatedAt = now;
                return email;
            }
            email.state = OutboxState::Queued;
            email.nextAttemptAt = now;
            email.queuedAt = now; // days of trying count from here
            email.expiresAt = {}; // sent again by hand: the user decided it is not too late
            email.lastError.clear();
            email.updatedAt = now;
            return email;
        });
    });
}

Result<QueuedEmail> EmailOutbox::withdrawIn(WriteScope& scope, const QUuid& messageId)
{
    const QDateTime now = scope.clock().nowUtc();
    return changeEmailIn(scope, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
        if (email.state != OutboxState::Queued) {
            return conflict(QT_TRANSLATE_NOOP("EmailOutbox", "Only an email still waiting can be taken back."));
        }
        email.state = OutboxState::Cancelled;
        email.lastError.clear();
        email.updatedAt = now;
        return email;
    });
}

Result<QueuedEmail> EmailOutbox::requeueIn(WriteScope& scope, const QUuid& messageId, const QDateTime& expiresAt)
{
    const QDateTime now = scope.clock().nowUtc();
    return changeEmailIn(scope, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
        if (email.state != OutboxState::Cancelled || email.attempts > 0) {
            return conflict(
                QT_TRANSLATE_NOOP("EmailOutbox", "Only an email taken back before it was tried can wait again."));
        }
        email.state = OutboxState::Queued;
        email.nextAttemptAt = now;
        email.queuedAt = now;
        email.expiresAt = expiresAt;
        email.lastError.clear();
        email.updatedAt = now;
        return email;
    });
}

QFuture<Result<QueuedEmail>> EmailOutbox::cancel(const QUuid& messageId, const QDateTime& now)
{
    return m_store.run([messageId, now](StoreSession& session) {
        return changeEmail(session, messageId, [&](QueuedEmail email) -> Result<QueuedEmail> {
            if (email.state != OutboxState::Queued) {
                return conflict(QT_TRANSLATE_NOOP("EmailOutbox", "Only an email still waiting can be taken back."));
            }
            email.state = OutboxState::Cancelled;
            email.lastError.clear();
            email.updatedAt = now;
            return email;
        });
    });
}

} // namespace clientele
