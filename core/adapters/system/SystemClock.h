#pragma once

#include "core/ports/Clock.h"

namespace clientele {

// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace clientele
