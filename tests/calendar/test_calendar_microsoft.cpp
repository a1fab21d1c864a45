#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

#include "core/adapters/calendar/MicrosoftCalendarClient.h"
#include "tests/calendar/CalendarTestSupport.h"
#include "tests/calendar/FakeMicrosoftGraphProcess.h"
#include "tests/support/LogCapture.h"

using namespace clientele;
using namespace std::chrono_literals;
using test::awaitEvents;
using test::utc;
using test::why;

namespace {

// Graph ids are base64: the '=' only reaches the fake intact if the adapter encodes it.
const QString kDefault = QStringLiteral("AAMkAGI2TGuLAAA=");
const QString kRooms = QStringLiteral("AAMkAGI2TGuLBBB=");
const QString kHolidays = QStringLiteral("AAMkAGI2TGuLCCC=");
const QString kDefaultPath = QStringLiteral("/v1.0/me/calendars/AAMkAGI2TGuLAAA%3D");
const QString kMailbox = QStringLiteral("practitioner@contoso.test");
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

// An event as Outlook would store it, times in UTC ("2026-03-10T08:00:00").
QJsonObject outsideEvent(
    const QString& subject, const char* startUtc, const char* endUtc, const QString& showAs = QStringLiteral("busy"))
{
    const auto at = [](const char* text) {
        return QJsonObject {
            {QStringLiteral("dateTime"), QLatin1StringView(text)}, {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
    };
    return QJsonObject {{QStringLiteral("subject"), subject}, {QStringLiteral("start"), at(startUtc)},
        {QStringLiteral("end"), at(endUtc)}, {QStringLiteral("showAs"), showAs}};
}

QJsonObject field(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toObject();
}

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toString();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// The Microsoft Graph calendar adapter (issue 7) over real HTTP on loopback against a fake Graph that
// keeps state and fails the way Microsoft documents: nextLink paging, calendarView delta with
// deltaLinks, @removed and 410, transactionId, If-Match and 412, Teams links, getSchedule and its
// 42-day limit, throttling with Retry-After, 401 and Graph error bodies.
class TestCalendarMicrosoft final : public QObject
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
        // Tokens, mailbox addresses and event contents never reach the log.
        QVERIFY2(!test::LogCapture::lines().isEmpty(), "nothing was logged: the check below would prove nothing");
        for (const QString& line : std::as_const(test::LogCapture::lines())) {
            QVERIFY2(!line.contains(QLatin1StringView(kGoodToken)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1StringView("stale-token")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1StringView("rotated-token")), qPrintable(line));
            QVERIFY2(!line.contains(kSecretTitle), qPrintable(line));
            QVERIFY2(!line.contains(kMailbox), qPrintable(line));
        }
    }

    void init()
    {
        m_fake.control("POST", QStringLiteral("reset"));
        m_tokens = std::make_unique<test::TestTokens>(kGoodToken);
        m_client = std::make_unique<MicrosoftCalendarClient>(testOptions(), m_network, m_tokens->source());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "fake output:" << m_fake.transcript().right(4000);
        }
        m_client.reset();
    }

