#pragma once

#include <QUuid>

#include "core/Result.h"
#include "core/domain/Invoice.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Money received against an invoice, by hand (Record Payment) or from the payment service (the
// inbox): one rule for both, in the caller's transaction.
namespace InvoicePayments {

// Records the payment on the invoice. When the invoice belongs to a booking that is AwaitingPayment
// and what secures the booking (the service's deposit, else the first instalment, else the whole
// invoice) is now paid over all its invoices, the booking moves to Confirmed. A move the state
// machine still refuses (an unsigned contract) is left for later; the payment stands. Conflict when
// the invoice cannot take it (a draft, paid, void) or it was recorded before (same id or reference).
Result<domain::Invoice> record(WriteScope& scope, const QUuid& invoiceId, const domain::Payment& payment);

// What became of money the payment service gave back (a refund, a lost dispute).
struct RefundOutcome
{
    enum class Kind
    {
        NoInvoice, // not on this computer (yet)
        Known, // on the invoice already: recorded by the other path, another device, or before
        Recorded,
        Refused, // the invoice cannot take it (voided meanwhile); `refusal` says why
    };
    Kind kind = Kind::NoInvoice;
    Error refusal;
    QString invoiceNumber;
};
// Writes the refund on the invoice unless a refund with its id is there already. Errors are store
// failures only.
Result<RefundOutcome> recordRefund(WriteScope& scope, const QUuid& invoiceId, const domain::Refund& refund);

// The payment a processor's reference (a Stripe payment intent) stands for, and its invoice.
struct PaymentRef
{
    QUuid paymentId;
    QUuid invoiceId;
};
Result<std::optional<PaymentRef>> byReference(SqlCipherDatabase& db, const QString& reference);

} // namespace InvoicePayments

} // namespace clientele
