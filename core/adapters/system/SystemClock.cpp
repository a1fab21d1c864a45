#include "core/adapters/system/SystemClock.h"

namespace clientele {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace clientele
