// Syncing the connected accounts as the app does (core/store/CalendarSyncScheduler): accounts
// recorded in a real encrypted practice, their tokens in a keychain, the real Google Calendar and
// Microsoft Graph adapters built by calendarProviderFor() from each account's OAuth session, over
// loopback against the fake Google and Graph APIs (tests/node). Shows the calendar choice, both
// directions with both providers, an outside move waiting in Today for the practitioner, the last
// sync time and error on the account, and an edit made offline sent once when the network is back.
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTest>
#include <chrono>
#include <memory>

#include "core/adapters/calendar/CalendarProviders.h"
#include "core/adapters/oauth/OAuthTokenClient.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/store/CalendarRows.h"
#include "core/store/CalendarSync.h"
#include "core/store/CalendarSyncScheduler.h"
#include "core/store/ConnectedAccounts.h"
#include "core/store/PracticeQueries.h"
#include "tests/calendar/FakeGoogleCalendarProcess.h"
#include "tests/calendar/FakeMicrosoftGraphProcess.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/support/LogCapture.h"

using namespace clientele;
using namespace clientele::test;
using namespace std::chrono_literals;

namespace {

const QString kVault = QStringLiteral("0190b7f2-0000-7000-8000-000000000001");
const QString kGoogleAccount = QStringLiteral("practitioner@example.test");
const QString kMicrosoftAccount = QStringLiteral("practitioner@contoso.test");
const QString kOutlookDefault = QStringLiteral("AAMkAGI2TGuLAAA=");

template<typename T>
T settle(QFuture<T> future)
{
    const bool finished = QTest::qWaitFor([&future] { return future.isFinished(); }, 90000);
    Q_ASSERT(finished);
    if constexpr (!std::is_void_v<T>) {
        return future.result();
    }
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QJsonObject graphTimes(const char* startUtc, const char* endUtc)
{
    return QJsonObject {{QStringLiteral("start"),
                            QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(startUtc)},
                                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
        {QStringLiteral("end"),
            QJsonObject {{QStringLiteral("dateTime"), QLatin1StringView(endUtc)},
                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
}

// API requests of one method whose path ends with `suffix` (or contains it, when `anywhere`).
int requestsOf(const QJsonArray& log, const QString& method, const QString& suffix, bool anywhere = false)
{
    int count = 0;
    for (const auto& entry : log) {
        const QJsonObject request = entry.toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        if (request.value(QStringLiteral("method")).toString() == method
            && (anywhere ? path.contains(suffix) : path.endsWith(suffix))) {
            ++count;
        }
    }
    return count;
}

} // namespace

class TestCalendarSyncScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString failure = m_google.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = m_graph.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase()
    {
        m_google.stop();
        m_graph.stop();
    }

    void init()
    {
        m_google.control("POST", QStringLiteral("reset"));
        m_graph.control("POST", QStringLiteral("reset"));
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_practice = std::make_unique<TestPractice>();
        m_accounts = std::make_unique<ConnectedAccounts>(*m_practice->store);
        m_keychain = std::make_unique<MemorySecretStore>();
        const domain::Client client =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), m_practice->clock.nowUtc());
        const domain::Service service = serviceWithDeposit(20000, 0);
        const domain::Booking booking =
            bookingAt(client, service, at("2026-12-02T09:00:00Z"), domain::BookingStatus::Confirmed);
        m_bookingId = booking.id();
        seedOneBooking(*m_practice, client, service, booking);
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_accounts.reset();
        m_practice.reset();
    }

    void theChosenCalendarsOfBothProvidersSyncBothWays()
    {
        const QUuid google = connect(QStringLiteral("google"), kGoogleAccount);
        const QUuid microsoft = connect(QStringLiteral("microsoft"), kMicrosoftAccount);
        startScheduler();

        // Settings lists each account's calendars; nothing is chosen until the practitioner says so.
        const Result<QList<CalendarChoice>> outlook = settle(m_scheduler->calendarsOf(microsoft));
        QVERIFY2(outlook.hasValue(), qPrintable(outlook ? QString() : outlook.error().toString()));
        QCOMPARE(outlook->size(), 3);
        for (const CalendarChoice& entry : *outlook) {
            QVERIFY(!entry.chosen);
        }
        chooseDefault(microsoft, CalendarExport::ClientLabel::Initials);
        chooseDefault(google, CalendarExport::ClientLabel::Code);

        m_google.control("POST", QStringLiteral("calendars/primary/events"),
            googleEvent("Dentist", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"));
        QJsonObject lunch = graphTimes("2026-12-03T12:00:00", "2026-12-03T13:00:00");
        lunch.insert(QStringLiteral("subject"), QStringLiteral("Lunch with Sam"));
        m_graph.control("POST", QStringLiteral("calendars/") + kOutlookDefault + QStringLiteral("/events"), lunch);

        settle(m_scheduler->syncNow());

        // The booking went into both receiving calendars, once each, under the label chosen.
        const QJsonArray graphLog = m_graph.requests();
        QCOMPARE(requestsOf(graphLog, QStringLiteral("POST"), QStringLiteral("/events")), 1);
        QCOMPARE(requestsOf(m_google.requests(), QStringLiteral("POST"), QStringLiteral("/events")), 1);
        const QJsonArray stored =
            m_graph.control("GET", QStringLiteral("calendars/") + kOutlookDefault + QStringLiteral("/events"))
                .toArray();
        QStringList subjects;
        for (const auto& event : stored) {
            subjects.append(event.toObject().value(QStringLiteral("subject")).toString());
        }
        QVERIFY2(subjects.contains(u"Portrait session — A.L."), qPrintable(subjects.join(u", ")));
        QVERIFY2(!subjects.join(u' ').contains(u"Lovelace"), "the family name never leaves with initials");

        // Outside events of both block time here.
        QStringList busy;
        for (const CalendarRows::Block& block : blocks()) {
            busy.append(block.title);
        }
        busy.sort();
        QCOMPARE(busy, (QStringList {QStringLiteral("Dentist"), QStringLiteral("Lunch with Sam")}));

        // Each account says when it last synced, without an error.
        for (const ConnectedAccount& account : accounts()) {
            QCOMPARE(account.lastSyncAtUtc, m_practice->clock.nowUtc());
            QVERIFY2(account.lastError.isEmpty(), qPrintable(account.lastError));
        }
    }

    void anOutsideMoveWaitsInTodayUntilAccepted()
    {
        const QUuid microsoft = connect(QStringLiteral("microsoft"), kMicrosoftAccount);
        startScheduler();
        chooseDefault(microsoft, CalendarExport::ClientLabel::Name);
        settle(m_scheduler->syncNow());
        const QJsonArray stored =
            m_graph.control("GET", QStringLiteral("calendars/") + kOutlookDefault + QStringLiteral("/events"))
                .toArray();
        QCOMPARE(stored.size(), 1);
        const QString eventId = stored.first().toObject().value(QStringLiteral("id")).toString();

        // Moved in Outlook: the booking stays where it is, and Today asks.
        m_graph.control("PATCH", QStringLiteral("calendars/") + kOutlookDefault + QStringLiteral("/events/") + eventId,
            graphTimes("2026-12-02T15:00:00", "2026-12-02T16:00:00"));
        settle(m_scheduler->syncNow());
        QCOMPARE(load(m_bookingId).schedule().start(), at("2026-12-02T09:00:00Z"));
        const QList<CalendarChange> changes = today().calendarChanges;
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().booking.id, m_bookingId);
        QCOMPARE(changes.first().booking.clientName, QStringLiteral("Ada Lovelace"));
        QVERIFY(!changes.first().cancelled);
        QCOMPARE(changes.first().proposedStartUtc, at("2026-12-02T15:00:00Z"));
        QCOMPARE(changes.first().calendarName, QStringLiteral("Calendar"));

        QVERIFY(settle(CalendarSync::accept(*m_practice->store, changes.first().proposalId, m_practice->clock.nowUtc()))
                    .hasValue());
        QCOMPARE(load(m_bookingId).schedule().start(), at("2026-12-02T15:00:00Z"));
        QVERIFY(today().calendarChanges.isEmpty());
        // The event stays where the practitioner put it, and the calendars settle: no round moves it
        // back, and once the booking's new fields are recorded nothing more is written.
        settle(m_scheduler->syncNow());
        const QJsonObject after =
            m_graph.control("GET", QStringLiteral("calendars/") + kOutlookDefault + QStringLiteral("/events"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(after.value(QStringLiteral("start")).toObject().value(QStringLiteral("dateTime")).toString().left(16),
            QStringLiteral("2026-12-02T15:00"));
        QVERIFY(today().calendarChanges.isEmpty());
        m_graph.control("DELETE", QStringLiteral("requests"));
        settle(m_scheduler->syncNow());
        QCOMPARE(requestsOf(m_graph.requests(), QStringLiteral("PATCH"), QStringLiteral("/events/"), true), 0);
    }

    void anEditMadeOfflineIsSentOnceWhenTheNetworkIsBack()
    {
        const QUuid google = connect(QStringLiteral("google"), kGoogleAccount);
        startScheduler();
        chooseDefault(google, CalendarExport::ClientLabel::Name);
        settle(m_scheduler->syncNow());
        const QDateTime firstSync = m_practice->clock.nowUtc();
        QCOMPARE(accounts().first().lastSyncAtUtc, firstSync);

        // Offline: every request fails to connect. The booking is moved meanwhile.
        m_network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), deadLoopbackPort()));
        move(m_bookingId, at("2026-12-04T10:00:00Z"));
        m_practice->clock.advance(5LL * 60 * 1000);
        settle(m_scheduler->syncNow());
        const ConnectedAccount offline = accounts().first();
        QVERIFY2(!offline.lastError.isEmpty(), "the failed round is on the account for Settings");
        QCOMPARE(offline.lastSyncAtUtc, firstSync); // the last good round, not the failed one

        // Back online: the next round sends the move, once, and clears the error.
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_google.control("DELETE", QStringLiteral("requests"));
        m_practice->clock.advance(5LL * 60 * 1000);
        settle(m_scheduler->syncNow());
        QCOMPARE(requestsOf(m_google.requests(), QStringLiteral("PATCH"), QStringLiteral("/events/"), true), 1);
        const ConnectedAccount back = accounts().first();
        QVERIFY2(back.lastError.isEmpty(), qPrintable(back.lastError));
        QCOMPARE(back.lastSyncAtUtc, m_practice->clock.nowUtc());
        settle(m_scheduler->syncNow());
        QCOMPARE(requestsOf(m_google.requests(), QStringLiteral("PATCH"), QStringLiteral("/events/"), true), 1);
    }

    void localChangesAreSentSoonInOneRound()
    {
        const QUuid google = connect(QStringLiteral("google"), kGoogleAccount);
        startScheduler();
        chooseDefault(google, CalendarExport::ClientLabel::Name);
        settle(m_scheduler->syncNow());
        int rounds = 0;
        QObject::connect(m_scheduler.get(), &CalendarSyncScheduler::synced, this, [&rounds] { ++rounds; });
        move(m_bookingId, at("2026-12-04T10:00:00Z"));
        m_scheduler->changedLocally();
        m_scheduler->changedLocally();
        m_scheduler->changedLocally();
        QTRY_COMPARE_WITH_TIMEOUT(rounds, 1, 30000);
        QTest::qWait(300);
        QCOMPARE(rounds, 1);
        QCOMPARE(requestsOf(m_google.requests(), QStringLiteral("PATCH"), QStringLiteral("/events/"), true), 1);
    }

    // A video service's session gets its meeting from the calendar, and the link lands in the booking:
    // Teams in the answer to the create, Meet a round later (Google makes it asynchronously).
    void aVideoSessionGetsTheMeetingTheCalendarMakes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("linkPrefix");
        QTest::newRow("google") << QStringLiteral("google") << QStringLiteral("https://meet.google.com/");
        QTest::newRow("microsoft") << QStringLiteral("microsoft") << QStringLiteral("https://teams.microsoft.com/");
    }

