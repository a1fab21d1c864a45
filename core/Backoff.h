#pragma once

#include <chrono>

namespace clientele {

// Pauses between attempts to reach something that was not there: `first`, doubling with each
// further failure (`failures` counts them, from 1) up to `max`.
std::chrono::milliseconds backoffDelay(std::chrono::milliseconds first, std::chrono::milliseconds max, int failures);
// The delay spread by up to ±`jitter` (0.2: ±20 %), so many devices coming back do not return at once.
std::chrono::milliseconds withJitter(std::chrono::milliseconds delay, double jitter);

} // namespace clientele
