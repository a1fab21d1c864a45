// clientele-relay: the hosted relay between Clientele desktops, Stripe and Twilio (SYNC.md part 2).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <csignal>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

#include "core/AppInfo.h"
#include "core/Logging.h"
#include "relay/lib/HealthRoutes.h"
#include "relay/lib/HttpServer.h"
#include "relay/lib/RelayConfig.h"
#include "relay/lib/Router.h"

using namespace clientele;

namespace {

constexpr auto kEnvironmentHelp = R"(Environment:
  CLIENTELE_RELAY_LISTEN          host:port to listen on (default 127.0.0.1:8787; [::1]:8787 for IPv6;
                                  port 0 picks a free port, printed at start)
  CLIENTELE_RELAY_DRAIN_SECONDS   how long SIGTERM waits for requests in flight (default 10)
  QT_LOGGING_RULES                log categories, e.g. "cl.relay.http=false" to silence the access log

Endpoints:
  GET /healthz                    200 {"status":"ok"} while the relay is up
)";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clientele-relay"));
    QCoreApplication::setApplicationVersion(AppInfo::version());
    qSetMessagePattern(logMessagePattern());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Clientele relay: payments, SMS and device mailboxes for "
                                                    "Clientele desktops.\n\n")
        + QString::fromUtf8(kEnvironmentHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Result<relay::RelayConfig> config = relay::RelayConfig::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (!config) {
        std::fprintf(stderr, "clientele-relay: %s\n", qPrintable(config.error().toString()));
        return 2;
    }

    relay::Router router;
    relay::addHealthRoutes(router);

    const unsigned threads = std::max(2U, std::thread::hardware_concurrency());
    boost::asio::io_context io(static_cast<int>(threads));
    // Catch SIGTERM/SIGINT before announcing the port, so a supervisor that reacts to the
    // announcement can already stop us cleanly.
    boost::asio::signal_set signals(io, SIGTERM, SIGINT);
    relay::HttpServer server(io, router, relay::HttpServer::Limits {});
    Result<quint16> port = server.listen(config->listen.host, config->listen.port);
    if (!port) {
        std::fprintf(stderr, "clientele-relay: %s\n", qPrintable(port.error().toString()));
        return 1;
    }
    const QString& host = config->listen.host;
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    qCInfo(lcRelay).noquote()
        << QStringLiteral("clientele-relay %1 listening on %2:%3").arg(AppInfo::version(), shownHost).arg(port.value());

    // SIGTERM/SIGINT: stop accepting, let requests in flight finish, then exit; give up after the
    // drain deadline so that a stuck client cannot hold up a deploy.
    boost::asio::steady_timer drainDeadline(io);
    boost::asio::steady_timer drainPoll(io);
    std::function<void()> pollDrained = [&] {
        if (server.openConnections() == 0) {
            drainDeadline.cancel();
            return;
        }
        drainPoll.expires_after(std::chrono::milliseconds(20));
        drainPoll.async_wait([&](const boost::system::error_code& ec) {
            if (!ec) {
                pollDrained();
            }
        });
    };
    signals.async_wait([&](const boost::system::error_code& ec, int signal) {
        if (ec) {
            return;
        }
        qCInfo(lcRelay) << "Signal" << signal << "received: draining" << server.openConnections() << "connection(s)";
        server.stop();
        drainDeadline.expires_after(std::chrono::seconds(config->drainSeconds));
        drainDeadline.async_wait([&](const boost::system::error_code& timerEc) {
            if (!timerEc) {
                qCWarning(lcRelay) << "Drain deadline passed with" << server.openConnections()
                                   << "connection(s) open; stopping";
                io.stop();
            }
        });
        pollDrained();
    });

    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i) {
        pool.emplace_back([&io] { io.run(); });
    }
    io.run();
    for (auto& thread : pool) {
        thread.join();
    }
    qCInfo(lcRelay) << "Stopped";
    return 0;
}
