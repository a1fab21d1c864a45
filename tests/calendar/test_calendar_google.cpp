#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <chrono>
#include <memory>
#include <optional>

#include "core/adapters/calendar/GoogleCalendarClient.h"
#include "tests/calendar/CalendarTestSupport.h"
#include "tests/calendar/FakeGoogleCalendarProcess.h"
#include "tests/support/LogCapture.h"

using namespace clientele;
using namespace std::chrono_literals;
using test::awaitEvents;
using test::utc;
using test::why;

namespace {

const QString kPrimary = QStringLiteral("practitioner@example.test");
// A real-looking id with '#' and '@': it only reaches the fake if the adapter encodes it.
const QString kHolidays = QStringLiteral("en.german#holiday@group.v.calendar.google.com");
const QByteArray kGoodToken = "test-access-token";
const QString kSecretTitle = QStringLiteral("Session with Ada Lovelace");

EventDraft draft(const QDateTime& startUtc, int minutes, const QString& bookingId)
{
    EventDraft draft;
    draft.title = kSecretTitle;
    draft.description = QStringLiteral("Follow-up");
    draft.location = QStringLiteral("Room 2");
    draft.startUtc = startUtc;
    draft.endUtc = startUtc.addSecs(qint64 {minutes} * 60);
    draft.timeZoneId = QStringLiteral("Europe/Berlin");
    draft.clienteleBookingId = bookingId;
    return draft;
}

QJsonObject outsideEvent(const QString& summary, const char* startUtc, const char* endUtc, bool busy = true)
{
    return QJsonObject {{QStringLiteral("summary"), summary},
        {QStringLiteral("start"), QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(startUtc)}}},
        {QStringLiteral("end"), QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(endUtc)}}},
        {QStringLiteral("transparency"), busy ? QStringLiteral("opaque") : QStringLiteral("transparent")}};
}

} // namespace

