// Session reminders by email (a service's plan with an email rule): queued through the practice's
// template at their moment, once, only by a computer that sends email; withdrawn when the session is
// cancelled before they go; sent from the outbox as automatic mail.
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include "core/adapters/mail/FileSinkTransport.h"
#include "core/domain/EmailAddress.h"
#include "core/store/ClientRows.h"
#include "core/store/EmailOutboxSender.h"
#include "core/store/EmailSettings.h"
#include "core/store/Reminders.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "tests/mail/MailTestSupport.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/support/SmtpTestServer.h"

using namespace clientele;
using clientele::test::await;
using clientele::test::TestPractice;

namespace {

struct Session
{
    domain::Client client;
    domain::Booking booking;
};

// Jürgen, with an email address and no phone, with a session at `start` of a service that reminds by
// email 24 hours before.
Session sessionAt(TestPractice& practice, const QDateTime& start, bool withEmail = true)
{
    domain::Client client =
        test::clientNamed(QStringLiteral("Jürgen"), QStringLiteral("Müller"), practice.clock.nowUtc());
    if (withEmail) {
        client.addEmail(domain::EmailAddress::parse(QStringLiteral("juergen@client.example")).value());
    }
    domain::Service service = test::serviceWithDeposit(12000, 0);
    service.setReminderPlan({{24 * 60, domain::ReminderRule::Channel::Email}});
    const domain::Booking booking = test::bookingAt(client, service, start, domain::BookingStatus::Confirmed);
    test::seed(practice, [&](WriteScope& scope) -> Result<void> {
        if (auto done = SettingRows::saveProfile(scope, test::lumenProfile()); !done) {
            return done;
        }
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

void sendEmailInto(TestPractice& practice, const QString& folder)
{
    Q_ASSERT(await(EmailSettings(*practice.store).saveAccount(test::mail::folderAccount(folder))).hasValue());
}

Reminders::Round runReminders(TestPractice& practice)
{
    return await(Reminders(*practice.store).run(practice.clock.nowUtc(), {})).value();
}

} // namespace

class MailRemindersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aComputerThatSendsNoEmailLeavesTheReminderForOneThatDoes()
    {
        TestPractice practice;
        const QDateTime start = practice.clock.nowUtc().addDays(2);
        sessionAt(practice, start);
        practice.clock.setNow(start.addSecs(-24LL * 3600 + 60));
        QCOMPARE(runReminders(practice).queued, 0);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM booking_reminder")), 0);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM message")), 0);
    }

    void aReminderIsQueuedOnceAndGoesOutAsAutomaticMail()
    {
        TestPractice practice;
        const QTemporaryDir folder;
        sendEmailInto(practice, folder.path());
        const QDateTime start = practice.clock.nowUtc().addDays(2);
        const Session session = sessionAt(practice, start);

        practice.clock.setNow(start.addSecs(-25LL * 3600));
        QCOMPARE(runReminders(practice).queued, 0); // not yet
        practice.clock.setNow(start.addSecs(-24LL * 3600 + 60));
        QCOMPARE(runReminders(practice).queued, 1);
        QCOMPARE(runReminders(practice).queued, 0);
        QCOMPARE(
            test::mail::count(practice, QStringLiteral("SELECT count(*) FROM email_outbox WHERE state = 'queued'")), 1);
        QCOMPARE(test::mail::count(practice,
                     QStringLiteral("SELECT count(*) FROM booking_reminder r JOIN message m ON m.id = r.message_id "
                                    "WHERE r.channel = 'email' AND r.state = 'queued' AND m.channel = 'email'")),
            1);
        // Not sent once the session has begun.
        QCOMPARE(test::mail::count(practice,
                     QStringLiteral("SELECT count(*) FROM email_outbox WHERE expires_at <= %1")
                         .arg(start.toMSecsSinceEpoch())),
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
        QVERIFY(read[QStringLiteral("subject")].toString().startsWith(QStringLiteral("Reminder")));
        QCOMPARE(read[QStringLiteral("structure")].toString(),
            QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html),text/calendar)"));
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM message WHERE state = 'sent'")), 1);
        Q_UNUSED(session);
    }

    void onlyTheComputerLastSetUpToSendEmailSendsReminderEmails()
    {
        // Two computers with email: the other one was set up last (its id is in the synced setting),
        // so this one leaves the reminder to it and nothing goes out twice.
        TestPractice practice;
        const QTemporaryDir folder;
        sendEmailInto(practice, folder.path());
        test::seed(practice, [](WriteScope& scope) {
            return SettingRows::write(
                scope, QStringLiteral("email.reminders_from"), QCborValue(QByteArrayLiteral("another-computer")));
        });
        const QDateTime start = practice.clock.nowUtc().addDays(2);
        sessionAt(practice, start);
        practice.clock.setNow(start.addSecs(-24LL * 3600 + 60));
        QCOMPARE(runReminders(practice).queued, 0);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM booking_reminder")), 0);

        // Saving this computer's email settings makes it the one again.
        sendEmailInto(practice, folder.path());
        QCOMPARE(runReminders(practice).queued, 1);
    }

    void aReminderForASessionCancelledBeforeItWentIsWithdrawn()
    {
        TestPractice practice;
        const QTemporaryDir folder;
        sendEmailInto(practice, folder.path());
        const QDateTime start = practice.clock.nowUtc().addDays(2);
        const Session session = sessionAt(practice, start);
        practice.clock.setNow(start.addSecs(-24LL * 3600 + 60));
        QCOMPARE(runReminders(practice).queued, 1);

        test::seed(practice, [&](WriteScope& scope) {
            return scope.changes().update(QStringLiteral("booking"), session.booking.id(),
                QCborMap {{QStringLiteral("status"), QStringLiteral("canceled")}});
        });
        QCOMPARE(runReminders(practice).withdrawn, 1);
        QCOMPARE(
            test::mail::count(practice, QStringLiteral("SELECT count(*) FROM email_outbox WHERE state = 'cancelled'")),
            1);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM message WHERE state = 'draft'")), 1);
        QCOMPARE(test::mail::count(practice,
                     QStringLiteral("SELECT count(*) FROM booking_reminder WHERE state = 'withdrawn' AND reason LIKE "
                                    "'%canceled%'")),
            1);
    }

    void aClientWithoutAnAddressIsSkippedWithTheReason()
    {
        TestPractice practice;
        const QTemporaryDir folder;
        sendEmailInto(practice, folder.path());
        const QDateTime start = practice.clock.nowUtc().addDays(2);
        sessionAt(practice, start, false);
        practice.clock.setNow(start.addSecs(-24LL * 3600 + 60));
        QCOMPARE(runReminders(practice).skipped, 1);
        QCOMPARE(test::mail::count(practice,
                     QStringLiteral("SELECT count(*) FROM booking_reminder WHERE state = 'skipped' AND reason LIKE "
                                    "'%no email address%'")),
            1);
        QCOMPARE(test::mail::count(practice, QStringLiteral("SELECT count(*) FROM email_outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(MailRemindersTest)
#include "test_mail_reminders.moc"
