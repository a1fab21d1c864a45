#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/thread_pool.hpp>
#include <memory>

#include "relay/lib/HttpServer.h"
#include "relay/lib/Metrics.h"
#include "relay/lib/RateLimiter.h"
#include "relay/lib/RelayConfig.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/Router.h"
#include "relay/lib/VaultWaiters.h"
#include "relay/lib/commands/CommandRunner.h"
#include "relay/lib/events/InboundEventIngest.h"
#include "relay/lib/store/RelayStore.h"

namespace clientele::relay {

// The whole relay wired together: store, storage pool, routes, per-IP limits and the HTTP server.
// main() owns one; tests can run one in-process.
class RelayApp final
{
public:
    // Opens and migrates the database, and builds the routes. Does not listen yet.
    static Result<std::unique_ptr<RelayApp>> create(const RelayConfig& config, boost::asio::io_context& io);
    ~RelayApp();
    RelayApp(const RelayApp&) = delete;
    RelayApp& operator=(const RelayApp&) = delete;

    Result<quint16> listen();
    // Stops accepting, answers waiting long-polls, and lets requests in flight finish.
    void stop();
    std::size_t openConnections() const;
    RelayStore& store() { return *m_store; }

private:
    RelayApp(const RelayConfig& config, boost::asio::io_context& io, std::unique_ptr<RelayStore> store);

    RelayConfig m_config;
    boost::asio::io_context& m_io;
    std::unique_ptr<RelayStore> m_store;
    boost::asio::thread_pool m_storage;
    Metrics m_metrics;
    RateLimiter m_limiter;
    VaultWaiters m_waiters;
    RelayContext m_context;
    std::unique_ptr<InboundEventIngest> m_ingest;
    Router m_router;
    std::unique_ptr<CommandRunner> m_commands;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace clientele::relay
