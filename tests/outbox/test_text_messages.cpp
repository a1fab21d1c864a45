// Texting clients end to end: a real encrypted practice sends texts through the real relay process in
// sandbox mode (simulated Twilio) and reads the replies from its vault's log. A text needs a number and
// the client's consent; it goes out once and its message follows it to delivered; a reply C or R
// answers the session the last text was about; STOP revokes the client's consent to texts, so the
// next one is refused here before it ever reaches the relay, and START grants it again.
#include <QNetworkAccessManager>
#include <QTest>
#include <functional>

#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/ports/CommandRelay.h"
#include "core/store/CommandSender.h"
#include "core/store/InboxPuller.h"
#include "core/store/PracticeQueries.h"
#include "core/store/SqlStatement.h"
#include "core/store/TextMessages.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxVault.h"
#include "tests/support/EventLoopAwait.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QString kAdaPhone = QStringLiteral("+4915112345678");

domain::Consent smsConsent(domain::Consent::State state, const QDateTime& at)
{
    return {domain::ContactChannel::Sms, state, at, domain::Consent::Method::Verbal, QStringLiteral("Asked at intake")};
}

// A message row as the Messages section reads it.
struct StoredMessage
{
    QString state;
    QString direction;
    QString body;
    QString providerId;
    QUuid clientId;
    QUuid bookingId;
};

} // namespace

