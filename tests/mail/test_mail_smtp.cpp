// SmtpTransport against a real SMTP server on loopback (tests/mail/smtp-server.py, Debian's
// python3-aiosmtpd) with TLS and certificate checks on: the ways of signing in, what arrives, and
// how every failure is reported, so the outbox can retry what is safe to retry and nothing else.
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

#include "core/FutureWait.h"
#include "core/adapters/mail/FileSinkTransport.h"
#include "core/adapters/mail/SmtpTransport.h"
#include "core/mail/MimeWriter.h"
#include "core/oauth/ReadyFuture.h"
#include "tests/support/SmtpTestServer.h"

using namespace clientele;
using namespace std::chrono_literals;
using clientele::test::SmtpTestServer;
using clientele::test::TestCertificate;
using Kind = MailDelivery::Kind;
using Stage = MailDelivery::Stage;

namespace {

const QString kUser = QStringLiteral("ada@practice.example");

QByteArray message(int attachmentBytes = 0)
{
    mail::MailMessage mail;
    mail.from = {QStringLiteral("Ada Lindqvist"), kUser};
    mail.to = {{QStringLiteral("Jürgen Müller"), QStringLiteral("juergen@client.example")}};
    mail.subject = QStringLiteral("Ihre Sitzung am Donnerstag");
    mail.text = QStringLiteral("Bis Donnerstag!\n.\n..Zeilen mit Punkten am Anfang bleiben, wie sie sind.");
    if (attachmentBytes > 0) {
        QByteArray data(attachmentBytes, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char& byte : data) {
            byte = static_cast<char>(generator.bounded(256));
        }
        mail.attachments = {{QStringLiteral("fotos.zip"), QByteArrayLiteral("application/zip"), data, {}}};
    }
    return mail::writeMime(mail).value();
}

const MailEnvelope kEnvelope {kUser, {QStringLiteral("juergen@client.example")}};

// The credential a transport signs in with, counting how often it was asked for a renewed one.
struct Credentials
{
    QByteArray secret;
    QByteArray renewed;
    std::shared_ptr<std::atomic<int>> renewals = std::make_shared<std::atomic<int>>(0);

    AccessTokenSource source() const
    {
        AccessTokenSource source;
        source.token = [secret = secret] { return readyFuture(Result<QByteArray>(secret)); };
        if (!renewed.isEmpty()) {
            source.tokenAfterUnauthorized = [renewed = renewed, renewals = renewals](const QByteArray&) {
                ++*renewals;
                return readyFuture(Result<QByteArray>(renewed));
            };
        }
        return source;
    }
};

AccessTokenSource fixedSecret(const QByteArray& secret)
{
    return Credentials {secret, {}}.source();
}

} // namespace

class MailSmtpTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificate m_certificate;

    SmtpAccount account(const SmtpTestServer& server, const QString& tls = QStringLiteral("starttls")) const
    {
        SmtpAccount account;
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.security = tls == u"implicit" ? SmtpAccount::Security::ImplicitTls : SmtpAccount::Security::StartTls;
        account.username = kUser;
        account.caFile = m_certificate.certFile;
        account.connectTimeout = 5s;
        account.replyTimeout = 2s;
        return account;
    }

    // The credentials are asked for on this thread: its events run while waiting.
    static MailDelivery send(MailTransport& transport, const QByteArray& mime = message())
    {
        QFuture<MailDelivery> future = transport.send(kEnvelope, mime);
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 60000) || future.resultCount() == 0) {
            return MailDelivery {Kind::Accepted, Stage::Local, -1, QStringLiteral("no answer"), {}};
        }
        return future.result();
    }

    static QString describe(const MailDelivery& delivery)
    {
        return QStringLiteral("kind %1 stage %2 code %3: %4 / %5")
            .arg(static_cast<int>(delivery.kind))
            .arg(static_cast<int>(delivery.stage))
            .arg(delivery.replyCode)
            .arg(delivery.reply, delivery.detail);
    }

    static QJsonObject lastEvent(const SmtpTestServer& server, const QString& name)
    {
        const QJsonArray events = server.events();
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            if (events.at(i).toObject()[QStringLiteral("event")].toString() == name) {
                return events.at(i).toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certificate = TestCertificate::make(m_dir.path());
        QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
    }

    void aPasswordSignsInWithPlainAfterStartTlsAndTheMessageArrivesIntact_data()
    {
        QTest::addColumn<QString>("tls");
        QTest::newRow("STARTTLS on 587") << QStringLiteral("starttls");
        QTest::newRow("implicit TLS on 465") << QStringLiteral("implicit");
    }

    void aPasswordSignsInWithPlainAfterStartTlsAndTheMessageArrivesIntact()
    {
        QFETCH(QString, tls);
        SmtpTestServer::Options options;
        options.tls = tls;
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpTransport transport(account(server, tls), fixedSecret(options.password.toUtf8()));

        const QByteArray mime = message(300'000);
        const MailDelivery delivery = send(transport, mime);
        QVERIFY2(delivery.kind == Kind::Accepted, qPrintable(describe(delivery)));
        QCOMPARE(delivery.replyCode, 250);
        QVERIFY(delivery.reply.contains(QStringLiteral("queued")));

        const QJsonObject arrived = lastEvent(server, QStringLiteral("message"));
        QCOMPARE(arrived[QStringLiteral("mechanism")].toString(), QStringLiteral("PLAIN"));
        QCOMPARE(arrived[QStringLiteral("user")].toString(), kUser);
        QVERIFY(arrived[QStringLiteral("tls")].toBool());
        QCOMPARE(arrived[QStringLiteral("mail_from")].toString(), kUser);
        QCOMPARE(
            arrived[QStringLiteral("rcpt_tos")].toArray().at(0).toString(), QStringLiteral("juergen@client.example"));
        // Byte for byte what was handed over: dot-stuffing undone, nothing added, nothing lost.
        const QStringList messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QFile file(messages.at(0));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray received = file.readAll();
        QCOMPARE(received.size(), mime.size());
        QVERIFY(received == mime);
        const QJsonObject read = test::inspectEml(messages.at(0));
        QCOMPARE(read[QStringLiteral("subject")].toString(), QStringLiteral("Ihre Sitzung am Donnerstag"));
        QVERIFY(read[QStringLiteral("defects")].toArray().isEmpty());
    }

    void anAccessTokenSignsInWithXoauth2()
    {
        SmtpTestServer::Options options;
        options.mechanisms = QStringLiteral("LOGIN,PLAIN,XOAUTH2"); // as Outlook's smtp.office365.com
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount oauth = account(server);
        oauth.signIn = SmtpAccount::SignIn::OAuth2;
        SmtpTransport transport(oauth, fixedSecret(options.token.toUtf8()));

        const MailDelivery delivery = send(transport);
        QVERIFY2(delivery.kind == Kind::Accepted, qPrintable(describe(delivery)));
        QCOMPARE(lastEvent(server, QStringLiteral("message"))[QStringLiteral("mechanism")].toString(),
            QStringLiteral("XOAUTH2"));
        QCOMPARE(lastEvent(server, QStringLiteral("auth"))[QStringLiteral("user")].toString(), kUser);
    }

    void libcurlPrefersOauthbearerWhereBothAreOffered()
    {
        // Gmail offers both; libcurl picks OAUTHBEARER (specs/PROVIDERS.md §7.4), which must work too.
        SmtpTestServer::Options options;
        options.mechanisms = QStringLiteral("LOGIN,PLAIN,XOAUTH2,OAUTHBEARER");
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount oauth = account(server);
        oauth.signIn = SmtpAccount::SignIn::OAuth2;
        SmtpTransport transport(oauth, fixedSecret(options.token.toUtf8()));

        const MailDelivery delivery = send(transport);
        QVERIFY2(delivery.kind == Kind::Accepted, qPrintable(describe(delivery)));
        QCOMPARE(lastEvent(server, QStringLiteral("message"))[QStringLiteral("mechanism")].toString(),
            QStringLiteral("OAUTHBEARER"));
    }

    void anExpiredTokenIsRenewedOnceAndTheMessageSentOnce()
    {
        SmtpTestServer::Options options;
        options.mechanisms = QStringLiteral("XOAUTH2");
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount oauth = account(server);
        oauth.signIn = SmtpAccount::SignIn::OAuth2;
        Credentials credentials {QByteArrayLiteral("ya29.expired"), options.token.toUtf8()};
        SmtpTransport transport(oauth, credentials.source());

        const MailDelivery delivery = send(transport);
        QVERIFY2(delivery.kind == Kind::Accepted, qPrintable(describe(delivery)));
        QCOMPARE(credentials.renewals->load(), 1);
        QCOMPARE(server.messages().size(), 1);
        const QJsonArray events = server.events();
        QCOMPARE(events.at(0).toObject()[QStringLiteral("success")].toBool(), false);
        QCOMPARE(events.at(1).toObject()[QStringLiteral("success")].toBool(), true);
    }

    void aRefusedSignInIsPermanentAndAskedAboutOnlyOnce()
    {
        SmtpTestServer::Options options;
        options.mechanisms = QStringLiteral("XOAUTH2");
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount oauth = account(server);
        oauth.signIn = SmtpAccount::SignIn::OAuth2;
        Credentials credentials {QByteArrayLiteral("ya29.revoked"), QByteArrayLiteral("ya29.still-revoked")};
        SmtpTransport transport(oauth, credentials.source());
        MailDelivery delivery = send(transport);
        QCOMPARE(delivery.kind, Kind::Permanent);
        QCOMPARE(delivery.stage, Stage::SignIn);
        // libcurl gives up at the challenge that carries the provider's reason, decoded here.
        QVERIFY2(delivery.reply.contains(QStringLiteral("\"status\": \"401\"")), qPrintable(delivery.reply));
        QCOMPARE(credentials.renewals->load(), 1);

        options.mechanisms = QStringLiteral("PLAIN");
        SmtpTestServer passwordServer(m_certificate, options);
        SmtpTransport transport2(account(passwordServer), fixedSecret(QByteArrayLiteral("not-it")));
        delivery = send(transport2);
        QVERIFY2(delivery.kind == Kind::Permanent, qPrintable(describe(delivery)));
        QCOMPARE(delivery.stage, Stage::SignIn);
        QVERIFY(delivery.reply.startsWith(QStringLiteral("535")));
        QVERIFY(passwordServer.messages().isEmpty());
    }

    void everyRefusalSaysWhereAndWhetherToTryAgain_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("code");
        QTest::newRow("sender refused") << "reject-sender" << int(Kind::Permanent) << int(Stage::Sender) << 553;
        QTest::newRow("sender busy") << "tempfail-sender" << int(Kind::Temporary) << int(Stage::Sender) << 451;
        QTest::newRow("recipient unknown")
            << "reject-recipient" << int(Kind::Permanent) << int(Stage::Recipient) << 550;
        QTest::newRow("mailbox busy") << "tempfail-recipient" << int(Kind::Temporary) << int(Stage::Recipient) << 450;
        QTest::newRow("message refused") << "reject-data" << int(Kind::Permanent) << int(Stage::Answer) << 554;
        QTest::newRow("queue full") << "tempfail-data" << int(Kind::Temporary) << int(Stage::Answer) << 451;
    }

    void everyRefusalSaysWhereAndWhetherToTryAgain()
    {
        QFETCH(QString, behaviour);
        QFETCH(int, kind);
        QFETCH(int, stage);
        QFETCH(int, code);
        SmtpTestServer::Options options;
        options.behaviour = behaviour;
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpTransport transport(account(server), fixedSecret(options.password.toUtf8()));

        const MailDelivery delivery = send(transport);
        QVERIFY2(int(delivery.kind) == kind && int(delivery.stage) == stage, qPrintable(describe(delivery)));
        QCOMPARE(delivery.replyCode, code);
        // The server's own words, for the outbox and the test message to show.
        QVERIFY2(delivery.reply.startsWith(QString::number(code)), qPrintable(delivery.reply));
        QVERIFY(server.messages().isEmpty());
    }

    void silenceAtTheGreetingIsTemporary()
    {
        SmtpTestServer::Options options;
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        server.setBehaviour(QStringLiteral("hang-greeting"));
        SmtpTransport transport(account(server), fixedSecret(options.password.toUtf8()));
        const MailDelivery delivery = send(transport);
        QVERIFY2(delivery.kind == Kind::Temporary, qPrintable(describe(delivery)));
        QCOMPARE(delivery.stage, Stage::Connect);
    }

    void silenceAfterTheWholeMessageIsUncertainNeverRetried()
    {
        // The server took the message and never said so: sending it again could deliver it twice.
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("hang-after-data");
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpTransport transport(account(server), fixedSecret(options.password.toUtf8()));
        const MailDelivery delivery = send(transport);
        QVERIFY2(delivery.kind == Kind::Uncertain, qPrintable(describe(delivery)));
        QCOMPARE(delivery.stage, Stage::Answer);
        QCOMPARE(server.messages().size(), 1);
    }

    void aCredentialThatNeverComesEndsTheAttemptButNeverAConversation()
    {
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("hang-after-data");
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount slow = account(server);
        slow.credentialTimeout = 500ms;
        slow.replyTimeout = 3s; // longer than the credential may take

        // The keychain never answers: the attempt ends, and the server never heard of it.
        auto never = std::make_shared<QPromise<Result<QByteArray>>>();
        never->start();
        AccessTokenSource stuck;
        // Weakly: the transport would otherwise keep alive the promise that keeps the transport alive.
        stuck.token = [weak = std::weak_ptr(never)] {
            const auto promise = weak.lock();
            return promise ? promise->future() : QFuture<Result<QByteArray>>();
        };
        SmtpTransport waiting(slow, stuck);
        MailDelivery delivery = send(waiting);
        QVERIFY2(delivery.kind == Kind::Temporary && delivery.stage == Stage::Local, qPrintable(describe(delivery)));
        QVERIFY(server.events().isEmpty());

        // The password came at once and the conversation outlasts the credential's time: its own
        // outcome stands (the server took the message and went silent), not a timeout that would
        // have the outbox send it again.
        SmtpTransport talking(slow, fixedSecret(options.password.toUtf8()));
        delivery = send(talking);
        QVERIFY2(delivery.kind == Kind::Uncertain, qPrintable(describe(delivery)));
        QCOMPARE(server.messages().size(), 1);
    }

    void aConnectionDroppedMidMessageIsTemporaryAndNothingArrived()
    {
        SmtpTestServer::Options options;
        options.behaviour = QStringLiteral("drop-mid-data");
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpTransport transport(account(server), fixedSecret(options.password.toUtf8()));
        const MailDelivery delivery = send(transport, message(2'000'000));
        QVERIFY2(delivery.kind == Kind::Temporary, qPrintable(describe(delivery)));
        QCOMPARE(delivery.stage, Stage::Data);
        QVERIFY(server.messages().isEmpty());
        QCOMPARE(lastEvent(server, QStringLiteral("dropped")).isEmpty(), false);
    }

    void unreachableServersAreTemporaryAndSayWhy()
    {
        SmtpAccount nowhere;
        nowhere.host = QStringLiteral("smtp.no-such-host.invalid");
        nowhere.username = kUser;
        nowhere.connectTimeout = 5s;
        SmtpTransport unresolvable(nowhere, fixedSecret(QByteArrayLiteral("x")));
        MailDelivery delivery = send(unresolvable);
        QCOMPARE(delivery.kind, Kind::Temporary);
        QCOMPARE(delivery.stage, Stage::Resolve);

        // A port nobody listens on: the server of a moment ago, gone.
        int closedPort = 0;
        {
            SmtpTestServer gone(m_certificate, {});
            closedPort = gone.port();
        }
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = closedPort;
        SmtpTransport refused(nowhere, fixedSecret(QByteArrayLiteral("x")));
        delivery = send(refused);
        QCOMPARE(delivery.kind, Kind::Temporary);
        QCOMPARE(delivery.stage, Stage::Connect);
    }

    void aCertificateNotTrustedOrNoStartTlsIsATlsFailure()
    {
        SmtpTestServer::Options options;
        SmtpTestServer server(m_certificate, options);
        QVERIFY2(server.port() > 0, qPrintable(server.transcript()));
        SmtpAccount untrusting = account(server);
        untrusting.caFile.clear(); // the system's store does not know the test certificate
        SmtpTransport transport(untrusting, fixedSecret(options.password.toUtf8()));
        MailDelivery delivery = send(transport);
        QVERIFY2(delivery.stage == Stage::Tls, qPrintable(describe(delivery)));
        QCOMPARE(delivery.kind, Kind::Temporary);
        QVERIFY(server.events().isEmpty()); // the password never left

        options.tls = QStringLiteral("none");
        SmtpTestServer plain(m_certificate, options);
        SmtpTransport noStartTls(account(plain), fixedSecret(options.password.toUtf8()));
        delivery = send(noStartTls);
        QVERIFY2(delivery.stage == Stage::Tls, qPrintable(describe(delivery)));
        QCOMPARE(delivery.kind, Kind::Permanent);
        QVERIFY(plain.events().isEmpty());
    }

    void theFileSinkWritesEachMessageAsAnEmlFile()
    {
        QTemporaryDir folder;
        FileSinkTransport sink(folder.filePath(QStringLiteral("outbox")));
        const QByteArray mime = message();
        QCOMPARE(send(sink, mime).kind, Kind::Accepted);
        QCOMPARE(send(sink, mime).kind, Kind::Accepted);
        const QStringList files = QDir(sink.folder()).entryList({QStringLiteral("*.eml")}, QDir::Files);
        QCOMPARE(files.size(), 2);
        QFile file(QDir(sink.folder()).filePath(files.at(0)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), mime);
    }
};

QTEST_GUILESS_MAIN(MailSmtpTest)
#include "test_mail_smtp.moc"
