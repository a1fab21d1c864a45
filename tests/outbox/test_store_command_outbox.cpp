// The outbox of side effects (SYNC.md §3.9) on a real encrypted practice: a command commits or
// vanishes with the business change that implies it, survives a restart, is due in order, and can
// be withdrawn only while it cannot have reached the relay.
#include <QJsonArray>
#include <QTest>

#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/PaymentRequests.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QString kSms = QStringLiteral("twilio.sms.send");

QJsonObject smsTo(const QString& number)
{
    return {{QStringLiteral("to"), number}, {QStringLiteral("body"), QStringLiteral("See you tomorrow at 10:00")}};
}

// Queues a text to `client` in the transaction that adds the client, as a business action would.
Result<OutboxCommand> addClientAndText(TestPractice& practice, const domain::Client& client, bool failAfterwards)
{
    return practice.run([client, failAfterwards](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<OutboxCommand> {
            if (Result<void> added = ClientRows::insert(scope, client); !added) {
                return added.error();
            }
            Result<OutboxCommand> queued = CommandOutbox::enqueue(
                scope, kSms, smsTo(QStringLiteral("+4915112345678")), QStringLiteral("client"), client.id());
            if (queued && failAfterwards) {
                return Error(Error::Code::InvalidInput, QStringLiteral("the rest of the action failed"));
            }
            return queued;
        });
    });
}

} // namespace

class TestStoreCommandOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCommandCommitsWithItsBusinessChange()
    {
        TestPractice practice;
        CommandOutbox outbox(*practice.store);
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());

        const Result<OutboxCommand> queued = addClientAndText(practice, ada, false);
        QVERIFY(queued.hasValue());
        QCOMPARE(queued->state, OutboxState::Queued);
        QCOMPARE(queued->nextAttemptAt, practice.clock.nowUtc());

        QVERIFY(practice.reopen().hasValue());
        CommandOutbox reopened(*practice.store);
        const QList<OutboxCommand> listed = await(reopened.list()).value();
        QCOMPARE(listed.size(), 1);
        const OutboxCommand& stored = listed.constFirst();
        QCOMPARE(stored.id, queued->id);
        QCOMPARE(stored.type, kSms);
        QCOMPARE(stored.params, smsTo(QStringLiteral("+4915112345678")));
        QCOMPARE(stored.subjectTable, QStringLiteral("client"));
        QCOMPARE(stored.subjectId, ada.id());
        QCOMPARE(stored.createdAt, practice.clock.nowUtc());
        QCOMPARE(await(reopened.forSubject(ada.id())).value().size(), 1);
        QCOMPARE(await(reopened.find(queued->id)).value()->id, queued->id);

        // The outbox view names the client the command is about.
        const QList<OutboxEntry> entries = await(reopened.entries(false)).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().clientId, ada.id());
        QCOMPARE(entries.constFirst().clientName, QStringLiteral("Ada Lovelace"));
        QVERIFY(await(reopened.entries(true)).value().isEmpty());
    }

    void aFailedActionLeavesNoCommand()
    {
        TestPractice practice;
        CommandOutbox outbox(*practice.store);
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());

        QVERIFY(!addClientAndText(practice, ada, true).hasValue());

        QVERIFY(await(outbox.list()).value().isEmpty());
        QCOMPARE(await(outbox.nextDue(practice.clock.nowUtc())).value(), std::optional<QDateTime>());
        const auto client =
            practice.run([&ada](StoreSession& session) { return ClientRows::load(session.db(), ada.id()); });
        QVERIFY(client.hasValue() && !client->has_value());
    }

    void commandsFallDueInOrderAndOnlyWhileOpen()
    {
        TestPractice practice;
        CommandOutbox outbox(*practice.store);
        const QDateTime start = practice.clock.nowUtc();
        const OutboxCommand first =
            addClientAndText(practice, clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), start), false)
                .value();
        practice.clock.advance(1000);
        const OutboxCommand second =
            addClientAndText(practice, clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), start), false)
                .value();

        QList<OutboxCommand> due = await(outbox.due(practice.clock.nowUtc(), 10)).value();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).id, first.id);
        QCOMPARE(await(outbox.due(practice.clock.nowUtc(), 1)).value().size(), 1);

        // The first could not reach the relay: due again in a minute.
        OutboxCommand waiting = first;
        waiting.attempts = 1;
        waiting.posted = true;
        waiting.lastError = QStringLiteral("offline");
        waiting.nextAttemptAt = practice.clock.nowUtc().addSecs(60);
        QCOMPARE(await(outbox.record(waiting)).value().attempts, 1);
        due = await(outbox.due(practice.clock.nowUtc(), 10)).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).id, second.id);

        // The clock went back an hour: what waits a minute now seems to wait an hour and one minute,
        // further than anything is scheduled, so it is due at once.
        practice.clock.advance(-3'600'000);
        QCOMPARE(await(outbox.due(practice.clock.nowUtc(), 10, {std::chrono::minutes(10)})).value().size(), 2);
        QCOMPARE(await(outbox.due(practice.clock.nowUtc(), 10, {std::chrono::hours(2)})).value().size(), 0);
        practice.clock.advance(3'600'000);

        // The second is done; the first is then the next one due.
        OutboxCommand sent = second;
        sent.state = OutboxState::Sent;
        sent.result = {{QStringLiteral("sid"), QStringLiteral("SM123")}};
        QCOMPARE(await(outbox.record(sent)).value().state, OutboxState::Sent);
        QCOMPARE(
            await(outbox.nextDue(practice.clock.nowUtc())).value(), std::optional(practice.clock.nowUtc().addSecs(60)));

        // A finished command stays as it finished, whatever a late answer says.
        OutboxCommand late = sent;
        late.state = OutboxState::Failed;
        QCOMPARE(await(outbox.record(late)).value().state, OutboxState::Sent);
        QCOMPARE(await(outbox.find(second.id)).value()->result.value(QStringLiteral("sid")).toString(),
            QStringLiteral("SM123"));
    }

    void onlyACommandThatCannotHaveReachedTheRelayIsWithdrawn()
    {
        TestPractice practice;
        CommandOutbox outbox(*practice.store);
        const QDateTime now = practice.clock.nowUtc();
        const OutboxCommand unsent =
            addClientAndText(practice, clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), now), false)
                .value();
        const OutboxCommand tried =
            addClientAndText(practice, clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), now), false)
                .value();
        OutboxCommand attempt = tried;
        attempt.attempts = 1;
        attempt.posted = true;
        QVERIFY(await(outbox.record(attempt)).hasValue());

        const Result<OutboxCommand> withdrawn = await(outbox.cancel(unsent.id));
        QCOMPARE(withdrawn.value().state, OutboxState::Cancelled);
        QVERIFY(await(outbox.due(now, 10)).value().size() == 1);

        const Result<OutboxCommand> refused = await(outbox.cancel(tried.id));
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
        QCOMPARE(await(outbox.find(tried.id)).value()->state, OutboxState::Queued);

        // The sender records its next attempt after the cancel: the command stays withdrawn.
        OutboxCommand raced = unsent;
        raced.attempts = 1;
        raced.posted = true;
        QCOMPARE(await(outbox.record(raced)).value().state, OutboxState::Cancelled);
        QCOMPARE(await(outbox.cancel(QUuid::createUuid())).error().code(), Error::Code::NotFound);
    }

    void onlyAnIssuedInvoiceWithABalanceGetsAPaymentLink()
    {
        TestPractice practice;
        const domain::Invoice draft = invoiceForAda(practice, false);
        PaymentRequests links(*practice.store);
        const QUrl back(QStringLiteral("https://lumen.example/thanks"));
        const Result<PaymentRequest> refused = await(links.request(draft.id(), back));
        QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
        QVERIFY2(refused.error().userMessage().contains(u"issued"), qPrintable(refused.error().userMessage()));
        QCOMPARE(await(links.request(QUuid::createUuid(), back)).error().code(), Error::Code::NotFound);
        const domain::Invoice issued =
            await(InvoiceRepository(*practice.store).issue(draft.id(), practice.clock.nowUtc().date())).value();
        QCOMPARE(await(links.request(issued.id(), QUrl(QStringLiteral("mailto:x@y")))).error().code(),
            Error::Code::InvalidInput);
        // Nothing of the refusals was kept.
        QVERIFY(await(CommandOutbox(*practice.store).list()).value().isEmpty());
        QVERIFY(await(links.forInvoice(issued.id())).value().isEmpty());

        const PaymentRequest asked = await(links.request(issued.id(), back)).value();
        const OutboxCommand command = await(CommandOutbox(*practice.store).find(asked.commandId)).value().value();
        QCOMPARE(command.type, QStringLiteral("stripe.checkout.create"));
        QCOMPARE(command.subjectId, asked.id);
        const QJsonObject line = command.params.value(QStringLiteral("line_items")).toArray().at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("unit_amount")).toInteger(), 20000);
        QCOMPARE(line.value(QStringLiteral("name")).toString(), u"Invoice " + issued.number());
        QCOMPARE(command.params.value(QStringLiteral("success_url")).toString(), back.toString());

        // Refused by the payment service: the link is marked failed.
        OutboxCommand failed = command;
        failed.state = OutboxState::Failed;
        QVERIFY(await(CommandOutbox(*practice.store).record(failed)).hasValue());
        QCOMPARE(await(links.forInvoice(issued.id())).value().constFirst().state, PaymentRequest::State::Failed);
    }

    void retryingAFailedCommandMakesANewRequest()
    {
        TestPractice practice;
        CommandOutbox outbox(*practice.store);
        const QDateTime now = practice.clock.nowUtc();
        const OutboxCommand command =
            addClientAndText(practice, clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), now), false)
                .value();
        OutboxCommand waiting = command;
        waiting.attempts = 3;
        waiting.posted = true;
        waiting.nextAttemptAt = now.addSecs(300);
        waiting.lastError = QStringLiteral("offline");
        QVERIFY(await(outbox.record(waiting)).hasValue());

        // Waiting after failed attempts: the same id, now.
        const OutboxCommand now1 = await(outbox.retry(command.id, now)).value();
        QCOMPARE(now1.id, command.id);
        QCOMPARE(now1.nextAttemptAt, now);
        QCOMPARE(now1.attempts, 3);
        QVERIFY(now1.lastError.isEmpty());

        // Shut out by the relay (no outcome known there): the same id again once the user retries.
        OutboxCommand shutOut = now1;
        shutOut.state = OutboxState::NeedsAttention;
        shutOut.relayState = QStringLiteral("pending");
        QVERIFY(await(outbox.record(shutOut)).hasValue());
        QCOMPARE(await(outbox.retry(command.id, now)).value().id, command.id);

        OutboxCommand failed = now1;
        failed.state = OutboxState::Failed;
        failed.relayState = QStringLiteral("failed");
        failed.lastError = QStringLiteral("The text could not be sent.");
        QVERIFY(await(outbox.record(failed)).hasValue());

        const OutboxCommand again = await(outbox.retry(command.id, now)).value();
        QVERIFY(again.id != command.id);
        QCOMPARE(again.state, OutboxState::Queued);
        QCOMPARE(again.attempts, 0);
        QVERIFY(!again.posted);
        QCOMPARE(again.params, command.params);
        QVERIFY(!await(outbox.find(command.id)).value().has_value());
        QCOMPARE(await(outbox.list()).value().size(), 1);

        OutboxCommand sending = again;
        sending.state = OutboxState::Sending;
        sending.posted = true;
        QVERIFY(await(outbox.record(sending)).hasValue());
        QCOMPARE(await(outbox.retry(again.id, now)).error().code(), Error::Code::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestStoreCommandOutbox)
#include "test_store_command_outbox.moc"
