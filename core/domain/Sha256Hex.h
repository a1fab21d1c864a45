#pragma once

#include <QStringView>

namespace clientele::domain {

// The canonical spelling of a SHA-256 digest everywhere in the domain: exactly 64 lowercase hex
// digits. One spelling means digests compare as plain strings and never differ only in case.
class Sha256Hex final
{
public:
    static bool isValid(QStringView text);
};

} // namespace clientele::domain
