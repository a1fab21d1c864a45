#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <functional>

#include "relay/lib/Metrics.h"
#include "relay/lib/RateLimiter.h"
#include "relay/lib/RelayConfig.h"
#include "relay/lib/Router.h"
#include "relay/lib/VaultWaiters.h"
#include "relay/lib/store/RelayStore.h"

namespace clientele::relay {

class InboundEventIngest;

// What the route handlers share. Storage calls block, so handlers run them on `storage` (a small
// pool: one thread for SQLite, which has one writer anyway) and answer from there; timers run on
// `io`, the network threads.
struct RelayContext
{
    const RelayConfig& config;
    RelayStore& store;
    boost::asio::thread_pool& storage;
    boost::asio::io_context& io;
    Metrics& metrics;
    RateLimiter& limiter;
    VaultWaiters& waiters;
    std::function<qint64()> nowMs; // wall clock, Unix milliseconds (replaceable in tests)
    InboundEventIngest* ingest = nullptr; // set once the app is wired

    // Runs work() on a storage thread and sends what it returns.
    template<typename Work>
    void onStorage(Reply reply, Work work)
    {
        boost::asio::post(storage, [reply = std::move(reply), work = std::move(work)]() mutable { reply(work()); });
    }
};

} // namespace clientele::relay
