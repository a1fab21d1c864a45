#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Money.h"

namespace clientele {

class Store;
class WriteScope;
namespace domain {
class Invoice;
}
class SqlCipherDatabase;
struct OutboxCommand;

// A link a client pays an invoice's balance through (Stripe Checkout, by the relay). Synced, so every
// device of the practice sees the link once the device that asked for it has it.
struct PaymentRequest
{
    enum class State
    {
        Requested, // in the outbox
        Ready, // the link exists (url)
        Failed, // the payment service refused; the outbox says why
        Withdrawn, // taken out of the outbox before it went
        Paid,
        Expired, // the link ran out unpaid
    };

    QUuid id;
    QUuid invoiceId;
    domain::Money amount;
    State state = State::Requested;
    QUrl url;
    QString sessionId; // Stripe's Checkout Session id (cs_…)
    QDateTime expiresAt;
    QUuid commandId; // the outbox command that asks for the link
    QDateTime createdAt;
};

// Payment links of invoices: asking for one queues the stripe.checkout.create command in the same
// transaction (SYNC.md §3.9); its outcome is written back by the outbox (PaymentRequestRows::apply).
class PaymentRequests final
{
public:
    explicit PaymentRequests(Store& store);

    // A link for `amount` of what is still owed on an issued invoice (a deposit, the next instalment),
    // or all of it when none is given. The client lands on `returnUrl` after paying. InvalidInput
    // (nothing changes) for a draft, void or paid invoice, an amount above what is owed, or a
    // currency the payment service does not take.
    QFuture<Result<PaymentRequest>> request(
        const QUuid& invoiceId, const QUrl& returnUrl, const std::optional<domain::Money>& amount = std::nullopt);
    // The invoice's links, newest first.
    QFuture<Result<QList<PaymentRequest>>> forInvoice(const QUuid& invoiceId);

private:
    Store& m_store;
};

namespace PaymentRequestRows {

// Follows a change of a command that asks for a payment link (its subject is the payment_request):
// the link when it exists, failed when it was refused, withdrawn, or asked again under a new id. In
// the caller's transaction. A link paid or settled meanwhile (on another device) is left alone.
Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after);
Result<QList<PaymentRequest>> ofInvoice(SqlCipherDatabase& db, const QUuid& invoiceId);
// What the payment service reported about a link (the inbox): Paid, whatever it was before; Expired
// or Failed (a bank payment that did not go through) while it was still waiting to be paid. False
// when nothing changed (no such link, or settled).
Result<bool> settle(WriteScope& scope, const QUuid& requestId, PaymentRequest::State state);
// Why a link is stopped, for the outbox.
enum class StopReason
{
    Replaced, // a newer link
    Paid, // a payment left less owed than it asks
    Voided,
};
// Stops the invoice's live links that ask for more than `owed` (all of them when none is given),
// but `keep`, so a client cannot pay twice: a link already made is expired at Stripe
// (stripe.checkout.expire, once), one still waiting in the outbox is withdrawn. Called when a
// payment or voiding changes what is owed; a new link stops the others itself once it exists, and a
// link arriving after a newer one, or for more than is owed by then, stops at once. In the caller's
// transaction.
Result<void> stopLinksAbove(
    WriteScope& scope, const QUuid& invoiceId, std::optional<qint64> owed, StopReason why, const QUuid& keep = {});
// What is still owed on an invoice, in minor units (nothing on a void or paid one).
qint64 owedOn(const domain::Invoice& invoice);

} // namespace PaymentRequestRows

} // namespace clientele