    void listsTheAccountsCalendarsOverPages()
    {
        MicrosoftCalendarClient::Options options = testOptions();
        options.pageSize = 2;
        MicrosoftCalendarClient client(options, m_network, m_tokens->source());
        const auto calendars = awaitEvents(client.calendars());
        QVERIFY2(calendars && calendars->hasValue(), why(calendars).constData());
        QCOMPARE(calendars->value().size(), 3);
        const RemoteCalendar& primary = calendars->value().at(0);
        QCOMPARE(primary.id, kDefault);
        QCOMPARE(primary.name, QStringLiteral("Calendar"));
        QVERIFY(primary.primary);
        QVERIFY(primary.canWrite);
        // The mailbox says "W. Europe Standard Time": a Windows zone, mapped to IANA.
        QCOMPARE(primary.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(calendars->value().at(1).id, kRooms);
        QVERIFY(!calendars->value().at(1).primary);
        const RemoteCalendar& holidays = calendars->value().at(2);
        QCOMPARE(holidays.id, kHolidays);
        QVERIFY2(!holidays.canWrite, "a calendar without canEdit is not offered for bookings");
        QCOMPARE(holidays.timeZoneId, QStringLiteral("Europe/Berlin"));

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(text(sent.at(0).toObject(), "path"), QStringLiteral("/v1.0/me/mailboxSettings"));
        QCOMPARE(text(sent.at(1).toObject(), "path"), QStringLiteral("/v1.0/me/calendars"));
        QVERIFY(
            text(field(sent.at(1).toObject(), "headers"), "prefer").contains(QLatin1StringView("odata.maxpagesize=2")));
        QVERIFY(sent.at(1).toObject().value(QStringLiteral("tokenAccepted")).toBool());
        QVERIFY2(
            field(sent.at(2).toObject(), "query").contains(QStringLiteral("$skiptoken")), "the nextLink, verbatim");
    }

    void calendarsWithoutMailboxSettingsHaveNoZone()
    {
        // A consent without MailboxSettings.Read: 403 on the settings, the calendars still come.
        m_fake.control("POST", QStringLiteral("quirks"), {{QStringLiteral("mailboxSettingsStatus"), 403}});
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY2(calendars && calendars->hasValue(), why(calendars).constData());
        QCOMPARE(calendars->value().size(), 3);
        QVERIFY(calendars->value().at(0).timeZoneId.isEmpty());
    }

    void createsAnEventWithATeamsLink()
    {
        EventDraft meeting = draft(utc("2026-03-02T08:00:00Z"), 50, QStringLiteral("booking-1"));
        meeting.wantsMeeting = true;
        meeting.meetingRequestId = QStringLiteral("booking-1-meet");
        const auto created = awaitEvents(m_client->createEvent(kDefault, meeting));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        const RemoteEvent& event = created->value();
        QVERIFY(!event.id.isEmpty());
        QVERIFY2(event.etag.startsWith(QLatin1StringView("W/\"")), qPrintable(event.etag));
        QCOMPARE(event.status, RemoteEventStatus::Confirmed);
        QCOMPARE(event.startUtc, utc("2026-03-02T08:00:00Z"));
        QCOMPARE(event.endUtc, utc("2026-03-02T08:50:00Z"));
        QCOMPARE(event.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(event.clienteleBookingId, QStringLiteral("booking-1"));
        QCOMPARE(event.title, kSecretTitle);
        QCOMPARE(event.description, QStringLiteral("Follow-up"));
        QCOMPARE(event.location, QStringLiteral("Room 2"));
        QVERIFY(event.busy);
        QVERIFY(!event.iCalUid.isEmpty());
        QVERIFY2(event.meetingUrl.startsWith(QLatin1StringView("https://teams.microsoft.com/l/meetup-join/")),
            qPrintable(event.meetingUrl));
        QVERIFY2(!event.meetingPending, "Graph answers the create with the join URL");

        // What went over the wire: Graph's event shape, wall time in the IANA zone, answers in UTC.
        const QJsonObject sent = m_fake.requests().last().toObject();
        QCOMPARE(text(sent, "method"), QStringLiteral("POST"));
        QCOMPARE(text(sent, "path"), kDefaultPath + QStringLiteral("/events"));
        QCOMPARE(text(field(sent, "headers"), "content-type"), QStringLiteral("application/json"));
        QVERIFY(text(field(sent, "headers"), "prefer").contains(QLatin1StringView("outlook.timezone=\"UTC\"")));
        const QJsonObject body = field(sent, "body");
        QCOMPARE(text(body, "subject"), kSecretTitle);
        QCOMPARE(field(body, "body"),
            (QJsonObject {{QStringLiteral("contentType"), QStringLiteral("text")},
                {QStringLiteral("content"), QStringLiteral("Follow-up")}}));
        QCOMPARE(field(body, "start"),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-02T09:00:00")},
                {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}));
        QCOMPARE(field(body, "end"),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-02T09:50:00")},
                {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}));
        QCOMPARE(text(field(body, "location"), "displayName"), QStringLiteral("Room 2"));
        QCOMPARE(text(body, "showAs"), QStringLiteral("busy"));
        QVERIFY(body.value(QStringLiteral("isOnlineMeeting")).toBool());
        QCOMPARE(text(body, "onlineMeetingProvider"), QStringLiteral("teamsForBusiness"));
        QCOMPARE(text(body, "transactionId"), QStringLiteral("clientele-booking:booking-1"));

        const auto later = awaitEvents(m_client->readEvent(kDefault, event.id));
        QVERIFY2(later && later->hasValue(), why(later).constData());
        QCOMPARE(later->value().meetingUrl, event.meetingUrl);
        QCOMPARE(later->value().clienteleBookingId, QStringLiteral("booking-1"));
    }

