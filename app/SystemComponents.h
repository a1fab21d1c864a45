#pragma once

#include "core/ComponentVersions.h"

namespace clientele {

// Asks the linked libraries for their versions (Qt, SQLCipher through the store, OpenSSL through the
// crypto adapter). Cheap: SQLCipher answers from an in-memory database.
ComponentVersions systemComponents();

} // namespace clientele
