// The email outbox on a real encrypted practice, sending through SmtpTransport to a real SMTP server
// on loopback (tests/mail/smtp-server.py): each email arrives once, temporary failures are retried
// and permanent ones are not, an attempt whose answer was lost is never repeated by itself, and the
// client's history follows every step.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/adapters/mail/SmtpTransport.h"
#include "core/mail/MimeWriter.h"
#include "core/oauth/ReadyFuture.h"
#include "core/store/EmailOutbox.h"
#include "core/store/EmailOutboxSender.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "tests/mail/MailTestSupport.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/SmtpTestServer.h"

using namespace clientele;
using namespace std::chrono_literals;
using clientele::test::await;
using clientele::test::SmtpTestServer;
using clientele::test::TestCertificate;
using clientele::test::TestPractice;

namespace {

// The message row as the client's history shows it.
struct HistoryRow
{
    QString state;
    QString error;
    QString providerId;
};

EmailOutboxSender::Options quickOptions()
{
    EmailOutboxSender::Options options;
    options.firstRetry = 60s;
    options.maxRetry = 10min;
    options.jitter = 0;
    options.giveUpAfter = 24h * 5;
    return options;
}

} // namespace

class MailOutboxTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificate m_certificate;

    std::shared_ptr<MailTransport> transportTo(const SmtpTestServer& server, const QString& password) const
    {
        SmtpAccount account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.username = server.port() > 0 ? QStringLiteral("ada@practice.example") : QString();
        account.caFile = m_certificate.certFile;
        account.connectTimeout = 5s;
        account.replyTimeout = 2s;
        AccessTokenSource credentials;
        credentials.token = [password] { return readyFuture(Result<QByteArray>(password.toUtf8())); };
        return std::make_shared<SmtpTransport>(account, credentials);
    }

    static HistoryRow history(TestPractice& practice, const QUuid& messageId)
    {
        return practice
            .run([&](StoreSession& session) -> Result<HistoryRow> {
                HistoryRow row;
                Result<SqlStatement> query =
                    session.db().prepare(QStringLiteral("SELECT state, error, provider_id FROM message WHERE id = ?1"));
                query.value().bindBlob(1, sync::UuidV7::toBytes(messageId));
                if (query.value().step().value()) {
                    row = {query.value().text(0), query.value().text(1), query.value().text(2)};
                }
                return row;
            })
            .value();
    }

    static QueuedEmail stored(TestPractice& practice, const QUuid& messageId)
    {
        return await(EmailOutbox(*practice.store).find(messageId)).value().value();
    }

    // Wakes the sender and waits until its round is over.
    static void sendRound(EmailOutboxSender& sender)
    {
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.wake();
        QVERIFY(idle.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certificate = TestCertificate::make(m_dir.path());
        QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
    }

    void aQueuedEmailArrivesOnceAndTheHistorySaysSent()
    {
        TestPractice practice;
        SmtpTestServer server(m_certificate, {});
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        const QueuedEmail email = test::mail::queueEmail(practice);
        QCOMPARE(history(practice, email.messageId).state, QStringLiteral("queued"));

        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, SmtpTestServer::Options().password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));

        QCOMPARE(server.messages().size(), 1);
        const QueuedEmail sent = stored(practice, email.messageId);
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.attempts, 1);
        const HistoryRow row = history(practice, email.messageId);
        QCOMPARE(row.state, QStringLiteral("sent"));
        QCOMPARE(row.providerId, u'<' + email.headerId + u'>');
        QCOMPARE(test::inspectEml(server.messages().at(0))[QStringLiteral("message_id")].toString(), row.providerId);
        QVERIFY(!sender.isWaiting());

        sendRound(sender);
        QCOMPARE(server.messages().size(), 1);
    }

    void aTemporaryRefusalWaitsAndThenSendsOnce()
    {
        TestPractice practice;
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("tempfail-recipient");
        SmtpTestServer server(m_certificate, options);
        const QueuedEmail email = test::mail::queueEmail(practice);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, options.password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));

        QueuedEmail waiting = stored(practice, email.messageId);
        QCOMPARE(waiting.state, OutboxState::Queued);
        QCOMPARE(waiting.nextAttemptAt, practice.clock.nowUtc().addSecs(60));
        QCOMPARE(waiting.lastDelivery.replyCode, 450);
        QVERIFY(sender.isWaiting());
        HistoryRow row = history(practice, email.messageId);
        QCOMPARE(row.state, QStringLiteral("queued"));
        QVERIFY2(row.error.contains(QStringLiteral("Mailbox busy")), qPrintable(row.error));

        // Not before its time.
        sendRound(sender);
        QCOMPARE(stored(practice, email.messageId).attempts, 1);

        server.setBehaviour(QStringLiteral("accept"));
        practice.clock.advance(61'000);
        sendRound(sender);
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::Sent);
        QCOMPARE(server.messages().size(), 1);
        row = history(practice, email.messageId);
        QCOMPARE(row.state, QStringLiteral("sent"));
        QVERIFY(row.error.isEmpty());
    }

    void aPermanentRefusalFailsWithTheServersReasonAndIsNotRetried()
    {
        TestPractice practice;
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("reject-sender");
        SmtpTestServer server(m_certificate, options);
        const QueuedEmail email = test::mail::queueEmail(practice);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, options.password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));

        const QueuedEmail failed = stored(practice, email.messageId);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.lastDelivery.stage, MailDelivery::Stage::Sender);
        const HistoryRow row = history(practice, email.messageId);
        QCOMPARE(row.state, QStringLiteral("failed"));
        QVERIFY2(row.error.contains(QStringLiteral("sender address")), qPrintable(row.error));
        QVERIFY2(row.error.contains(QStringLiteral("553 5.7.1")), qPrintable(row.error));

        server.setBehaviour(QStringLiteral("accept"));
        practice.clock.advance(3'600'000);
        sendRound(sender);
        QCOMPARE(stored(practice, email.messageId).attempts, 1);
        QVERIFY(server.messages().isEmpty());

        // The user fixed the account and sends it again: same message, same Message-ID.
        QCOMPARE(await(EmailOutbox(*practice.store).sendAgain(email.messageId, practice.clock.nowUtc()))->state,
            OutboxState::Queued);
        sendRound(sender);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(test::inspectEml(server.messages().at(0))[QStringLiteral("message_id")].toString(),
            u'<' + email.headerId + u'>');
    }

    void anAnswerLostAfterTheWholeMessageIsNeverSentAgainByItself()
    {
        TestPractice practice;
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("hang-after-data");
        SmtpTestServer server(m_certificate, options);
        const QueuedEmail email = test::mail::queueEmail(practice);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, options.password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));

        QCOMPARE(stored(practice, email.messageId).state, OutboxState::NeedsAttention);
        const HistoryRow row = history(practice, email.messageId);
        QCOMPARE(row.state, QStringLiteral("sending"));
        QVERIFY2(row.error.contains(QStringLiteral("may have arrived")), qPrintable(row.error));

        server.setBehaviour(QStringLiteral("accept"));
        practice.clock.advance(24LL * 3'600'000);
        sendRound(sender);
        QCOMPARE(server.messages().size(), 1); // the one the server took; no second copy
        QCOMPARE(stored(practice, email.messageId).attempts, 1);
    }

    void aConnectionDroppedMidMessageSendsItOnceLater()
    {
        TestPractice practice;
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("drop-mid-data");
        SmtpTestServer server(m_certificate, options);
        const QueuedEmail email = test::mail::queueEmail(practice, 3'000'000);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, options.password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));

        const QueuedEmail waiting = stored(practice, email.messageId);
        QCOMPARE(waiting.state, OutboxState::Queued);
        QCOMPARE(waiting.lastDelivery.stage, MailDelivery::Stage::Data);
        QVERIFY(server.messages().isEmpty());

        server.setBehaviour(QStringLiteral("accept"));
        practice.clock.advance(61'000);
        sendRound(sender);
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::Sent);
        QCOMPARE(server.messages().size(), 1);
    }

    void anAttemptCutShortByAStopNeedsAttentionAtTheNextStart()
    {
        TestPractice practice;
        SmtpTestServer server(m_certificate, {});
        const QueuedEmail email = test::mail::queueEmail(practice);
        // The state on disk after the app died mid-conversation: the attempt committed, no outcome.
        QCOMPARE(await(EmailOutbox(*practice.store).beginAttempt(email.messageId, practice.clock.nowUtc()))->state,
            OutboxState::Sending);
        QVERIFY(practice.reopen().hasValue());

        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, SmtpTestServer::Options().password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::NeedsAttention);
        QVERIFY(server.messages().isEmpty());
        QVERIFY(history(practice, email.messageId).error.contains(QStringLiteral("Clientele stopped")));
    }

    void aReminderThatWouldComeTooLateIsNotSent()
    {
        TestPractice practice;
        SmtpTestServer server(m_certificate, {});
        const QueuedEmail email = test::mail::queueEmail(practice, 0, practice.clock.nowUtc().addSecs(3600));
        practice.clock.advance(2LL * 3'600'000);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, SmtpTestServer::Options().password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::Cancelled);
        const HistoryRow row = history(practice, email.messageId);
        QCOMPARE(row.state, QStringLiteral("failed"));
        QVERIFY(row.error.contains(QStringLiteral("too late")));
        QVERIFY(server.messages().isEmpty());
    }

    void withoutAnAccountEmailsWaitAndATakenBackOneBecomesADraft()
    {
        TestPractice practice;
        const QueuedEmail first = test::mail::queueEmail(practice);
        const QueuedEmail second = test::mail::queueEmail(practice);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));
        QCOMPARE(stored(practice, first.messageId).state, OutboxState::Queued);
        QCOMPARE(stored(practice, first.messageId).attempts, 0);

        QCOMPARE(await(EmailOutbox(*practice.store).cancel(first.messageId, practice.clock.nowUtc()))->state,
            OutboxState::Cancelled);
        QCOMPARE(history(practice, first.messageId).state, QStringLiteral("draft"));

        SmtpTestServer server(m_certificate, {});
        sender.setTransport(transportTo(server, SmtpTestServer::Options().password));
        QVERIFY(idle.wait(30000));
        QCOMPARE(stored(practice, second.messageId).state, OutboxState::Sent);
        QCOMPARE(stored(practice, first.messageId).state, OutboxState::Cancelled);
        QCOMPARE(server.messages().size(), 1);
        // Taking back one already sent is refused.
        const auto late = await(EmailOutbox(*practice.store).cancel(second.messageId, practice.clock.nowUtc()));
        QCOMPARE(late.error().code(), Error::Code::Conflict);
    }

    void temporaryFailuresAreGivenUpAfterDays()
    {
        TestPractice practice;
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("tempfail-data");
        SmtpTestServer server(m_certificate, options);
        const QueuedEmail email = test::mail::queueEmail(practice);
        practice.clock.advance(6LL * 24 * 3'600'000);
        EmailOutboxSender sender(*practice.store, practice.clock, quickOptions());
        sender.setTransport(transportTo(server, options.password));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::Failed);
        QVERIFY(history(practice, email.messageId).error.startsWith(QStringLiteral("Given up")));
    }
};

QTEST_GUILESS_MAIN(MailOutboxTest)
#include "test_mail_outbox.moc"
