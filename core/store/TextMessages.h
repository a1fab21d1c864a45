#pragma once

#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Message.h"

namespace clientele {

class Store;
class WriteScope;

// Texting a client through the relay (DESIGN.md §2, SMS): the message goes into the client's history
// as queued, and the twilio.sms.send command that sends it into the outbox, in one transaction. The
// message follows the command (sent, delivered, undeliverable) through CommandOutcomes.
class TextMessages final
{
public:
    explicit TextMessages(Store& store);

    // A text to the client's primary phone, about `bookingId` when not null (a reply C or R then
    // answers that booking). InvalidInput, and nothing changes, for a client without a phone number,
    // without consent to texts (never given, or revoked by STOP), or an empty text.
    QFuture<Result<domain::Message>> send(const QUuid& clientId, const QUuid& bookingId, const QString& body);
    // The same in the caller's transaction (a reminder being scheduled); not sent after `expiresAt`
    // when valid (it fails with the reason instead). With `stableId`, the message's and the command's
    // ids derive from it, so two devices queuing the same reminder send one text.
    static Result<domain::Message> sendIn(WriteScope& scope, const QUuid& clientId, const QUuid& bookingId,
        const QString& body, const QDateTime& expiresAt = {}, const QUuid& stableId = {});

private:
    Store& m_store;
};

} // namespace clientele
