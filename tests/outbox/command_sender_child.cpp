// A desktop that only talks to its relay: opens the practice (CLIENTELE_TEST_PRACTICE, key in
// CLIENTELE_TEST_KEY as hex) and connects to the relay (CLIENTELE_TEST_RELAY, _VAULT). By default it
// runs the CommandSender (device token in _TOKEN) until nothing is due; with CLIENTELE_CHILD_ROLE=inbox
// the InboxPuller (credentials in _CREDENTIALS as hex) until it has read the whole log. The tests
// kill it at failpoints (CLIENTELE_FAILPOINT) to show that no command goes out twice and no event is
// applied twice. Exit code 0: done; 1: it failed.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>

#include "core/FutureWait.h"
#include "core/adapters/relay/RelayCommandClient.h"
#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/adapters/system/SystemClock.h"
#include "core/store/CommandSender.h"
#include "core/store/InboxPuller.h"
#include "core/store/Store.h"
#include "tests/support/ChildPractice.h"

using namespace clientele;

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

SecureBytes fromHex(const char* name)
{
    const QByteArray bytes = QByteArray::fromHex(env(name).toLatin1());
    return {reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

// Reads the vault's log until the inbox has caught up with its end.
int runInbox(QCoreApplication& app, Store& store, QNetworkAccessManager& network)
{
    RelayEnrollmentClient enrollment(network);
    const std::unique_ptr<VaultEventSource> source = enrollment.eventSource(
        QUrl(env("CLIENTELE_TEST_RELAY")), env("CLIENTELE_TEST_VAULT"), fromHex("CLIENTELE_TEST_CREDENTIALS"));
    if (!source) {
        std::fprintf(stderr, "unreadable credentials\n");
        return 1;
    }
    InboxPuller::Options options;
    options.wait = std::chrono::seconds(0);
    options.idlePause = std::chrono::milliseconds(100);
    InboxPuller puller(store, *source, env("CLIENTELE_TEST_VAULT"), options);
    QObject::connect(&puller, &InboxPuller::applied, &app, [&app](const VaultInbox::Applied& applied) {
        if (applied.cursor >= applied.headSeq) {
            app.exit(0);
        }
    });
    QObject::connect(&puller, &InboxPuller::failed, &app, [&app](const Error& error) {
        std::fprintf(stderr, "inbox: %s\n", qPrintable(error.toString()));
        app.exit(1);
    });
    QTimer::singleShot(0, &puller, &InboxPuller::start);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SystemClock clock;
    Store store(clock);
    if (!test::openChildPractice(store)) {
        return 1;
    }
    QNetworkAccessManager network;
    if (env("CLIENTELE_CHILD_ROLE") == u"inbox") {
        return runInbox(app, store, network);
    }
    const QByteArray token = env("CLIENTELE_TEST_TOKEN").toLatin1();
    RelayCommandClient relay(QUrl(env("CLIENTELE_TEST_RELAY")), env("CLIENTELE_TEST_VAULT"),
        SecureBytes(reinterpret_cast<const unsigned char*>(token.constData()), static_cast<std::size_t>(token.size())),
        network);
    CommandSender::Options options;
    options.firstCheck = std::chrono::milliseconds(100);
    options.maxCheck = std::chrono::milliseconds(500);
    CommandSender sender(store, clock, relay, options);
    int failures = 0;
    QObject::connect(&sender, &CommandSender::failed, [&failures](const Error& error) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error.toString()));
        ++failures;
    });
    QObject::connect(&sender, &CommandSender::idle, &app, [&]() {
        if (!sender.isWaiting()) {
            app.exit(failures == 0 ? 0 : 1);
        }
    });
    QTimer::singleShot(0, &sender, &CommandSender::start);
    return app.exec();
}
