// The outbox end to end: a real encrypted practice sends its commands through the real relay process
// in sandbox mode (simulated Stripe and Twilio). A payment link and a text go out once and come back
// with their results; a refusal fails with the provider's reason; with the relay down commands wait,
// survive a restart and go out once when it is back; and a desktop killed between writing a command
// and sending it, or between sending it and recording the answer, never sends it twice.
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <functional>

#include "core/adapters/relay/RelayCommandClient.h"
#include "core/store/CommandSender.h"
#include "core/store/PaymentRequests.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxRelay.h"

using namespace clientele;
using namespace clientele::test;

namespace {

constexpr int kWaitMs = 20000;

// A loopback address where nothing listens: the relay is down.
QUrl deadRelay()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
}

} // namespace

class TestCommandSender final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QNetworkAccessManager m_network;
    QString m_vault;
    QByteArray m_token;

    std::unique_ptr<RelayCommandClient> client(const QUrl& relay)
    {
        return std::make_unique<RelayCommandClient>(relay, m_vault, secureCopy(m_token), m_network);
    }

    std::unique_ptr<RelayCommandClient> client() { return client(m_relay.url(QStringLiteral("/"))); }

    // The relay's record of a command: its state and how often it called the provider.
    QJsonObject atRelay(const QUuid& id)
    {
        return httpCall(QStringLiteral("GET"),
            m_relay.url(u"/v1/vaults/" + m_vault + u"/commands/" + id.toString(QUuid::WithoutBraces)), {},
            {{"Authorization", "Bearer " + m_token}})
            .json();
    }

    static OutboxCommand stored(TestPractice& practice, const QUuid& id)
    {
        CommandOutbox outbox(*practice.store);
        return await(outbox.find(id)).value().value();
    }

    // Waits for `done` while moving the practice's clock on (the sender schedules by it).
    // Runs a sender until the command is finished (or kWaitMs passed).
    static OutboxCommand sendUntilFinished(TestPractice& practice, CommandRelay& relay, const QUuid& id)
    {
        CommandSender sender(*practice.store, practice.clock, relay, fastSenderOptions());
        sender.start();
        OutboxCommand command = stored(practice, id);
        for (int waited = 0; command.isOpen() && waited < kWaitMs; waited += 50) {
            QTest::qWait(50);
            practice.clock.advance(50);
            command = stored(practice, id);
        }
        return command;
    }

    // The child desktop (command_sender_child) on this practice; its exit code, or -1 if killed.
    int runChild(TestPractice& practice, const QString& failpoint)
    {
        if (!await(practice.store->lock()).hasValue()) {
            return -2;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_TEST_PRACTICE"), practice.files.directory);
        env.insert(QStringLiteral("CLIENTELE_TEST_KEY"),
            QString::fromLatin1(QByteArray(
                reinterpret_cast<const char*>(practice.key->data()), static_cast<qsizetype>(practice.key->size()))
                                    .toHex()));
        env.insert(QStringLiteral("CLIENTELE_TEST_RELAY"), m_relay.url(QStringLiteral("/")).toString());
        env.insert(QStringLiteral("CLIENTELE_TEST_VAULT"), m_vault);
        env.insert(QStringLiteral("CLIENTELE_TEST_TOKEN"), QString::fromLatin1(m_token));
        if (!failpoint.isEmpty()) {
            env.insert(QStringLiteral("CLIENTELE_FAILPOINT"), failpoint);
        }
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(CLIENTELE_SENDER_CHILD), {});
        child.waitForFinished(60000);
        const int code = child.exitStatus() == QProcess::CrashExit ? -1 : child.exitCode();
        if (!practice.reopen().hasValue()) {
            return -2;
        }
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startSandboxRelay(m_relay, m_dir), qPrintable(m_relay.transcript()));
        const std::optional<BareVault> vault = createBareVault(m_relay);
        QVERIFY(vault);
        m_vault = vault->id;
        m_token = vault->token;
    }

    void withoutAStripeAccountAPaymentLinkFailsWithTheReason()
    {
        TestPractice practice;
        const auto relay = client();
        const OutboxCommand link = queueCommand(
            practice, QStringLiteral("stripe.checkout.create"), checkoutParams(12000, QStringLiteral("inv-1")));

        const OutboxCommand failed = sendUntilFinished(practice, *relay, link.id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.relayState, QStringLiteral("failed"));
        QVERIFY2(failed.lastError.contains(u"Connect a Stripe account first"), qPrintable(failed.lastError));
        QCOMPARE(failed.attempts, 1);
    }

    void aPaymentLinkGoesOutOnceAndComesBackWithItsAddress()
    {
        TestPractice practice;
        const auto relay = client();
        const OutboxCommand account = queueCommand(practice, QStringLiteral("stripe.account.create"), accountParams());
        QCOMPARE(sendUntilFinished(practice, *relay, account.id).state, OutboxState::Sent);

        const OutboxCommand link = queueCommand(
            practice, QStringLiteral("stripe.checkout.create"), checkoutParams(12000, QStringLiteral("inv-2")));
        const OutboxCommand sent = sendUntilFinished(practice, *relay, link.id);
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.relayState, QStringLiteral("succeeded"));
        QCOMPARE(sent.attempts, 1);
        QVERIFY(sent.lastError.isEmpty());
        const QUrl url(sent.result.value(QStringLiteral("url")).toString());
        QVERIFY2(url.isValid() && url.scheme().startsWith(u"http"), qPrintable(url.toString()));
        QVERIFY(sent.result.value(QStringLiteral("session_id")).toString().startsWith(u"cs_"));
        QCOMPARE(sent.result.value(QStringLiteral("amount_total")).toInteger(), 12000);
        QCOMPARE(atRelay(link.id).value(QStringLiteral("attempts")).toInt(), 1);
    }

    void aPaymentLinkForAnInvoiceLandsOnTheInvoice()
    {
        TestPractice practice;
        const auto relay = client();
        const domain::Invoice invoice = invoiceForAda(practice);
        PaymentRequests links(*practice.store);
        const PaymentRequest asked =
            await(links.request(invoice.id(), QUrl(QStringLiteral("https://lumen.example/thanks")))).value();
        QCOMPARE(asked.state, PaymentRequest::State::Requested);
        QCOMPARE(asked.amount.minorUnits(), 20000);

        const OutboxCommand sent = sendUntilFinished(practice, *relay, asked.commandId);
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.subjectTable, QStringLiteral("payment_request"));
        QCOMPARE(sent.params.value(QStringLiteral("customer_email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(sent.params.value(QStringLiteral("currency")).toString(), QStringLiteral("eur"));
        const QList<PaymentRequest> onInvoice = await(links.forInvoice(invoice.id())).value();
        QCOMPARE(onInvoice.size(), 1);
        QCOMPARE(onInvoice.constFirst().state, PaymentRequest::State::Ready);
        QCOMPARE(onInvoice.constFirst().url.toString(), sent.result.value(QStringLiteral("url")).toString());
        QVERIFY(onInvoice.constFirst().sessionId.startsWith(u"cs_"));
        QVERIFY(onInvoice.constFirst().expiresAt > practice.clock.nowUtc().addSecs(-3600));

        // The outbox names the invoice and its client.
        const QList<OutboxEntry> entries = await(CommandOutbox(*practice.store).entries(false)).value();
        QCOMPARE(entries.constFirst().invoiceNumber, invoice.number());
        QCOMPARE(entries.constFirst().clientName, QStringLiteral("Ada Lovelace"));
    }

    void aTextIsSentAndFollowed()
    {
        TestPractice practice;
        const auto relay = client();
        const OutboxCommand text =
            queueCommand(practice, QStringLiteral("twilio.sms.send"), smsParams(QStringLiteral("See you at 10:00")));
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        QSignalSpy changes(&sender, &CommandSender::changed);
        sender.start();
        QVERIFY(advancingUntil(practice, [&] { return !stored(practice, text.id).isOpen(); }));
        const OutboxCommand sent = stored(practice, text.id);
        QCOMPARE(sent.state, OutboxState::Sent);
        QVERIFY2(QStringList({QStringLiteral("sent"), QStringLiteral("delivered")}).contains(sent.relayState),
            qPrintable(sent.relayState));
        QVERIFY(sent.result.value(QStringLiteral("sid")).toString().startsWith(u"SM"));
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.constLast().at(0).value<OutboxCommand>().id, text.id);
    }

    void withTheRelayDownCommandsWaitAndGoOutOnceItIsBack()
    {
        TestPractice practice;
        const OutboxCommand text =
            queueCommand(practice, QStringLiteral("twilio.sms.send"), smsParams(QStringLiteral("Reminder")));
        {
            const auto down = client(deadRelay());
            CommandSender sender(*practice.store, practice.clock, *down, fastSenderOptions());
            QSignalSpy changes(&sender, &CommandSender::changed);
            sender.start();
            QVERIFY(advancingUntil(practice, [&] { return changes.size() >= 2; }));
            QVERIFY(advancingUntil(practice, [&] { return sender.isWaiting(); }));
        }
        // The desktop quits while offline: the text waits, tried twice, for a later attempt.
        const OutboxCommand waiting = stored(practice, text.id);
        QCOMPARE(waiting.state, OutboxState::Queued);
        QVERIFY(waiting.attempts >= 2);
        QVERIFY(waiting.posted);
        QVERIFY2(waiting.lastError.contains(u"could not be reached"), qPrintable(waiting.lastError));
        QVERIFY(waiting.nextAttemptAt > waiting.updatedAt);
        // Withdrawing is refused: the relay might have had it.
        QCOMPARE(await(CommandOutbox(*practice.store).cancel(text.id)).error().code(), Error::Code::Conflict);
        // The desktop restarts; the relay is back.
        QVERIFY(practice.reopen().hasValue());
        const auto relay = client();
        practice.clock.advance(5000);
        const OutboxCommand sent = sendUntilFinished(practice, *relay, text.id);
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(atRelay(text.id).value(QStringLiteral("attempts")).toInt(), 1);
    }

    void backoffDoublesUpToItsLimit()
    {
        CommandSender::Options options;
        options.firstRetry = std::chrono::seconds(5);
        options.maxRetry = std::chrono::minutes(5);
        QCOMPARE(CommandSender::retryDelay(options, 1), std::chrono::milliseconds(5000));
        QCOMPARE(CommandSender::retryDelay(options, 2), std::chrono::milliseconds(10000));
        QCOMPARE(CommandSender::retryDelay(options, 4), std::chrono::milliseconds(40000));
        QCOMPARE(CommandSender::retryDelay(options, 7), std::chrono::milliseconds(300000));
        QCOMPARE(CommandSender::retryDelay(options, 1000), std::chrono::milliseconds(300000));
    }

    void aDesktopKilledAroundTheSendNeverSendsTwice_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::newRow("after writing, before sending") << QStringLiteral("desktop.command.before_post");
        QTest::newRow("after sending, before recording") << QStringLiteral("desktop.command.after_post");
    }

    void aDesktopKilledAroundTheSendNeverSendsTwice()
    {
        QFETCH(QString, failpoint);
        TestPractice practice;
        const OutboxCommand text =
            queueCommand(practice, QStringLiteral("twilio.sms.send"), smsParams(QStringLiteral("Tomorrow 10:00")));

        QCOMPARE(runChild(practice, failpoint), -1);
        const OutboxCommand afterCrash = stored(practice, text.id);
        QCOMPARE(afterCrash.state, OutboxState::Queued);
        QCOMPARE(afterCrash.attempts, 1);
        QVERIFY(afterCrash.posted);
        const QJsonObject relayBefore = atRelay(text.id);
        if (failpoint.endsWith(u"before_post")) {
            QCOMPARE(relayBefore.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                QStringLiteral("not_found"));
        } else {
            QVERIFY2(!relayBefore.value(QStringLiteral("state")).toString().isEmpty(),
                QJsonDocument(relayBefore).toJson().constData());
        }

        // The next start sends it, under the same id: one text.
        QCOMPARE(runChild(practice, {}), 0);
        const OutboxCommand sent = stored(practice, text.id);
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.attempts, 2);
        // One command, under the id it was written with, run once by the relay: one text.
        QCOMPARE(await(CommandOutbox(*practice.store).list()).value().size(), 1);
        QCOMPARE(atRelay(text.id).value(QStringLiteral("attempts")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandSender)
#include "test_command_sender.moc"