    void aVideoSessionGetsTheMeetingTheCalendarMakes()
    {
        QFETCH(QString, provider);
        QFETCH(QString, linkPrefix);
        const domain::Client client =
            clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), m_practice->clock.nowUtc());
        domain::Service online = serviceWithDeposit(9000, 0);
        online.setVideoMeeting(true);
        const domain::Booking session =
            bookingAt(client, online, at("2026-12-03T15:00:00Z"), domain::BookingStatus::Confirmed);
        seedOneBooking(*m_practice, client, online, session);

        const QUuid account = connect(provider, provider == u"google" ? kGoogleAccount : kMicrosoftAccount);
        startScheduler();
        chooseDefault(account, CalendarExport::ClientLabel::Name);
        settle(m_scheduler->syncNow());
        if (provider == u"google") {
            QVERIFY(load(session.id()).videoLink().isEmpty()); // still being made
            settle(m_scheduler->syncNow());
        }
        const QString link = load(session.id()).videoLink();
        QVERIFY2(link.startsWith(linkPrefix), qPrintable(link));
        QVERIFY(load(m_bookingId).videoLink().isEmpty()); // not a video service

        // One meeting, asked for once: a later round with the link in the booking asks for none.
        settle(m_scheduler->syncNow());
        QCOMPARE(load(session.id()).videoLink(), link);
    }

    // Disconnecting an account takes its calendars out of the practice: their busy time no longer
    // blocks anything, and a pending change from them is no longer asked. Its events stay in Google.
    void disconnectingForgetsTheAccountsCalendars()
    {
        const QUuid google = connect(QStringLiteral("google"), kGoogleAccount);
        startScheduler();
        chooseDefault(google, CalendarExport::ClientLabel::Name);
        m_google.control("POST", QStringLiteral("calendars/primary/events"),
            googleEvent("Dentist", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"));
        settle(m_scheduler->syncNow());
        QCOMPARE(blocks().size(), 1);

        QVERIFY(settle(m_accounts->remove(google)).hasValue());
        QVERIFY(blocks().isEmpty());
        QVERIFY(accounts().isEmpty());
        QVERIFY(!settle(m_scheduler->calendarsOf(google)).hasValue());
        // A round after it writes nothing to the calendar it no longer knows.
        m_google.control("DELETE", QStringLiteral("requests"));
        settle(m_scheduler->syncNow());
        QCOMPARE(m_google.requests().size(), 0);
    }

    // Signed out at Google (the token revoked), the account says so; connecting it again brings it
    // back at the next round, without restarting Clientele.
    void reconnectingAnAccountTakesItsNewSignIn()
    {
        const QUuid google = connect(QStringLiteral("google"), kGoogleAccount);
        startScheduler();
        chooseDefault(google, CalendarExport::ClientLabel::Name);
        settle(m_scheduler->syncNow());
        QVERIFY(accounts().first().lastError.isEmpty());

        m_google.control("POST", QStringLiteral("access-tokens"),
            QJsonObject {{QStringLiteral("tokens"), QJsonArray {QStringLiteral("second-access-token")}}});
        settle(m_scheduler->syncNow());
        QVERIFY(!accounts().first().lastError.isEmpty());

        m_practice->clock.advance(60LL * 1000);
        QCOMPARE(connect(QStringLiteral("google"), kGoogleAccount, QByteArrayLiteral("second-access-token")), google);
        settle(m_scheduler->syncNow());
        const ConnectedAccount back = accounts().first();
        QVERIFY2(back.lastError.isEmpty(), qPrintable(back.lastError));
        QCOMPARE(back.lastSyncAtUtc, m_practice->clock.nowUtc());
    }

    // A lock destroys the scheduler while the store may still be answering one of its rounds; the
    // answer must find nothing to call (Qt 6.4's QFuture::then with a context asserts here).
    void closingWhileARoundWaitsForTheStoreIsSafe()
    {
        const QUuid google = connect(QStringLiteral("google"), kGoogleAccount);
        startScheduler();
        chooseDefault(google, CalendarExport::ClientLabel::Name);
        for (int attempt = 0; attempt < 20; ++attempt) {
            (void)m_scheduler->syncNow();
            QTest::qWait(attempt); // somewhere inside the round: the store, the network, the store
            startScheduler();
        }
        QTest::qWait(500);
        QCOMPARE(accounts().size(), 1);
    }

    void anAccountThisBuildCannotSyncSaysSo()
    {
        const QUuid other = connect(QStringLiteral("caldav"), QStringLiteral("someone@example.test"));
        startScheduler();
        settle(m_scheduler->syncNow());
        QVERIFY(!accounts().first().lastError.isEmpty());
        QVERIFY(!settle(m_scheduler->calendarsOf(other)).hasValue());
    }

private:
    ConnectableProvider provider(const QString& id) const
    {
        ConnectableProvider provider;
        provider.config.providerId = id;
        provider.config.displayName = id;
        provider.config.clientId = QStringLiteral("desktop");
        // Tokens in the keychain are valid for a day: nothing asks this endpoint in these tests.
        provider.config.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(deadLoopbackPort()));
        provider.calendarApi = id;
        provider.apiBase =
            id == u"google" ? m_google.url(QStringLiteral("/calendar/v3/")) : m_graph.url(QStringLiteral("/v1.0/"));
        return provider;
    }

    // An account as Settings → Connected accounts leaves it: recorded, its tokens in the keychain.
    QUuid connect(const QString& providerId, const QString& email,
        const QByteArray& accessToken = QByteArrayLiteral("test-access-token"))
    {
        OAuthTokens tokens;
        tokens.accessToken = accessToken;
        tokens.refreshToken = QByteArrayLiteral("test-refresh-token");
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.expiresAtUtc = m_practice->clock.nowUtc().addDays(1);
        const OAuthTokenKeychain keychain(*m_keychain, kVault, providerId, email);
        Q_ASSERT(settle(keychain.save(tokens)).hasValue());
        ConnectedAccount account;
        account.id = QUuid::createUuid();
        account.providerId = providerId;
        account.account = email;
        account.keychainPurpose = OAuthTokenKeychain::purposeFor(providerId, email);
        account.connectedAtUtc = m_practice->clock.nowUtc();
        return settle(m_accounts->save(account)).value().id;
    }

    void startScheduler()
    {
        CalendarSyncServices services;
        services.keychain = m_keychain.get();
        services.keychainAccount = kVault;
        services.providers = {provider(QStringLiteral("google")), provider(QStringLiteral("microsoft"))};
        services.tokenEndpointFor = [this](const OAuthProviderConfig& config) {
            return std::make_unique<OAuthTokenClient>(config, m_network, m_practice->clock, 5s);
        };
        services.calendarFor = [this](const ConnectableProvider& chosen, OAuthSession& session) {
            return calendarProviderFor(chosen, m_network, session);
        };
        CalendarSyncScheduler::Options options;
        options.interval = 1h; // rounds only when the test asks
        options.afterChange = 100ms;
        m_scheduler = std::make_unique<CalendarSyncScheduler>(
            *m_practice->store, *m_accounts, m_practice->clock, std::move(services), options);
    }

    void chooseDefault(const QUuid& accountId, CalendarExport::ClientLabel label)
    {
        const Result<QList<CalendarChoice>> calendars = settle(m_scheduler->calendarsOf(accountId));
        QVERIFY2(calendars.hasValue(), qPrintable(calendars ? QString() : calendars.error().toString()));
        for (const CalendarChoice& entry : *calendars) {
            if (entry.calendar.primary) {
                QVERIFY(entry.calendar.canWrite);
                CalendarSyncRows::Choice choice;
                choice.blocks = true;
                choice.receives = true;
                choice.label = label;
                const Result<void> chosen = settle(m_scheduler->choose(accountId, entry.calendar, choice));
                QVERIFY2(chosen.hasValue(), qPrintable(chosen ? QString() : chosen.error().toString()));
                return;
            }
        }
        QFAIL("no primary calendar");
    }

    QList<ConnectedAccount> accounts() { return settle(m_accounts->list()).value(); }

    QList<CalendarRows::Block> blocks()
    {
        return m_practice
            ->run([](StoreSession& session) {
                return CalendarRows::blocksBetween(
                    session.db(), at("2020-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z"));
            })
            .value();
    }

    TodayAgenda today()
    {
        PracticeQueries queries(*m_practice->store);
        return settle(queries.today(m_practice->clock.nowUtc(), QStringLiteral("Europe/Berlin"))).value();
    }

    domain::Booking load(const QUuid& id)
    {
        return *m_practice->run([id](StoreSession& session) { return BookingRows::load(session.db(), id); }).value();
    }

    void move(const QUuid& id, const QDateTime& startUtc)
    {
        const domain::Booking before = load(id);
        domain::Booking after = before;
        const auto schedule =
            domain::Schedule::create(startUtc, startUtc.addSecs(3600), before.schedule().timeZoneId());
        QVERIFY(after.reschedule(schedule.value(), m_practice->clock.nowUtc(), QStringLiteral("test")).hasValue());
        seed(*m_practice, [&](WriteScope& scope) { return BookingRows::update(scope, before, after); });
    }

    FakeGoogleCalendarProcess m_google;
    FakeMicrosoftGraphProcess m_graph;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestPractice> m_practice;
    std::unique_ptr<ConnectedAccounts> m_accounts;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<CalendarSyncScheduler> m_scheduler;
    QUuid m_bookingId;
};

QTEST_GUILESS_MAIN(TestCalendarSyncScheduler)
#include "test_calendar_sync_scheduler.moc"
