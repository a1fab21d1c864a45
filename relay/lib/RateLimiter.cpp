#include "relay/lib/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace clientele::relay {

bool RateLimiter::allow(const std::string& key, const Rule& rule, std::chrono::steady_clock::time_point now,
    std::chrono::seconds* retryAfter)
{
    if (rule.ratePerSecond <= 0) {
        return true;
    }
    std::lock_guard lock(m_mutex);
    pruneLocked(now);
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket {rule.burst, now});
    Bucket& bucket = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
        bucket.tokens = std::min(rule.burst, bucket.tokens + elapsed * rule.ratePerSecond);
        bucket.updated = now;
    }
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
    }
    if (retryAfter) {
        const double wait = (1 - bucket.tokens) / rule.ratePerSecond;
        *retryAfter = std::chrono::seconds(std::max<long long>(1, std::llround(std::ceil(wait))));
    }
    return false;
}

void RateLimiter::pruneLocked(std::chrono::steady_clock::time_point now)
{
    // Buckets idle for an hour are full again (no rule refills slower); forgetting them changes
    // nothing and bounds memory.
    if (now - m_lastPrune < std::chrono::minutes(1)) {
        return;
    }
    m_lastPrune = now;
    std::erase_if(m_buckets, [now](const auto& entry) { return now - entry.second.updated > std::chrono::hours(1); });
}

} // namespace clientele::relay
