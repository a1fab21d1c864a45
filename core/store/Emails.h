#pragma once

#include <QFuture>

#include "core/Result.h"
#include "core/email/EmailPayload.h"
#include "core/store/EmailOutbox.h"

namespace clientele {

class Store;
class WriteScope;

// Sending a client an email (DESIGN.md §2, Email): the one way in for every caller. The payload goes
// through the practice's template and branding (email::composeEmail) with this computer's sender, is
// finished as MIME and queued, and the client's history shows it queued, all in one transaction; the
// EmailOutboxSender takes it from there.
// Refused, with nothing queued: "email.not-set-up" when this computer has no way to send email
// (Settings → Email), and everything composeEmail and writeMime refuse (no address, a template
// field without a value, …).
class Emails final
{
public:
    explicit Emails(Store& store);

    QFuture<Result<QueuedEmail>> queue(const email::EmailPayload& payload);
    // The same in the caller's transaction (a reminder being scheduled, a booking being saved). A valid
    // `expiresAt` replaces the email's own limit; a `messageId` is the history row's id (a reminder's,
    // derived from it, so two computers that queue it show one message).
    static Result<QueuedEmail> queueIn(WriteScope& scope, const email::EmailPayload& payload,
        const QDateTime& expiresAt = {}, const QUuid& messageId = {});

private:
    Store& m_store;
};

} // namespace clientele
