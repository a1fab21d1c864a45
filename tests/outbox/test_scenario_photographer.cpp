// Scenario 1 of DESIGN.md §1, the wedding photographer, from inquiry to paid and reminded, as one
// story on a real encrypted practice and the real relay process in sandbox mode (simulated Stripe
// and Twilio): an inquiry becomes a client and a booking; the contract is sent and signed; the
// deposit invoice gets a payment link; the client pays; the relay hears it from Stripe and the inbox
// marks the invoice paid and the booking Confirmed; the reminder texts go out 7 days and 24 hours
// before, each once and delivered, although the practice is closed and opened again between them.
// (The calendar event, the email reminder and the photos come with their own issues.)
#include <QNetworkAccessManager>
#include <QTest>

#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/ports/CommandRelay.h"
#include "core/store/BookingRepository.h"
#include "core/store/ClientRepository.h"
#include "core/store/CommandSender.h"
#include "core/store/ContractRepository.h"
#include "core/store/InboxPuller.h"
#include "core/store/InvoiceRepository.h"
#include "core/store/PaymentRequests.h"
#include "core/store/ReminderScheduler.h"
#include "core/store/ServiceRepository.h"
#include "core/store/StripeAccount.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxVault.h"
#include "tests/support/EventLoopAwait.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));
const QString kPhone = QStringLiteral("+4915112345678");

} // namespace

