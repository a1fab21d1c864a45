#include "relay/lib/RelayApp.h"

#include <QDateTime>
#include <boost/asio/post.hpp>

#include "core/Logging.h"
#include "relay/lib/FeedRoutes.h"
#include "relay/lib/HealthRoutes.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/MailboxRoutes.h"
#include "relay/lib/MetricsRoutes.h"
#include "relay/lib/PaidPage.h"
#include "relay/lib/TwilioWebhookRoutes.h"
#include "relay/lib/VaultRoutes.h"
#include "relay/lib/WebhookRoutes.h"
#include "relay/lib/commands/CommandRoutes.h"
#include "relay/lib/events/InboundEventProcessor.h"
#include "relay/lib/store/SqlRelayStore.h"

namespace clientele::relay {

namespace {

// SQLite has one writer, so one storage thread; PostgreSQL takes a few connections in parallel.
std::size_t storageThreads(const RelayConfig& config)
{
    return config.database.kind == DatabaseLocation::Kind::Sqlite ? 1 : 4;
}

} // namespace

Result<std::unique_ptr<RelayApp>> RelayApp::create(const RelayConfig& config, boost::asio::io_context& io)
{
    Result<std::unique_ptr<SqlRelayStore>> store = SqlRelayStore::open(config.database);
    if (!store) {
        return store.error();
    }
    if (Result<void> migrated = (*store)->migrate(); !migrated) {
        return migrated.error();
    }
    std::unique_ptr<RelayApp> app(new RelayApp(config, io, std::move(store).value()));
    app->m_commands->start();
    // Events stored before a crash or restart are delivered now.
    app->m_ingest->scheduleProcessing();
    return app;
}

RelayApp::RelayApp(const RelayConfig& config, boost::asio::io_context& io, std::unique_ptr<RelayStore> store)
    : m_config(config)
    , m_io(io)
    , m_store(std::move(store))
    , m_storage(storageThreads(config))
    , m_context {m_config, *m_store, m_storage, m_io, m_metrics, m_limiter, m_waiters,
          [] { return QDateTime::currentMSecsSinceEpoch(); }}
{
    m_ingest = std::make_unique<InboundEventIngest>(m_context);
    m_context.ingest = m_ingest.get();
    addHealthRoutes(m_router);
    addPaidPage(m_router);
    addMetricsRoutes(m_router, m_context);
    addVaultRoutes(m_router, m_context);
    addMailboxRoutes(m_router, m_context);
    addFeedRoutes(m_router, m_context);
    addWebhookRoutes(m_router, m_context);
    addTwilioWebhookRoutes(m_router, m_context);
    m_commands = std::make_unique<CommandRunner>(m_context);
    addCommandRoutes(m_router, m_context, *m_commands);

    // Per-IP budget for everything but webhooks, which come from the providers' few addresses in
    // bursts and prove themselves by signature.
    m_router.setGuard([this](const Call& call) -> std::optional<Response> {
        if (Router::pathOf(call.http().target()).substr(0, 7) == "/hooks/") {
            return std::nullopt;
        }
        const RateLimiter::Rule rule {m_config.ratePerIp, m_config.ratePerIp * 4};
        std::chrono::seconds retryAfter {};
        if (m_limiter.allow("ip:" + call.peer, rule, std::chrono::steady_clock::now(), &retryAfter)) {
            return std::nullopt;
        }
        m_metrics.add("clientele_relay_rate_limited_total", {{"scope", "ip"}});
        Response response = error(
            http::status::too_many_requests, "rate_limited", QStringLiteral("Too many requests from this address."));
        response.set(http::field::retry_after, std::to_string(retryAfter.count()));
        return response;
    });
    m_router.setObserver([this](const Call&, const Response& response) {
        const unsigned status = response.result_int();
        m_metrics.add("clientele_relay_http_requests_total", {{"class", std::to_string(status / 100) + "xx"}});
    });
    m_server = std::make_unique<HttpServer>(m_io, m_router, HttpServer::Limits {});
}

RelayApp::~RelayApp()
{
    m_commands.reset(); // waits for an attempt in progress
    m_waiters.notifyAll();
    m_storage.join();
}

Result<quint16> RelayApp::listen()
{
    qCInfo(lcRelay).noquote() << "Database:" << m_store->backendName() << m_config.database.redacted();
    return m_server->listen(m_config.listen.host, m_config.listen.port);
}

void RelayApp::stop()
{
    m_commands->stop();
    m_server->stop();
    m_waiters.notifyAll();
}

std::size_t RelayApp::openConnections() const
{
    return m_server->openConnections();
}

} // namespace clientele::relay
