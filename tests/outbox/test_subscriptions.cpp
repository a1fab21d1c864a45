// A coach's client on a monthly plan, end to end: a real encrypted practice, the real relay process
// in sandbox mode (simulated Stripe), the outbox sending and the inbox reading. The subscription is
// started by a link the client pays, changed (fewer sessions from the next month, no proration),
// sent to Stripe's billing portal, renewed (paid, declined), set to end and taken back, and ended;
// an old event never revives an ended subscription, and bad requests queue nothing.
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/ports/CommandRelay.h"
#include "core/store/ClientRepository.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandSender.h"
#include "core/store/InboxEvents.h"
#include "core/store/InboxPuller.h"
#include "core/store/PracticeQueries.h"
#include "core/store/Subscriptions.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxVault.h"
#include "tests/support/EventLoopAwait.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QUrl kThanks(QStringLiteral("https://coach.example/thanks"));

domain::Money euros(qint64 minor)
{
    return domain::Money(minor, eur());
}

} // namespace

class TestSubscriptions final : public QObject
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

    // The practice's outbox and inbox, running against the relay as in the app.
    struct Running
    {
        std::unique_ptr<CommandRelay> relay;
        std::unique_ptr<VaultEventSource> events;
        std::unique_ptr<CommandSender> sender;
        std::unique_ptr<InboxPuller> puller;
    };

    Running run(TestPractice& practice)
    {
        Running running;
        running.relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        running.events = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        running.sender =
            std::make_unique<CommandSender>(*practice.store, practice.clock, *running.relay, fastSenderOptions());
        running.puller = std::make_unique<InboxPuller>(*practice.store, *running.events, m_vault, fastInboxOptions());
        running.sender->start();
        running.puller->start();
        return running;
    }

    static domain::Client clientOf(TestPractice& practice)
    {
        domain::Client client = clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), practice.clock.nowUtc());
        client.addEmail(domain::EmailAddress::parse(QStringLiteral("grace@example.com")).value());
        seed(practice, [&](WriteScope& scope) { return ClientRows::insert(scope, client); });
        return client;
    }

    static Subscription stored(TestPractice& practice, const QUuid& id)
    {
        return await(Subscriptions(*practice.store).find(id)).value().value();
    }

    static bool until(TestPractice& practice, const QUuid& id, const std::function<bool(const Subscription&)>& done)
    {
        return advancingUntil(practice, [&] { return done(stored(practice, id)); });
    }

    static qint64 commandCount(TestPractice& practice)
    {
        return practice
            .run([](StoreSession& session) {
                return session.db().queryInt(QStringLiteral("SELECT count(*) FROM command_outbox"));
            })
            .value();
    }

    // The client's invoices paid in full: how many, and their total (minor units).
    static std::pair<qint64, qint64> paidInvoices(TestPractice& practice, const QUuid& clientId)
    {
        const QString where = QStringLiteral("FROM invoice WHERE client_id = x'%1' AND status = 'paid' AND deleted = 0")
                                  .arg(QString::fromLatin1(clientId.toRfc4122().toHex()));
        return practice
            .run([&where](StoreSession& session) -> Result<std::pair<qint64, qint64>> {
                Result<qint64> count = session.db().queryInt(u"SELECT count(*) " + where);
                Result<qint64> total = session.db().queryInt(u"SELECT coalesce(sum(paid_minor), 0) " + where);
                if (!count || !total) {
                    return Error(Error::Code::Internal, QStringLiteral("invoice query"));
                }
                return std::pair {count.value(), total.value()};
            })
            .value();
    }

    HttpReply stripeControl(const QString& path, const QJsonObject& body = {})
    {
        return httpCall(QStringLiteral("POST"),
            sandboxProviderUrl(m_relay, QStringLiteral("Stripe")).resolved(QUrl(path)),
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 5000);
    }

    // The requests the simulated Stripe received for this path.
    QList<QJsonObject> stripeRequests(const QString& method, const QString& path)
    {
        const HttpReply reply = httpCall(QStringLiteral("GET"),
            sandboxProviderUrl(m_relay, QStringLiteral("Stripe")).resolved(QUrl(QStringLiteral("/_fake/requests"))));
        QList<QJsonObject> matching;
        const QJsonArray all = reply.json().value(QStringLiteral("data")).toArray();
        for (const auto& value : all) {
            const QJsonObject request = value.toObject();
            if (request.value(QStringLiteral("method")).toString() == method
                && request.value(QStringLiteral("path")).toString() == path) {
                matching.append(request);
            }
        }
        return matching;
    }

    // A subscription of 4 coaching sessions a month at 75 €, its link paid by the client: running.
    Subscription paidSubscription(TestPractice& practice, const domain::Client& client, const Running& running)
    {
        Subscriptions subscriptions(*practice.store);
        const Result<Subscription> asked = await(subscriptions.start(
            client.id(), QStringLiteral("Coaching session"), euros(7500), 4, Subscription::Interval::Month, kThanks));
        if (!asked) {
            return {};
        }
        running.sender->wake();
        if (!until(
                practice, asked->id, [](const Subscription& s) { return s.state == Subscription::State::LinkReady; })) {
            return stored(practice, asked->id);
        }
        const Subscription ready = stored(practice, asked->id);
        httpCall(QStringLiteral("POST"), QUrl(ready.url.toString() + u"/pay"), {}, {}, 5000);
        until(practice, asked->id, [](const Subscription& s) {
            return s.state == Subscription::State::Active && s.currentPeriodEnd.isValid();
        });
        return stored(practice, asked->id);
    }

    // The same, with the outbox and inbox stopped again (so a test controls what arrives next).
    Subscription paidThenStopped(TestPractice& practice, const domain::Client& client)
    {
        const Running running = run(practice);
        return paidSubscription(practice, client, running);
    }

    // A Stripe event about the subscription as the relay forwards it.
    static QJsonObject stripeEvent(
        const QString& eventId, const QString& type, qint64 created, QJsonObject object, const QUuid& subscriptionId)
    {
        object.insert(QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("subscription_id"), subscriptionId.toString(QUuid::WithoutBraces)}});
        return {{QStringLiteral("provider"), QStringLiteral("stripe")}, {QStringLiteral("event_id"), eventId},
            {QStringLiteral("type"), type}, {QStringLiteral("created"), created}, {QStringLiteral("object"), object}};
    }

    // Applies one event as the inbox does, in a transaction of its own.
    static Result<InboxOutcome> applyEvent(TestPractice& practice, const QJsonObject& event)
    {
        return practice.run([&event](StoreSession& session) {
            return inTransaction(session, [&](WriteScope& scope) { return InboxEvents::apply(scope, event); });
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Result<RelayEnrollment::Enrolled> enrolled = startSandboxVault(m_relay, m_dir, m_enrollment);
        QVERIFY2(enrolled.hasValue(), qPrintable(enrolled ? QString() : enrolled.error().toString()));
        m_vault = enrolled->vaultId;
        m_credentials = enrolled->credentials;
        QVERIFY(connectSandboxStripe(m_enrollment, relayUrl(), m_vault, m_credentials));
    }

    void badRequestsQueueNothing()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        Subscriptions subscriptions(*practice.store);
        const auto start = [&](const QString& name, qint64 minor, int quantity, const QUrl& back) {
            return await(
                subscriptions.start(client.id(), name, euros(minor), quantity, Subscription::Interval::Month, back));
        };
        QCOMPARE(start(QStringLiteral(" "), 7500, 4, kThanks).error().code(), Error::Code::InvalidInput);
        QCOMPARE(start(QStringLiteral("Coaching"), 0, 4, kThanks).error().code(), Error::Code::InvalidInput);
        QCOMPARE(start(QStringLiteral("Coaching"), 7500, 0, kThanks).error().code(), Error::Code::InvalidInput);
        QCOMPARE(start(QStringLiteral("Coaching"), 7500, 1001, kThanks).error().code(), Error::Code::InvalidInput);
        QCOMPARE(start(QStringLiteral("Coaching"), 7500, 4, QUrl(QStringLiteral("file:///tmp"))).error().code(),
            Error::Code::InvalidInput);
        QCOMPARE(await(subscriptions.start(sync::UuidV7::create(), QStringLiteral("Coaching"), euros(7500), 4,
                           Subscription::Interval::Month, kThanks))
                     .error()
                     .code(),
            Error::Code::NotFound);
        QCOMPARE(commandCount(practice), 0);
        QVERIFY(await(subscriptions.forClient(client.id())).value().isEmpty());

        // Not paid yet: nothing to change, end or open a portal for.
        const Subscription asked = await(subscriptions.start(client.id(), QStringLiteral("Coaching session"),
                                             euros(7500), 4, Subscription::Interval::Month, kThanks))
                                       .value();
        QCOMPARE(asked.state, Subscription::State::Requested);
        QCOMPARE(asked.periodAmount(), euros(30000));
        QCOMPARE(await(subscriptions.changeQuantity(asked.id, 2)).error().code(), Error::Code::InvalidInput);
        QCOMPARE(await(subscriptions.cancelAtPeriodEnd(asked.id, true)).error().code(), Error::Code::InvalidInput);
        QCOMPARE(await(subscriptions.cancelNow(asked.id)).error().code(), Error::Code::InvalidInput);
        QCOMPARE(await(subscriptions.requestPortalLink(asked.id, kThanks)).error().code(), Error::Code::InvalidInput);
        QCOMPARE(commandCount(practice), 1);
    }

    void aCoachingSubscriptionIsStartedChangedRenewedAndEnded()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        const Running running = run(practice);
        Subscriptions subscriptions(*practice.store);

        // Started: the client pays the link; Stripe's events make it active, with its ids and period.
        const Subscription paid = paidSubscription(practice, client, running);
        QCOMPARE(paid.state, Subscription::State::Active);
        QCOMPARE(paid.lastChange, Subscription::Change::None);
        QVERIFY(paid.stripeSubscription.startsWith(u"sub_"));
        QVERIFY(paid.stripeCustomer.startsWith(u"cus_"));
        QCOMPARE(paid.quantity, 4);
        QVERIFY(paid.currentPeriodEnd > QDateTime::currentDateTimeUtc().addDays(27));
        QCOMPARE(await(subscriptions.forClient(client.id())).value().size(), 1);
        const QList<QJsonObject> checkouts =
            stripeRequests(QStringLiteral("POST"), QStringLiteral("/v1/checkout/sessions"));
        QVERIFY(!checkouts.isEmpty());
        const QJsonObject checkout = checkouts.constLast().value(QStringLiteral("params")).toObject();
        QCOMPARE(checkout.value(QStringLiteral("mode")).toString(), QStringLiteral("subscription"));
        QCOMPARE(checkout.value(QStringLiteral("customer_email")).toString(), QStringLiteral("grace@example.com"));
        // The first period is in the books: an invoice of the client, paid by card.
        QVERIFY(advancingUntil(practice, [&] { return paidInvoices(practice, client.id()).first == 1; }));
        QCOMPARE(paidInvoices(practice, client.id()).second, 30000);

        // Changed: two sessions a month from the next period, without proration.
        QVERIFY(await(subscriptions.changeQuantity(paid.id, 2)).hasValue());
        running.sender->wake();
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return s.quantity == 2; }));
        const QString path = u"/v1/subscriptions/" + paid.stripeSubscription;
        const QJsonObject change =
            stripeRequests(QStringLiteral("POST"), path).constLast().value(QStringLiteral("params")).toObject();
        QCOMPARE(change.value(QStringLiteral("proration_behavior")).toString(), QStringLiteral("none"));
        QCOMPARE(change.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("quantity")),
            QJsonValue(QStringLiteral("2")));
        QCOMPARE(stored(practice, paid.id).periodAmount(), euros(15000));
        QCOMPARE(await(subscriptions.changeQuantity(paid.id, 2)).error().code(), Error::Code::InvalidInput);

        // The billing portal, where the client changes their card.
        QVERIFY(await(subscriptions.requestPortalLink(paid.id, kThanks)).hasValue());
        running.sender->wake();
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return !s.portalUrl.isEmpty(); }));
        QCOMPARE(httpCall(QStringLiteral("GET"), stored(practice, paid.id).portalUrl).status, 200);

        // Renewed: a declined card makes it past due; paid, it is active again for the next period.
        const QDateTime firstEnd = stored(practice, paid.id).currentPeriodEnd;
        QCOMPARE(stripeControl(
                     u"/_fake/subscriptions/" + paid.stripeSubscription + u"/renew", {{QStringLiteral("paid"), false}})
                     .status,
            200);
        QVERIFY(until(practice, paid.id, [&firstEnd](const Subscription& s) {
            return s.state == Subscription::State::PastDue && s.currentPeriodEnd > firstEnd;
        }));
        const QDateTime secondEnd = stored(practice, paid.id).currentPeriodEnd;
        QCOMPARE(stripeControl(
                     u"/_fake/subscriptions/" + paid.stripeSubscription + u"/renew", {{QStringLiteral("paid"), true}})
                     .status,
            200);
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return s.state == Subscription::State::Active; }));
        QCOMPARE(stored(practice, paid.id).currentPeriodEnd, secondEnd); // the retry paid the same period
        // The period paid on the retry is in the books once, at the new quantity.
        QVERIFY(advancingUntil(practice, [&] { return paidInvoices(practice, client.id()).first == 2; }));
        QCOMPARE(paidInvoices(practice, client.id()).second, 30000 + 15000);

        // Set to end with the period, then taken back, then ended by the period's end.
        QVERIFY(await(subscriptions.cancelAtPeriodEnd(paid.id, true)).hasValue());
        running.sender->wake();
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return s.cancelAtPeriodEnd; }));
        QCOMPARE(await(subscriptions.cancelAtPeriodEnd(paid.id, true)).error().code(), Error::Code::InvalidInput);
        QVERIFY(await(subscriptions.cancelAtPeriodEnd(paid.id, false)).hasValue());
        running.sender->wake();
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return !s.cancelAtPeriodEnd; }));
        QCOMPARE(stored(practice, paid.id).state, Subscription::State::Active);
        QVERIFY(await(subscriptions.cancelAtPeriodEnd(paid.id, true)).hasValue());
        running.sender->wake();
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return s.cancelAtPeriodEnd; }));
        QCOMPARE(stripeControl(u"/_fake/subscriptions/" + paid.stripeSubscription + u"/renew").status, 200);
        QVERIFY(
            until(practice, paid.id, [](const Subscription& s) { return s.state == Subscription::State::Canceled; }));
        QCOMPARE(await(subscriptions.changeQuantity(paid.id, 3)).error().code(), Error::Code::InvalidInput);
    }

    void endedNowStaysEndedWhateverArrivesLate()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        const Running running = run(practice);
        Subscriptions subscriptions(*practice.store);
        const Subscription paid = paidSubscription(practice, client, running);
        QCOMPARE(paid.state, Subscription::State::Active);

        QVERIFY(await(subscriptions.cancelNow(paid.id)).hasValue());
        running.sender->wake();
        QVERIFY(
            until(practice, paid.id, [](const Subscription& s) { return s.state == Subscription::State::Canceled; }));

        // An event from before the end, delivered late (or again), does not make it active.
        const Result<InboxOutcome> outcome = applyEvent(practice,
            stripeEvent(QStringLiteral("evt_late"), QStringLiteral("customer.subscription.updated"),
                QDateTime::currentSecsSinceEpoch() - 60,
                {{QStringLiteral("id"), paid.stripeSubscription},
                    {QStringLiteral("object"), QStringLiteral("subscription")},
                    {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("quantity"), 4}},
                paid.id));
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome->kind, InboxOutcome::Kind::Ignored);
        QCOMPARE(stored(practice, paid.id).state, Subscription::State::Canceled);
    }

    void anAnswerArrivingAfterNewerNewsTakesOnlyItsChange()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        Subscriptions subscriptions(*practice.store);
        const Subscription paid = paidThenStopped(practice, client);
        QCOMPARE(paid.state, Subscription::State::Active);

        // A change waits in the outbox (offline); meanwhile Stripe's newer news arrives: the card
        // was declined at renewal.
        QVERIFY(await(subscriptions.changeQuantity(paid.id, 2)).hasValue());
        QCOMPARE(stored(practice, paid.id).lastChange, Subscription::Change::Waiting);
        QVERIFY(applyEvent(practice,
            stripeEvent(QStringLiteral("evt_declined"), QStringLiteral("customer.subscription.updated"),
                QDateTime::currentSecsSinceEpoch() + 60,
                {{QStringLiteral("id"), paid.stripeSubscription},
                    {QStringLiteral("object"), QStringLiteral("subscription")},
                    {QStringLiteral("status"), QStringLiteral("past_due")}, {QStringLiteral("quantity"), 4}},
                paid.id))
                    .hasValue());
        QCOMPARE(stored(practice, paid.id).state, Subscription::State::PastDue);

        // Stripe's answer to the change (which says active) brings the quantity only.
        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        sender.start();
        QVERIFY(until(practice, paid.id, [](const Subscription& s) { return s.quantity == 2; }));
        QCOMPARE(stored(practice, paid.id).state, Subscription::State::PastDue);
        QCOMPARE(stored(practice, paid.id).lastChange, Subscription::Change::None);
    }

    void aWithdrawnChangeCannotComeBackOverANewerOne()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        const Subscription paid = paidThenStopped(practice, client);
        QCOMPARE(paid.state, Subscription::State::Active);
        CommandOutbox outbox(*practice.store);
        Subscriptions subscriptions(*practice.store);
        // Three a month, withdrawn before it went; then five: three cannot be sent after it any more.
        const Subscription toThree = await(subscriptions.changeQuantity(paid.id, 3)).value();
        QVERIFY(await(outbox.cancel(toThree.commandId)).hasValue());
        QCOMPARE(stored(practice, paid.id).lastChange, Subscription::Change::None);
        QVERIFY(await(subscriptions.changeQuantity(paid.id, 5)).hasValue());
        const Result<OutboxCommand> older = await(outbox.retry(toThree.commandId, practice.clock.nowUtc()));
        QVERIFY(!older);
        QCOMPARE(older.error().code(), Error::Code::Conflict);
        QCOMPARE(await(outbox.find(toThree.commandId)).value()->state, OutboxState::Cancelled);
    }

    void aSubscribedClientIsNeitherLostByDeletingNorByMerging()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        const Subscription paid = paidThenStopped(practice, client);
        QCOMPARE(paid.state, Subscription::State::Active);
        ClientRepository clients(*practice.store);
        // Deleting would leave Stripe charging a client nobody can find.
        const Result<void> removed = await(clients.remove(client.id()));
        QVERIFY(!removed);
        QCOMPARE(removed.error().code(), Error::Code::InvalidInput);
        QVERIFY(await(clients.find(client.id())).value().has_value());
        // Merged into the client kept, the subscription goes along.
        const domain::Client kept =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), practice.clock.nowUtc());
        QVERIFY(await(clients.add(kept)).hasValue());
        QVERIFY(await(clients.merge(kept.id(), client.id())).hasValue());
        QCOMPARE(stored(practice, paid.id).clientId, kept.id());
        QCOMPARE(await(Subscriptions(*practice.store).forClient(kept.id())).value().size(), 1);
    }

    void aPeriodPaidLongAgoIsBookedOnceAndNeverLost()
    {
        TestPractice practice;
        // An invoice the practitioner issued this year: Stripe's charges have a series of their own.
        const domain::Invoice thisYear = invoiceForAda(practice);
        const domain::Client client = clientOf(practice);
        const Subscription asked = await(Subscriptions(*practice.store)
                                             .start(client.id(), QStringLiteral("Coaching session"), euros(7500), 2,
                                                 Subscription::Interval::Month, kThanks))
                                       .value();
        const auto paidPeriod = [&](const char* event, const char* stripeInvoice, const QDateTime& at) {
            return stripeEvent(QLatin1String(event), QStringLiteral("invoice.paid"), at.toSecsSinceEpoch(),
                {{QStringLiteral("id"), QLatin1String(stripeInvoice)},
                    {QStringLiteral("object"), QStringLiteral("invoice")}, {QStringLiteral("amount_paid"), 15000},
                    {QStringLiteral("currency"), QStringLiteral("eur")}},
                asked.id);
        };
        QCOMPARE(applyEvent(practice, paidPeriod("evt_this_period", "in_this_period", practice.clock.nowUtc()))->kind,
            InboxOutcome::Kind::Applied);
        // Last year's period, delivered after this year's: numbers follow dates, so it cannot take one
        // before this year's. It is issued on the series' last day rather than refused.
        const QJsonObject late = paidPeriod("evt_old_period", "in_old_period", practice.clock.nowUtc().addDays(-400));
        const auto apply = [&practice, &late] { return applyEvent(practice, late); };
        const Result<InboxOutcome> first = apply();
        QVERIFY2(first.hasValue(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->kind, InboxOutcome::Kind::Applied);
        QVERIFY(first->changes.testFlag(InboxChange::Payments));
        QCOMPARE(paidInvoices(practice, client.id()), (std::pair<qint64, qint64> {2, 30000}));
        QList<InvoiceSummary> books =
            await(PracticeQueries(*practice.store).clientHistory(client.id(), practice.clock.nowUtc().date()))
                .value()
                .invoices;
        QCOMPARE(books.size(), 2);
        std::sort(books.begin(), books.end(),
            [](const InvoiceSummary& a, const InvoiceSummary& b) { return a.number < b.number; });
        const QString year = QString::number(practice.clock.nowUtc().date().year());
        QCOMPARE(books.at(0).number, u"LS-" + year + u"-S001");
        QCOMPARE(books.at(1).number, u"LS-" + year + u"-S002");
        QCOMPARE(books.at(1).issueDate, books.at(0).issueDate);
        QCOMPARE(thisYear.number(), u"LS-" + year + u"-001"); // the practitioner's series goes on apart
        // Delivered again: nothing new.
        QCOMPARE(apply()->kind, InboxOutcome::Kind::Ignored);
        QCOMPARE(paidInvoices(practice, client.id()), (std::pair<qint64, qint64> {2, 30000}));
    }

    void aLinkNotPaidExpires()
    {
        TestPractice practice;
        const domain::Client client = clientOf(practice);
        const Subscription asked = await(Subscriptions(*practice.store)
                                             .start(client.id(), QStringLiteral("Coaching session"), euros(7500), 1,
                                                 Subscription::Interval::Week, kThanks))
                                       .value();
        const Result<InboxOutcome> outcome = applyEvent(practice,
            stripeEvent(QStringLiteral("evt_expired"), QStringLiteral("checkout.session.expired"),
                QDateTime::currentSecsSinceEpoch(),
                {{QStringLiteral("id"), QStringLiteral("cs_test")},
                    {QStringLiteral("object"), QStringLiteral("checkout.session")}},
                asked.id));
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome->kind, InboxOutcome::Kind::Applied);
        QVERIFY(outcome->changes.testFlag(InboxChange::Subscriptions));
        QCOMPARE(stored(practice, asked.id).state, Subscription::State::Expired);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "test_subscriptions.moc"
