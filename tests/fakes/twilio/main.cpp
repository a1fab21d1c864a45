// fake-twilio: the Twilio Programmable Messaging simulator as a standalone server for tests.
// Prints "fake-twilio listening on HOST:PORT" once it accepts connections; runs until SIGTERM/SIGINT.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <csignal>
#include <cstdio>
#include <thread>

#include "core/Logging.h"
#include "relay/sandbox/twilio/TwilioSimulator.h"

using namespace clientele;
using relay::sandbox::TwilioSimulator;
using relay::sandbox::TwilioSimulatorOptions;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-twilio"));
    qSetMessagePattern(logMessagePattern());

    TwilioSimulatorOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A stateful Twilio Programmable Messaging simulator (API 2010-04-01) for tests. The control API is under "
        "/_fake/ (see relay/sandbox/twilio/TwilioSimulator.cpp)."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("host:port to listen on (port 0: any)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption accountSid(QStringLiteral("account-sid"), QStringLiteral("The account SID (AC + 32 hex)."),
        QStringLiteral("sid"), options.accountSid);
    const QCommandLineOption authToken(QStringLiteral("auth-token"),
        QStringLiteral("The auth token: Basic auth password and webhook signing key."), QStringLiteral("token"),
        options.authToken);
    const QCommandLineOption inboundUrl(
        QStringLiteral("inbound-url"), QStringLiteral("Where inbound SMS webhooks are POSTed."), QStringLiteral("url"));
    const QCommandLineOption number(QStringLiteral("number"),
        QStringLiteral("A number the account owns (repeatable; default +15005550006)."), QStringLiteral("e164"));
    const QCommandLineOption step(QStringLiteral("status-step-ms"),
        QStringLiteral("Milliseconds between status changes (default 100)."), QStringLiteral("ms"),
        QStringLiteral("100"));
    const QCommandLineOption strict(
        QStringLiteral("strict-params"), QStringLiteral("Refuse form parameters that Twilio's spec does not list."));
    parser.addOptions({listen, accountSid, authToken, inboundUrl, number, step, strict});
    parser.process(app);

    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "fake-twilio: --listen wants host:port, got \"%s\"\n", qPrintable(where));
        return 2;
    }
    QString host = where.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    options.accountSid = parser.value(accountSid);
    options.authToken = parser.value(authToken);
    options.inboundWebhookUrl = QUrl(parser.value(inboundUrl));
    if (parser.isSet(number)) {
        options.ownedNumbers = parser.values(number);
    }
    options.statusStep = std::chrono::milliseconds(parser.value(step).toInt());
    options.strictParams = parser.isSet(strict);

    boost::asio::io_context io(2);
    boost::asio::signal_set signals(io, SIGTERM, SIGINT);
    TwilioSimulator simulator(io, options);
    const Result<quint16> bound = simulator.listen(host, static_cast<quint16>(port));
    if (!bound) {
        std::fprintf(stderr, "fake-twilio: %s\n", qPrintable(bound.error().toString()));
        return 1;
    }
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    std::printf("fake-twilio listening on %s:%u\n", qPrintable(shownHost), static_cast<unsigned>(bound.value()));
    std::fflush(stdout);

    signals.async_wait([&](const boost::system::error_code& ec, int) {
        if (!ec) {
            simulator.stop();
            io.stop();
        }
    });
    std::thread second([&io] { io.run(); });
    io.run();
    second.join();
    return 0;
}
