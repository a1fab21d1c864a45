#pragma once

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Money.h"

namespace clientele {

class Store;
class WriteScope;
class SqlCipherDatabase;
struct OutboxCommand;

// Money given back to a client's card through Stripe. Asking queues the stripe.refund.create command
// in the same transaction (SYNC.md §3.9); the refund is written on the invoice only once Stripe has
// made it (the command's answer, or Stripe's refund event, whichever comes first: both give the
// invoice's refund the same id, from Stripe's refund id). Synced, so every device sees it waiting.
struct RefundRequest
{
    enum class State
    {
        Requested, // in the outbox
        Refunded, // Stripe made it; it is on the invoice
        Failed, // Stripe refused; the outbox says why
        Withdrawn, // taken out of the outbox before it went
        Unrecorded, // Stripe made it, but the invoice could not take it (`note` says why)
    };

    // Stripe's reasons for a refund (its `reason` parameter); the practice's own words stay here.
    enum class StripeReason
    {
        RequestedByCustomer,
        Duplicate,
        Fraudulent,
    };

    QUuid id;
    QUuid invoiceId;
    QUuid paymentId; // the invoice's card payment it gives back from
    domain::Money amount;
    QString reason; // the practice's words: printed on the credit note, never sent to Stripe
    State state = State::Requested;
    QString refundRef; // Stripe's refund id (re_…), once made
    QString note; // translated: why the invoice could not take it (Unrecorded)
    QUuid commandId;
    QDateTime createdAt;
};

class RefundRequests final
{
public:
    explicit RefundRequests(Store& store);

    // Queues a refund of `amount` from a card payment of the invoice that came through Stripe.
    // InvalidInput (nothing changes) for a payment not made through Stripe, no reason, or more than
    // what is left of the payment once the refunds already waiting are counted.
    QFuture<Result<RefundRequest>> request(const QUuid& invoiceId, const QUuid& paymentId, const domain::Money& amount,
        const QString& reason, RefundRequest::StripeReason stripeReason);
    // The invoice's refunds through Stripe, newest first.
    QFuture<Result<QList<RefundRequest>>> forInvoice(const QUuid& invoiceId);

private:
    Store& m_store;
};

namespace RefundRequestRows {

Result<QList<RefundRequest>> ofInvoice(SqlCipherDatabase& db, const QUuid& invoiceId);
// Money of a payment already on its way back: refunds asked for and not made yet.
Result<qint64> waitingFor(SqlCipherDatabase& db, const QUuid& paymentId);
// Follows a change of a stripe.refund.create command (its subject is the refund_request): made
// (Stripe's answer names the refund: it goes on the invoice), failed, withdrawn, or asked again under
// a new id. Asking again for a refund Stripe has made is refused (Conflict), so Retry in the outbox
// never gives the money back twice. In the caller's transaction.
Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after);

// What Stripe's refund event (refund.created / refund.updated) did, for the inbox.
struct Settled
{
    enum class Kind
    {
        Unknown, // not a payment of this practice's invoices
        Known, // on the invoice already (the command's answer came first, or a second delivery)
        Recorded, // written on the invoice now
        NotRecorded, // the invoice refused it (voided meanwhile); `note` says why
        FailedAfterRecording, // Stripe could not complete a refund the invoice shows; `note` says so
    };
    Kind kind = Kind::Unknown;
    QString note; // translated
};
// A refund Stripe reports, made from the app or in Stripe's dashboard: on the invoice of the payment
// intent it gives back from, once, with the practice's reason when the app asked for it.
Result<Settled> settleFromStripe(WriteScope& scope, const QJsonObject& refund);

} // namespace RefundRequestRows

} // namespace clientele
