// A desktop that only sends its outbox: opens the practice (CLIENTELE_TEST_PRACTICE, key in
// CLIENTELE_TEST_KEY as hex), connects to the relay (CLIENTELE_TEST_RELAY, _VAULT, _TOKEN) and
// runs the CommandSender until nothing is due. test_command_sender kills it at its failpoints
// (CLIENTELE_FAILPOINT) to show that no command goes out twice. Exit code 0: idle; 1: it failed.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>

#include "core/FutureWait.h"
#include "core/adapters/relay/RelayCommandClient.h"
#include "core/adapters/system/SystemClock.h"
#include "core/store/CommandSender.h"
#include "core/store/Store.h"

using namespace clientele;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto env = [](const char* name) { return qEnvironmentVariable(name); };
    SystemClock clock;
    Store store(clock);
    const QByteArray keyBytes = QByteArray::fromHex(env("CLIENTELE_TEST_KEY").toLatin1());
    std::shared_ptr<const SecureBytes> key = std::make_shared<SecureBytes>(
        reinterpret_cast<const unsigned char*>(keyBytes.constData()), static_cast<std::size_t>(keyBytes.size()));
    const std::optional<Result<void>> opened =
        waitFor(store.open(PracticeFiles {env("CLIENTELE_TEST_PRACTICE")},
                    [key]() -> Result<std::shared_ptr<const SecureBytes>> { return key; }),
            std::chrono::minutes(1));
    if (!opened || !opened->hasValue()) {
        std::fprintf(stderr, "could not open the practice\n");
        return 1;
    }
    QNetworkAccessManager network;
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
