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
#include "relay/lib/RelayApp.h"
#include "relay/lib/RelayConfig.h"
#include "relay/sandbox/Sandbox.h"

using namespace clientele;

namespace {

constexpr auto kEnvironmentHelp =
    R"(Environment (or KEY=VALUE lines in the file named by CLIENTELE_RELAY_CONFIG; the environment wins):
  CLIENTELE_RELAY_LISTEN          host:port to listen on (default 127.0.0.1:8787; [::1]:8787 for IPv6;
                                  port 0 picks a free port, printed at start)
  CLIENTELE_RELAY_DB              a SQLite file (default $STATE_DIRECTORY/relay.sqlite, else
                                  ./clientele-relay.sqlite) or postgresql://user:password@host:port/db
  CLIENTELE_RELAY_PUBLIC_URL      the externally visible base URL, e.g. https://relay.example.com
                                  (Twilio signs the URL it calls; callback URLs are built from it)
  CLIENTELE_RELAY_DRAIN_SECONDS   how long SIGTERM waits for requests in flight (default 10)
  CLIENTELE_RELAY_RATE_PER_IP     requests per second per client address, bursts of 4x (default 50; 0: off)
  CLIENTELE_RELAY_RATE_PER_DEVICE requests per second per device, bursts of 4x (default 20; 0: off)
  CLIENTELE_RELAY_METRICS_TOKEN   bearer token for /metrics (unset: loopback clients only)
  STRIPE_SECRET_KEY               sk_... or rk_... key of the platform account
  STRIPE_WEBHOOK_SECRET           whsec_... secret of the /hooks/stripe endpoint
  STRIPE_API_BASE                 default https://api.stripe.com
  TWILIO_ACCOUNT_SID              AC...
  TWILIO_AUTH_TOKEN               signs Twilio's webhooks; needs CLIENTELE_RELAY_PUBLIC_URL
  TWILIO_API_BASE                 default https://api.twilio.com
  TWILIO_FROM                     the sender: an E.164 number of the account or a Messaging Service (MG...)
  CLIENTELE_RELAY_APPLICATION_FEE_PERCENT  the platform's share of each payment, 0.5 to 50 (default 1)
  CLIENTELE_RELAY_COMMAND_LEASE_SECONDS    how long a claimed command stays with one instance (default 60)
  QT_LOGGING_RULES                log categories, e.g. "cl.relay.http=false" to silence the access log

Endpoints:
  GET    /healthz                              200 {"status":"ok"} while the relay is up
  GET    /metrics                              Prometheus counters
  POST   /v1/vaults                            create a vault and its first device
  GET    /v1/vaults/{vault}/devices            list devices              (bearer token)
  DELETE /v1/vaults/{vault}/devices/{device}   revoke a device           (bearer token)
  POST   /v1/vaults/{vault}/pairings           offer sealed keys to a new device (bearer token)
  POST   /v1/pairings/claim                    redeem a pairing code
  POST   /v1/vaults/{vault}/batches            append a sealed batch     (bearer token)
  GET    /v1/vaults/{vault}/batches            pull after a cursor, long-poll with wait= (bearer token)
  PUT    /v1/vaults/{vault}/feeds/{id}         store a sealed calendar feed (bearer token)
  DELETE /v1/vaults/{vault}/feeds/{id}         remove it                 (bearer token)
  GET    /feeds/{token}.ics                    the feed for calendar apps, opened with the key in its URL
  POST   /v1/vaults/{vault}/commands           run a command once per command_id (bearer token):
                                               stripe.account.create, stripe.account_link.create,
                                               stripe.checkout.create|expire, stripe.refund.create,
                                               stripe.subscription.update|cancel|status,
                                               stripe.billing_portal.create, twilio.sms.send
  GET    /v1/vaults/{vault}/commands/{id}      its state, result or error  (bearer token)
  POST   /hooks/stripe                         Stripe webhooks (Stripe-Signature)
  POST   /hooks/twilio/status                  Twilio status callbacks (X-Twilio-Signature)
  POST   /hooks/twilio/inbound                 Twilio inbound SMS; STOP/START/HELP honoured
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
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QStringLiteral("Run with simulated Stripe and Twilio in this process (like Stripe's test mode): no "
                       "accounts needed, nothing real is charged or sent. For the desktop demo and tests."));
    parser.addOption(sandboxOption);
    parser.process(app);

    Result<relay::RelayConfig> config = relay::RelayConfig::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (!config) {
        std::fprintf(stderr, "clientele-relay: %s\n", qPrintable(config.error().toString()));
        return 2;
    }

    const unsigned threads = std::max(2U, std::thread::hardware_concurrency());
    boost::asio::io_context io(static_cast<int>(threads));
    // Catch SIGTERM/SIGINT before announcing the port, so a supervisor that reacts to the
    // announcement can already stop us cleanly.
    boost::asio::signal_set signals(io, SIGTERM, SIGINT);
    std::unique_ptr<relay::Sandbox> sandbox;
    if (parser.isSet(sandboxOption)) {
        Result<std::unique_ptr<relay::Sandbox>> started = relay::Sandbox::start(io, config.value());
        if (!started) {
            std::fprintf(stderr, "clientele-relay: %s\n", qPrintable(started.error().toString()));
            return 1;
        }
        sandbox = std::move(started).value();
    }
    Result<std::unique_ptr<relay::RelayApp>> created = relay::RelayApp::create(config.value(), io);
    if (!created) {
        std::fprintf(stderr, "clientele-relay: %s\n", qPrintable(created.error().toString()));
        return 1;
    }
    relay::RelayApp& server = **created;
    Result<quint16> port = server.listen();
    if (!port) {
        std::fprintf(stderr, "clientele-relay: %s\n", qPrintable(port.error().toString()));
        return 1;
    }
    if (sandbox) {
        sandbox->connect(config.value(), server.store());
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
        if (sandbox) {
            sandbox->stop();
        }
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
