#pragma once

#include <QByteArray>
#include <variant>

#include "relay/lib/RelayContext.h"

namespace clientele::relay {

// Bearer tokens: "clr1." + 43 base64url characters (256 random bits). Only their SHA-256 is stored;
// a high-entropy token needs no slow hash.
QByteArray newDeviceToken();
QByteArray hashOfSecret(QByteArrayView secret);

// Who is calling, checked on a storage thread: the bearer token must name a device that is not
// revoked and, when the path names a vault, belongs to it; then the per-device rate limit applies.
// Returns the device, or the answer to send (401, 403 or 429).
std::variant<DeviceRecord, Response> authenticateDevice(RelayContext& context, const Call& call);

} // namespace clientele::relay