// The Google Calendar adapter (issue 7, parts 3 and 4) over real HTTP on loopback against a fake
// Google Calendar API that keeps state and fails the way Google documents: paging, sync tokens and
// 410, If-Match and 412, asynchronous Meet links, throttling with Retry-After, 401 and error bodies.
class TestCalendarGoogle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::LogCapture::install();
        const QString failure = m_fake.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_fake.stop();
        // Tokens and event contents never reach the log (cl.* may be at debug level in tests).
        QVERIFY2(!test::LogCapture::lines().isEmpty(), "nothing was logged: the check below would prove nothing");
        for (const QString& line : std::as_const(test::LogCapture::lines())) {
            QVERIFY2(!line.contains(QLatin1StringView(kGoodToken)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1StringView("stale-token")), qPrintable(line));
            QVERIFY2(!line.contains(kSecretTitle), qPrintable(line));
            QVERIFY2(!line.contains(kPrimary), qPrintable(line));
        }
    }

    void init()
    {
        m_fake.control("POST", QStringLiteral("reset"));
        m_tokens = std::make_unique<test::TestTokens>(kGoodToken);
        makeClient();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "fake output:" << m_fake.transcript().right(4000);
        }
        m_client.reset();
    }

    void listsTheAccountsCalendars()
    {
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY2(calendars && calendars->hasValue(), why(calendars).constData());
        QCOMPARE(calendars->value().size(), 2);
        const RemoteCalendar& primary = calendars->value().at(0);
        QCOMPARE(primary.id, kPrimary);
        QCOMPARE(primary.name, QStringLiteral("Practice"));
        QVERIFY(primary.primary);
        QVERIFY(primary.canWrite);
        QCOMPARE(primary.timeZoneId, QStringLiteral("Europe/Berlin"));
        const RemoteCalendar& holidays = calendars->value().at(1);
        QCOMPARE(holidays.id, kHolidays);
        QVERIFY(!holidays.primary);
        QVERIFY2(!holidays.canWrite, "a reader calendar is not offered for bookings");

        const QJsonObject sent = m_fake.requests().at(0).toObject();
        QCOMPARE(sent.value(QStringLiteral("path")).toString(), QStringLiteral("/calendar/v3/users/me/calendarList"));
        QVERIFY(sent.value(QStringLiteral("tokenAccepted")).toBool());
    }

    void createsAnEventWhoseMeetLinkBecomesAvailable()
    {
        EventDraft meeting = draft(utc("2026-03-02T08:00:00Z"), 50, QStringLiteral("booking-1"));
        meeting.wantsMeeting = true;
        meeting.meetingRequestId = QStringLiteral("booking-1-meet");
        const auto created = awaitEvents(m_client->createEvent(QStringLiteral("primary"), meeting));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        const RemoteEvent& event = created->value();
        QVERIFY(!event.id.isEmpty());
        QVERIFY(!event.etag.isEmpty());
        QCOMPARE(event.status, RemoteEventStatus::Confirmed);
        QCOMPARE(event.startUtc, utc("2026-03-02T08:00:00Z"));
        QCOMPARE(event.endUtc, utc("2026-03-02T08:50:00Z"));
        QCOMPARE(event.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(event.clienteleBookingId, QStringLiteral("booking-1"));
        QCOMPARE(event.title, kSecretTitle);
        QVERIFY(event.busy);
        QVERIFY(!event.iCalUid.isEmpty());
        QVERIFY2(event.meetingPending, "Google creates the conference asynchronously");
        QVERIFY(event.meetingUrl.isEmpty());

        // What went over the wire: Google's Event shape, wall time with offset plus the zone name.
        const QJsonObject sent = m_fake.requests().last().toObject();
        QCOMPARE(sent.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(
            sent.value(QStringLiteral("path")).toString(), QStringLiteral("/calendar/v3/calendars/primary/events"));
        QCOMPARE(
            sent.value(QStringLiteral("query")).toObject().value(QStringLiteral("conferenceDataVersion")).toString(),
            QStringLiteral("1"));
        QCOMPARE(sent.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-type")).toString(),
            QStringLiteral("application/json"));
        const QJsonObject body = sent.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("summary")).toString(), kSecretTitle);
        QCOMPARE(body.value(QStringLiteral("start")).toObject(),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-02T09:00:00+01:00")},
                {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}));
        QCOMPARE(body.value(QStringLiteral("end")).toObject(),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-02T09:50:00+01:00")},
                {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}));
        QCOMPARE(body.value(QStringLiteral("transparency")).toString(), QStringLiteral("opaque"));
        QCOMPARE(body.value(QStringLiteral("extendedProperties"))
                     .toObject()
                     .value(QStringLiteral("private"))
                     .toObject()
                     .value(QStringLiteral("clienteleBookingId"))
                     .toString(),
            QStringLiteral("booking-1"));
        const QJsonObject createRequest =
            body.value(QStringLiteral("conferenceData")).toObject().value(QStringLiteral("createRequest")).toObject();
        QCOMPARE(createRequest.value(QStringLiteral("requestId")).toString(), QStringLiteral("booking-1-meet"));
        QCOMPARE(createRequest.value(QStringLiteral("conferenceSolutionKey"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
            QStringLiteral("hangoutsMeet"));

        // A later read has the link.
        const auto later = awaitEvents(m_client->readEvent(QStringLiteral("primary"), event.id));
        QVERIFY2(later && later->hasValue(), why(later).constData());
        QVERIFY(!later->value().meetingPending);
        QVERIFY2(later->value().meetingUrl.startsWith(QLatin1StringView("https://meet.google.com/")),
            qPrintable(later->value().meetingUrl));
    }

    void createsAFreeEventWithoutAMeeting()
    {
        EventDraft free = draft(utc("2026-03-03T12:00:00Z"), 30, QStringLiteral("booking-2"));
        free.busy = false;
        free.timeZoneId.clear(); // no zone: written in UTC
        const auto created = awaitEvents(m_client->createEvent(kPrimary, free));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        QVERIFY(!created->value().busy);
        QVERIFY(!created->value().meetingPending);
        QVERIFY(created->value().meetingUrl.isEmpty());

        const QJsonObject sent = m_fake.requests().last().toObject();
        QVERIFY2(!sent.value(QStringLiteral("query")).toObject().contains(QStringLiteral("conferenceDataVersion")),
            "no meeting, no conferenceDataVersion");
        const QJsonObject body = sent.value(QStringLiteral("body")).toObject();
        QVERIFY(!body.contains(QStringLiteral("conferenceData")));
        QCOMPARE(body.value(QStringLiteral("transparency")).toString(), QStringLiteral("transparent"));
        QCOMPARE(body.value(QStringLiteral("start")).toObject(),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-03T12:00:00Z")},
                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}));
    }

    void movesAnEventAndRefusesAStaleEtag()
    {
        const auto created =
            awaitEvents(m_client->createEvent(kPrimary, draft(utc("2026-03-04T08:00:00Z"), 50, QStringLiteral("b-3"))));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        const QString firstEtag = created->value().etag;

        const auto moved = awaitEvents(m_client->updateEvent(
            kPrimary, created->value().id, draft(utc("2026-03-05T10:00:00Z"), 50, QStringLiteral("b-3")), firstEtag));
        QVERIFY2(moved && moved->hasValue(), why(moved).constData());
        QCOMPARE(moved->value().id, created->value().id);
        QCOMPARE(moved->value().startUtc, utc("2026-03-05T10:00:00Z"));
        QCOMPARE(moved->value().endUtc, utc("2026-03-05T10:50:00Z"));
        QVERIFY(moved->value().etag != firstEtag);
        const QJsonObject sent = m_fake.requests().last().toObject();
        QCOMPARE(sent.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(
            sent.value(QStringLiteral("headers")).toObject().value(QStringLiteral("if-match")).toString(), firstEtag);

        // Someone changed it since firstEtag was read: 412, reported as a conflict, not retried.
        m_fake.control("DELETE", QStringLiteral("requests"));
        const auto stale = awaitEvents(m_client->updateEvent(
            kPrimary, created->value().id, draft(utc("2026-03-06T10:00:00Z"), 50, QStringLiteral("b-3")), firstEtag));
        QVERIFY(stale && !stale->hasValue());
        QCOMPARE(stale->error().code(), Error::Code::Conflict);
        QVERIFY(!stale->error().userMessage().isEmpty());
        QCOMPARE(m_fake.requests().size(), 1);
        QCOMPARE(m_fake.requests().at(0).toObject().value(QStringLiteral("status")).toInt(), 412);
    }

    void deletingTwiceIsFine()
    {
        const auto created =
            awaitEvents(m_client->createEvent(kPrimary, draft(utc("2026-03-06T08:00:00Z"), 50, QStringLiteral("b-4"))));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        const QString id = created->value().id;
        const auto first = awaitEvents(m_client->deleteEvent(kPrimary, id));
        QVERIFY2(first && first->hasValue(), why(first).constData());
        const auto second = awaitEvents(m_client->deleteEvent(kPrimary, id));
        QVERIFY2(second && second->hasValue(), why(second).constData());
        const auto never = awaitEvents(m_client->deleteEvent(kPrimary, QStringLiteral("neverexisted0")));
        QVERIFY2(never && never->hasValue(), why(never).constData());

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.at(sent.size() - 3).toObject().value(QStringLiteral("status")).toInt(), 204);
        QCOMPARE(sent.at(sent.size() - 2).toObject().value(QStringLiteral("status")).toInt(), 410);
        QCOMPARE(sent.at(sent.size() - 1).toObject().value(QStringLiteral("status")).toInt(), 404);
    }

    void writingToAReadOnlyCalendarIsRefusedWithoutRetrying()
    {
        const auto created = awaitEvents(
            m_client->createEvent(kHolidays, draft(utc("2026-03-06T08:00:00Z"), 50, QStringLiteral("b-5"))));
        QVERIFY(created && !created->hasValue());
        QCOMPARE(created->error().code(), Error::Code::PermissionDenied);
        QVERIFY(!created->error().isRetryable());
        QVERIFY2(created->error().detail().contains(QLatin1StringView("requiredAccessLevel")),
            qPrintable(created->error().detail()));
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 1);
        // The '#' travelled as %23: the fake found the calendar (else 404, not 403).
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("/calendar/v3/calendars/en.german%23holiday%40group.v.calendar.google.com/events"));
    }

    void fullSyncFollowsEveryPage()
    {
        seedEvents(7);
        // One event outside the window must not come.
        m_fake.control("POST", QStringLiteral("calendars/primary/events"),
            outsideEvent(QStringLiteral("May"), "2026-05-04T08:00:00Z", "2026-05-04T09:00:00Z"));
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto changes = awaitEvents(fullSync());
        QVERIFY2(changes && changes->hasValue(), why(changes).constData());
        QCOMPARE(changes->value().changed.size(), 7);
        QVERIFY(changes->value().removedEventIds.isEmpty());
        QVERIFY(changes->value().wasFullResync);
        QVERIFY(!changes->value().nextSyncState.isEmpty());

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3); // 3 + 3 + 1 with maxResults=3
        for (int i = 0; i < sent.size(); ++i) {
            const QJsonObject query = sent.at(i).toObject().value(QStringLiteral("query")).toObject();
            QCOMPARE(query.value(QStringLiteral("maxResults")).toString(), QStringLiteral("3"));
            QCOMPARE(query.value(QStringLiteral("singleEvents")).toString(), QStringLiteral("true"));
            QCOMPARE(query.value(QStringLiteral("timeMin")).toString(), QStringLiteral("2026-03-01T00:00:00Z"));
            QCOMPARE(query.value(QStringLiteral("timeMax")).toString(), QStringLiteral("2026-04-01T00:00:00Z"));
            QCOMPARE(query.contains(QStringLiteral("pageToken")), i > 0);
            QVERIFY(!query.contains(QStringLiteral("syncToken")));
        }
    }

    void incrementalSyncSeesOutsideChanges()
    {
        const QStringList ids = seedEvents(4);
        const auto first = awaitEvents(fullSync());
        QVERIFY2(first && first->hasValue(), why(first).constData());

        // The practitioner moves one event, deletes another and adds one, in Google's own UI.
        m_fake.control("PATCH", QStringLiteral("calendars/primary/events/") + ids[0],
            outsideEvent(QStringLiteral("Moved"), "2026-03-20T14:00:00Z", "2026-03-20T15:00:00Z"));
        m_fake.control("DELETE", QStringLiteral("calendars/primary/events/") + ids[1]);
        const QString added =
            m_fake
                .control("POST", QStringLiteral("calendars/primary/events"),
                    outsideEvent(QStringLiteral("New"), "2026-03-21T08:00:00Z", "2026-03-21T09:00:00Z"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto next =
            awaitEvents(m_client->changes(kPrimary, first->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(next && next->hasValue(), why(next).constData());
        QVERIFY(!next->value().wasFullResync);
        QCOMPARE(next->value().removedEventIds, QStringList {ids[1]});
        QCOMPARE(next->value().changed.size(), 2);
        QCOMPARE(next->value().changed.at(0).id, ids[0]);
        QCOMPARE(next->value().changed.at(0).startUtc, utc("2026-03-20T14:00:00Z"));
        QCOMPARE(next->value().changed.at(1).id, added);
        QVERIFY(next->value().nextSyncState != first->value().nextSyncState);

        const QJsonObject query = m_fake.requests().at(0).toObject().value(QStringLiteral("query")).toObject();
        QCOMPARE(query.value(QStringLiteral("syncToken")).toString(), first->value().nextSyncState);
        QVERIFY2(!query.contains(QStringLiteral("timeMin")) && !query.contains(QStringLiteral("timeMax")),
            "Google refuses time bounds with a sync token");

        // Nothing changed since: an empty increment.
        const auto quiet =
            awaitEvents(m_client->changes(kPrimary, next->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(quiet && quiet->hasValue(), why(quiet).constData());
        QVERIFY(quiet->value().changed.isEmpty() && quiet->value().removedEventIds.isEmpty());
    }

    void anInvalidatedSyncTokenRestartsAFullSync()
    {
        seedEvents(5);
        const auto first = awaitEvents(fullSync());
        QVERIFY2(first && first->hasValue(), why(first).constData());
        m_fake.control("POST", QStringLiteral("expire-sync-tokens"));
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto again =
            awaitEvents(m_client->changes(kPrimary, first->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(again && again->hasValue(), why(again).constData());
        QVERIFY(again->value().wasFullResync);
        QCOMPARE(again->value().changed.size(), 5);
        QVERIFY(!again->value().nextSyncState.isEmpty());

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3); // 410, then two pages
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), 410);
        const QJsonObject restart = sent.at(1).toObject().value(QStringLiteral("query")).toObject();
        QVERIFY(!restart.contains(QStringLiteral("syncToken")));
        QVERIFY(restart.contains(QStringLiteral("timeMin")));

        // The new token works incrementally.
        const auto next =
            awaitEvents(m_client->changes(kPrimary, again->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(next && next->hasValue(), why(next).constData());
        QVERIFY(!next->value().wasFullResync);
    }

    void throttlingIsRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("retryAfter"); // seconds; -1: no header
        QTest::newRow("403 rateLimitExceeded twice, then success") << 403 << QStringLiteral("rateLimitExceeded") << -1;
        QTest::newRow("403 userRateLimitExceeded twice, then success")
            << 403 << QStringLiteral("userRateLimitExceeded") << -1;
        QTest::newRow("429 with Retry-After: 1 twice, then success") << 429 << QStringLiteral("rateLimitExceeded") << 1;
        QTest::newRow("503 backendError twice, then success") << 503 << QStringLiteral("backendError") << -1;
    }

    void throttlingIsRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(int, retryAfter);
        QJsonObject fault {{QStringLiteral("times"), 2}, {QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason}, {QStringLiteral("message"), QStringLiteral("Rate Limit Exceeded")}};
        if (retryAfter >= 0) {
            fault.insert(QStringLiteral("retryAfter"), retryAfter);
        }
        m_fake.control("POST", QStringLiteral("faults"), fault);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY2(calendars && calendars->hasValue(), why(calendars).constData());
        QCOMPARE(calendars->value().size(), 2);
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(sent.at(2).toObject().value(QStringLiteral("status")).toInt(), 200);
        if (retryAfter > 0) {
            // The backoff alone is ~10–20 ms in this test: only Retry-After explains the wait.
            QVERIFY2(elapsed.elapsed() >= 2 * retryAfter * 1000 - 100, qPrintable(QString::number(elapsed.elapsed())));
        }
    }

    void throttlingThatOutlastsTheAttemptsIsARetryableError()
    {
        m_fake.control("POST", QStringLiteral("faults"),
            {{QStringLiteral("times"), 10}, {QStringLiteral("status"), 429},
                {QStringLiteral("reason"), QStringLiteral("rateLimitExceeded")}});
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY(calendars && !calendars->hasValue());
        QCOMPARE(calendars->error().code(), Error::Code::Unavailable);
        QVERIFY(calendars->error().isRetryable());
        QVERIFY2(calendars->error().userMessage().contains(QLatin1StringView("limiting")),
            qPrintable(calendars->error().userMessage()));
        QCOMPARE(m_fake.requests().size(), kMaxAttempts);
    }

    void aLongRetryAfterIsLeftToTheCaller()
    {
        m_fake.control("POST", QStringLiteral("faults"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("reason"), QStringLiteral("rateLimitExceeded")},
                {QStringLiteral("retryAfter"), 3600}});
        const auto calendars = awaitEvents(m_client->calendars(), 5s);
        QVERIFY2(calendars && !calendars->hasValue(), "an hour is not waited out inside one call");
        QVERIFY(calendars->error().isRetryable());
        QCOMPARE(m_fake.requests().size(), 1);
    }

    void unauthorizedRefreshesTheTokenOnceAndRetries()
    {
        m_tokens->current = "stale-token";
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY2(calendars && calendars->hasValue(), why(calendars).constData());
        QCOMPARE(m_tokens->refreshes, 1);
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), 401);
        QVERIFY(!sent.at(0).toObject().value(QStringLiteral("tokenAccepted")).toBool());
        QVERIFY(sent.at(1).toObject().value(QStringLiteral("tokenAccepted")).toBool());
    }

    void aRefreshedTokenThatIsRejectedTooMeansReconnect()
    {
        m_tokens->current = "stale-token";
        m_tokens->afterRefresh = "stale-token";
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY(calendars && !calendars->hasValue());
        QCOMPARE(calendars->error().code(), Error::Code::PermissionDenied);
        QVERIFY(!calendars->error().isRetryable());
        QVERIFY(calendars->error().userMessage().contains(QLatin1StringView("Reconnect")));
        QCOMPARE(m_tokens->refreshes, 1);
        QCOMPARE(m_fake.requests().size(), 2);
    }

    void troubleAtGoogleGivesAClearError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rawBody");
        QTest::addColumn<int>("times");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<int>("requests");
        QTest::newRow("500 on every attempt") << 500 << QString() << 10 << Error::Code::Unavailable << kMaxAttempts;
        QTest::newRow("200 with a body that is not JSON")
            << 200 << QStringLiteral("<html>proxy login</html>") << 1 << Error::Code::CorruptData << 1;
        QTest::newRow("400 bad request") << 400 << QString() << 1 << Error::Code::InvalidInput << 1;
    }

    void troubleAtGoogleGivesAClearError()
    {
        QFETCH(int, status);
        QFETCH(QString, rawBody);
        QFETCH(int, times);
        QFETCH(Error::Code, code);
        QFETCH(int, requests);
        QJsonObject fault {{QStringLiteral("status"), status}, {QStringLiteral("times"), times},
            {QStringLiteral("reason"), status == 400 ? QStringLiteral("badRequest") : QStringLiteral("backendError")}};
        if (!rawBody.isNull()) {
            fault.insert(QStringLiteral("rawBody"), rawBody);
        }
        m_fake.control("POST", QStringLiteral("faults"), fault);
        const auto result = awaitEvents(m_client->readEvent(kPrimary, QStringLiteral("anything")));
        QVERIFY(result && !result->hasValue());
        QCOMPARE(result->error().code(), code);
        QVERIFY2(result->error().userMessage().contains(QLatin1StringView("Google Calendar")),
            qPrintable(result->error().userMessage()));
        QVERIFY2(
            result->error().detail().contains(QLatin1StringView("events.get")), qPrintable(result->error().detail()));
        QCOMPARE(m_fake.requests().size(), requests);
    }

    void anUnreachableServerIsARetryableNetworkError()
    {
        GoogleCalendarClient::Options options = testOptions();
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/calendar/v3/").arg(test::deadLoopbackPort()));
        GoogleCalendarClient client(options, m_network, m_tokens->source());
        const auto calendars = awaitEvents(client.calendars());
        QVERIFY(calendars && !calendars->hasValue());
        QCOMPARE(calendars->error().code(), Error::Code::Network);
        QVERIFY(calendars->error().isRetryable());
    }

    void freeBusyReportsOpaqueEventsOnly()
    {
        m_fake.control("POST", QStringLiteral("calendars/primary/events"),
            outsideEvent(QStringLiteral("A"), "2026-03-10T08:00:00Z", "2026-03-10T09:00:00Z"));
        m_fake.control("POST", QStringLiteral("calendars/primary/events"),
            outsideEvent(QStringLiteral("B overlaps A"), "2026-03-10T08:30:00Z", "2026-03-10T10:00:00Z"));
        m_fake.control("POST", QStringLiteral("calendars/primary/events"),
            outsideEvent(QStringLiteral("Free"), "2026-03-11T08:00:00Z", "2026-03-11T09:00:00Z", false));
        const QString cancelled =
            m_fake
                .control("POST", QStringLiteral("calendars/primary/events"),
                    outsideEvent(QStringLiteral("Cancelled"), "2026-03-12T08:00:00Z", "2026-03-12T09:00:00Z"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        m_fake.control("DELETE", QStringLiteral("calendars/primary/events/") + cancelled);
        m_fake.control("POST", QStringLiteral("calendars/primary/events"),
            outsideEvent(QStringLiteral("Runs past the end"), "2026-03-13T23:00:00Z", "2026-03-14T02:00:00Z"));

        const auto busy =
            awaitEvents(m_client->freeBusy({kPrimary, kHolidays}, m_windowStart, utc("2026-03-14T00:00:00Z")));
        QVERIFY2(busy && busy->hasValue(), why(busy).constData());
        const QList<BusyInterval> expected {{utc("2026-03-10T08:00:00Z"), utc("2026-03-10T10:00:00Z")},
            {utc("2026-03-13T23:00:00Z"), utc("2026-03-14T00:00:00Z")}};
        QCOMPARE(busy->value(), expected);

        const QJsonObject body = m_fake.requests().last().toObject().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("timeMin")).toString(), QStringLiteral("2026-03-01T00:00:00Z"));
        QCOMPARE(body.value(QStringLiteral("items")).toArray().size(), 2);

        const auto unknown =
            awaitEvents(m_client->freeBusy({QStringLiteral("nobody@example.test")}, m_windowStart, m_windowEnd));
        QVERIFY(unknown && !unknown->hasValue());
        QCOMPARE(unknown->error().code(), Error::Code::NotFound);
    }

private:
    static constexpr int kMaxAttempts = 3;

    GoogleCalendarClient::Options testOptions() const
    {
        GoogleCalendarClient::Options options;
        options.baseUrl = m_fake.url(QStringLiteral("/calendar/v3/"));
        options.pageSize = 3;
        options.retry.maxAttempts = kMaxAttempts;
        options.retry.initialDelay = 10ms;
        options.retry.maxDelay = 50ms;
        options.retry.maxRetryAfter = 5s;
        options.timeout = 10s;
        return options;
    }

    void makeClient()
    {
        m_client = std::make_unique<GoogleCalendarClient>(testOptions(), m_network, m_tokens->source());
    }

    QFuture<Result<EventChanges>> fullSync() { return m_client->changes(kPrimary, {}, m_windowStart, m_windowEnd); }

    // `count` busy events on consecutive March days, inserted "from outside"; their ids in order.
    QStringList seedEvents(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QDateTime start = utc("2026-03-02T08:00:00Z").addDays(i);
            QJsonObject event {{QStringLiteral("summary"), QStringLiteral("Seeded %1").arg(i)},
                {QStringLiteral("start"), QJsonObject {{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
                {QStringLiteral("end"),
                    QJsonObject {{QStringLiteral("dateTime"), start.addSecs(3600).toString(Qt::ISODate)}}}};
            ids.append(m_fake.control("POST", QStringLiteral("calendars/primary/events"), event)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString());
        }
        return ids;
    }

    test::FakeGoogleCalendarProcess m_fake;
    QNetworkAccessManager m_network;
    std::unique_ptr<test::TestTokens> m_tokens;
    std::unique_ptr<GoogleCalendarClient> m_client;
    const QDateTime m_windowStart = utc("2026-03-01T00:00:00Z");
    const QDateTime m_windowEnd = utc("2026-04-01T00:00:00Z");
};

QTEST_GUILESS_MAIN(TestCalendarGoogle)
#include "test_calendar_google.moc"