    void createsAFreeEventInUtcWithoutAMeeting()
    {
        EventDraft free = draft(utc("2026-03-03T12:00:00Z"), 30, QStringLiteral("booking-2"));
        free.busy = false;
        free.timeZoneId.clear();
        const auto created = awaitEvents(m_client->createEvent(kDefault, free));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        QVERIFY(!created->value().busy);
        QVERIFY(!created->value().meetingPending);
        QVERIFY(created->value().meetingUrl.isEmpty());
        QCOMPARE(created->value().timeZoneId, QStringLiteral("UTC"));

        const QJsonObject body = field(m_fake.requests().last().toObject(), "body");
        QVERIFY(!body.contains(QStringLiteral("isOnlineMeeting")));
        QCOMPARE(text(body, "showAs"), QStringLiteral("free"));
        QCOMPARE(field(body, "start"),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-03T12:00:00")},
                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}));
    }

    void aRetriedCreateMakesOneEvent()
    {
        // The first POST is carried out, but its answer is a 503: the retry carries the same
        // transactionId, and Graph answers it with the event it already made.
        m_fake.control("POST", QStringLiteral("faults"),
            {{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("status"), 503},
                {QStringLiteral("commit"), true}});
        const auto created = awaitEvents(
            m_client->createEvent(kDefault, draft(utc("2026-03-04T08:00:00Z"), 50, QStringLiteral("b-retry"))));
        QVERIFY2(created && created->hasValue(), why(created).constData());

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), 503);
        QCOMPARE(sent.at(1).toObject().value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(text(field(sent.at(1).toObject(), "body"), "transactionId"),
            text(field(sent.at(0).toObject(), "body"), "transactionId"));
        const QJsonArray stored = m_fake.control("GET", QStringLiteral("calendars/%1/events").arg(kDefault)).toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(text(stored.at(0).toObject(), "id"), created->value().id);

        // Booking the same booking again (a crash before the answer was stored) is no duplicate either.
        const auto again = awaitEvents(
            m_client->createEvent(kDefault, draft(utc("2026-03-04T08:00:00Z"), 50, QStringLiteral("b-retry"))));
        QVERIFY2(again && again->hasValue(), why(again).constData());
        QCOMPARE(again->value().id, created->value().id);
        QCOMPARE(m_fake.control("GET", QStringLiteral("calendars/%1/events").arg(kDefault)).toArray().size(), 1);
    }

    void movesAnEventAndRefusesAStaleEtag()
    {
        const auto created =
            awaitEvents(m_client->createEvent(kDefault, draft(utc("2026-03-04T08:00:00Z"), 50, QStringLiteral("b-3"))));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        const QString firstEtag = created->value().etag;

        const auto moved = awaitEvents(m_client->updateEvent(
            kDefault, created->value().id, draft(utc("2026-03-05T10:00:00Z"), 50, QStringLiteral("b-3")), firstEtag));
        QVERIFY2(moved && moved->hasValue(), why(moved).constData());
        QCOMPARE(moved->value().id, created->value().id);
        QCOMPARE(moved->value().startUtc, utc("2026-03-05T10:00:00Z"));
        QCOMPARE(moved->value().endUtc, utc("2026-03-05T10:50:00Z"));
        QVERIFY(moved->value().etag != firstEtag);
        const QJsonObject sent = m_fake.requests().last().toObject();
        QCOMPARE(text(sent, "method"), QStringLiteral("PATCH"));
        QCOMPARE(text(field(sent, "headers"), "if-match"), firstEtag);
        QVERIFY2(!field(sent, "body").contains(QStringLiteral("transactionId")), "Graph refuses to change it");

        // Someone changed it since firstEtag was read: 412, reported as a conflict, not retried.
        m_fake.control("DELETE", QStringLiteral("requests"));
        const auto stale = awaitEvents(m_client->updateEvent(
            kDefault, created->value().id, draft(utc("2026-03-06T10:00:00Z"), 50, QStringLiteral("b-3")), firstEtag));
        QVERIFY(stale && !stale->hasValue());
        QCOMPARE(stale->error().code(), Error::Code::Conflict);
        QVERIFY(!stale->error().isRetryable());
        QVERIFY(stale->error().userMessage().contains(QLatin1StringView("Outlook")));
        QVERIFY2(stale->error().detail().contains(QLatin1StringView("ErrorIrresolvableConflict")),
            qPrintable(stale->error().detail()));
        QCOMPARE(m_fake.requests().size(), 1);
        QCOMPARE(m_fake.requests().at(0).toObject().value(QStringLiteral("status")).toInt(), 412);
    }

    void deletingTwiceIsFine()
    {
        const auto created =
            awaitEvents(m_client->createEvent(kDefault, draft(utc("2026-03-06T08:00:00Z"), 50, QStringLiteral("b-4"))));
        QVERIFY2(created && created->hasValue(), why(created).constData());
        const QString id = created->value().id;
        const auto first = awaitEvents(m_client->deleteEvent(kDefault, id));
        QVERIFY2(first && first->hasValue(), why(first).constData());
        const auto second = awaitEvents(m_client->deleteEvent(kDefault, id));
        QVERIFY2(second && second->hasValue(), why(second).constData());
        const auto never = awaitEvents(m_client->deleteEvent(kDefault, QStringLiteral("AAMkNeverExisted=")));
        QVERIFY2(never && never->hasValue(), why(never).constData());

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.at(sent.size() - 3).toObject().value(QStringLiteral("status")).toInt(), 204);
        QCOMPARE(sent.at(sent.size() - 2).toObject().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(sent.at(sent.size() - 1).toObject().value(QStringLiteral("status")).toInt(), 404);
    }

    void writingToAReadOnlyCalendarIsRefusedWithoutRetrying()
    {
        const auto created = awaitEvents(
            m_client->createEvent(kHolidays, draft(utc("2026-03-06T08:00:00Z"), 50, QStringLiteral("b-5"))));
        QVERIFY(created && !created->hasValue());
        QCOMPARE(created->error().code(), Error::Code::PermissionDenied);
        QVERIFY(!created->error().isRetryable());
        QVERIFY2(created->error().detail().contains(QLatin1StringView("ErrorAccessDenied")),
            qPrintable(created->error().detail()));
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(text(sent.at(0).toObject(), "path"), QStringLiteral("/v1.0/me/calendars/AAMkAGI2TGuLCCC%3D/events"));
    }

    void fullSyncFollowsEveryPageAndExpandsSeries()
    {
        seedEvents(5);
        // Weekly at 09:00 Berlin from 17 March: 08:00 UTC, then 07:00 UTC after the change to summer time.
        QJsonObject series = outsideEvent(QStringLiteral("Supervision"), "2026-03-17T08:00:00", "2026-03-17T09:00:00");
        series.insert(QStringLiteral("start"),
            QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-17T09:00:00")},
                {QStringLiteral("timeZone"), QStringLiteral("W. Europe Standard Time")}});
        series.insert(QStringLiteral("end"),
            QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-17T10:00:00")},
                {QStringLiteral("timeZone"), QStringLiteral("W. Europe Standard Time")}});
        series.insert(QStringLiteral("recurrence"),
            QJsonObject {
                {QStringLiteral("pattern"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("weekly")}, {QStringLiteral("interval"), 1}}},
                {QStringLiteral("range"),
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("noEnd")},
                        {QStringLiteral("startDate"), QStringLiteral("2026-03-17")}}}});
        const QString masterId = addOutside(kDefault, series);
        // Outside the window: must not come.
        addOutside(kDefault, outsideEvent(QStringLiteral("May"), "2026-05-04T08:00:00", "2026-05-04T09:00:00"));
        // Graph's calendarView delta does not list masters; if one ever came, it must be skipped.
        m_fake.control("POST", QStringLiteral("quirks"), {{QStringLiteral("deltaIncludesSeriesMasters"), true}});
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto changes = awaitEvents(fullSync());
        QVERIFY2(changes && changes->hasValue(), why(changes).constData());
        QCOMPARE(changes->value().changed.size(), 8); // 5 single events + 3 occurrences
        QVERIFY(changes->value().removedEventIds.isEmpty());
        QVERIFY(changes->value().wasFullResync);
        QVERIFY2(changes->value().nextSyncState.contains(QLatin1StringView("$deltatoken=")),
            qPrintable(changes->value().nextSyncState));
        QList<QDateTime> occurrences;
        for (const RemoteEvent& event : changes->value().changed) {
            QVERIFY2(event.id != masterId, "the series master is not an event of its own");
            if (event.title == QLatin1StringView("Supervision")) {
                occurrences.append(event.startUtc);
                QCOMPARE(event.timeZoneId, QStringLiteral("Europe/Berlin"));
            }
        }
        std::sort(occurrences.begin(), occurrences.end());
        const QList<QDateTime> expected {
            utc("2026-03-17T08:00:00Z"), utc("2026-03-24T08:00:00Z"), utc("2026-03-31T07:00:00Z")};
        QCOMPARE(occurrences, expected);

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3); // 9 items (the master included) at 3 a page
        for (int i = 0; i < sent.size(); ++i) {
            const QJsonObject request = sent.at(i).toObject();
            QCOMPARE(text(request, "path"), kDefaultPath + QStringLiteral("/calendarView/delta"));
            const QString prefer = text(field(request, "headers"), "prefer");
            QVERIFY2(prefer.contains(QLatin1StringView("odata.maxpagesize=3")), qPrintable(prefer));
            QVERIFY2(prefer.contains(QLatin1StringView("outlook.timezone=\"UTC\"")), qPrintable(prefer));
            const QJsonObject query = field(request, "query");
            if (i == 0) {
                QCOMPARE(text(query, "startDateTime"), QStringLiteral("2026-03-01T00:00:00Z"));
                QCOMPARE(text(query, "endDateTime"), QStringLiteral("2026-04-01T00:00:00Z"));
            } else {
                QCOMPARE(query.keys(), QStringList {QStringLiteral("$skiptoken")});
            }
        }
    }

    void incrementalSyncSeesOutsideChanges()
    {
        const QStringList ids = seedEvents(5);
        const auto first = awaitEvents(fullSync());
        QVERIFY2(first && first->hasValue(), why(first).constData());

        // In Outlook: one event moved in time, one deleted, one added, one moved to another calendar,
        // one moved out of the window.
        m_fake.control("PATCH", QStringLiteral("calendars/%1/events/%2").arg(kDefault, ids[0]),
            outsideEvent(QStringLiteral("Moved"), "2026-03-20T14:00:00", "2026-03-20T15:00:00"));
        m_fake.control("DELETE", QStringLiteral("calendars/%1/events/%2").arg(kDefault, ids[1]));
        const QString added =
            addOutside(kDefault, outsideEvent(QStringLiteral("New"), "2026-03-21T08:00:00", "2026-03-21T09:00:00"));
        m_fake.control("POST", QStringLiteral("calendars/%1/events/%2/move").arg(kDefault, ids[2]),
            {{QStringLiteral("destination"), kRooms}});
        m_fake.control("PATCH", QStringLiteral("calendars/%1/events/%2").arg(kDefault, ids[3]),
            outsideEvent(QStringLiteral("Later"), "2026-06-01T08:00:00", "2026-06-01T09:00:00"));
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto next =
            awaitEvents(m_client->changes(kDefault, first->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(next && next->hasValue(), why(next).constData());
        QVERIFY(!next->value().wasFullResync);
        QCOMPARE(sorted(next->value().removedEventIds), sorted({ids[1], ids[2], ids[3]}));
        QCOMPARE(next->value().changed.size(), 2);
        QCOMPARE(next->value().changed.at(0).id, ids[0]);
        QCOMPARE(next->value().changed.at(0).startUtc, utc("2026-03-20T14:00:00Z"));
        QCOMPARE(next->value().changed.at(1).id, added);
        QVERIFY(next->value().nextSyncState != first->value().nextSyncState);

        // The stored deltaLink, verbatim: no window parameters of our own.
        const QJsonObject query = field(m_fake.requests().at(0).toObject(), "query");
        QCOMPARE(query.keys(), QStringList {QStringLiteral("$deltatoken")});

        // Nothing changed since: an empty increment.
        const auto quiet =
            awaitEvents(m_client->changes(kDefault, next->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(quiet && quiet->hasValue(), why(quiet).constData());
        QVERIFY(quiet->value().changed.isEmpty() && quiet->value().removedEventIds.isEmpty());
    }

    void anInvalidatedDeltaTokenRestartsAFullSync()
    {
        seedEvents(5);
        const auto first = awaitEvents(fullSync());
        QVERIFY2(first && first->hasValue(), why(first).constData());
        m_fake.control("POST", QStringLiteral("invalidate-delta-tokens"));
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto again =
            awaitEvents(m_client->changes(kDefault, first->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(again && again->hasValue(), why(again).constData());
        QVERIFY(again->value().wasFullResync);
        QCOMPARE(again->value().changed.size(), 5);
        QVERIFY(!again->value().nextSyncState.isEmpty());

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3); // 410, then two pages
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), 410);
        const QJsonObject restart = field(sent.at(1).toObject(), "query");
        QVERIFY(!restart.contains(QStringLiteral("$deltatoken")));
        QCOMPARE(text(restart, "startDateTime"), QStringLiteral("2026-03-01T00:00:00Z"));

        const auto next =
            awaitEvents(m_client->changes(kDefault, again->value().nextSyncState, m_windowStart, m_windowEnd));
        QVERIFY2(next && next->hasValue(), why(next).constData());
        QVERIFY(!next->value().wasFullResync);
    }

    void anUnusableSyncStateRestartsAFullSync_data()
    {
        QTest::addColumn<QString>("syncState");
        QTest::newRow("a delta link to another host is not followed")
            << QStringLiteral("https://graph.example.invalid/v1.0/me/calendars/x/calendarView/delta?$deltatoken=abc");
        QTest::newRow("a state that is no link at all") << QStringLiteral("nextSyncToken-from-another-provider");
    }

    void anUnusableSyncStateRestartsAFullSync()
    {
        QFETCH(QString, syncState);
        seedEvents(2);
        m_fake.control("DELETE", QStringLiteral("requests"));
        const auto changes = awaitEvents(m_client->changes(kDefault, syncState, m_windowStart, m_windowEnd));
        QVERIFY2(changes && changes->hasValue(), why(changes).constData());
        QVERIFY(changes->value().wasFullResync);
        QCOMPARE(changes->value().changed.size(), 2);
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(text(field(sent.at(0).toObject(), "query"), "startDateTime"), QStringLiteral("2026-03-01T00:00:00Z"));
    }

    void aNextLinkToAnotherHostIsNotFollowed()
    {
        // A paging link that leaves the API's origin would take the bearer token with it.
        m_fake.control("POST", QStringLiteral("quirks"),
            {{QStringLiteral("nextLinkBase"), QStringLiteral("http://graph.example.invalid/v1.0")}});
        seedEvents(5);
        m_fake.control("DELETE", QStringLiteral("requests"));
        const auto changes = awaitEvents(fullSync());
        QVERIFY(changes && !changes->hasValue());
        QCOMPARE(changes->error().code(), Error::Code::CorruptData);
        QVERIFY2(changes->error().detail().contains(QLatin1StringView("another origin")),
            qPrintable(changes->error().detail()));
        QCOMPARE(m_fake.requests().size(), 1);
    }

    void throttlingIsRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("retryAfter"); // seconds; -1: no header
        QTest::newRow("429 TooManyRequests with Retry-After: 1 twice, then success")
            << 429 << QStringLiteral("TooManyRequests") << 1;
        QTest::newRow("503 with Retry-After: 1 twice, then success")
            << 503 << QStringLiteral("ServiceUnavailable") << 1;
        QTest::newRow("429 without Retry-After twice: exponential backoff")
            << 429 << QStringLiteral("activityLimitReached") << -1;
        QTest::newRow("503 without Retry-After twice: exponential backoff")
            << 503 << QStringLiteral("ServiceUnavailable") << -1;
        QTest::newRow("504 gateway timeout twice") << 504 << QStringLiteral("UnknownError") << -1;
    }

    void throttlingIsRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, retryAfter);
        QJsonObject fault {{QStringLiteral("times"), 2}, {QStringLiteral("status"), status},
            {QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("Too many requests")}};
        if (retryAfter >= 0) {
            fault.insert(QStringLiteral("retryAfter"), retryAfter);
        }
        m_fake.control("POST", QStringLiteral("faults"), fault);
        const auto event = awaitEvents(m_client->readEvent(kDefault, seedEvents(1).at(0)));
        QVERIFY2(event && event->hasValue(), why(event).constData());
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(sent.at(1).toObject().value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(sent.at(2).toObject().value(QStringLiteral("status")).toInt(), 200);
        if (retryAfter > 0) {
            // The backoff alone is ~10–50 ms in this test: only Retry-After explains the gaps. Loose
            // lower bounds only (the fake's own clock stamps the requests).
            for (int i = 1; i < sent.size(); ++i) {
                const qint64 gap = sent.at(i).toObject().value(QStringLiteral("at")).toInteger()
                    - sent.at(i - 1).toObject().value(QStringLiteral("at")).toInteger();
                QVERIFY2(gap >= retryAfter * 1000 - 100, qPrintable(QString::number(gap)));
            }
        }
    }

    void throttlingThatOutlastsTheAttemptsIsARetryableError()
    {
        m_fake.control("POST", QStringLiteral("faults"),
            {{QStringLiteral("times"), 10}, {QStringLiteral("status"), 429},
                {QStringLiteral("code"), QStringLiteral("TooManyRequests")}});
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY(calendars && !calendars->hasValue());
        QCOMPARE(calendars->error().code(), Error::Code::Unavailable);
        QVERIFY(calendars->error().isRetryable());
        QVERIFY2(calendars->error().userMessage().contains(QLatin1StringView("limiting")),
            qPrintable(calendars->error().userMessage()));
        QVERIFY2(calendars->error().detail().contains(QLatin1StringView("TooManyRequests")),
            qPrintable(calendars->error().detail()));
        QCOMPARE(m_fake.requests().size(), kMaxAttempts);
    }

    void aLongRetryAfterIsLeftToTheCaller()
    {
        m_fake.control("POST", QStringLiteral("faults"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("code"), QStringLiteral("TooManyRequests")},
                {QStringLiteral("retryAfter"), 315}});
        const auto calendars = awaitEvents(m_client->calendars(), 5s);
        QVERIFY2(calendars && !calendars->hasValue(), "five minutes are not waited out inside one call");
        QVERIFY(calendars->error().isRetryable());
        QCOMPARE(m_fake.requests().size(), 1);
    }

    void anExpiredTokenIsRefreshedOnceAndTheCallRetried()
    {
        // The access token expired at Microsoft: the session refreshes (and the new one is accepted).
        m_fake.control("POST", QStringLiteral("access-tokens"),
            {{QStringLiteral("tokens"), QJsonArray {QStringLiteral("rotated-token")}}});
        m_tokens->afterRefresh = "rotated-token";
        const auto calendars = awaitEvents(m_client->calendars());
        QVERIFY2(calendars && calendars->hasValue(), why(calendars).constData());
        QCOMPARE(m_tokens->refreshes, 1);
        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("status")).toInt(), 401);
        QVERIFY(!sent.at(0).toObject().value(QStringLiteral("tokenAccepted")).toBool());
        QCOMPARE(text(sent.at(0).toObject(), "path"), text(sent.at(1).toObject(), "path"));
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
        QVERIFY(calendars->error().detail().contains(QLatin1StringView("InvalidAuthenticationToken")));
        QCOMPARE(m_tokens->refreshes, 1);
        QCOMPARE(m_fake.requests().size(), 2);
    }

    void troubleAtMicrosoftGivesAClearError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rawBody");
        QTest::addColumn<int>("times");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("500 on every attempt")
            << 500 << QString() << 10 << Error::Code::Unavailable << kMaxAttempts << true;
        QTest::newRow("200 with a body that is not JSON")
            << 200 << QStringLiteral("<html>proxy login</html>") << 1 << Error::Code::CorruptData << 1 << true;
        QTest::newRow("400 bad request") << 400 << QString() << 1 << Error::Code::InvalidInput << 1 << false;
        QTest::newRow("404 item not found") << 404 << QString() << 1 << Error::Code::NotFound << 1 << false;
    }

    void troubleAtMicrosoftGivesAClearError()
    {
        QFETCH(int, status);
        QFETCH(QString, rawBody);
        QFETCH(int, times);
        QFETCH(Error::Code, code);
        QFETCH(int, requests);
        QFETCH(bool, retryable);
        QJsonObject fault {{QStringLiteral("status"), status}, {QStringLiteral("times"), times},
            {QStringLiteral("code"),
                status == 404 ? QStringLiteral("ErrorItemNotFound") : QStringLiteral("BadRequest")}};
        if (!rawBody.isNull()) {
            fault.insert(QStringLiteral("rawBody"), rawBody);
        }
        m_fake.control("POST", QStringLiteral("faults"), fault);
        const auto result = awaitEvents(m_client->readEvent(kDefault, QStringLiteral("anything")));
        QVERIFY(result && !result->hasValue());
        QCOMPARE(result->error().code(), code);
        QCOMPARE(result->error().isRetryable(), retryable);
        QVERIFY2(result->error().userMessage().contains(QLatin1StringView("Outlook")),
            qPrintable(result->error().userMessage()));
        QVERIFY2(
            result->error().detail().contains(QLatin1StringView("events.get")), qPrintable(result->error().detail()));
        QCOMPARE(m_fake.requests().size(), requests);
    }

    void anUnreachableServerIsARetryableNetworkError()
    {
        MicrosoftCalendarClient::Options options = testOptions();
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0/").arg(test::deadLoopbackPort()));
        MicrosoftCalendarClient client(options, m_network, m_tokens->source());
        const auto calendars = awaitEvents(client.calendars());
        QVERIFY(calendars && !calendars->hasValue());
        QCOMPARE(calendars->error().code(), Error::Code::Network);
        QVERIFY(calendars->error().isRetryable());
        QVERIFY(calendars->error().userMessage().contains(QLatin1StringView("Outlook")));
    }

    void freeBusyJoinsTheScheduleAndOtherCalendars()
    {
        addOutside(kDefault, outsideEvent(QStringLiteral("A"), "2026-03-10T08:00:00", "2026-03-10T09:00:00"));
        addOutside(kDefault,
            outsideEvent(QStringLiteral("Tentative, overlaps A"), "2026-03-10T08:30:00", "2026-03-10T10:00:00",
                QStringLiteral("tentative")));
        addOutside(kDefault,
            outsideEvent(QStringLiteral("Free"), "2026-03-11T08:00:00", "2026-03-11T09:00:00", QStringLiteral("free")));
        addOutside(kDefault,
            outsideEvent(QStringLiteral("Home office"), "2026-03-11T12:00:00", "2026-03-11T13:00:00",
                QStringLiteral("workingElsewhere")));
        addOutside(kDefault,
            outsideEvent(QStringLiteral("Away"), "2026-03-12T08:00:00", "2026-03-12T17:00:00", QStringLiteral("oof")));
        const QString deleted =
            addOutside(kDefault, outsideEvent(QStringLiteral("Deleted"), "2026-03-09T08:00:00", "2026-03-09T09:00:00"));
        m_fake.control("DELETE", QStringLiteral("calendars/%1/events/%2").arg(kDefault, deleted));
        addOutside(
            kDefault, outsideEvent(QStringLiteral("Runs past the end"), "2026-03-13T23:00:00", "2026-03-14T02:00:00"));
        // Another calendar of the account: read through calendarView.
        addOutside(kRooms, outsideEvent(QStringLiteral("Room"), "2026-03-12T16:00:00", "2026-03-12T18:00:00"));
        addOutside(kRooms,
            outsideEvent(
                QStringLiteral("Room free"), "2026-03-02T08:00:00", "2026-03-02T09:00:00", QStringLiteral("free")));
        m_fake.control("DELETE", QStringLiteral("requests"));

        const auto busy =
            awaitEvents(m_client->freeBusy({kDefault, kRooms}, m_windowStart, utc("2026-03-14T00:00:00Z")));
        QVERIFY2(busy && busy->hasValue(), why(busy).constData());
        const QList<BusyInterval> expected {{utc("2026-03-10T08:00:00Z"), utc("2026-03-10T10:00:00Z")},
            {utc("2026-03-12T08:00:00Z"), utc("2026-03-12T18:00:00Z")},
            {utc("2026-03-13T23:00:00Z"), utc("2026-03-14T00:00:00Z")}};
        QCOMPARE(busy->value(), expected);

        const QJsonArray sent = m_fake.requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(text(sent.at(0).toObject(), "path"), QStringLiteral("/v1.0/me/calendar"));
        QCOMPARE(text(sent.at(1).toObject(), "path"), QStringLiteral("/v1.0/me/calendar/getSchedule"));
        const QJsonObject body = field(sent.at(1).toObject(), "body");
        QCOMPARE(body.value(QStringLiteral("schedules")).toArray(), QJsonArray {kMailbox});
        QCOMPARE(field(body, "startTime"),
            (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-03-01T00:00:00")},
                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}));
        QCOMPARE(
            text(sent.at(2).toObject(), "path"), QStringLiteral("/v1.0/me/calendars/AAMkAGI2TGuLBBB%3D/calendarView"));

        const auto unknown =
            awaitEvents(m_client->freeBusy({QStringLiteral("AAMkNoSuchCalendar=")}, m_windowStart, m_windowEnd));
        QVERIFY(unknown && !unknown->hasValue());
        QCOMPARE(unknown->error().code(), Error::Code::NotFound);
    }

    void freeBusyFallsBackToTheAvailabilityView()
    {
        // Without scheduleItems, the 15-minute digits of availabilityView: tentative blocks its whole
        // slots, free and working elsewhere block nothing.
        m_fake.control("POST", QStringLiteral("quirks"), {{QStringLiteral("scheduleItemsHidden"), true}});
        addOutside(kDefault, outsideEvent(QStringLiteral("Busy"), "2026-03-10T08:00:00", "2026-03-10T09:00:00"));
        addOutside(kDefault,
            outsideEvent(
                QStringLiteral("Maybe"), "2026-03-10T09:00:00", "2026-03-10T09:20:00", QStringLiteral("tentative")));
        addOutside(kDefault,
            outsideEvent(QStringLiteral("Elsewhere"), "2026-03-10T11:00:00", "2026-03-10T12:00:00",
                QStringLiteral("workingElsewhere")));
        addOutside(kDefault,
            outsideEvent(QStringLiteral("Free"), "2026-03-10T13:00:00", "2026-03-10T14:00:00", QStringLiteral("free")));

        const auto busy =
            awaitEvents(m_client->freeBusy({kDefault}, utc("2026-03-10T00:00:00Z"), utc("2026-03-11T00:00:00Z")));
        QVERIFY2(busy && busy->hasValue(), why(busy).constData());
        const QList<BusyInterval> expected {{utc("2026-03-10T08:00:00Z"), utc("2026-03-10T09:30:00Z")}};
        QCOMPARE(busy->value(), expected);
    }

    void freeBusyOverMoreThan42DaysIsAskedForInPieces()
    {
        addOutside(kDefault, outsideEvent(QStringLiteral("March"), "2026-03-02T08:00:00", "2026-03-02T09:00:00"));
        // Across the seam of the first two pieces (1 March + 41 days = 11 April 00:00).
        addOutside(kDefault, outsideEvent(QStringLiteral("Seam"), "2026-04-10T23:00:00", "2026-04-11T01:00:00"));
        addOutside(kDefault, outsideEvent(QStringLiteral("May"), "2026-05-25T08:00:00", "2026-05-25T09:00:00"));
        m_fake.control("DELETE", QStringLiteral("requests"));

        const QDateTime end = utc("2026-05-30T00:00:00Z"); // 90 days
        const auto busy = awaitEvents(m_client->freeBusy({kDefault}, m_windowStart, end));
        QVERIFY2(busy && busy->hasValue(), why(busy).constData());
        const QList<BusyInterval> expected {{utc("2026-03-02T08:00:00Z"), utc("2026-03-02T09:00:00Z")},
            {utc("2026-04-10T23:00:00Z"), utc("2026-04-11T01:00:00Z")},
            {utc("2026-05-25T08:00:00Z"), utc("2026-05-25T09:00:00Z")}};
        QCOMPARE(busy->value(), expected);

        QList<std::pair<QDateTime, QDateTime>> pieces;
        for (const auto& request : m_fake.requests()) {
            const QJsonObject body = field(request.toObject(), "body");
            if (text(request.toObject(), "path").endsWith(QLatin1StringView("getSchedule"))) {
                pieces.append({QDateTime::fromString(text(field(body, "startTime"), "dateTime") + u'Z', Qt::ISODate),
                    QDateTime::fromString(text(field(body, "endTime"), "dateTime") + u'Z', Qt::ISODate)});
            }
        }
        QCOMPARE(pieces.size(), 3);
        QCOMPARE(pieces.first().first, m_windowStart);
        QCOMPARE(pieces.last().second, end);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            QVERIFY2(pieces[i].first.daysTo(pieces[i].second) < 42, "Graph refuses 42 days or more");
            if (i > 0) {
                QCOMPARE(pieces[i].first, pieces[i - 1].second);
            }
        }

        // Pieces too long for Graph: its refusal reaches the caller as invalid input, not retried.
        MicrosoftCalendarClient::Options options = testOptions();
        options.scheduleChunk = std::chrono::hours(50 * 24);
        MicrosoftCalendarClient tooLong(options, m_network, m_tokens->source());
        m_fake.control("DELETE", QStringLiteral("requests"));
        const auto refused = awaitEvents(tooLong.freeBusy({kDefault}, m_windowStart, end));
        QVERIFY(refused && !refused->hasValue());
        QCOMPARE(refused->error().code(), Error::Code::InvalidInput);
        QVERIFY2(
            refused->error().detail().contains(QLatin1StringView("42 days")), qPrintable(refused->error().detail()));
        QCOMPARE(m_fake.requests().size(), 2); // me/calendar, one getSchedule
    }

