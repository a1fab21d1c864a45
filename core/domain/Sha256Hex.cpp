#include "core/domain/Sha256Hex.h"

namespace clientele::domain {

bool Sha256Hex::isValid(QStringView text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        const bool lowerHex = u >= u'a' && u <= u'f';
        if (!digit && !lowerHex) {
            return false;
        }
    }
    return true;
}

} // namespace clientele::domain
