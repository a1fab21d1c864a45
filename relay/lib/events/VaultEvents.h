#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

namespace clientele::relay {

struct RelayContext;

// Seals an event to the vault's public key and appends it to the vault's log as device `relay`.
// `dedupKey` names the event ("stripe:evt_…", "command:<id>:succeeded"): the entry's batch id is
// derived from it, so delivering the same event again is a no-op. Wakes the vault's long-polls unless
// the caller does that itself after committing an enclosing transaction (notify = false).
// Returns false when it was delivered before.
Result<bool> deliverToVault(RelayContext& context, const QString& vaultId, const QString& dedupKey,
    const QByteArray& plaintext, bool notify = true);

} // namespace clientele::relay
