// fake-stripe: the Stripe simulator as a process for tests. Prints one line
// "fake-stripe listening on 127.0.0.1:PORT" and serves until SIGTERM or SIGINT.
#include <cstdio>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include "core/Logging.h"
#include "relay/sandbox/stripe/StripeSimulator.h"

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-stripe"));
    qSetMessagePattern(clientele::logMessagePattern());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A stateful Stripe simulator on loopback HTTP, for tests."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption keyOption(QStringLiteral("secret-key"), QStringLiteral("The API key to accept."),
        QStringLiteral("key"), QStringLiteral("sk_test_sandbox"));
    const QCommandLineOption webhookUrlOption(
        QStringLiteral("webhook-url"), QStringLiteral("Where to POST events (http only)."), QStringLiteral("url"));
    const QCommandLineOption webhookSecretOption(QStringLiteral("webhook-secret"),
        QStringLiteral("The webhook signing secret."), QStringLiteral("secret"), QStringLiteral("whsec_sandbox"));
    parser.addOptions({listenOption, keyOption, webhookUrlOption, webhookSecretOption});
    parser.process(app);

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535) {
        std::fprintf(stderr, "fake-stripe: --listen must be host:port\n");
        return 2;
    }
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }

    clientele::relay::sandbox::StripeSimulatorOptions options;
    options.secretKey = parser.value(keyOption);
    options.webhookUrl = QUrl(parser.value(webhookUrlOption));
    options.webhookSecret = parser.value(webhookSecretOption).toUtf8();

    boost::asio::io_context io;
    clientele::relay::sandbox::StripeSimulator simulator(io, options);
    const clientele::Result<quint16> bound = simulator.listen(host, static_cast<quint16>(port));
    if (!bound) {
        std::fprintf(stderr, "fake-stripe: %s\n", qPrintable(bound.error().toString()));
        return 1;
    }
    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code&, int) {
        simulator.stop();
        io.stop();
    });
    std::printf("fake-stripe listening on %s:%u\n", qPrintable(host), static_cast<unsigned>(bound.value()));
    std::fflush(stdout);
    io.run();
    return 0;
}
