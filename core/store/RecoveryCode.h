#pragma once

#include <QString>

#include "core/SecureBytes.h"

namespace clientele {

// The printed recovery code: 125 random bits in Crockford base32, shown as five groups of five
// ("7KQ2M-9XDA4-…"). Users type it back from paper, so normalise() forgives case, spaces, dashes and
// the look-alike letters O/I/L.
class RecoveryCode final
{
public:
    // A new code, as the user sees it (grouped with dashes).
    static SecureBytes generate();
    // The canonical form fed to the KDF.
    static SecureBytes normalise(const SecureBytes& typed);
};

} // namespace clientele
