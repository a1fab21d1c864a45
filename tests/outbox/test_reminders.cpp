// Reminders of sessions by text, on a real encrypted practice: each reminder of a service's plan is
// queued at its moment, once, also across restarts and repeated rounds; quiet hours in the session's
// time zone move it; one whose moment passed long ago (the computer was off) is skipped, never sent
// late, and so is one that waited too long in the outbox while offline (the real relay process, in
// sandbox mode, is asked whether it has it); without consent it is skipped
// with the reason; the scheduler runs the rounds by itself.
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "core/adapters/relay/RelayCommandClient.h"
#include "core/store/BookingRepository.h"
#include "core/store/CommandSender.h"
#include "core/store/DemoPractice.h"
#include "core/store/ReminderScheduler.h"
#include "core/store/Reminders.h"
#include "core/store/SqlStatement.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxRelay.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime berlin(QDate date, QTime time)
{
    return QDateTime(date, time, kBerlin).toUTC();
}

struct Practice
{
    domain::Client client;
    domain::Booking session;
};

// Ada (mobile number; consent to texts unless `consent` is false) with a session in Berlin at `start`,
// of a service whose plan texts 7 days and 24 hours before.
Practice adaWithASession(TestPractice& practice, const QDateTime& start, bool consent = true)
{
    domain::Client client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
    client.addPhone(domain::PhoneNumber::fromE164(QStringLiteral("+4915112345678")).value());
    if (consent) {
        Q_ASSERT(client
                     .recordConsent({domain::ContactChannel::Sms, domain::Consent::State::Granted,
                         practice.clock.nowUtc(), domain::Consent::Method::WebForm, QStringLiteral("Booking form")})
                     .hasValue());
    }
    domain::Service service = serviceWithDeposit(12000, 0);
    service.setReminderPlan({{7 * 24 * 60, domain::ReminderRule::Channel::Sms},
        {24 * 60, domain::ReminderRule::Channel::Sms}, {60, domain::ReminderRule::Channel::Email}});
    const domain::Booking booking = bookingAt(client, service, start, domain::BookingStatus::Confirmed);
    Q_ASSERT(await(SettingsRepository(*practice.store).saveProfile(lumenProfile())).hasValue());
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

struct ReminderRow
{
    int offsetMinutes = 0;
    QString state;
    QString reason;
    QDateTime dueAt;
};

QList<ReminderRow> reminders(TestPractice& practice)
{
    return practice
        .run([](StoreSession& session) -> Result<QList<ReminderRow>> {
            Result<SqlStatement> query =
                session.db().prepare(QStringLiteral("SELECT offset_minutes, state, reason, due_at FROM "
                                                    "booking_reminder WHERE deleted = 0 ORDER BY due_at"));
            if (!query) {
                return query.error();
            }
            QList<ReminderRow> rows;
            while (query.value().step().value()) {
                const SqlStatement& row = query.value();
                rows.append({static_cast<int>(row.int64(0)), row.text(1), row.text(2),
                    QDateTime::fromMSecsSinceEpoch(row.int64(3), Qt::UTC)});
            }
            return rows;
        })
        .value();
}

QList<OutboxCommand> texts(TestPractice& practice)
{
    return await(CommandOutbox(*practice.store).list()).value();
}

} // namespace

