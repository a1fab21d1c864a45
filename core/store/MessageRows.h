#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Message.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;
struct OutboxCommand;

// Emails and texts in the store (the synced `message` table), in the caller's transaction.
namespace MessageRows {

Result<void> insert(WriteScope& scope, const domain::Message& message);

// Follows a change of the command that sends a text (its subject is the message): sending, sent with
// the provider's id, delivered, undeliverable or failed with the reason, or back to a draft when it
// was withdrawn. A message never goes back to an earlier state (a late "sent" after "delivered").
Result<void> applyCommand(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after);

// Moves an email's row along with its outbox entry (EmailOutbox): its state, the reason shown with
// it (empty clears it) and, when not empty, the id it went out with (its Message-ID).
Result<void> setState(WriteScope& scope, const QUuid& messageId, domain::MessageState state, const QString& reason,
    const QString& providerId = {});

// The latest text that reached this number (sent or delivered) about a session still ahead, of
// `clientId` when not null: what a reply "C" or "R" answers.
struct SentText
{
    QUuid messageId;
    QUuid clientId;
    QUuid bookingId;
};
Result<std::optional<SentText>> lastTextAboutABooking(
    SqlCipherDatabase& db, const QString& number, const QUuid& clientId, const QDateTime& now);

} // namespace MessageRows

} // namespace clientele
