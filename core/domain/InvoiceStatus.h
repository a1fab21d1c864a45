#pragma once

namespace clientele::domain {

// Where an invoice is in its life. Only Invoice's transitions move it:
//
//   Draft --issue--> Issued --payment--> PartiallyPaid --payment--> Paid
//   Issued --payment of the whole balance--> Paid
//   PartiallyPaid/Paid --refund--> PartiallyPaid, or Refunded once every payment is refunded
//   Issued --void--> Void
//
// Void and Refunded are final. A draft is never voided (it has no number yet; it is deleted).
enum class InvoiceStatus
{
    Draft,
    Issued,
    PartiallyPaid,
    Paid,
    Void,
    Refunded,
};

} // namespace clientele::domain