private:
    static constexpr int kMaxAttempts = 3;

    MicrosoftCalendarClient::Options testOptions() const
    {
        MicrosoftCalendarClient::Options options;
        options.baseUrl = m_fake.url(QStringLiteral("/v1.0/"));
        options.pageSize = 3;
        options.retry.maxAttempts = kMaxAttempts;
        options.retry.initialDelay = 10ms;
        options.retry.maxDelay = 50ms;
        options.retry.maxRetryAfter = 5s;
        options.timeout = 10s;
        return options;
    }

    QFuture<Result<EventChanges>> fullSync() { return m_client->changes(kDefault, {}, m_windowStart, m_windowEnd); }

    // Inserts "from outside" (as the user in Outlook); the event's id.
    QString addOutside(const QString& calendarId, const QJsonObject& event)
    {
        return text(
            m_fake.control("POST", QStringLiteral("calendars/%1/events").arg(calendarId), event).toObject(), "id");
    }

    // `count` busy events on consecutive March days in the default calendar; their ids in order.
    QStringList seedEvents(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QDateTime start = utc("2026-03-02T08:00:00Z").addDays(i);
            const QByteArray from = start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
            const QByteArray to = start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
            ids.append(addOutside(
                kDefault, outsideEvent(QStringLiteral("Seeded %1").arg(i), from.constData(), to.constData())));
        }
        return ids;
    }

    test::FakeMicrosoftGraphProcess m_fake;
    QNetworkAccessManager m_network;
    std::unique_ptr<test::TestTokens> m_tokens;
    std::unique_ptr<MicrosoftCalendarClient> m_client;
    const QDateTime m_windowStart = utc("2026-03-01T00:00:00Z");
    const QDateTime m_windowEnd = utc("2026-04-01T00:00:00Z");
};

QTEST_GUILESS_MAIN(TestCalendarMicrosoft)
#include "test_calendar_microsoft.moc"
