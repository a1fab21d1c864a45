#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <chrono>
#include <optional>

#include "core/Result.h"
#include "core/ports/CommandRelay.h"

namespace clientele {

class Store;
class WriteScope;
class SqlCipherDatabase;

// Where a side effect stands, as the outbox shows it.
enum class OutboxState
{
    Queued, // waiting to go: never sent, or the relay could not be reached (next attempt at nextAttemptAt)
    Sending, // the relay has it and is working on it
    Sent, // done: the payment link exists, the text left (for SMS, delivery may still be reported)
    Failed, // the provider or the relay refused it for good; lastError says why
    NeedsAttention, // the outcome is unknown (an SMS whose answer was lost) or this device was shut out
    Cancelled, // withdrawn before it went out
};

QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(const QString& key);

// One side-effect command (SYNC.md §3.9): what to do, what it is about, and how far it got. The id is
// the relay's idempotency key: every attempt sends the same id, so it is carried out once.
struct OutboxCommand
{
    QUuid id;
    QString type; // a relay command type: "stripe.checkout.create", "twilio.sms.send", …
    QJsonObject params;
    QString subjectTable; // what it is about: "invoice", "booking", "client"
    QUuid subjectId;
    OutboxState state = OutboxState::Queued;
    QString relayState; // the relay's word for it, last heard
    int attempts = 0; // posts tried
    bool posted = false; // a post may have reached the relay: it can no longer be cancelled
    QDateTime nextAttemptAt; // UTC; when the sender looks at it next
    QString lastError; // translated, for the outbox view
    QJsonObject result; // the provider's answer (a checkout URL, a message id)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // UTC; not sent after this (invalid: no limit)

    bool isOpen() const { return state == OutboxState::Queued || state == OutboxState::Sending; }
    // Done as far as the practice is concerned, but the relay is still finding out how it went: a
    // text that left (delivered or not comes later) or whose answer was lost (the relay reconciles).
    bool isFollowed() const
    {
        return (state == OutboxState::Sent && relayState == u"sent")
            || (state == OutboxState::NeedsAttention && relayState == u"unknown");
    }
};

// A command as the outbox view lists it: with the client it concerns (through the client, invoice or
// booking it is about) and, for an invoice, its number.
struct OutboxEntry
{
    OutboxCommand command;
    QUuid clientId;
    QString clientName;
    QString invoiceNumber;
    // The money it moves, when it moves some: a refund's or a payment link's amount (none: currency
    // empty). A subscription link's amount each period is in its parameters.
    qint64 amountMinor = 0;
    QString currency;
};

// What the sender looks at: open commands, and followed ones made within `followFor` of now; and how
// far ahead it ever schedules (`horizon`).
struct OutboxSchedule
{
    std::chrono::milliseconds horizon {std::chrono::hours(24 * 365)};
    std::chrono::milliseconds followFor {std::chrono::hours(48)};
};

// The device's outbox (command_outbox, schema v10). Device-local: the command belongs to the device
// that wrote it, and its outcome reaches other devices as ordinary synced fields.
class CommandOutbox final
{
public:
    explicit CommandOutbox(Store& store);

    // Adds a command in the caller's transaction, so the business change that implies it and the
    // command commit or vanish together (SYNC.md §3.6 step 3). Due at once. One that has not reached
    // the relay by `expiresAt` (when valid) is withdrawn instead of sent (a reminder that would come
    // too late).
    // `id`, when given, is the command's id (one derived from what it is for, so two devices that
    // queue the same reminder post the same command and the relay runs it once); else a new UUIDv7.
    static Result<OutboxCommand> enqueue(WriteScope& scope, const QString& type, const QJsonObject& params,
        const QString& subjectTable, const QUuid& subjectId, const QDateTime& expiresAt = {}, const QUuid& id = {});

    // Newest first, at most the latest 500.
    QFuture<Result<QList<OutboxCommand>>> list();
    // For the outbox view, newest first (at most 500); `troubleOnly`: failed or needing attention.
    QFuture<Result<QList<OutboxEntry>>> entries(bool troubleOnly);
    QFuture<Result<QList<OutboxCommand>>> forSubject(const QUuid& subjectId);
    QFuture<Result<std::optional<OutboxCommand>>> find(const QUuid& id);
    static Result<std::optional<OutboxCommand>> findIn(SqlCipherDatabase& db, const QUuid& id);
    // Those whose next look is due at `now`, oldest first. One due more than `horizon` after now is
    // due too: nothing is scheduled that far ahead, so the clock went back.
    QFuture<Result<QList<OutboxCommand>>> due(const QDateTime& now, int limit, OutboxSchedule schedule = {});
    // When the earliest of them is next due (none: nothing to look at).
    QFuture<Result<std::optional<QDateTime>>> nextDue(const QDateTime& now, OutboxSchedule schedule = {});
    // The sender's record of an attempt or an answer. Only an open or followed command changes; the
    // stored one comes back (so a cancel that won the race is not overwritten).
    QFuture<Result<OutboxCommand>> record(const OutboxCommand& command);
    // The same in the caller's transaction (the inbox, with the event that told it). The relay's
    // state never goes back: an answer older than what is stored (the sender's reply overtaken by the
    // inbox's event, or the other way round) only moves the next look.
    static Result<OutboxCommand> recordIn(WriteScope& scope, const OutboxCommand& command);
    // How far along a relay state is (pending, sending … succeeded, delivered): states only move up.
    static int relayProgress(const QString& relayState);
    // The relay's word on a command, taken into it: done (with the provider's result), refused (with
    // the reason), unknown, or still under way. When to look next is the caller's to set.
    static void takeRelayState(OutboxCommand& command, const RelayCommandState& state);

    // Withdraws a command that has not reached the relay. Conflict once it may have.
    QFuture<Result<OutboxCommand>> cancel(const QUuid& id);
    // The same, in the caller's transaction, with the reason the outbox shows.
    static Result<OutboxCommand> withdrawIn(WriteScope& scope, const QUuid& id, const QString& reason);
    // Puts a withdrawn command that never reached the relay back in the queue, not sent after
    // `expiresAt` (when valid). Conflict for any other.
    static Result<OutboxCommand> requeueIn(WriteScope& scope, const QUuid& id, const QDateTime& expiresAt);
    // Queued, withdrawn, or needing attention without a known outcome: the same id, now (the relay
    // never runs one id twice). Refused by the provider, or a text whose outcome is unknown (the user
    // accepted it may arrive twice): the same request under a new id, as the relay would only repeat
    // the old outcome. Sending or sent: Conflict.
    QFuture<Result<OutboxCommand>> retry(const QUuid& id, const QDateTime& now);

private:
    Store& m_store;
};

} // namespace clientele
