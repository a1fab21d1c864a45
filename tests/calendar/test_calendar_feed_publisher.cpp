// The subscribable calendar feed end to end: a real encrypted practice publishes its sessions through
// the real relay process (on SQLite), and a calendar app's fetch of the secret URL gets iCalendar that
// python-icalendar and ical.js both read. Changes reach the feed, an unchanged feed is not uploaded
// again, turning it off or resetting the URL stops the old URL, and failures say what went wrong.
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/adapters/relay/RelayFeedHost.h"
#include "core/feeds/CalendarFeedSeal.h"
#include "core/store/CalendarFeed.h"
#include "core/store/CalendarFeedPublisher.h"
#include "tests/relay/RelayProcess.h"
#include "tests/store/PracticeFixtures.h"
#include "tests/support/IcsParsers.h"

using namespace clientele;
using namespace clientele::test;
using feeds::CalendarFeedSeal;

namespace {

constexpr int kWaitMs = 20000;

struct Device
{
    QString vaultId;
    QByteArray token;
};

SecureBytes secureCopy(const QByteArray& bytes)
{
    return SecureBytes(
        reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

} // namespace

class TestCalendarFeedPublisher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QNetworkAccessManager m_network;

    Device createVault()
    {
        const QByteArray publicKey(32, '\x07');
        const HttpReply reply = httpCall(QStringLiteral("POST"), m_relay.url(QStringLiteral("/v1/vaults")),
            QJsonDocument(QJsonObject {{QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                              {QStringLiteral("recovery_blob"), QString::fromLatin1(QByteArray("opaque").toBase64())},
                              {QStringLiteral("device_name"), QStringLiteral("Studio laptop")}})
                .toJson(QJsonDocument::Compact));
        if (reply.status != 201) {
            qWarning("create vault: %d %s", reply.status, reply.body.constData());
        }
        return {reply.json().value(QStringLiteral("vault_id")).toString(),
            reply.json().value(QStringLiteral("token")).toString().toLatin1()};
    }

    // The Lumen practice with Ada Lovelace's session tomorrow at 10:00 in Berlin.
    static domain::Booking seedPractice(TestPractice& practice)
    {
        const domain::Client ada =
            clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        const domain::Service service = serviceWithDeposit(9000, 0);
        domain::Booking booking =
            bookingAt(ada, service, QDateTime(practice.clock.nowUtc().date().addDays(1), QTime(9, 0), Qt::UTC),
                domain::BookingStatus::Confirmed);
        booking.setLocation(QStringLiteral("Hauptstraße 5, Berlin"));
        booking.setVideoLink(QStringLiteral("https://meet.example/abc-defg"));
        seedOneBooking(practice, ada, service, booking);
        return booking;
    }

    // Turns the feed on or off as Settings does: the address (token) stays.
    static CalendarFeed::Settings publish(TestPractice& practice, bool published,
        CalendarExport::ClientLabel label = CalendarExport::ClientLabel::Initials)
    {
        return practice
            .run([published, label](StoreSession& session) {
                return inTransaction(session, [&](WriteScope& scope) -> Result<CalendarFeed::Settings> {
                    Result<CalendarFeed::Settings> settings = CalendarFeed::load(scope.db());
                    if (!settings) {
                        return settings;
                    }
                    settings.value().published = published;
                    settings.value().label = label;
                    return CalendarFeed::save(scope, settings.value());
                });
            })
            .value();
    }

    QString fetchToFile(const QUrl& url, const QString& name, int* status = nullptr)
    {
        const HttpReply reply = httpCall(QStringLiteral("GET"), url);
        if (status != nullptr) {
            *status = reply.status;
        }
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(reply.body);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY2(m_relay.start(env), qPrintable(m_relay.transcript()));
    }

    void theSecretUrlServesTheSessionsToCalendarApps()
    {
        TestPractice practice;
        const domain::Booking booking = seedPractice(practice);
        const CalendarFeed::Settings settings = publish(practice, true);
        QCOMPARE(settings.token.size(), CalendarFeedSeal::kTokenBytes);
        const Device device = createVault();
        RelayFeedHost host(m_relay.url(QStringLiteral("/")), device.vaultId, secureCopy(device.token), m_network);
        CalendarFeedPublisher publisher(*practice.store, practice.clock, host, {});
        QSignalSpy published(&publisher, &CalendarFeedPublisher::published);
        QSignalSpy failed(&publisher, &CalendarFeedPublisher::failed);
        publisher.start();
        QVERIFY(published.wait(kWaitMs));
        QCOMPARE(failed.count(), 0);

        const QUrl url = host.subscriptionUrl(CalendarFeedSeal::tokenText(settings.token));
        QVERIFY(url.path().endsWith(u".ics"));
        int status = 0;
        const QString path = fetchToFile(url, QStringLiteral("feed.ics"), &status);
        QCOMPARE(status, 200);
        QFile served(path);
        QVERIFY(served.open(QIODevice::ReadOnly));
        const QByteArray body = served.readAll();
        QVERIFY2(body.contains("REFRESH-INTERVAL;VALUE=DURATION:PT15M"), body.constData());
        QVERIFY2(!body.contains("Lovelace"), "initials unless the practitioner chooses names");
        QVERIFY2(!body.contains("Hauptstra") && !body.contains("meet.example"), "no places or video links");
        for (const IcsParser parser : {IcsParser::PythonIcalendar, IcsParser::IcalJs}) {
            const QJsonArray events = parseIcs(parser, path).value(QStringLiteral("events")).toArray();
            QCOMPARE(events.size(), 1);
            const QJsonObject event = events.at(0).toObject();
            QCOMPARE(event.value(QStringLiteral("uid")).toString(),
                booking.id().toString(QUuid::WithoutBraces) + QStringLiteral("@clientele"));
            QVERIFY2(event.value(QStringLiteral("summary")).toString().contains(u"A.L."),
                qPrintable(event.value(QStringLiteral("summary")).toString()));
        }

        // Nothing changed: nothing uploaded. A moved session is in the feed seconds later.
        publisher.publishNow();
        QVERIFY(published.wait(kWaitMs));
        QVERIFY2(httpCall(QStringLiteral("GET"), m_relay.url(QStringLiteral("/metrics")))
                     .body.contains("clientele_relay_feeds_published_total 1"),
            "an unchanged feed was uploaded again");
        domain::Booking moved = booking;
        QVERIFY(moved
                    .reschedule(booking.schedule().movedTo(booking.schedule().start().addSecs(3600)),
                        practice.clock.nowUtc(), QStringLiteral("later"))
                    .hasValue());
        seed(practice, [&](WriteScope& scope) { return BookingRows::update(scope, booking, moved); });
        publisher.changedLocally();
        QVERIFY(published.wait(kWaitMs));
        const QByteArray later = httpCall(QStringLiteral("GET"), url).body;
        const QString start = moved.schedule().localStart().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        QVERIFY2(later.contains((u"DTSTART;TZID=Europe/Berlin:" + start).toLatin1()), later.constData());
        QVERIFY(later != body);
        QCOMPARE(failed.count(), 0);
    }

    void resettingTheUrlOrTurningTheFeedOffStopsTheOldUrl()
    {
        TestPractice practice;
        seedPractice(practice);
        const CalendarFeed::Settings first = publish(practice, true, CalendarExport::ClientLabel::Name);
        const Device device = createVault();
        RelayFeedHost host(m_relay.url(QStringLiteral("/")), device.vaultId, secureCopy(device.token), m_network);
        CalendarFeedPublisher publisher(*practice.store, practice.clock, host, {});
        QSignalSpy published(&publisher, &CalendarFeedPublisher::published);
        QSignalSpy withdrawn(&publisher, &CalendarFeedPublisher::withdrawn);
        publisher.start();
        QVERIFY(published.wait(kWaitMs));
        const QUrl firstUrl = host.subscriptionUrl(CalendarFeedSeal::tokenText(first.token));
        QVERIFY(httpCall(QStringLiteral("GET"), firstUrl).body.contains("Ada Lovelace"));

        const CalendarFeed::Settings reset =
            practice
                .run([](StoreSession& session) {
                    return inTransaction(session, [](WriteScope& scope) { return CalendarFeed::resetToken(scope); });
                })
                .value();
        QVERIFY(reset.token != first.token);
        publisher.changedLocally();
        QVERIFY(published.wait(kWaitMs));
        const QUrl secondUrl = host.subscriptionUrl(CalendarFeedSeal::tokenText(reset.token));
        QCOMPARE(httpCall(QStringLiteral("GET"), secondUrl).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(httpCall(QStringLiteral("GET"), firstUrl).status, 404, kWaitMs);

        // Turned off after a restart (a new publisher that never put this feed): still withdrawn.
        CalendarFeedPublisher restarted(*practice.store, practice.clock, host, {});
        QSignalSpy restartedWithdrawn(&restarted, &CalendarFeedPublisher::withdrawn);
        publish(practice, false);
        restarted.publishNow();
        QVERIFY(restartedWithdrawn.wait(kWaitMs));
        QCOMPARE(httpCall(QStringLiteral("GET"), secondUrl).status, 404);
        // Asked again, it answers that the feed is off, without asking the relay again.
        QSignalSpy restartedFailed(&restarted, &CalendarFeedPublisher::failed);
        restarted.publishNow();
        QVERIFY(restartedWithdrawn.wait(kWaitMs));
        QCOMPARE(restartedFailed.count(), 0);
    }

    void failuresSayWhatWentWrongAndAreRetried()
    {
        TestPractice practice;
        seedPractice(practice);
        publish(practice, true);
        // A device the relay does not know.
        RelayFeedHost stranger(m_relay.url(QStringLiteral("/")), createVault().vaultId,
            secureCopy("clr1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), m_network);
        CalendarFeedPublisher refused(*practice.store, practice.clock, stranger, {});
        QSignalSpy refusedSpy(&refused, &CalendarFeedPublisher::failed);
        refused.publishNow();
        QVERIFY(refusedSpy.wait(kWaitMs));
        QCOMPARE(refusedSpy.at(0).at(0).value<Error>().code(), Error::Code::PermissionDenied);

        // No relay at all (a port nobody listens on): a network error, tried again after a pause.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        RelayFeedHost offline(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("v"),
            secureCopy("clr1.x"), m_network);
        CalendarFeedPublisher::Options quick;
        quick.firstRetry = std::chrono::milliseconds(200);
        CalendarFeedPublisher retrying(*practice.store, practice.clock, offline, quick);
        QSignalSpy offlineSpy(&retrying, &CalendarFeedPublisher::failed);
        retrying.publishNow();
        QVERIFY(offlineSpy.wait(kWaitMs));
        QCOMPARE(offlineSpy.at(0).at(0).value<Error>().code(), Error::Code::Network);
        QVERIFY(offlineSpy.at(0).at(0).value<Error>().isRetryable());
        QTRY_VERIFY_WITH_TIMEOUT(offlineSpy.count() >= 2, kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestCalendarFeedPublisher)
#include "test_calendar_feed_publisher.moc"