class TestScenarioPhotographer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QNetworkAccessManager m_network;
    RelayEnrollmentClient m_enrollment {m_network};
    QString m_vault;
    SecretStore::Secret m_credentials;
    QUrl m_twilio;

    QUrl relayUrl() const { return m_relay.url(QStringLiteral("/")); }

    // The relay's workers as the app runs them while the practice is open: the sender, the inbox and
    // the reminder scheduler.
    struct Running
    {
        std::unique_ptr<CommandRelay> relay;
        std::unique_ptr<VaultEventSource> source;
        std::unique_ptr<CommandSender> sender;
        std::unique_ptr<InboxPuller> inbox;
        std::unique_ptr<ReminderScheduler> reminders;
    };

    Running startWorkers(TestPractice& practice)
    {
        Running running;
        running.relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        running.source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        running.sender =
            std::make_unique<CommandSender>(*practice.store, practice.clock, *running.relay, fastSenderOptions());
        running.inbox = std::make_unique<InboxPuller>(*practice.store, *running.source, m_vault, fastInboxOptions());
        ReminderScheduler::Options options;
        options.maxSleep = std::chrono::milliseconds(50);
        running.reminders = std::make_unique<ReminderScheduler>(*practice.store, practice.clock, options);
        // As the app does: what a round queued goes out at once.
        CommandSender* sender = running.sender.get();
        QObject::connect(running.reminders.get(), &ReminderScheduler::reminded, sender, [sender] { sender->wake(); });
        running.sender->start();
        running.inbox->start();
        running.reminders->start();
        return running;
    }

    // Texts to the client's number that reached (simulated) Twilio.
    QStringList textsAtTwilio()
    {
        const QJsonArray messages =
            httpCall(QStringLiteral("GET"), m_twilio.resolved(QUrl(QStringLiteral("/_fake/messages"))))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        QStringList bodies;
        for (const auto& message : messages) {
            if (message.toObject().value(QStringLiteral("to")).toString() == kPhone) {
                bodies.append(message.toObject().value(QStringLiteral("body")).toString());
            }
        }
        return bodies;
    }

    static QStringList messageStates(TestPractice& practice)
    {
        return practice
            .run([](StoreSession& session) -> Result<QStringList> {
                Result<SqlStatement> query = session.db().prepare(QStringLiteral(
                    "SELECT state FROM message WHERE deleted = 0 AND direction = 'outbound' ORDER BY at"));
                if (!query) {
                    return query.error();
                }
                QStringList states;
                while (query.value().step().value()) {
                    states.append(query.value().text(0));
                }
                return states;
            })
            .value();
    }

    static QStringList remindersDone(TestPractice& practice)
    {
        return practice
            .run([](StoreSession& session) -> Result<QStringList> {
                Result<SqlStatement> query = session.db().prepare(QStringLiteral(
                    "SELECT offset_minutes || ':' || state || ':' || coalesce(reason, '') FROM booking_reminder "
                    "WHERE deleted = 0 ORDER BY due_at"));
                if (!query) {
                    return query.error();
                }
                QStringList rows;
                while (query.value().step().value()) {
                    rows.append(query.value().text(0));
                }
                return rows;
            })
            .value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Result<RelayEnrollment::Enrolled> enrolled = startSandboxVault(m_relay, m_dir, m_enrollment);
        QVERIFY2(enrolled.hasValue(), qPrintable(enrolled ? QString() : enrolled.error().toString()));
        m_twilio = sandboxProviderUrl(m_relay, QStringLiteral("Twilio"));
        QVERIFY(m_twilio.isValid());
        m_vault = enrolled->vaultId;
        m_credentials = enrolled->credentials;
    }

    void anInquiryEndsPaidConfirmedAndReminded()
    {
        TestPractice practice;
        QVERIFY(await(SettingsRepository(*practice.store).saveProfile(lumenProfile())).hasValue());
        Running running = startWorkers(practice);

        // The practice takes card payments through its own Stripe account.
        StripeAccount stripe(*practice.store);
        QVERIFY(await(stripe.connect(QStringLiteral("de"), QStringLiteral("studio@lumen.example"),
                          m_relay.url(QStringLiteral("/done"))))
                    .hasValue());
        StripeAccountState account;
        QVERIFY(advancingUntil(practice, [&] {
            account = await(stripe.state()).value();
            return account.setupUrl.isValid();
        }));
        httpCall(QStringLiteral("POST"), account.setupUrl, {}, {}, 5000);
        QVERIFY(advancingUntil(
            practice, [&] { return await(stripe.state()).value().stage == StripeAccountState::Stage::Ready; }));

        // The wedding service: a contract to sign, a deposit, reminders 7 days and 24 hours before.
        ContractRepository contracts(*practice.store);
        const domain::ContractTemplate agreement(sync::UuidV7::create(), QStringLiteral("Wedding agreement"),
            QStringLiteral("{{practice.name}} photographs the wedding of {{client.name}} on {{booking.date}}."));
        QVERIFY(await(contracts.saveTemplate(agreement)).hasValue());
        domain::Service wedding(
            sync::UuidV7::create(), QStringLiteral("Wedding day"), 8 * 60, domain::Money(240000, eur()));
        wedding.setDeposit(domain::Deposit::fixed(domain::Money(60000, eur())));
        wedding.setRequiredContractTemplateId(agreement.id());
        wedding.setReminderPlan(
            {{7 * 24 * 60, domain::ReminderRule::Channel::Sms}, {24 * 60, domain::ReminderRule::Channel::Sms}});
        QVERIFY(await(ServiceRepository(*practice.store).add(wedding)).hasValue());

        // The inquiry: a new client, who agrees to texts, and a booking for a Saturday in ten days.
        domain::Client ada = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        ada.addEmail(domain::EmailAddress::parse(QStringLiteral("ada@example.com")).value());
        ada.addPhone(domain::PhoneNumber::fromE164(kPhone).value());
        QVERIFY(
            ada.recordConsent({domain::ContactChannel::Sms, domain::Consent::State::Granted, practice.clock.nowUtc(),
                                  domain::Consent::Method::WebForm, QStringLiteral("Inquiry form")})
                .hasValue());
        QVERIFY(await(ClientRepository(*practice.store).add(ada)).hasValue());
        const QDateTime start =
            QDateTime(practice.clock.nowUtc().toTimeZone(kBerlin).date().addDays(10), QTime(14, 0), kBerlin).toUTC();
        const domain::Schedule day =
            domain::Schedule::create(start, start.addSecs(qint64 {8} * 3600), QStringLiteral("Europe/Berlin")).value();
        const domain::Booking inquiry =
            domain::Booking::create(sync::UuidV7::create(), ada.id(), wedding.id(), day).value();
        BookingRepository bookings(*practice.store);
        QVERIFY(await(bookings.add(inquiry)).hasValue());
        const auto status = [&] { return await(bookings.find(inquiry.id())).value()->status(); };
        QCOMPARE(status(), domain::BookingStatus::Inquiry);

        // Accepted; the contract is sent, so the booking waits for the signature; then signed.
        const QDateTime now = practice.clock.nowUtc();
        QVERIFY(await(bookings.transition(inquiry.id(), domain::BookingStatus::Pending, {}, now)).hasValue());
        const domain::Contract contract =
            await(contracts.draftFromTemplate(agreement.id(), ada.id(), inquiry.id(), now)).value();
        QVERIFY(await(contracts.send(contract.id(), now)).hasValue());
        QVERIFY(await(bookings.transition(inquiry.id(), domain::BookingStatus::AwaitingSignature, {}, now)).hasValue());
        // Paying first is not possible: the booking needs the signature.
        QVERIFY(!await(bookings.transition(inquiry.id(), domain::BookingStatus::Confirmed, {}, now)).hasValue());
        QVERIFY(await(contracts.sign(contract.id(), QString(64, u'a'), now)).hasValue());
        QVERIFY(await(bookings.transition(inquiry.id(), domain::BookingStatus::AwaitingPayment, {}, now)).hasValue());

        // The deposit invoice and its payment link.
        InvoiceRepository invoices(*practice.store);
        const domain::Invoice draft =
            await(invoices.draftForBooking(inquiry.id(), sync::UuidV7::create(), now.date())).value();
        QVERIFY(await(invoices.add(draft)).hasValue());
        const domain::Invoice issued = await(invoices.issue(draft.id(), now.date())).value();
        PaymentRequests links(*practice.store);
        // More than is owed is refused; the link asks for the deposit only.
        QCOMPARE(await(links.request(issued.id(), QUrl(QStringLiteral("https://lumen.example/thanks")),
                           domain::Money(240001, eur())))
                     .error()
                     .code(),
            Error::Code::InvalidInput);
        QVERIFY(await(links.request(issued.id(), QUrl(QStringLiteral("https://lumen.example/thanks")),
                          domain::Money(60000, eur())))
                    .hasValue());
        running.sender->wake();
        PaymentRequest link;
        QVERIFY(advancingUntil(practice, [&] {
            link = await(links.forInvoice(issued.id())).value().constFirst();
            return link.state == PaymentRequest::State::Ready;
        }));

        QCOMPARE(link.amount.minorUnits(), 60000);
        // The client pays the deposit on Stripe's page.
        httpCall(QStringLiteral("POST"), QUrl(link.url.toString() + u"/pay"), {}, {}, 5000);
        QVERIFY(advancingUntil(practice, [&] { return status() == domain::BookingStatus::Confirmed; }));
        const domain::Invoice paid = await(invoices.find(issued.id())).value().value();
        QCOMPARE(paid.status(), domain::InvoiceStatus::PartiallyPaid); // the rest is due before the wedding
        QCOMPARE(paid.payments().size(), 1);
        QCOMPARE(paid.payments().constFirst().amount.minorUnits(), 60000);
        QCOMPARE(await(links.forInvoice(issued.id())).value().constFirst().state, PaymentRequest::State::Paid);
        QVERIFY(textsAtTwilio().isEmpty()); // nothing is due yet

        // A week before: the first reminder goes out and is delivered.
        practice.clock.setNow(start.addDays(-7).addSecs(60));
        running.reminders->wake();
        QVERIFY2(advancingUntil(
                     practice, [&] { return messageStates(practice) == QStringList {QStringLiteral("delivered")}; }),
            qPrintable(messageStates(practice).join(u',') + u" | " + remindersDone(practice).join(u',')));
        QCOMPARE(textsAtTwilio().size(), 1);

        // The practice is closed and opened again (the repositories above belonged to the closed one);
        // the next day's rounds send nothing more.
        running = {};
        QVERIFY(practice.reopen().hasValue());
        running = startWorkers(practice);
        // Still within the reminder's grace: a second copy would be sent now if it were not known.
        practice.clock.setNow(start.addDays(-7).addSecs(600));
        running.reminders->wake();
        for (int i = 0; i < 20 && textsAtTwilio().size() == 1; ++i) {
            QTest::qWait(100);
        }
        QCOMPARE(textsAtTwilio().size(), 1);

        // A day before: the second reminder, once.
        practice.clock.setNow(start.addDays(-1).addSecs(60));
        running.reminders->wake();
        QVERIFY(advancingUntil(practice, [&] {
            return messageStates(practice) == QStringList {QStringLiteral("delivered"), QStringLiteral("delivered")};
        }));
        const QStringList texts = textsAtTwilio();
        QCOMPARE(texts.size(), 2);
        for (const QString& body : texts) {
            QVERIFY2(body.contains(u"Lumen") && body.contains(u"Reply C"), qPrintable(body));
        }
        // Only the one deposit at Stripe's: one payment, whatever was retried on the way.
        QCOMPARE(await(InvoiceRepository(*practice.store).find(issued.id())).value()->payments().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScenarioPhotographer)
#include "test_scenario_photographer.moc"
