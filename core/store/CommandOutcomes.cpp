#include "core/store/CommandOutcomes.h"

#include "core/store/CommandOutbox.h"
#include "core/store/MessageRows.h"
#include "core/store/PaymentRequests.h"
#include "core/store/RefundRequests.h"
#include "core/store/StripeAccount.h"
#include "core/store/Subscriptions.h"

namespace clientele::CommandOutcomes {

Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after)
{
    if (after.subjectTable == u"payment_request") {
        return PaymentRequestRows::apply(scope, before, after);
    }
    if (after.subjectTable == u"refund_request") {
        return RefundRequestRows::apply(scope, before, after);
    }
    if (after.subjectTable == u"subscription") {
        return SubscriptionRows::apply(scope, before, after);
    }
    if (after.subjectTable == u"message") {
        return MessageRows::applyCommand(scope, before, after);
    }
    if (after.subjectTable == u"stripe_account") {
        return StripeAccountRows::applyCommand(scope, before, after);
    }
    return {};
}

} // namespace clientele::CommandOutcomes
