#include "core/Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace clientele {

std::chrono::milliseconds backoffDelay(std::chrono::milliseconds first, std::chrono::milliseconds max, int failures)
{
    std::chrono::milliseconds delay = first;
    for (int i = 1; i < failures && delay < max; ++i) {
        delay *= 2;
    }
    return std::min(delay, max);
}

std::chrono::milliseconds withJitter(std::chrono::milliseconds delay, double jitter)
{
    const double spread = jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    const auto ms = static_cast<qint64>(static_cast<double>(delay.count()) * (1.0 + spread));
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

} // namespace clientele
