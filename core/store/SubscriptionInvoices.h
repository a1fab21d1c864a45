#pragma once

#include <QJsonObject>

#include "core/Result.h"

namespace clientele {

class WriteScope;
struct Subscription;

// A period Stripe charged for a client's subscription, in the practice's books: an invoice of the
// client for the plan, issued on the day Stripe took the money and paid by card, numbered in the
// series of Stripe's charges, which every computer numbers alike (InvoiceSeries). Once per Stripe
// invoice: its id, and its payment's, come from Stripe's invoice id, so a second delivery or a
// second device writes nothing new. No tax is added: the amount is what Stripe charged.
namespace SubscriptionInvoices {

// False when it is in the books already, or not a paid period of this subscription.
Result<bool> recordPaidPeriod(
    WriteScope& scope, const Subscription& subscription, const QJsonObject& stripeInvoice, qint64 eventCreated);

} // namespace SubscriptionInvoices

} // namespace clientele
