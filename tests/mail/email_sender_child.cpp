// A desktop that only sends email: opens the practice (CLIENTELE_TEST_PRACTICE, key in
// CLIENTELE_TEST_KEY as hex) and runs the EmailOutboxSender through the SMTP server at
// CLIENTELE_TEST_SMTP_PORT on 127.0.0.1 (STARTTLS, trusting CLIENTELE_TEST_SMTP_CA, signing in as
// CLIENTELE_TEST_SMTP_USER with _PASSWORD) until nothing is due. test_mail_sender_kill kills it in the
// middle of a conversation to show that no email goes out twice. Exit code 0: done; 1: it failed.
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

#include "core/FutureWait.h"
#include "core/adapters/mail/SmtpTransport.h"
#include "core/adapters/system/SystemClock.h"
#include "core/oauth/ReadyFuture.h"
#include "core/store/EmailOutboxSender.h"
#include "core/store/Store.h"
#include "tests/support/ChildPractice.h"

using namespace clientele;

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
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
    SmtpAccount account;
    account.host = QStringLiteral("127.0.0.1");
    account.port = env("CLIENTELE_TEST_SMTP_PORT").toInt();
    account.username = env("CLIENTELE_TEST_SMTP_USER");
    account.caFile = env("CLIENTELE_TEST_SMTP_CA");
    account.replyTimeout = std::chrono::seconds(60); // the test kills it long before
    AccessTokenSource password;
    password.token = [secret = env("CLIENTELE_TEST_SMTP_PASSWORD").toUtf8()] {
        return readyFuture(Result<QByteArray>(secret));
    };
    EmailOutboxSender sender(store, clock, {});
    sender.setTransport(std::make_shared<SmtpTransport>(account, password));
    int failures = 0;
    QObject::connect(&sender, &EmailOutboxSender::failed, [&failures](const Error& error) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error.toString()));
        ++failures;
    });
    QObject::connect(&sender, &EmailOutboxSender::changed, [](const QueuedEmail& email) {
        // The parent reads this line to know the attempt is committed.
        std::fprintf(stdout, "email %s\n", qPrintable(outboxStateKey(email.state)));
        std::fflush(stdout);
    });
    QObject::connect(&sender, &EmailOutboxSender::idle, &app, [&]() {
        if (!sender.isWaiting()) {
            app.exit(failures == 0 ? 0 : 1);
        }
    });
    QTimer::singleShot(0, &sender, &EmailOutboxSender::start);
    return app.exec();
}
