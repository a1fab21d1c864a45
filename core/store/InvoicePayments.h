#pragma once

#include <QUuid>

#include "core/Result.h"
#include "core/domain/Invoice.h"
#include "core/domain/Payment.h"

namespace clientele {

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

} // namespace InvoicePayments

} // namespace clientele
