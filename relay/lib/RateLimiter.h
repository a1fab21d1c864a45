#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace clientele::relay {

// Token buckets by key ("ip:…", "device:…"): `rate` requests per second on average, bursts up to
// `burst`. Kept in memory per instance; a restart forgets them, which only ever lets more through.
class RateLimiter final
{
public:
    struct Rule
    {
        double ratePerSecond = 0; // 0: unlimited
        double burst = 0;
    };

    // True if the request may go ahead; otherwise *retryAfter is how long until it would.
    bool allow(const std::string& key, const Rule& rule, std::chrono::steady_clock::time_point now,
        std::chrono::seconds* retryAfter = nullptr);

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::steady_clock::time_point updated;
    };
    void pruneLocked(std::chrono::steady_clock::time_point now);

    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::chrono::steady_clock::time_point m_lastPrune;
};

} // namespace clientele::relay
