#pragma once

#include "core/Result.h"

namespace clientele {

class WriteScope;
struct OutboxCommand;

// Where the outcome of a side-effect command is kept in the practice, by what the command is about:
// a payment link on its invoice (PaymentRequestRows), a refund on its invoice (RefundRequestRows), a client's
// subscription (SubscriptionRows), a text in the client's messages (MessageRows), the practice's Stripe account and its
// setup link (StripeAccountRows). Called in the transaction that records the command's change, so the two never
// disagree.
namespace CommandOutcomes {

Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after);

} // namespace CommandOutcomes

} // namespace clientele