class TestTextMessages final : public QObject
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

    // Ada, with her mobile number and, unless `consent` is Unknown, a recorded decision about texts;
    // and a session of hers next week.
    static std::pair<domain::Client, domain::Booking> ada(TestPractice& practice, domain::Consent::State consent)
    {
        domain::Client client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        client.addPhone(domain::PhoneNumber::fromE164(kAdaPhone).value());
        if (consent != domain::Consent::State::Unknown) {
            Q_ASSERT(client.recordConsent(smsConsent(consent, practice.clock.nowUtc())).hasValue());
        }
        const domain::Service service = serviceWithDeposit(9000, 0);
        const domain::Booking booking =
            bookingAt(client, service, practice.clock.nowUtc().addDays(7), domain::BookingStatus::Confirmed);
        seed(practice, [&](WriteScope& scope) -> Result<void> {
            if (auto done = ClientRows::insert(scope, client); !done) {
                return done;
            }
            if (auto done = ServiceRows::insert(scope, service); !done) {
                return done;
            }
            return BookingRows::insert(scope, booking);
        });
        return {client, booking};
    }

    static QList<StoredMessage> messages(TestPractice& practice)
    {
        return practice
            .run([](StoreSession& session) -> Result<QList<StoredMessage>> {
                Result<SqlStatement> query = session.db().prepare(
                    QStringLiteral("SELECT state, direction, body, provider_id, client_id, booking_id FROM message "
                                   "WHERE deleted = 0 ORDER BY at, rowid"));
                if (!query) {
                    return query.error();
                }
                QList<StoredMessage> rows;
                while (query.value().step().value()) {
                    const SqlStatement& row = query.value();
                    rows.append({row.text(0), row.text(1), row.text(2), row.text(3), QUuid::fromRfc4122(row.blob(4)),
                        QUuid::fromRfc4122(row.blob(5))});
                }
                return rows;
            })
            .value();
    }

    static QStringList replies(TestPractice& practice, const QUuid& bookingId)
    {
        return practice
            .run([bookingId](StoreSession& session) -> Result<QStringList> {
                Result<SqlStatement> query = session.db().prepare(QStringLiteral(
                    "SELECT kind FROM booking_reply WHERE booking_id = ?1 AND deleted = 0 ORDER BY at, rowid"));
                if (!query) {
                    return query.error();
                }
                query.value().bindBlob(1, bookingId.toRfc4122());
                QStringList kinds;
                while (query.value().step().value()) {
                    kinds.append(query.value().text(0));
                }
                return kinds;
            })
            .value();
    }

    // Sends what the outbox holds until nothing is open.
    void sendAll(TestPractice& practice)
    {
        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        CommandSender sender(*practice.store, practice.clock, *relay, fastSenderOptions());
        sender.start();
        QVERIFY(advancingUntil(practice, [&] {
            const QList<OutboxCommand> all = await(CommandOutbox(*practice.store).list()).value();
            return std::none_of(all.cbegin(), all.cend(), [](const OutboxCommand& c) { return c.isOpen(); });
        }));
    }

    // Ada's phone sends a text to the practice's number.
    void reply(const QString& body)
    {
        const HttpReply sent = httpCall(QStringLiteral("POST"),
            m_twilio.resolved(QUrl(QStringLiteral("/_fake/inbound"))),
            QJsonDocument(QJsonObject {{QStringLiteral("from"), kAdaPhone},
                              {QStringLiteral("to"), QStringLiteral("+15005550006")}, {QStringLiteral("body"), body}})
                .toJson(QJsonDocument::Compact));
        QVERIFY2(sent.status == 200 || sent.status == 201, sent.body.constData());
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

    void aTextNeedsANumberAndConsent()
    {
        TestPractice practice;
        TextMessages texts(*practice.store);
        const domain::Client unasked = ada(practice, domain::Consent::State::Unknown).first;
        const Result<domain::Message> notAsked = await(texts.send(unasked.id(), {}, QStringLiteral("Hello")));
        QVERIFY(!notAsked);
        QCOMPARE(notAsked.error().code(), Error::Code::InvalidInput);
        QVERIFY2(notAsked.error().userMessage().contains(u"not agreed"), qPrintable(notAsked.error().userMessage()));

        domain::Client noPhone =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), practice.clock.nowUtc());
        QVERIFY(noPhone.recordConsent(smsConsent(domain::Consent::State::Granted, practice.clock.nowUtc())).hasValue());
        seed(practice, [&](WriteScope& scope) { return ClientRows::insert(scope, noPhone); });
        QCOMPARE(await(texts.send(noPhone.id(), {}, QStringLiteral("Hello"))).error().detail(),
            QStringLiteral("sms.no-phone"));

        const domain::Client agreed = ada(practice, domain::Consent::State::Granted).first;
        QVERIFY(!await(texts.send(agreed.id(), {}, QStringLiteral("   "))));
        // Nothing of the refusals was kept.
        QVERIFY(messages(practice).isEmpty());
        QVERIFY(await(CommandOutbox(*practice.store).list()).value().isEmpty());
    }

    void aTextGoesOutOnceAndIsFollowedToDelivered()
    {
        TestPractice practice;
        const auto clientAndSession = ada(practice, domain::Consent::State::Granted);
        const domain::Client& client = clientAndSession.first;
        const domain::Booking& session = clientAndSession.second;
        const domain::Message queued =
            await(TextMessages(*practice.store)
                      .send(client.id(), session.id(),
                          QStringLiteral("See you on Friday at 10:00. Reply C to confirm, R to reschedule.")))
                .value();
        QCOMPARE(queued.state(), domain::MessageState::Queued);
        const QList<OutboxCommand> commands = await(CommandOutbox(*practice.store).forSubject(queued.id())).value();
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.constFirst().params.value(QStringLiteral("to")).toString(), kAdaPhone);

        sendAll(practice);
        // Followed until the carrier's report: the inbox brings it, or the sender asks.
        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        InboxPuller inbox(*practice.store, *source, m_vault, fastInboxOptions());
        inbox.start();
        const std::unique_ptr<CommandRelay> relay = m_enrollment.commandRelay(relayUrl(), m_vault, *m_credentials);
        CommandSender follower(*practice.store, practice.clock, *relay, fastSenderOptions());
        follower.start();
        QVERIFY(advancingUntil(practice, [&] { return messages(practice).constFirst().state == u"delivered"; }));
        const StoredMessage delivered = messages(practice).constFirst();
        QVERIFY(delivered.providerId.startsWith(u"SM"));
        QCOMPARE(delivered.bookingId, session.id());
        // One text at Twilio.
        const QJsonArray atTwilio =
            httpCall(QStringLiteral("GET"), m_twilio.resolved(QUrl(QStringLiteral("/_fake/messages"))))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        const auto sentToAda = std::count_if(atTwilio.cbegin(), atTwilio.cend(), [&](const QJsonValue& m) {
            return m.toObject().value(QStringLiteral("body")).toString().startsWith(u"See you on Friday");
        });
        QCOMPARE(sentToAda, 1);
    }

    void repliesAnswerTheSessionAndStopRevokesConsent()
    {
        TestPractice practice;
        const auto clientAndSession = ada(practice, domain::Consent::State::Granted);
        const domain::Client& client = clientAndSession.first;
        const domain::Booking& session = clientAndSession.second;
        TextMessages texts(*practice.store);
        await(
            texts.send(client.id(), session.id(), QStringLiteral("Reminder: your session is on Friday. Reply C or R.")))
            .value();
        sendAll(practice);

        const std::unique_ptr<VaultEventSource> source = m_enrollment.eventSource(relayUrl(), m_vault, *m_credentials);
        InboxPuller inbox(*practice.store, *source, m_vault, fastInboxOptions());
        inbox.start();
        reply(QStringLiteral(" c. "));
        QVERIFY(advancingUntil(
            practice, [&] { return replies(practice, session.id()) == QStringList {QStringLiteral("confirmed")}; }));
        reply(QStringLiteral("R"));
        QVERIFY(advancingUntil(practice, [&] { return replies(practice, session.id()).size() == 2; }));
        QCOMPARE(replies(practice, session.id()).constLast(), QStringLiteral("reschedule"));
        // Today shows the latest answer about the session: another time, please.
        const TodayAgenda today =
            await(PracticeQueries(*practice.store).today(practice.clock.nowUtc(), QStringLiteral("Europe/Berlin")))
                .value();
        QCOMPARE(today.replies.size(), 1);
        QCOMPARE(today.replies.constFirst().booking.id, session.id());
        QVERIFY(today.replies.constFirst().reschedule);
        reply(QStringLiteral("Can we make it 11 instead?"));
        QVERIFY(advancingUntil(practice, [&] { return messages(practice).size() == 4; }));
        QCOMPARE(replies(practice, session.id()).size(), 2); // an ordinary reply answers nothing
        const StoredMessage question = messages(practice).constLast();
        QCOMPARE(question.direction, QStringLiteral("inbound"));
        QCOMPARE(question.state, QStringLiteral("received"));
        QCOMPARE(question.clientId, client.id());
        QVERIFY(question.providerId.startsWith(u"SM"));

        reply(QStringLiteral("STOP"));
        const auto consent = [&] {
            return practice.run([id = client.id()](StoreSession& store) { return ClientRows::load(store.db(), id); })
                .value()
                ->consentState(domain::ContactChannel::Sms);
        };
        QVERIFY(advancingUntil(practice, [&] { return consent() == domain::Consent::State::Revoked; }));
        const Result<domain::Message> refused = await(texts.send(client.id(), {}, QStringLiteral("One more thing")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().userMessage().contains(u"STOP"), qPrintable(refused.error().userMessage()));

        reply(QStringLiteral("START"));
        QVERIFY(advancingUntil(practice, [&] { return consent() == domain::Consent::State::Granted; }));
        QVERIFY(await(texts.send(client.id(), {}, QStringLiteral("Welcome back"))).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestTextMessages)
#include "test_text_messages.moc"
