// Emails and EmailSettings on a real encrypted practice: this computer's account, the practice's
// templates, and queueing an email from its payload in one transaction with the client's history,
// then sending it into an .eml folder.
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include "core/adapters/mail/FileSinkTransport.h"
#include "core/domain/EmailAddress.h"
#include "core/store/EmailOutboxSender.h"
#include "core/store/EmailSettings.h"
#include "core/store/Emails.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "tests/mail/MailTestSupport.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/support/SmtpTestServer.h"

using namespace clientele;
using namespace clientele::email;
using clientele::test::await;
using clientele::test::TestPractice;

namespace {

domain::Client clientWithEmail(const QDateTime& at)
{
    domain::Client client = test::clientNamed(QStringLiteral("Jürgen"), QStringLiteral("Müller"), at);
    client.addEmail(domain::EmailAddress::parse(QStringLiteral("juergen@client.example")).value());
    return client;
}

// A practice with its profile saved, as after the first-run wizard.
void withProfile(TestPractice& practice)
{
    test::seed(practice, [](WriteScope& scope) { return SettingRows::saveProfile(scope, test::lumenProfile()); });
}

} // namespace

class MailEmailsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAnAccountNothingIsQueued()
    {
        TestPractice practice;
        const auto queued =
            await(Emails(*practice.store).queue(WelcomeEmail {clientWithEmail(practice.clock.nowUtc())}));
        QVERIFY(!queued.hasValue());
        QCOMPARE(queued.error().detail(), QStringLiteral("email.not-set-up"));
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM message")), 0);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM email_outbox")), 0);
    }

    void theAccountIsCheckedSavedAndReadBack()
    {
        TestPractice practice;
        EmailSettings settings(*practice.store);
        EmailAccount account;
        account.delivery = EmailAccount::Delivery::Server;
        account.sender = {QStringLiteral("Ada"), QStringLiteral("ada@gmail.com"), QStringLiteral("hello@ada.example")};
        account.server.host = QStringLiteral("smtp.gmail.com");
        account.server.port = 0;
        account.server.username = QStringLiteral("ada@gmail.com");
        QCOMPARE(await(settings.saveAccount(account)).error().detail(), QStringLiteral("email-account.bad-port"));
        account.server.port = 587;
        account.server.signIn = SmtpAccount::SignIn::OAuth2;
        QCOMPARE(await(settings.saveAccount(account)).error().detail(),
            QStringLiteral("email-account.no-connected-account"));
        account.connectedAccountId = sync::UuidV7::create();
        QVERIFY(await(settings.saveAccount(account)).hasValue());

        QVERIFY(practice.reopen().hasValue());
        const EmailAccount stored = await(EmailSettings(*practice.store).account()).value();
        QCOMPARE(stored.delivery, EmailAccount::Delivery::Server);
        QCOMPARE(stored.sender.replyTo, QStringLiteral("hello@ada.example"));
        QCOMPARE(stored.server.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(stored.server.signIn, SmtpAccount::SignIn::OAuth2);
        QCOMPARE(stored.connectedAccountId, account.connectedAccountId);

        const auto gmail = mailServerFor(QStringLiteral("someone@googlemail.com"));
        QVERIFY(gmail.has_value());
        QCOMPARE(gmail->host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(gmail->oauthProviderId, QStringLiteral("google"));
        QVERIFY(!mailServerFor(QStringLiteral("ada@own-domain.example")).has_value());
    }

    void anEditedTemplateIsUsedAndSavingTheDefaultForgetsTheEdit()
    {
        TestPractice practice;
        EmailSettings settings(*practice.store);
        EmailTemplate edited = EmailTemplate::defaultFor(EmailKind::Welcome);
        edited.subject = QStringLiteral("Schön, dass Sie da sind, {{client.first_name}}");
        const EmailTemplate broken {EmailKind::Welcome, QStringLiteral("Hi"), QStringLiteral("{{invoice.number}}")};
        QCOMPARE(await(settings.saveTemplate(broken)).error().detail(), QStringLiteral("template.not-for-this-email"));
        QVERIFY(await(settings.saveTemplate(edited)).hasValue());
        withProfile(practice);
        QCOMPARE(await(settings.templates()).value().at(allEmailKinds().indexOf(EmailKind::Welcome)), edited);

        const QTemporaryDir folder;
        QVERIFY(await(settings.saveAccount(test::mail::folderAccount(folder.path()))).hasValue());
        const auto queued =
            await(Emails(*practice.store).queue(WelcomeEmail {clientWithEmail(practice.clock.nowUtc())}));
        QVERIFY2(queued.hasValue(), qPrintable(queued ? QString() : queued.error().toString()));
        const QString subject = practice
                                    .run([&](StoreSession& session) -> Result<QString> {
                                        Result<SqlStatement> query = session.db().prepare(
                                            QStringLiteral("SELECT subject FROM message WHERE id = ?1"));
                                        query.value().bindBlob(1, sync::UuidV7::toBytes(queued->messageId));
                                        (void)query.value().step();
                                        return query.value().text(0);
                                    })
                                    .value();
        QCOMPARE(subject, QStringLiteral("Schön, dass Sie da sind, Jürgen"));

        QVERIFY(await(settings.resetTemplate(EmailKind::Welcome)).hasValue());
        QCOMPARE(await(settings.templates()).value().at(allEmailKinds().indexOf(EmailKind::Welcome)),
            EmailTemplate::defaultFor(EmailKind::Welcome));
    }

    void aQueuedEmailIsInTheHistoryAndTheOutboxAndGoesIntoTheFolder()
    {
        TestPractice practice;
        withProfile(practice);
        const QTemporaryDir folder;
        QVERIFY(await(EmailSettings(*practice.store).saveAccount(test::mail::folderAccount(folder.path()))).hasValue());
        const domain::Client client = clientWithEmail(practice.clock.nowUtc());
        const domain::Service service = test::serviceWithDeposit(9000, 0);
        const domain::Booking booking =
            test::bookingAt(client, service, practice.clock.nowUtc().addDays(2), domain::BookingStatus::Confirmed);

        const auto queued = await(Emails(*practice.store).queue(SessionReminder {client, booking, service}));
        QVERIFY2(queued.hasValue(), qPrintable(queued ? QString() : queued.error().toString()));
        QCOMPARE(queued->expiresAt, booking.schedule().start());
        QCOMPARE(queued->envelope.from, QStringLiteral("hello@lumen.example"));
        QCOMPARE(queued->envelope.to, QStringList {QStringLiteral("juergen@client.example")});
        QCOMPARE(test::mail::count(practice,
                     QStringLiteral("SELECT count(*) FROM message WHERE channel = 'email' AND state = 'queued' "
                                    "AND booking_id IS NOT NULL AND body LIKE '%Jürgen%'")),
            1);

        EmailOutboxSender sender(*practice.store, practice.clock, {});
        sender.setTransport(std::make_shared<FileSinkTransport>(folder.path()));
        QSignalSpy idle(&sender, &EmailOutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(30000));
        const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.eml")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QJsonObject read = test::inspectEml(QDir(folder.path()).filePath(files.at(0)));
        QCOMPARE(read[QStringLiteral("auto_submitted")].toString(), QStringLiteral("auto-generated"));
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM message WHERE state = 'sent'")), 1);
    }

    void aClientWithoutAnAddressQueuesNothing()
    {
        TestPractice practice;
        const QTemporaryDir folder;
        QVERIFY(await(EmailSettings(*practice.store).saveAccount(test::mail::folderAccount(folder.path()))).hasValue());
        const auto queued = await(Emails(*practice.store)
                                      .queue(WelcomeEmail {test::clientNamed(
                                          QStringLiteral("Bo"), QStringLiteral("Lind"), practice.clock.nowUtc())}));
        QCOMPARE(queued.error().detail(), QStringLiteral("email.no-address"));
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM message")), 0);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM email_outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(MailEmailsTest)
#include "test_mail_emails.moc"
