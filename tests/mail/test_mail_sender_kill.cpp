// The email outbox when the app dies in the middle of sending: a child desktop (email_sender_child)
// sends through a real SMTP server on loopback and is killed with SIGKILL while the server holds the
// conversation, once after the whole message went out (the server kept it, the answer never came)
// and once before the server even greeted. Started again, the practice never sends a second copy:
// the email needs the user's attention, and the server holds at most the one it took.
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include "core/mail/MimeWriter.h"
#include "core/store/EmailOutbox.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "tests/mail/MailTestSupport.h"
#include "tests/store/StoreTestSupport.h"
#include "tests/support/SmtpTestServer.h"
#include "tests/support/TestProcess.h"

using namespace clientele;
using clientele::test::await;
using clientele::test::SmtpTestServer;
using clientele::test::TestCertificate;
using clientele::test::TestPractice;

namespace {

} // namespace

class MailSenderKillTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificate m_certificate;

    QProcessEnvironment childEnvironment(TestPractice& practice, const SmtpTestServer& server) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_TEST_PRACTICE"), practice.files.directory);
        env.insert(QStringLiteral("CLIENTELE_TEST_KEY"),
            QString::fromLatin1(QByteArray(
                reinterpret_cast<const char*>(practice.key->data()), static_cast<qsizetype>(practice.key->size()))
                                    .toHex()));
        env.insert(QStringLiteral("CLIENTELE_TEST_SMTP_PORT"), QString::number(server.port()));
        env.insert(QStringLiteral("CLIENTELE_TEST_SMTP_CA"), m_certificate.certFile);
        env.insert(QStringLiteral("CLIENTELE_TEST_SMTP_USER"), SmtpTestServer::Options().user);
        env.insert(QStringLiteral("CLIENTELE_TEST_SMTP_PASSWORD"), SmtpTestServer::Options().password);
        return env;
    }

    // Runs the child until `killWhen` (given what the child printed so far) says so, then SIGKILL, or
    // until it exits; its exit code, -1 when killed.
    int runChild(
        TestPractice& practice, const SmtpTestServer& server, const std::function<bool(const QString&)>& killWhen)
    {
        if (!await(practice.store->lock()).hasValue()) {
            return -2;
        }
        QProcess child;
        child.setProcessEnvironment(childEnvironment(practice, server));
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QString printed;
        child.start(QStringLiteral(CLIENTELE_EMAIL_SENDER_CHILD), {});
        QDeadlineTimer deadline(60000);
        bool killed = false;
        while (!deadline.hasExpired() && child.state() != QProcess::NotRunning) {
            printed += QString::fromUtf8(child.readAllStandardOutput());
            if (killWhen && killWhen(printed)) {
                child.kill(); // SIGKILL: no destructor, no last write
                killed = true;
                break;
            }
            child.waitForFinished(50);
        }
        child.waitForFinished(10000);
        if (!practice.reopen().hasValue()) {
            return -2;
        }
        return killed ? -1 : child.exitCode();
    }

    static QueuedEmail stored(TestPractice& practice, const QUuid& id)
    {
        return await(EmailOutbox(*practice.store).find(id)).value().value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certificate = TestCertificate::make(m_dir.path());
        QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
    }

    void killedAfterTheWholeMessageWentOutItIsNeverSentAgain()
    {
        TestPractice practice;
        SmtpTestServer server(m_certificate, {});
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        server.setBehaviour(QStringLiteral("hang-after-data"));
        const QueuedEmail email = test::mail::queueEmail(practice);

        // The server has the message and keeps the client waiting for its answer: the app dies now.
        QCOMPARE(runChild(practice, server, [&server](const QString&) { return server.messages().size() == 1; }), -1);
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::Sending);

        // Started again with the server answering: the email needs attention and is not sent again.
        server.setBehaviour(QStringLiteral("accept"));
        QCOMPARE(runChild(practice, server, {}), 0);
        const QueuedEmail after = stored(practice, email.messageId);
        QCOMPARE(after.state, OutboxState::NeedsAttention);
        QCOMPARE(after.attempts, 1);
        QCOMPARE(server.messages().size(), 1);
    }

    void killedBeforeTheServerGreetedNothingArrivesAndNothingIsRepeated()
    {
        TestPractice practice;
        SmtpTestServer server(m_certificate, {});
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        server.setBehaviour(QStringLiteral("hang-greeting"));
        const QueuedEmail email = test::mail::queueEmail(practice);
        // Killed once the attempt is committed (the child says so) while the server stays silent.
        QCOMPARE(runChild(practice, server,
                     [](const QString& printed) { return printed.contains(QStringLiteral("email sending")); }),
            -1);

        server.setBehaviour(QStringLiteral("accept"));
        QCOMPARE(runChild(practice, server, {}), 0);
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::NeedsAttention);
        QVERIFY(server.messages().isEmpty());
        // The user decides: Send Again delivers it once.
        QCOMPARE(await(EmailOutbox(*practice.store).sendAgain(email.messageId, practice.clock.nowUtc()))->state,
            OutboxState::Queued);
        QCOMPARE(runChild(practice, server, {}), 0);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(stored(practice, email.messageId).state, OutboxState::Sent);
    }
};

QTEST_GUILESS_MAIN(MailSenderKillTest)
#include "test_mail_sender_kill.moc"
