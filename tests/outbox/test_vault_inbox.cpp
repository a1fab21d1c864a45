// The inbox end to end: a real encrypted practice reads its vault's events from the real relay
// process in sandbox mode (simulated Stripe). A client paying a payment link pays the invoice and
// confirms its booking; reading the log again pays nothing twice; a desktop killed after applying a
// page but before committing it applies it once at the next start; an event the practice cannot
// take is refused with the reason and changes nothing; a command's outcome never goes back.
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <functional>
#include <limits>

#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/ports/CommandRelay.h"
#include "core/store/CommandSender.h"
#include "core/store/InboxEvents.h"
#include "core/store/InboxPuller.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/PaymentDisputes.h"
#include "core/store/PaymentRequests.h"
#include "core/store/RefundRequests.h"
#include "core/store/StripeAccount.h"
#include "core/store/VaultInbox.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxVault.h"
#include "tests/support/EventLoopAwait.h"

using namespace clientele;
using namespace clientele::test;

namespace {

constexpr int kWaitMs = 20000;

QJsonObject checkoutEvent(const QString& type, const QJsonObject& object)
{
    return {{QStringLiteral("provider"), QStringLiteral("stripe")},
        {QStringLiteral("event_id"), QString(u"evt_" + type)}, {QStringLiteral("type"), type},
        {QStringLiteral("created"), 1795000000}, {QStringLiteral("object"), object}};
}

QJsonObject paidSession(const domain::Invoice& invoice, const QUuid& requestId, qint64 amount, const QString& intent)
{
    return {{QStringLiteral("id"), QString(u"cs_" + intent)},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("payment_status"), QStringLiteral("paid")},
        {QStringLiteral("amount_total"), QJsonValue(amount)}, {QStringLiteral("currency"), QStringLiteral("eur")},
        {QStringLiteral("payment_intent"), intent},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("invoice_id"), invoice.id().toString(QUuid::WithoutBraces)},
                {QStringLiteral("payment_request_id"), requestId.toString(QUuid::WithoutBraces)}}}};
}

VaultEventPage pageOf(const QList<QJsonObject>& bodies, qint64 firstSeq = 1)
{
    VaultEventPage page;
    qint64 seq = firstSeq;
    for (const QJsonObject& body : bodies) {
        page.events.append({seq, QUuid::createUuid().toString(QUuid::WithoutBraces), body, false});
        page.lastSeq = seq++;
    }
    page.headSeq = page.lastSeq;
    return page;
}

} // namespace

class TestVaultInbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QNetworkAccessManager m_network;
    RelayEnrollmentClient m_enrollment {m_network};
    QString m_vault;
    SecretStore::Secret m_credentials;

    QUrl relayUrl() const { return m_relay.url(QStringLiteral("/")); }

    static domain::Invoice storedInvoice(TestPractice& practice, const QUuid& id)
    {
        return await(InvoiceRepository(*practice.store).find(id)).value().value();
    }

    static domain::BookingStatus bookingStatus(TestPractice& practice, const QUuid& bookingId)
    {
        return practice.run([bookingId](StoreSession& session) { return BookingRows::load(session.db(), bookingId); })
            .value()
            ->status();
    }

    // Asks for a payment link on the invoice and sends it through the relay: the link, ready.
    PaymentRequest readyLink(TestPractice& practice, const domain::Invoice& invoice)
    {
        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        PaymentRequests links(*practice.store);
        const PaymentRequest asked =
            await(links.request(invoice.id(), QUrl(QStringLiteral("https://lumen.example/thanks")))).value();
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        sender.start();
        PaymentRequest latest = asked;
        advancingUntil(practice, [&] {
            latest = await(links.forInvoice(invoice.id())).value().constFirst();
            return latest.state != PaymentRequest::State::Requested;
        });
        return latest;
    }

    // The client pays on the (simulated) Stripe Checkout page.
    static void pay(const PaymentRequest& link)
    {
        httpCall(QStringLiteral("POST"), QUrl(link.url.toString() + u"/pay"), {}, {}, 5000);
    }

    static QList<domain::Payment> paymentsOf(TestPractice& practice, const QUuid& invoiceId)
    {
        return storedInvoice(practice, invoiceId).payments();
    }

    // An invoice the client paid in full by card through its payment link, with the inbox running.
    domain::Invoice paidByCard(TestPractice& practice, InboxPuller& puller)
    {
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::AwaitingPayment);
        const PaymentRequest link = readyLink(practice, invoice);
        puller.start();
        pay(link);
        advancingUntil(practice, [&] { return !paymentsOf(practice, invoice.id()).isEmpty(); });
        return storedInvoice(practice, invoice.id());
    }

    // How many of the vault's events of this type the practice has read.
    static qint64 eventsRead(TestPractice& practice, const QString& type)
    {
        return practice
            .run([type](StoreSession& session) {
                return session.db().queryInt(
                    QStringLiteral("SELECT count(*) FROM inbox_event WHERE type = '%1'").arg(type));
            })
            .value();
    }

    // The simulated Stripe's API, as the practitioner's own dashboard would use it.
    HttpReply stripeCall(const QString& path, const QByteArray& body, const QByteArray& contentType)
    {
        return httpCall(QStringLiteral("POST"),
            sandboxProviderUrl(m_relay, QStringLiteral("Stripe")).resolved(QUrl(path)), body,
            {{"Authorization", "Bearer sk_test_sandbox"}, {"Content-Type", contentType}}, 5000);
    }

    // The child desktop (command_sender_child in its inbox role); its exit code, or -1 if killed.
    int runInboxChild(TestPractice& practice, const QString& failpoint)
    {
        if (!await(practice.store->lock()).hasValue()) {
            return -2;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_CHILD_ROLE"), QStringLiteral("inbox"));
        env.insert(QStringLiteral("CLIENTELE_TEST_PRACTICE"), practice.files.directory);
        env.insert(QStringLiteral("CLIENTELE_TEST_KEY"),
            QString::fromLatin1(QByteArray(
                reinterpret_cast<const char*>(practice.key->data()), static_cast<qsizetype>(practice.key->size()))
                                    .toHex()));
        env.insert(QStringLiteral("CLIENTELE_TEST_RELAY"), relayUrl().toString());
        env.insert(QStringLiteral("CLIENTELE_TEST_VAULT"), m_vault);
        env.insert(QStringLiteral("CLIENTELE_TEST_CREDENTIALS"),
            QString::fromLatin1(QByteArray(
                reinterpret_cast<const char*>(m_credentials->data()), static_cast<qsizetype>(m_credentials->size()))
                                    .toHex()));
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
        const Result<RelayEnrollment::Enrolled> enrolled = startSandboxVault(m_relay, m_dir, m_enrollment);
        QVERIFY2(enrolled.hasValue(), qPrintable(enrolled ? QString() : enrolled.error().toString()));
        m_vault = enrolled->vaultId;
        m_credentials = enrolled->credentials;

        // The practice's Stripe account, made through the outbox like any command.
        QVERIFY(connectSandboxStripe(m_enrollment, relayUrl(), m_vault, m_credentials));
    }

    void aPaidLinkPaysTheInvoiceAndConfirmsTheBooking()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::AwaitingPayment);
        QCOMPARE(bookingStatus(practice, invoice.bookingId()), domain::BookingStatus::AwaitingPayment);
        const PaymentRequest link = readyLink(practice, invoice);
        QCOMPARE(link.state, PaymentRequest::State::Ready);

        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        QVERIFY(source);
        InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
        QSignalSpy applied(&puller, &InboxPuller::applied);
        puller.start();
        pay(link);

        QVERIFY(advancingUntil(practice, [&] { return !paymentsOf(practice, invoice.id()).isEmpty(); }));
        const domain::Invoice paid = storedInvoice(practice, invoice.id());
        QCOMPARE(paid.status(), domain::InvoiceStatus::Paid);
        QCOMPARE(paid.payments().size(), 1);
        QCOMPARE(paid.payments().constFirst().amount.minorUnits(), 20000);
        QCOMPARE(paid.payments().constFirst().method, domain::Payment::Method::Card);
        QVERIFY(paid.payments().constFirst().externalReference.startsWith(u"pi_"));
        QCOMPARE(bookingStatus(practice, invoice.bookingId()), domain::BookingStatus::Confirmed);
        const PaymentRequest settled =
            await(PaymentRequests(*practice.store).forInvoice(invoice.id())).value().constFirst();
        QCOMPARE(settled.state, PaymentRequest::State::Paid);
        // The views were told what changed.
        QVERIFY(advancingUntil(practice, [&] {
            return std::any_of(applied.cbegin(), applied.cend(), [](const QList<QVariant>& signal) {
                return signal.at(0).value<VaultInbox::Applied>().changes.testFlag(InboxChange::Bookings);
            });
        }));
        // The cursor is durable: a new puller starts where this one stopped.
        // The puller may be applying Stripe's next event meanwhile, so they agree once it is done.
        QVERIFY(puller.cursor() > 0);
        QVERIFY(advancingUntil(
            practice, [&] { return await(VaultInbox(*practice.store, m_vault).cursor()).value() == puller.cursor(); }));
    }

    void anEventWaitsForTheOtherComputersChangesBeforeIt()
    {
        // With sync running, a payment is taken only once the changes logged before it are here (the
        // invoice may have been made on another computer): the puller reads no further than the sync.
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::AwaitingPayment);
        const PaymentRequest link = readyLink(practice, invoice);
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
        qint64 syncedUpTo = -1; // the sync has not read its cursor yet
        puller.setReadUpTo([&syncedUpTo] { return syncedUpTo; });
        puller.start();
        pay(link);
        QTest::qWait(1500);
        practice.clock.advance(1500);
        QVERIFY(paymentsOf(practice, invoice.id()).isEmpty());
        QCOMPARE(puller.cursor(), qint64 {0});

        syncedUpTo = std::numeric_limits<qint64>::max(); // the sync caught up with the log
        puller.wake();
        QVERIFY(advancingUntil(practice, [&] { return !paymentsOf(practice, invoice.id()).isEmpty(); }));
        QCOMPARE(storedInvoice(practice, invoice.id()).status(), domain::InvoiceStatus::Paid);
    }

    void readingTheLogAgainPaysNothingTwice()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::AwaitingPayment);
        const PaymentRequest link = readyLink(practice, invoice);
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        {
            InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
            puller.start();
            pay(link);
            QVERIFY(advancingUntil(practice, [&] { return !paymentsOf(practice, invoice.id()).isEmpty(); }));
        }
        // The whole log again, from the start: every event is known by its batch id.
        const VaultEventPage everything = awaitEvents(source->pull(0, std::chrono::seconds(0))).value().value();
        QVERIFY(!everything.events.isEmpty());
        VaultInbox inbox(*practice.store, m_vault);
        const VaultInbox::Applied again = await(inbox.apply(everything)).value();
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.ignored, everything.events.size());

        // Even with the inbox's memory gone (another device, a restored backup), the payment is
        // known by its payment intent and not counted twice.
        QVERIFY(practice
                    .run([](StoreSession& session) {
                        return session.db().execute(QStringLiteral("DELETE FROM inbox_event"));
                    })
                    .hasValue());
        const VaultInbox::Applied fresh = await(inbox.apply(everything)).value();
        QCOMPARE(fresh.applied, 0);
        // The vault is shared by this program's tests: payments of other practices' invoices are
        // refused here, as this practice has no such invoice. Not this invoice's.
        const auto elsewhere =
            std::count_if(everything.events.cbegin(), everything.events.cend(), [&](const VaultEvent& event) {
                const QJsonObject object = event.body.value(QStringLiteral("object")).toObject();
                return object.value(QStringLiteral("payment_status")) == QLatin1String("paid")
                    && object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("invoice_id"))
                    != invoice.id().toString(QUuid::WithoutBraces);
            });
        QCOMPARE(fresh.refused, elsewhere);
        QCOMPARE(paymentsOf(practice, invoice.id()).size(), 1);
        QCOMPARE(storedInvoice(practice, invoice.id()).status(), domain::InvoiceStatus::Paid);
    }

    void aDesktopKilledBeforeCommittingAppliesThePageOnceAtTheNextStart()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::AwaitingPayment);
        const PaymentRequest link = readyLink(practice, invoice);
        pay(link);
        // The payment reaches the vault's log while this desktop is not running.
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        QVERIFY(advancingUntil(practice, [&] {
            const Result<VaultEventPage> page = awaitEvents(source->pull(0, std::chrono::seconds(0))).value();
            return page && std::any_of(page->events.cbegin(), page->events.cend(), [&](const VaultEvent& event) {
                return event.body.value(QStringLiteral("object")).toObject().value(QStringLiteral("id"))
                    == link.sessionId;
            });
        }));

        QCOMPARE(runInboxChild(practice, QStringLiteral("desktop.inbox.before_commit")), -1);
        QVERIFY(paymentsOf(practice, invoice.id()).isEmpty());
        QCOMPARE(await(VaultInbox(*practice.store, m_vault).cursor()).value(), 0);

        QCOMPARE(runInboxChild(practice, {}), 0);
        QCOMPARE(paymentsOf(practice, invoice.id()).size(), 1);
        QCOMPARE(bookingStatus(practice, invoice.bookingId()), domain::BookingStatus::Confirmed);
        QVERIFY(await(VaultInbox(*practice.store, m_vault).cursor()).value() > 0);
    }

    void aPaymentTheInvoiceCannotTakeIsRefusedWithTheReason()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice);
        QVERIFY(await(InvoiceRepository(*practice.store).voidInvoice(invoice.id())).hasValue());
        VaultInbox inbox(*practice.store, m_vault);
        const VaultInbox::Applied outcome =
            await(inbox.apply(pageOf({checkoutEvent(QStringLiteral("checkout.session.completed"),
                      paidSession(invoice, QUuid::createUuid(), 20000, QStringLiteral("pi_void")))})))
                .value();
        QCOMPARE(outcome.refused, 1);
        QCOMPARE(outcome.cursor, 1);
        QCOMPARE(storedInvoice(practice, invoice.id()).status(), domain::InvoiceStatus::Void);
        QVERIFY(paymentsOf(practice, invoice.id()).isEmpty());
        const QList<VaultInbox::Refusal> refusals = await(inbox.refusals(practice.clock.nowUtc().addDays(-30))).value();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.constFirst().note.contains(invoice.number()), qPrintable(refusals.constFirst().note));
        QVERIFY2(refusals.constFirst().note.contains(u"200"), qPrintable(refusals.constFirst().note));

        // A payment in another currency than the invoice's is refused the same way.
        const domain::Invoice other = invoiceForAda(practice);
        QJsonObject dollars = paidSession(other, QUuid::createUuid(), 20000, QStringLiteral("pi_usd"));
        dollars.insert(QStringLiteral("currency"), QStringLiteral("usd"));
        QCOMPARE(await(inbox.apply(pageOf({checkoutEvent(QStringLiteral("checkout.session.completed"), dollars)}, 2)))
                     .value()
                     .refused,
            1);
        QCOMPARE(storedInvoice(practice, other.id()).status(), domain::InvoiceStatus::Issued);
    }

    void anExpiredLinkIsMarkedAndAnUnpaidCompletionWaits()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice);
        const PaymentRequest link = readyLink(practice, invoice);
        VaultInbox inbox(*practice.store, m_vault);
        QJsonObject pending = paidSession(invoice, link.id, 20000, QStringLiteral("pi_debit"));
        pending.insert(QStringLiteral("payment_status"), QStringLiteral("unpaid"));
        QCOMPARE(await(inbox.apply(pageOf({checkoutEvent(QStringLiteral("checkout.session.completed"), pending)})))
                     .value()
                     .applied,
            0);
        QVERIFY(paymentsOf(practice, invoice.id()).isEmpty());

        const VaultInbox::Applied expired =
            await(inbox.apply(pageOf({checkoutEvent(QStringLiteral("checkout.session.expired"),
                                         paidSession(invoice, link.id, 20000, QStringLiteral("pi_debit")))},
                      2)))
                .value();
        QCOMPARE(expired.applied, 1);
        QCOMPARE(await(PaymentRequests(*practice.store).forInvoice(invoice.id())).value().constFirst().state,
            PaymentRequest::State::Expired);
    }

    void aCommandsOutcomeNeverGoesBack()
    {
        TestPractice practice;
        const OutboxCommand text =
            queueCommand(practice, QStringLiteral("twilio.sms.send"), smsParams(QStringLiteral("See you at 10:00")));
        const auto update = [&](const QString& state, qint64 seq) {
            return await(
                VaultInbox(*practice.store, m_vault)
                    .apply(pageOf(
                        {QJsonObject {{QStringLiteral("provider"), QStringLiteral("relay")},
                            {QStringLiteral("type"), QStringLiteral("command.updated")},
                            {QStringLiteral("command_id"), text.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("command_type"), QStringLiteral("twilio.sms.send")},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("result"), QJsonObject {{QStringLiteral("sid"), QStringLiteral("SM1")}}}}},
                        seq)))
                .value();
        };
        QCOMPARE(update(QStringLiteral("delivered"), 1).applied, 1);
        const OutboxCommand delivered = await(CommandOutbox(*practice.store).find(text.id)).value().value();
        QCOMPARE(delivered.state, OutboxState::Sent);
        QCOMPARE(delivered.relayState, QStringLiteral("delivered"));
        QCOMPARE(delivered.result.value(QStringLiteral("sid")).toString(), QStringLiteral("SM1"));
        // "sent" arriving after "delivered" (a slower path) changes nothing.
        QCOMPARE(update(QStringLiteral("sent"), 2).applied, 0);
        QCOMPARE(await(CommandOutbox(*practice.store).find(text.id)).value()->relayState, QStringLiteral("delivered"));

        // While a command is still followed, neither path takes it back: the inbox's "sent" is not
        // undone by the sender's older "sending", nor "sent" by an event saying "running".
        const OutboxCommand other =
            queueCommand(practice, QStringLiteral("twilio.sms.send"), smsParams(QStringLiteral("Reminder")));
        const auto event = [&](const QString& state, qint64 seq) {
            return await(VaultInbox(*practice.store, m_vault)
                             .apply(pageOf({QJsonObject {{QStringLiteral("provider"), QStringLiteral("relay")},
                                               {QStringLiteral("type"), QStringLiteral("command.updated")},
                                               {QStringLiteral("command_id"), other.id.toString(QUuid::WithoutBraces)},
                                               {QStringLiteral("state"), state}}},
                                 seq)))
                .value();
        };
        QCOMPARE(event(QStringLiteral("sent"), 3).applied, 1);
        QVERIFY(await(CommandOutbox(*practice.store).find(other.id)).value()->isFollowed());
        QCOMPARE(event(QStringLiteral("running"), 4).applied, 0);
        OutboxCommand stale = await(CommandOutbox(*practice.store).find(other.id)).value().value();
        stale.relayState = QStringLiteral("sending");
        stale.state = OutboxState::Sending;
        stale.nextAttemptAt = practice.clock.nowUtc().addSecs(30);
        const OutboxCommand kept = await(CommandOutbox(*practice.store).record(stale)).value();
        QCOMPARE(kept.relayState, QStringLiteral("sent"));
        QCOMPARE(kept.state, OutboxState::Sent);
        QCOMPARE(kept.nextAttemptAt, practice.clock.nowUtc().addSecs(30)); // only when to look next
    }

    void connectingStripeMakesTheAccountThenTheSetupLinkAndShowsWhenItTakesCards()
    {
        TestPractice practice;
        StripeAccount stripe(*practice.store);
        QCOMPARE(await(stripe.state()).value().stage, StripeAccountState::Stage::NotConnected);
        QCOMPARE(
            await(stripe.connect(QString(), {}, QUrl(QStringLiteral("https://relay.example/done")))).error().code(),
            Error::Code::InvalidInput); // no country, nothing queued
        QVERIFY(await(CommandOutbox(*practice.store).list()).value().isEmpty());

        QVERIFY(await(stripe.connect(QStringLiteral("de"), QStringLiteral("studio@lumen.example"),
                          m_relay.url(QStringLiteral("/done"))))
                    .hasValue());
        QCOMPARE(await(stripe.state()).value().stage, StripeAccountState::Stage::Requested);
        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        sender.start();
        // The account, then (queued by its answer) the setup link.
        StripeAccountState state;
        QVERIFY(advancingUntil(practice, [&] {
            state = await(stripe.state()).value();
            return state.stage == StripeAccountState::Stage::SettingUp && state.setupUrl.isValid();
        }));
        QVERIFY(state.accountId.startsWith(u"acct_"));
        QVERIFY(state.setupUrlUsable(practice.clock.nowUtc()));
        QVERIFY(!state.chargesEnabled);

        // The practitioner finishes Stripe's setup; Stripe tells the relay, the inbox tells the practice.
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        InboxPuller inbox(*practice.store, *source, m_vault, fastInboxOptions());
        inbox.start();
        httpCall(QStringLiteral("POST"), state.setupUrl, {}, {}, 5000);
        QVERIFY(advancingUntil(
            practice, [&] { return await(stripe.state()).value().stage == StripeAccountState::Stage::Ready; }));
        QVERIFY(await(stripe.state()).value().detailsSubmitted);
    }

    void aReplacedOrOverpaidLinkStopsWorking()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::Confirmed);
        const PaymentRequest first = readyLink(practice, invoice);
        QCOMPARE(first.state, PaymentRequest::State::Ready);

        // One asked for offline, then another: the first is withdrawn before it goes out.
        const PaymentRequest queued = await(
            PaymentRequests(*practice.store).request(invoice.id(), QUrl(QStringLiteral("https://lumen.example/t"))))
                                          .value();
        QCOMPARE(queued.state, PaymentRequest::State::Requested);

        // The new link replaces the ones before: once it exists, Stripe expires the old one, so only
        // one can be paid.
        const PaymentRequest second = readyLink(practice, invoice);
        QCOMPARE(second.state, PaymentRequest::State::Ready);
        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        sender.start();
        const auto stateOf = [&](const QUuid& id) {
            const QList<PaymentRequest> links =
                await(PaymentRequests(*practice.store).forInvoice(invoice.id())).value();
            const auto found =
                std::find_if(links.cbegin(), links.cend(), [&id](const PaymentRequest& link) { return link.id == id; });
            return found == links.cend() ? PaymentRequest::State::Failed : found->state;
        };
        QVERIFY(advancingUntil(practice, [&] { return stateOf(first.id) == PaymentRequest::State::Expired; }));
        QCOMPARE(stateOf(queued.id), PaymentRequest::State::Withdrawn);
        QCOMPARE(await(CommandOutbox(*practice.store).find(queued.commandId)).value()->lastError,
            QStringLiteral("Replaced by a newer link before it went out."));
        QCOMPARE(stateOf(second.id), PaymentRequest::State::Ready);
        const HttpReply late = httpCall(QStringLiteral("POST"), QUrl(first.url.toString() + u"/pay"), {}, {}, 5000);
        QVERIFY2(late.status >= 400, late.body.constData());

        // Paid in cash at the session: the live link asks for more than is owed now, so it stops too.
        const domain::Payment cash {sync::UuidV7::create(), domain::Money(20000, eur()), practice.clock.nowUtc(),
            domain::Payment::Method::Cash, {}};
        QVERIFY(await(InvoiceRepository(*practice.store).recordPayment(invoice.id(), cash)).hasValue());
        sender.wake();
        QVERIFY(advancingUntil(practice, [&] { return stateOf(second.id) == PaymentRequest::State::Expired; }));
        const HttpReply twice = httpCall(QStringLiteral("POST"), QUrl(second.url.toString() + u"/pay"), {}, {}, 5000);
        QVERIFY2(twice.status >= 400, twice.body.constData());
        // One stop each, however often what is owed changed.
        const QList<OutboxCommand> all = await(CommandOutbox(*practice.store).list()).value();
        QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                     [](const OutboxCommand& c) { return c.type == u"stripe.checkout.expire"; }),
            2);
    }

    void aCardPaymentIsRefundedThroughStripeOnce()
    {
        TestPractice practice;
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
        const domain::Invoice paid = paidByCard(practice, puller);
        QCOMPARE(paid.status(), domain::InvoiceStatus::Paid);
        const QUuid paymentId = paid.payments().constFirst().id;
        const domain::Currency& eur = paid.currency();
        RefundRequests refunds(*practice.store);
        const auto refusal = [&](qint64 amount, const QString& reason) {
            return await(refunds.request(paid.id(), paymentId, domain::Money(amount, eur), reason,
                RefundRequest::StripeReason::RequestedByCustomer));
        };

        // Bad requests are refused and queue nothing.
        QCOMPARE(refusal(20001, QStringLiteral("Too much")).error().code(), Error::Code::InvalidInput);
        QCOMPARE(refusal(5000, QStringLiteral("  ")).error().code(), Error::Code::InvalidInput);
        QCOMPARE(refusal(0, QStringLiteral("Nothing")).error().code(), Error::Code::InvalidInput);
        QVERIFY(await(refunds.forInvoice(paid.id())).value().isEmpty());

        const RefundRequest asked =
            await(refunds.request(paid.id(), paymentId, domain::Money(5000, eur),
                      QStringLiteral("Second session moved online"), RefundRequest::StripeReason::RequestedByCustomer))
                .value();
        QCOMPARE(asked.state, RefundRequest::State::Requested);
        // What is on its way back counts: 150.00 of 200.00 is left.
        const Result<RefundRequest> tooMuch = refusal(15001, QStringLiteral("The rest"));
        QCOMPARE(tooMuch.error().code(), Error::Code::InvalidInput);
        QVERIFY2(tooMuch.error().userMessage().contains(u"150.00"), qPrintable(tooMuch.error().userMessage()));
        // Nothing is on the invoice until Stripe has made it.
        QVERIFY(storedInvoice(practice, paid.id()).refunds().isEmpty());

        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        sender.start();
        QVERIFY(advancingUntil(practice, [&] {
            return await(refunds.forInvoice(paid.id())).value().constFirst().state == RefundRequest::State::Refunded;
        }));
        const RefundRequest made = await(refunds.forInvoice(paid.id())).value().constFirst();
        QVERIFY(made.refundRef.startsWith(u"re_"));
        domain::Invoice refunded = storedInvoice(practice, paid.id());
        QCOMPARE(refunded.status(), domain::InvoiceStatus::PartiallyPaid);
        QCOMPARE(refunded.refunds().size(), 1);
        QCOMPARE(refunded.refunds().constFirst().amount.minorUnits(), 5000);
        QCOMPARE(refunded.refunds().constFirst().reason, QStringLiteral("Second session moved online"));
        QCOMPARE(refunded.refunds().constFirst().paymentId, paymentId);

        // Stripe's own event about the same refund arrives later: still one refund.
        QVERIFY(advancingUntil(practice, [&] { return eventsRead(practice, QStringLiteral("refund.created")) > 0; }));
        refunded = storedInvoice(practice, paid.id());
        QCOMPARE(refunded.refunds().size(), 1);
        QCOMPARE(refunded.amountRefunded().minorUnits(), 5000);
    }

    void stripesEventBeforeTheAnswerRefundsOnceAndARetryNeverRefundsTwice()
    {
        TestPractice practice;
        const domain::Invoice invoice = invoiceForAda(practice, true, domain::BookingStatus::Confirmed);
        const auto applyEvent = [&](const QString& type, const QJsonObject& object) {
            return practice
                .run([&](StoreSession& session) {
                    return inTransaction(session,
                        [&](WriteScope& scope) { return InboxEvents::apply(scope, checkoutEvent(type, object)); });
                })
                .value();
        };
        QCOMPARE(applyEvent(QStringLiteral("checkout.session.completed"),
                     paidSession(invoice, QUuid(), 20000, QStringLiteral("pi_early")))
                     .kind,
            InboxOutcome::Kind::Applied);
        const QUuid paymentId = paymentsOf(practice, invoice.id()).constFirst().id;
        const domain::Currency& eur = invoice.currency();
        RefundRequests refunds(*practice.store);
        const RefundRequest asked =
            await(refunds.request(invoice.id(), paymentId, domain::Money(5000, eur), QStringLiteral("Moved online"),
                      RefundRequest::StripeReason::RequestedByCustomer))
                .value();

        // Cash given back by hand counts what is already on its way back to the card.
        InvoiceRepository invoices(*practice.store);
        const Result<domain::Invoice> cash = await(invoices.recordRefund(invoice.id(),
            domain::Refund {QUuid::createUuid(), paymentId, domain::Money(16000, eur), QStringLiteral("Cash back"),
                practice.clock.nowUtc()}));
        QCOMPARE(cash.error().code(), Error::Code::InvalidInput);
        QVERIFY2(cash.error().userMessage().contains(u"on its way back"), qPrintable(cash.error().userMessage()));

        // Stripe's event comes before the command's answer: the refund goes on the invoice then.
        const auto refundObject = [&](const QString& id, qint64 amount, const QUuid& requestId) {
            return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("refund")},
                {QStringLiteral("amount"), QJsonValue(amount)}, {QStringLiteral("currency"), QStringLiteral("eur")},
                {QStringLiteral("payment_intent"), QStringLiteral("pi_early")},
                {QStringLiteral("status"), QStringLiteral("succeeded")}, {QStringLiteral("created"), 1795000100},
                {QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("refund_request_id"), requestId.toString(QUuid::WithoutBraces)}}}};
        };
        QCOMPARE(
            applyEvent(QStringLiteral("refund.created"), refundObject(QStringLiteral("re_early"), 5000, asked.id)).kind,
            InboxOutcome::Kind::Applied);
        QCOMPARE(storedInvoice(practice, invoice.id()).refunds().size(), 1);
        QCOMPARE(storedInvoice(practice, invoice.id()).refunds().constFirst().reason, QStringLiteral("Moved online"));
        QCOMPARE(await(refunds.forInvoice(invoice.id())).value().constFirst().state, RefundRequest::State::Refunded);
        // Then the answer: the same refund, still once.
        const auto answer = [&](const QUuid& commandId, OutboxState state, const QString& refundId) {
            OutboxCommand command = await(CommandOutbox(*practice.store).find(commandId)).value().value();
            command.state = state;
            command.relayState = state == OutboxState::Sent ? QStringLiteral("succeeded") : QStringLiteral("failed");
            command.result = {
                {QStringLiteral("refund_id"), refundId}, {QStringLiteral("status"), QStringLiteral("succeeded")}};
            command.lastError = state == OutboxState::Failed ? QStringLiteral("The answer was lost") : QString();
            return practice.run([&](StoreSession& session) {
                return inTransaction(
                    session, [&](WriteScope& scope) { return CommandOutbox::recordIn(scope, command); });
            });
        };
        QVERIFY(answer(asked.commandId, OutboxState::Sent, QStringLiteral("re_early")).hasValue());
        QCOMPARE(storedInvoice(practice, invoice.id()).refunds().size(), 1);
        QCOMPARE(storedInvoice(practice, invoice.id()).amountRefunded().minorUnits(), 5000);

        // A refund Stripe made whose command the outbox saw fail cannot be asked for again.
        const RefundRequest second =
            await(refunds.request(invoice.id(), paymentId, domain::Money(3000, eur), QStringLiteral("Parking refunded"),
                      RefundRequest::StripeReason::RequestedByCustomer))
                .value();
        QVERIFY(applyEvent(QStringLiteral("refund.created"), refundObject(QStringLiteral("re_second"), 3000, second.id))
                    .kind
            == InboxOutcome::Kind::Applied);
        QVERIFY(answer(second.commandId, OutboxState::Failed, QString()).hasValue());
        const Result<OutboxCommand> retried =
            await(CommandOutbox(*practice.store).retry(second.commandId, practice.clock.nowUtc()));
        QCOMPARE(retried.error().code(), Error::Code::Conflict);
        QCOMPARE(storedInvoice(practice, invoice.id()).amountRefunded().minorUnits(), 8000);
        const QList<OutboxCommand> queued = await(CommandOutbox(*practice.store).list()).value();
        QVERIFY(std::none_of(queued.cbegin(), queued.cend(), [](const OutboxCommand& c) { return c.isOpen(); }));
    }

    void aRefundMadeInStripeAndALostDisputeGoOnTheInvoice()
    {
        TestPractice practice;
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
        const domain::Invoice paid = paidByCard(practice, puller);
        const QString intent = paid.payments().constFirst().externalReference;
        QVERIFY(intent.startsWith(u"pi_"));

        // The practitioner refunds 20.00 in Stripe's dashboard: it carries none of our metadata.
        const HttpReply dashboard = stripeCall(QStringLiteral("/v1/refunds"),
            QByteArray("payment_intent=" + intent.toLatin1() + "&amount=2000"), "application/x-www-form-urlencoded");
        QCOMPARE(dashboard.status, 200);
        QVERIFY(advancingUntil(practice, [&] { return !storedInvoice(practice, paid.id()).refunds().isEmpty(); }));
        const domain::Refund fromStripe = storedInvoice(practice, paid.id()).refunds().constFirst();
        QCOMPARE(fromStripe.amount.minorUnits(), 2000);
        QCOMPARE(fromStripe.reason, QStringLiteral("Refunded in Stripe"));

        // The client's bank disputes the rest; the invoice shows it with its deadline.
        const HttpReply opened = stripeCall(u"/_fake/payment_intents/" + intent + u"/dispute",
            R"({"reason":"product_not_received"})", "application/json");
        QCOMPARE(opened.status, 200);
        const QString disputeId = opened.json().value(QStringLiteral("id")).toString();
        const auto disputes = [&] {
            return practice
                .run([&](StoreSession& session) { return PaymentDisputes::ofInvoice(session.db(), paid.id()); })
                .value();
        };
        QVERIFY(advancingUntil(practice, [&] { return !disputes().isEmpty(); }));
        PaymentDispute dispute = disputes().constFirst();
        QCOMPARE(dispute.status, PaymentDispute::Status::NeedsResponse);
        QCOMPARE(dispute.amount.minorUnits(), 18000);
        QCOMPARE(dispute.reason, QStringLiteral("product_not_received"));
        // Stripe's deadline, a week after the dispute opened.
        QCOMPARE(dispute.dueBy,
            QDateTime::fromSecsSinceEpoch(
                opened.json().value(QStringLiteral("created")).toInteger() + qint64 {7} * 24 * 3600, Qt::UTC));
        QCOMPARE(dispute.paymentId, paid.payments().constFirst().id);
        const QList<PaymentDispute> open =
            practice.run([](StoreSession& session) { return PaymentDisputes::open(session.db()); }).value();
        QVERIFY(std::any_of(open.cbegin(), open.cend(), [&](const PaymentDispute& d) { return d.id == dispute.id; }));

        // The bank decides for the client: the money it took back is a refund on the invoice, once.
        QCOMPARE(
            stripeCall(u"/_fake/disputes/" + disputeId + u"/close", R"({"status":"lost"})", "application/json").status,
            200);
        QVERIFY(
            advancingUntil(practice, [&] { return disputes().constFirst().status == PaymentDispute::Status::Lost; }));
        const domain::Invoice closed = storedInvoice(practice, paid.id());
        QCOMPARE(closed.refunds().size(), 2);
        QCOMPARE(closed.amountRefunded().minorUnits(), 20000);
        QCOMPARE(closed.status(), domain::InvoiceStatus::Refunded);
        // An event from before the decision, delivered late, does not reopen it.
        QJsonObject early = opened.json();
        early.insert(QStringLiteral("status"), QStringLiteral("needs_response"));
        const Result<InboxOutcome> late = practice.run([&](StoreSession& session) {
            return inTransaction(session, [&](WriteScope& scope) {
                return InboxEvents::apply(scope, checkoutEvent(QStringLiteral("charge.dispute.created"), early));
            });
        });
        QCOMPARE(late.value().kind, InboxOutcome::Kind::Ignored);
        QCOMPARE(disputes().constFirst().status, PaymentDispute::Status::Lost);
        QCOMPARE(storedInvoice(practice, paid.id()).refunds().size(), 2);
    }

    void withTheRelayDownThePullerWaitsAndIsToldWhy()
    {
        TestPractice practice;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
        probe.close();
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(dead, m_vault, *m_credentials);
        InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
        QSignalSpy failed(&puller, &InboxPuller::failed);
        puller.start();
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(failed.constFirst().at(0).value<Error>().isRetryable());
        QVERIFY(puller.isRunning()); // waiting to try again
    }

    void aDeviceTheRelayShutOutStopsPolling()
    {
        TestPractice practice;
        const std::unique_ptr<VaultEventSource> source =
            m_enrollment.eventSource(relayUrl(), QUuid::createUuid().toString(QUuid::WithoutBraces), *m_credentials);
        InboxPuller puller(*practice.store, *source, m_vault, fastInboxOptions());
        QSignalSpy refused(&puller, &InboxPuller::refused);
        puller.start();
        QVERIFY(refused.wait(kWaitMs));
        QCOMPARE(refused.constFirst().at(0).value<Error>().code(), Error::Code::PermissionDenied);
        QVERIFY(!puller.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestVaultInbox)
#include "test_vault_inbox.moc"