class TestReminders final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QString m_vault;
    QByteArray m_token;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startSandboxRelay(m_relay, m_dir), qPrintable(m_relay.transcript()));
        const std::optional<BareVault> vault = createBareVault(m_relay);
        QVERIFY(vault);
        m_vault = vault->id;
        m_token = vault->token;
    }

    void quietHoursMoveAReminder()
    {
        const ReminderPolicy policy;
        const QDate friday(2026, 12, 4);
        // 24 hours before 10:00: 10:00 the day before, not quiet.
        QCOMPARE(Reminders::dueAt(berlin(friday, QTime(10, 0)), 24 * 60, kBerlin, policy),
            berlin(friday.addDays(-1), QTime(10, 0)));
        // 7 days before 07:30 is quiet: at 08:00 that morning instead.
        QCOMPARE(Reminders::dueAt(berlin(friday, QTime(7, 30)), 7 * 24 * 60, kBerlin, policy),
            berlin(friday.addDays(-7), QTime(8, 0)));
        // 2 hours before 08:00 is quiet, and 08:00 would be too late: 20:59 the evening before.
        QCOMPARE(Reminders::dueAt(berlin(friday, QTime(8, 0)), 120, kBerlin, policy),
            berlin(friday.addDays(-1), QTime(20, 59)));
        // 1 hour before 22:30: quiet, end of the quiet hours is after the session → 20:59 that evening.
        QCOMPARE(Reminders::dueAt(berlin(friday, QTime(22, 30)), 60, kBerlin, policy), berlin(friday, QTime(20, 59)));
        // In another time zone the quiet hours are the client's, not this computer's.
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        const QDateTime sevenThirtyNy = QDateTime(friday, QTime(7, 30), newYork).toUTC();
        QCOMPARE(Reminders::dueAt(sevenThirtyNy, 24 * 60, newYork, policy),
            QDateTime(friday.addDays(-1), QTime(8, 0), newYork).toUTC());
    }

    void aReminderIsQueuedAtItsMomentOnce()
    {
        TestPractice practice;
        // Three days ahead: the 7-day reminder's moment passed before the session was booked.
        const QDateTime start = berlin(practice.clock.nowUtc().date().addDays(3), QTime(15, 0));
        const Practice ada = adaWithASession(practice, start);
        Reminders rounds(*practice.store);
        const ReminderPolicy policy;

        const Reminders::Round first = await(rounds.run(practice.clock.nowUtc(), policy)).value();
        QCOMPARE(first.queued, 0);
        QCOMPARE(first.skipped, 1);
        QCOMPARE(first.nextDue, std::optional(start.addDays(-1)));
        QCOMPARE(reminders(practice).size(), 1);
        QCOMPARE(reminders(practice).constFirst().state, QStringLiteral("skipped"));
        QVERIFY2(reminders(practice).constFirst().reason.contains(u"passed"),
            qPrintable(reminders(practice).constFirst().reason));
        QVERIFY(texts(practice).isEmpty());

        // A minute after its moment: the 24-hour reminder is queued as a text about the session.
        practice.clock.setNow(start.addDays(-1).addSecs(60));
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), policy)).value().queued, 1);
        const QList<OutboxCommand> queued = texts(practice);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().type, QStringLiteral("twilio.sms.send"));
        const QString body = queued.constFirst().params.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(u"Lumen") && body.contains(u"Reply C"), qPrintable(body));
        // Not sent after the grace: it would come too late.
        QCOMPARE(queued.constFirst().expiresAt, start.addDays(-1).addSecs(qint64 {2} * 3600));
        QCOMPARE(reminders(practice).constLast().state, QStringLiteral("queued"));

        // Again, and after a restart, and with the clock put back and forward: still one.
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), policy)).value().queued, 0);
        QVERIFY(practice.reopen().hasValue());
        Reminders afterRestart(*practice.store);
        QCOMPARE(await(afterRestart.run(practice.clock.nowUtc().addSecs(-3600), policy)).value().queued, 0);
        QCOMPARE(await(afterRestart.run(practice.clock.nowUtc().addSecs(600), policy)).value().queued, 0);
        QCOMPARE(texts(practice).size(), 1);
        QCOMPARE(reminders(practice).size(), 2);
        Q_UNUSED(ada);
    }

    void aQueuedReminderIsWithdrawnWhenItsSessionIsCancelledOrMoved()
    {
        // Offline: the reminders wait in the outbox, and the sessions change meanwhile.
        TestPractice practice;
        const QDateTime start = berlin(practice.clock.nowUtc().date().addDays(3), QTime(15, 0));
        const Practice cancelled = adaWithASession(practice, start);
        practice.clock.setNow(start.addDays(-1).addSecs(60));
        Reminders rounds(*practice.store);
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), {})).value().queued, 1);

        BookingRepository bookings(*practice.store);
        QVERIFY(await(bookings.transition(cancelled.session.id(), domain::BookingStatus::Canceled,
                          QStringLiteral("Client is ill"), practice.clock.nowUtc()))
                    .hasValue());
        const Reminders::Round afterCancel = await(rounds.run(practice.clock.nowUtc(), {})).value();
        QCOMPARE(afterCancel.withdrawn, 1);
        QCOMPARE(afterCancel.queued, 0);
        QCOMPARE(texts(practice).constFirst().state, OutboxState::Cancelled);
        QCOMPARE(reminders(practice).constLast().state, QStringLiteral("withdrawn"));
        QCOMPARE(
            reminders(practice).constLast().reason, QStringLiteral("Not sent: the session was canceled or is over."));
        // Its text is a draft again, not a failure to deliver (Today lists those).
        const QString textState =
            practice
                .run([](StoreSession& session) {
                    return session.db().queryText(
                        QStringLiteral("SELECT state FROM message WHERE deleted = 0 AND direction = 'outbound'"));
                })
                .value();
        QCOMPARE(textState, QStringLiteral("draft"));
        // Again: nothing more to do.
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), {})).value().withdrawn, 0);

        // A session moved two days later: its queued reminder goes, and the new time has its own.
        const Practice moved = adaWithASession(practice, start.addSecs(-1800));
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), {})).value().queued, 1);
        domain::Booking later = await(bookings.find(moved.session.id())).value().value();
        const domain::Booking before = later;
        const QDateTime newStart = start.addDays(2);
        QVERIFY(
            later
                .reschedule(
                    domain::Schedule::create(newStart, newStart.addSecs(3600), QStringLiteral("Europe/Berlin")).value(),
                    practice.clock.nowUtc(), QStringLiteral("Client asked"))
                .hasValue());
        QVERIFY(await(bookings.update(before, later)).hasValue());
        const Reminders::Round afterMove = await(rounds.run(practice.clock.nowUtc(), {})).value();
        QCOMPARE(afterMove.withdrawn, 1);
        QCOMPARE(afterMove.queued, 0); // the new time's 24-hour reminder is two days away
        const QList<OutboxCommand> all = texts(practice);
        QVERIFY(std::all_of(
            all.cbegin(), all.cend(), [](const OutboxCommand& c) { return c.state == OutboxState::Cancelled; }));
        const QList<ReminderRow> rows = reminders(practice);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
            [](const ReminderRow& row) { return row.reason == u"Not sent: the session was moved."; }));
        // Moved back to its first time: the same reminder goes out after all, once.
        domain::Booking back = await(bookings.find(moved.session.id())).value().value();
        const domain::Booking movedOnce = back;
        QVERIFY(back.reschedule(moved.session.schedule(), practice.clock.nowUtc(), QStringLiteral("Back again"))
                    .hasValue());
        QVERIFY(await(bookings.update(movedOnce, back)).hasValue());
        const Reminders::Round afterBack = await(rounds.run(practice.clock.nowUtc(), {})).value();
        QCOMPARE(afterBack.queued, 1);
        const QList<OutboxCommand> now = texts(practice);
        QCOMPARE(std::count_if(now.cbegin(), now.cend(), [](const OutboxCommand& c) { return c.isOpen(); }), 1);
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), {})).value().queued, 0);

        practice.clock.setNow(newStart.addDays(-1).addSecs(60));
        QCOMPARE(await(rounds.run(practice.clock.nowUtc(), {})).value().queued, 0); // the session is not then any more
    }

    void withoutConsentAReminderIsSkippedWithTheReason()
    {
        TestPractice practice;
        const QDateTime start = berlin(practice.clock.nowUtc().date().addDays(1), QTime(16, 0));
        adaWithASession(practice, start, false);
        practice.clock.setNow(start.addDays(-1).addSecs(30));
        const Reminders::Round round = await(Reminders(*practice.store).run(practice.clock.nowUtc(), {})).value();
        QCOMPARE(round.queued, 0);
        QVERIFY(texts(practice).isEmpty());
        const QList<ReminderRow> rows = reminders(practice);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const ReminderRow& row) {
            return row.offsetMinutes == 24 * 60 && row.state == u"skipped" && row.reason.contains(u"not agreed");
        }));
    }

    // The demo practice shows reminders at work: its clients who agreed to texts have mobile numbers
    // (from the range kept for fiction), so its sessions get their text reminders.
    void theDemoPracticesSessionsAreRemindedByText()
    {
        TestPractice practice;
        const QDateTime now = practice.clock.nowUtc();
        QVERIFY(practice
                    .run([now](StoreSession& session) {
                        return DemoPractice::generate(session, DemoPractice::Size::Small, 1, {}, now);
                    })
                    .hasValue());
        // Sessions in the next day were booked too late for their reminder; the ones after get theirs
        // at its moment, over the next two days.
        Reminders rounds(*practice.store);
        Reminders::Round round = await(rounds.run(now, {})).value();
        int queuedInAll = round.queued;
        while (round.nextDue && *round.nextDue < now.addDays(2)) {
            round = await(rounds.run(*round.nextDue, {})).value();
            queuedInAll += round.queued;
        }
        QVERIFY2(queuedInAll >= 3, qPrintable(QString::number(queuedInAll)));
        const QList<OutboxCommand> queued = texts(practice);
        QCOMPARE(queued.size(), queuedInAll);
        for (const OutboxCommand& text : queued) {
            const QString to = text.params.value(QStringLiteral("to")).toString();
            QVERIFY2(to.startsWith(u"+6149157"), qPrintable(to));
        }
    }

    void aReminderThatWaitedTooLongOfflineIsNotSent()
    {
        TestPractice practice;
        const QDateTime start = berlin(practice.clock.nowUtc().date().addDays(1), QTime(16, 0));
        adaWithASession(practice, start);
        practice.clock.setNow(start.addDays(-1).addSecs(30));
        QCOMPARE(await(Reminders(*practice.store).run(practice.clock.nowUtc(), {})).value().queued, 1);

        // Offline: the relay cannot be reached, and the text waits.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
        probe.close();
        QNetworkAccessManager network;
        CommandSender::Options options;
        options.firstRetry = std::chrono::milliseconds(100);
        options.maxRetry = std::chrono::milliseconds(200);
        {
            RelayCommandClient down(dead, m_vault, secureCopy(m_token), network);
            CommandSender sender(*practice.store, practice.clock, down, options);
            QSignalSpy changes(&sender, &CommandSender::changed);
            sender.start();
            QVERIFY(changes.wait(10000));
            QCOMPARE(texts(practice).constFirst().state, OutboxState::Queued);
            QVERIFY(texts(practice).constFirst().posted); // it may have reached the relay
        }
        // Three hours later the relay is reachable again: past the grace, so the text is not sent
        // late. The relay is asked first, and never had it.
        practice.clock.advance(qint64 {3} * 3600 * 1000);
        RelayCommandClient up(m_relay.url(QStringLiteral("/")), m_vault, secureCopy(m_token), network);
        CommandSender sender(*practice.store, practice.clock, up, options);
        sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(texts(practice).constFirst().state, OutboxState::Cancelled, 10000);
        QVERIFY(texts(practice).constFirst().lastError.contains(u"too late"));
        const HttpReply atRelay = httpCall(QStringLiteral("GET"),
            m_relay.url(u"/v1/vaults/" + m_vault + u"/commands/"
                + texts(practice).constFirst().id.toString(QUuid::WithoutBraces)),
            {}, {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(atRelay.status, 404);
        const QString messageState = practice
                                         .run([](StoreSession& session) {
                                             return session.db().queryText(QStringLiteral("SELECT state FROM message"));
                                         })
                                         .value();
        QCOMPARE(messageState, QStringLiteral("failed"));
    }

    void theSchedulerRemindsByItself()
    {
        TestPractice practice;
        const QDateTime start = berlin(practice.clock.nowUtc().date().addDays(2), QTime(11, 0));
        adaWithASession(practice, start);
        ReminderScheduler::Options options;
        options.maxSleep = std::chrono::milliseconds(50);
        ReminderScheduler scheduler(*practice.store, practice.clock, options);
        QSignalSpy reminded(&scheduler, &ReminderScheduler::reminded);
        scheduler.start();
        QVERIFY(reminded.wait(5000)); // the 7-day reminder: too late, skipped
        QCOMPARE(reminded.constLast().at(0).value<Reminders::Round>().skipped, 1);
        QVERIFY(texts(practice).isEmpty());
        // The computer "sleeps" until after the 24-hour moment; on waking, the scheduler catches up.
        practice.clock.setNow(start.addDays(-1).addSecs(120));
        QVERIFY(reminded.wait(5000));
        QCOMPARE(reminded.constLast().at(0).value<Reminders::Round>().queued, 1);
        QCOMPARE(texts(practice).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "test_reminders.moc"
