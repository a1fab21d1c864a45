#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Message.h"
#include "core/ports/MailTransport.h"
#include "core/store/CommandOutbox.h"

namespace clientele {

class Store;
class WriteScope;

// One email in the outbox, and how far it got. States are the outbox's (OutboxState): Queued (never
// tried, or waiting to try again after a temporary failure), Sending, Sent, Failed (refused for good,
// or given up), NeedsAttention (it may have arrived: the connection broke after the whole message, or
// the app stopped during an attempt; never sent again by itself), Cancelled (taken back, or too late).
struct QueuedEmail
{
    QUuid messageId; // the row of the synced `message` table: what the client's history shows
    QByteArray mime; // only filled by due(); the list leaves it out
    MailEnvelope envelope;
    QString headerId; // the Message-ID header, without angle brackets
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    MailDelivery lastDelivery; // the last attempt's outcome (kind Accepted and stage None before any)
    QString lastError; // translated, for the outbox view; empty when nothing went wrong
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // not sent after this (a reminder after its session); invalid: no limit
    QDateTime queuedAt; // when it was last queued by the app or the user: days of retrying count from here
};

// An email as the Outbox section lists it: with its subject and the client it goes to.
struct EmailEntry
{
    QueuedEmail email;
    QUuid clientId;
    QString clientName;
    QString subject;
    QString address; // the recipient as typed on the client's page
};

// The device's email outbox (email_outbox, schema v18). Every change to an email here also moves its
// message row (queued, sending, sent, failed …) in the same transaction, so the client's history
// always says where the email is.
class EmailOutbox final
{
public:
    explicit EmailOutbox(Store& store);

    // Adds the message (an outbound email, still a draft) to the history as queued, and its MIME to the
    // outbox, in the caller's transaction: both or neither. Due at once.
    static Result<QueuedEmail> enqueueIn(WriteScope& scope, domain::Message message, const QByteArray& mime,
        const MailEnvelope& envelope, const QString& headerId, const QDateTime& expiresAt = {});

    // Queued emails due at `now`, oldest first, with their MIME.
    QFuture<Result<QList<QueuedEmail>>> due(const QDateTime& now, int limit);
    // When the earliest queued one falls due; none when nothing waits.
    QFuture<Result<std::optional<QDateTime>>> nextDue();
    // For the Outbox section, newest first (at most 500); `troubleOnly`: failed or needing attention.
    QFuture<Result<QList<EmailEntry>>> entries(bool troubleOnly);
    QFuture<Result<std::optional<QueuedEmail>>> find(const QUuid& messageId);

    // Committed before the conversation with the server starts: Sending, one more attempt. Conflict
    // when it is no longer queued (cancelled meanwhile).
    QFuture<Result<QueuedEmail>> beginAttempt(const QUuid& messageId, const QDateTime& now);
    // How the attempt ended: Accepted → Sent; Temporary → Queued again at `retryAt`, or Failed when
    // `retryAt` is invalid (given up); Permanent → Failed; Uncertain → NeedsAttention. `reason` is the
    // translated sentence the outbox and the history show (empty for Accepted).
    QFuture<Result<QueuedEmail>> finishAttempt(const QUuid& messageId, const MailDelivery& delivery,
        const QString& reason, const QDateTime& now, const QDateTime& retryAt);
    // Emails left Sending by an app that stopped mid-attempt: it cannot be known whether the server
    // took them, so they need attention rather than a second copy. Returns how many.
    QFuture<Result<int>> recoverInterrupted(const QDateTime& now);
    // A queued email whose time has passed (see expiresAt): Cancelled, its message Failed with `reason`.
    QFuture<Result<QueuedEmail>> expire(const QUuid& messageId, const QString& reason, const QDateTime& now);

    // The user's "Send again" for a failed, cancelled or uncertain email: queued now, same Message-ID.
    // One still waiting (for its next try) is moved to now instead. With `expected`, Conflict unless
    // the email is still in that state (the user decided on what the list showed; an uncertain one
    // that was only waiting a moment ago must be asked about first).
    QFuture<Result<QueuedEmail>> sendAgain(
        const QUuid& messageId, const QDateTime& now, std::optional<OutboxState> expected = std::nullopt);
    // The user takes back an email not yet tried or waiting to be tried again; its message becomes a
    // draft. Conflict while it is being sent or once it was.
    QFuture<Result<QueuedEmail>> cancel(const QUuid& messageId, const QDateTime& now);
    // The same in the caller's transaction (a reminder whose session was cancelled or moved).
    static Result<QueuedEmail> withdrawIn(WriteScope& scope, const QUuid& messageId);
    // An email withdrawn before any attempt, queued again (its session moved back), not sent after
    // `expiresAt` (when valid). Conflict for any other.
    static Result<QueuedEmail> requeueIn(WriteScope& scope, const QUuid& messageId, const QDateTime& expiresAt);

private:
    Store& m_store;
};

} // namespace clientele
