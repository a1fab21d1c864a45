// The calendar sync engine with the real Google Calendar adapter, over loopback HTTP against the
// fake Google Calendar API (tests/node/fake-google-calendar.mjs), on a real encrypted practice:
// outside time blocks, a booking becomes an event, an outside move waits for the practitioner, and
// throttling is waited out.
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>
#include <chrono>
#include <memory>

#include "core/adapters/calendar/GoogleCalendarClient.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/oauth/ReadyFuture.h"
#include "core/store/CalendarRows.h"
#include "core/store/CalendarSync.h"
#include "tests/calendar/FakeGoogleCalendarProcess.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;
using namespace std::chrono_literals;

namespace {

const QString kAccount = QStringLiteral("practitioner@example.test");

template<typename T>
T settle(QFuture<T> future)
{
    const bool finished = QTest::qWaitFor([&future] { return future.isFinished(); }, 60000);
    Q_ASSERT(finished && future.resultCount() == 1);
    return future.result();
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QJsonObject timed(const char* startUtc, const char* endUtc)
{
    return QJsonObject {
        {QStringLiteral("start"), QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(startUtc)}}},
        {QStringLiteral("end"), QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(endUtc)}}}};
}

} // namespace

class TestCalendarSyncGoogle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString failure = m_fake.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase() { m_fake.stop(); }

    void init()
    {
        m_fake.control("POST", QStringLiteral("reset"));
        GoogleCalendarClient::Options options;
        options.baseUrl = m_fake.url(QStringLiteral("/calendar/v3/"));
        options.retry.maxAttempts = 3;
        options.retry.initialDelay = 10ms;
        options.retry.maxDelay = 50ms;
        options.retry.maxRetryAfter = 5s;
        options.timeout = 10s;
        AccessTokenSource tokens;
        tokens.token = [] { return readyFuture(Result<QByteArray>(QByteArrayLiteral("test-access-token"))); };
        tokens.tokenAfterUnauthorized = [](const QByteArray&) {
            return readyFuture(Result<QByteArray>(QByteArrayLiteral("test-access-token")));
        };
        m_client = std::make_unique<GoogleCalendarClient>(options, m_network, tokens);
    }

    void cleanup() { m_client.reset(); }

    void bookingsAndOutsideEventsGoBothWaysThroughGoogle()
    {
        TestPractice practice;
        const auto client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        const auto service = serviceWithDeposit(20000, 0);
        const auto booking = bookingAt(client, service, at("2026-12-02T09:00:00Z"), domain::BookingStatus::Confirmed);
        seedOneBooking(practice, client, service, booking);
        CalendarSync sync(*practice.store, *m_client, QStringLiteral("google"), kAccount);
        const Result<QList<RemoteCalendar>> calendars = settle(m_client->calendars());
        QVERIFY(calendars.hasValue());
        CalendarSyncRows::Choice choice;
        choice.receives = true;
        choice.label = CalendarExport::ClientLabel::Initials;
        QVERIFY(settle(sync.chooseCalendar(calendars.value().first(), choice)).hasValue());

        QJsonObject dentist = timed("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
        dentist.insert(QStringLiteral("summary"), QStringLiteral("Dentist"));
        m_fake.control("POST", QStringLiteral("calendars/primary/events"), dentist);

        const Result<CalendarSync::Outcome> first = settle(sync.run(practice.clock.nowUtc()));
        QVERIFY2(first.hasValue(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->pulled.blocksAdded, 1);
        QCOMPARE(first->created, 1);

        // The booking's event, as Google has it: initials only, marked as Clientele's.
        const Result<EventChanges> listed = settle(m_client->changes(
            calendars.value().first().id, {}, at("2026-11-01T00:00:00Z"), at("2027-01-01T00:00:00Z")));
        QVERIFY(listed.hasValue());
        QString eventId;
        for (const RemoteEvent& event : listed->changed) {
            if (event.clienteleBookingId == booking.id().toString(QUuid::WithoutBraces)) {
                eventId = event.id;
                QCOMPARE(event.title, QStringLiteral("Portrait session — A.L."));
                QCOMPARE(event.startUtc, at("2026-12-02T09:00:00Z"));
            }
        }
        QVERIFY(!eventId.isEmpty());

        // Moved in Google's own UI: a proposal, the booking unchanged until accepted.
        m_fake.control("PATCH", QStringLiteral("calendars/primary/events/") + eventId,
            timed("2026-12-02T15:00:00Z", "2026-12-02T16:00:00Z"));
        const Result<CalendarSync::Outcome> second = settle(sync.run(practice.clock.nowUtc()));
        QVERIFY2(second.hasValue(), qPrintable(second ? QString() : second.error().toString()));
        QCOMPARE(second->pulled.proposals, 1);
        QCOMPARE(second->pulled.blocksAdded, 0);
        QCOMPARE(second->updated, 0);
        const QList<CalendarSyncRows::Proposal> proposals = settle(CalendarSync::proposals(*practice.store)).value();
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().proposedStartUtc, at("2026-12-02T15:00:00Z"));

        QVERIFY(
            settle(CalendarSync::accept(*practice.store, proposals.first().id, practice.clock.nowUtc())).hasValue());
        const auto moved =
            practice.run([id = booking.id()](StoreSession& session) { return BookingRows::load(session.db(), id); });
        QCOMPARE(moved.value()->schedule().start(), at("2026-12-02T15:00:00Z"));

        // Throttled twice with Retry-After, then through: the adapter waits, the round completes.
        m_fake.control("POST", QStringLiteral("faults"),
            QJsonObject {{QStringLiteral("times"), 2}, {QStringLiteral("status"), 429},
                {QStringLiteral("reason"), QStringLiteral("rateLimitExceeded")},
                {QStringLiteral("message"), QStringLiteral("Rate Limit Exceeded")}, {QStringLiteral("retryAfter"), 1}});
        const Result<CalendarSync::Outcome> third = settle(sync.run(practice.clock.nowUtc()));
        QVERIFY2(third.hasValue(), qPrintable(third ? QString() : third.error().toString()));
        QCOMPARE(third->pulled.proposals, 0);
        QVERIFY(settle(CalendarSync::proposals(*practice.store)).value().isEmpty());
        const QList<CalendarRows::Block> blocks = practice
                                                      .run([](StoreSession& session) {
                                                          return CalendarRows::blocksBetween(session.db(),
                                                              at("2026-01-01T00:00:00Z"), at("2028-01-01T00:00:00Z"));
                                                      })
                                                      .value();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().title, QStringLiteral("Dentist"));
    }

private:
    FakeGoogleCalendarProcess m_fake;
    QNetworkAccessManager m_network;
    std::unique_ptr<GoogleCalendarClient> m_client;
};

QTEST_GUILESS_MAIN(TestCalendarSyncGoogle)
#include "test_calendar_sync_google.moc"
