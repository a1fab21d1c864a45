#pragma once

#include <QByteArray>

#include "core/Result.h"

namespace clientele::relay {

// libsodium's sealed box (X25519 + XSalsa20-Poly1305 with an ephemeral sender key): the relay can
// seal an event to a vault's public key but never open it again (SYNC.md §3.8).
Result<QByteArray> sealToVault(QByteArrayView vaultPublicKey, QByteArrayView plaintext);

} // namespace clientele::relay
