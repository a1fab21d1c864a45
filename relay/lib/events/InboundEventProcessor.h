#pragma once

namespace clientele::relay {

struct RelayContext;

// Turns stored webhook events into sealed mailbox entries (SYNC.md §3.10): resolve the vault, seal the
// minimal event to its public key, append it to its log as device `relay`, then redact the stored
// plaintext. Safe to run twice or after a crash at any step: the mailbox entry's batch id is derived
// from the provider's event id, so a second append is recognised as a duplicate.
// Blocks; run on a storage thread. Returns how many events it finished.
int processInboundEvents(RelayContext& context);

} // namespace clientele::relay
