#pragma once

#include <QFlags>
#include <QJsonObject>
#include <QString>

#include "core/Result.h"

namespace clientele {

class WriteScope;

// What an event changed, so the views showing it can refresh.
enum class InboxChange
{
    None = 0,
    Outbox = 1,
    Invoices = 2,
    Bookings = 4,
    Payments = 8, // money arrived on an invoice
    Messages = 16,
    Clients = 32, // a client's consent changed
    Settings = 64, // the Stripe account's status
    Refunds = 128, // money went back to a client (a refund made, a dispute lost)
    Disputes = 256, // a client's bank disputed a card payment, or the dispute moved on
    Subscriptions = 512, // a client's subscription started, changed or ended
};
Q_DECLARE_FLAGS(InboxChanges, InboxChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(InboxChanges)

// What became of one event.
struct InboxOutcome
{
    enum class Kind
    {
        Applied, // the practice changed
        Ignored, // nothing to do here: known already, not about this device's records, or a type not handled
        Refused, // it cannot be applied (a payment for a void invoice); `note` says why, for the user
    };

    Kind kind = Kind::Ignored;
    QString note; // translated; no client data beyond an invoice number
    InboxChanges changes;
};

// The domain rules for the vault's events (SYNC.md §3.10), each in the caller's transaction:
//  - relay command.updated: the outbox command takes the relay's state (never an older one than it
//    has, as the sender may have asked the relay meanwhile);
//  - Stripe checkout.session.completed (paid) and …async_payment_succeeded: the payment is recorded
//    on the invoice named in the session's metadata, once per payment intent, its booking moves on
//    when that secures it, and the payment link is marked paid; …expired: the link is marked expired;
//    account.updated: whether the practice's Stripe account takes card payments; refund.created and
//    …updated: the refund on the invoice of the payment it gives back from, once (RefundRequestRows);
//    charge.dispute.*: the client's bank disputing a payment, and a lost dispute's money as a refund
//    (PaymentDisputes); a subscription link paid or expired and customer.subscription.*: the
//    client's subscription takes Stripe's status (SubscriptionRows);
//  - Twilio sms.received: the reply goes into the messages of the client with that number; STOP or
//    START (the relay names the keyword) revokes or grants the client's consent to texts; C or R
//    answers the session of the last text sent to the number about one (confirms, asks to
//    reschedule: a booking_reply).
// Errors are store failures only (the caller rolls back and tries again later); an event the practice
// cannot take is Refused, with the reason.
namespace InboxEvents {

Result<InboxOutcome> apply(WriteScope& scope, const QJsonObject& event);

} // namespace InboxEvents

} // namespace clientele
