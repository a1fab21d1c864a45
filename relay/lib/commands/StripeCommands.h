#pragma once

#include "relay/lib/commands/CommandOutcome.h"
#include "relay/lib/store/RelayRecords.h"

namespace clientele::relay {

struct RelayContext;
class StripeClient;

// Runs one attempt of a stripe.* command. Every POST carries Idempotency-Key = the command id (plus
// a suffix per step when a command makes several calls) and metadata with the vault and command ids,
// so a retry after any failure, or after the relay died mid-call, never creates a second object.
// Objects a command acts on (payment intents, subscriptions) must carry this vault's id.
CommandOutcome runStripeCommand(RelayContext& context, const StripeClient& stripe, const CommandRecord& command);

} // namespace clientele::relay
