// An .ics file imported as sessions: each occurrence becomes a booking of the client it is for
// (attendee email, a new client from the attendee, or the client the title names), importing a
// newer export moves what moved without doubling anything, and bad input changes nothing.
#include <QFile>
#include <QTest>

#include "core/store/BookingImport.h"
#include "core/store/BookingRows.h"
#include "core/store/CalendarExport.h"
#include "core/store/PracticeQueries.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(CLIENTELE_SOURCE_DIR "/tests/data/interchange/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime inBerlin(const char* iso)
{
    QDateTime local = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    local.setTimeZone(QTimeZone("Europe/Berlin"));
    return local.toUTC();
}

qint64 count(TestPractice& practice, const char* sql)
{
    const QString query = QLatin1String(sql);
    return practice.run([query](StoreSession& session) { return session.db().queryInt(query); }).value();
}

// The practice the tests import into: Lumen Studio (studio@lumen.example, Berlin), Ada Lovelace
// (ada@example.org), Grace Hopper (no email) and one service.
struct Studio
{
    TestPractice practice;
    domain::Client ada = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), kNow.addDays(-30));
    domain::Client grace = clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), kNow.addDays(-30));
    domain::Service service = serviceWithDeposit(9000, 0);

    Studio()
    {
        ada.addEmail(domain::EmailAddress::parse(QStringLiteral("ada@example.org")).value());
        seed(practice, [this](WriteScope& scope) -> Result<void> {
            domain::PracticeProfile profile = lumenProfile();
            profile.email = QStringLiteral("studio@lumen.example");
            for (const Result<void>& done : {SettingRows::saveProfile(scope, profile), ClientRows::insert(scope, ada),
                     ClientRows::insert(scope, grace), ServiceRows::insert(scope, service)}) {
                if (!done) {
                    return done;
                }
            }
            return {};
        });
    }

    Result<BookingImport::Outcome> import(const QByteArray& ics, bool createClients = true, const QDateTime& now = kNow)
    {
        const BookingImport::Options options {QStringLiteral("Google sessions"), service.id(), createClients, now};
        return practice.run(
            [ics, options](StoreSession& session) { return BookingImport::importIcs(session, ics, options); });
    }

    QList<BookingSummary> bookings()
    {
        return practice
            .run([](StoreSession& session) {
                return PracticeQueries::bookings(session, PracticeQueries::BookingFilter {});
            })
            .value();
    }

    QList<BookingSummary> bookingsOf(const QString& clientName)
    {
        QList<BookingSummary> found;
        for (const BookingSummary& booking : bookings()) {
            if (booking.clientName == clientName) {
                found.append(booking);
            }
        }
        std::sort(found.begin(), found.end(),
            [](const BookingSummary& a, const BookingSummary& b) { return a.schedule.start() < b.schedule.start(); });
        return found;
    }
};

} // namespace

class TestStoreBookingImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySessionBecomesABookingOfItsClient()
    {
        Studio studio;
        const Result<BookingImport::Outcome> outcome = studio.import(fixture("google-sessions.ics"));
        QVERIFY2(outcome.hasValue(), qPrintable(outcome.hasValue() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome.value().events, 9);
        QCOMPARE(outcome.value().added, 7);
        QCOMPARE(outcome.value().clientsAdded, 1);

        // Ada: matched by her email, whatever its case; neither the studio (organizer and attendee)
        // nor the room became a client.
        const QList<BookingSummary> ada = studio.bookingsOf(QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.size(), 5);
        QCOMPARE(ada.at(0).schedule.start(), inBerlin("2026-02-02T10:00:00"));
        QCOMPARE(ada.at(0).status, domain::BookingStatus::Completed); // over before the import
        QCOMPARE(ada.at(1).schedule.start(), inBerlin("2026-03-10T10:00:00"));
        QCOMPARE(ada.at(1).status, domain::BookingStatus::Confirmed);
        QCOMPARE(ada.at(1).location, QStringLiteral("Studio A, Hauptstraße 5"));
        QCOMPARE(ada.at(1).serviceName, QStringLiteral("Portrait session"));
        // The weekly series: the excluded week is missing, the moved week is at its new time (after
        // the change to summer time, still in Berlin).
        QCOMPARE(ada.at(2).schedule.start(), inBerlin("2026-03-11T14:00:00"));
        QCOMPARE(ada.at(2).schedule.end(), inBerlin("2026-03-11T14:50:00"));
        QCOMPARE(ada.at(3).schedule.start(), inBerlin("2026-03-25T14:00:00"));
        QCOMPARE(ada.at(4).schedule.start(), inBerlin("2026-04-01T16:00:00"));
        QCOMPARE(ada.at(4).schedule.timeZoneId(), QStringLiteral("Europe/Berlin"));

        // Grace has no email: the title names her. The event is in UTC, the session in the practice's zone.
        const QList<BookingSummary> grace = studio.bookingsOf(QStringLiteral("Grace Hopper"));
        QCOMPARE(grace.size(), 1);
        QCOMPARE(grace.at(0).schedule.start(), QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC));
        QCOMPARE(grace.at(0).schedule.timeZoneId(), QStringLiteral("Europe/Berlin"));

        // Carl is new: a client from his attendee entry, with the Meet link from the description.
        const QList<BookingSummary> carl = studio.bookingsOf(QStringLiteral("Carl Gustav Jung"));
        QCOMPARE(carl.size(), 1);
        QCOMPARE(carl.at(0).videoLink, QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QCOMPARE(count(studio.practice,
                     "SELECT count(*) FROM client_contact WHERE value = 'carl@example.ch' AND deleted = 0"),
            1);
        QCOMPARE(count(studio.practice, "SELECT count(*) FROM client WHERE deleted = 0"), 3);
        QCOMPARE(count(studio.practice, "SELECT count(*) FROM client WHERE stage = 'booked' AND deleted = 0"), 1);

        // The all-day event and the dentist are reported with their lines; the cancelled event is not a session.
        QCOMPARE(outcome.value().problems.size(), 2);
        QVERIFY(outcome.value().problems.at(0).reason.contains(QStringLiteral("Vacation")));
        QVERIFY(outcome.value().problems.at(0).line > 0);
        QVERIFY(outcome.value().problems.at(1).reason.contains(QStringLiteral("Dentist")));
        QCOMPARE(studio.bookings().size(), 7);

        // Each booking says where it came from.
        QCOMPARE(count(studio.practice,
                     "SELECT count(*) FROM booking_status_change WHERE reason = 'Imported from Google sessions'"),
            7);
        const auto loaded = studio.practice.run(
            [id = ada.at(1).id](StoreSession& session) { return BookingRows::load(session.db(), id); });
        QCOMPARE(loaded.value()->notes(), QStringLiteral("Intake, bring the signed form."));
    }

    void importingANewerExportMovesAddsAndKeepsDeletionsDeleted()
    {
        Studio studio;
        QVERIFY(studio.import(fixture("google-sessions.ics")).hasValue());
        // Ada's intake is deleted in Clientele; the Grace session moves an hour in the calendar and a
        // new session appears.
        const QUuid intake = studio.bookingsOf(QStringLiteral("Ada Lovelace")).at(1).id;
        seed(studio.practice, [intake](WriteScope& scope) { return BookingRows::remove(scope, intake); });
        QByteArray newer = fixture("google-sessions.ics");
        newer.replace(
            "DTSTART:20260312T090000Z\r\nDTEND:20260312T100000Z", "DTSTART:20260312T100000Z\r\nDTEND:20260312T110000Z");
        // The session of 25 March was cancelled there (now excluded from the series).
        newer.replace(
            "EXDATE;TZID=Europe/Berlin:20260318T140000", "EXDATE;TZID=Europe/Berlin:20260318T140000,20260325T140000");
        newer.replace("END:VCALENDAR",
            "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20260402T090000\r\n"
            "DTEND;TZID=Europe/Berlin:20260402T100000\r\nUID:new@google.com\r\n"
            "SUMMARY:Grace Hopper - follow-up\r\nEND:VEVENT\r\nEND:VCALENDAR");

        const Result<BookingImport::Outcome> again = studio.import(newer);
        QVERIFY2(again.hasValue(), qPrintable(again.hasValue() ? QString() : again.error().toString()));
        QCOMPARE(again.value().added, 1);
        QCOMPARE(again.value().moved, 1);
        QCOMPARE(again.value().deletedSince, 1);
        QCOMPARE(again.value().unchanged, 4);
        QCOMPARE(again.value().cancelled, 1);
        QCOMPARE(again.value().clientsAdded, 0); // Carl is known by now
        QCOMPARE(studio.bookings().size(), 7);
        const QList<BookingSummary> ada = studio.bookingsOf(QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.at(2).schedule.start(), inBerlin("2026-03-25T14:00:00"));
        QCOMPARE(ada.at(2).status, domain::BookingStatus::Canceled);
        const QList<BookingSummary> grace = studio.bookingsOf(QStringLiteral("Grace Hopper"));
        QCOMPARE(grace.size(), 2);
        QCOMPARE(grace.at(0).schedule.start(), QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC));
        QCOMPARE(
            count(studio.practice, "SELECT count(*) FROM booking_reschedule WHERE reason = 'Moved in Google sessions'"),
            1);

        // Once a session is over it keeps the time it happened at.
        const Result<BookingImport::Outcome> later =
            studio.import(newer.replace("20260202T1", "20260202T0"), true, kNow.addDays(60));
        QVERIFY(later.hasValue());
        QCOMPARE(later.value().moved, 0);
        QCOMPARE(
            studio.bookingsOf(QStringLiteral("Ada Lovelace")).at(0).schedule.start(), inBerlin("2026-02-02T10:00:00"));
    }

    // Google's "all events" edit moves a series' start, and with it every RECURRENCE-ID: the
    // sessions move (matched by day) instead of being imported a second time.
    void aMovedSeriesMovesItsSessions()
    {
        Studio studio;
        const QByteArray series = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:s@x\r\n"
                                  "DTSTART;TZID=Europe/Berlin:20260304T100000\r\nDURATION:PT1H\r\n"
                                  "RRULE:FREQ=WEEKLY;COUNT=3\r\nATTENDEE:mailto:ada@example.org\r\n"
                                  "END:VEVENT\r\nEND:VCALENDAR\r\n";
        QCOMPARE(studio.import(series).value().added, 3);
        QByteArray later = series;
        later.replace("T100000", "T113000");
        const Result<BookingImport::Outcome> again = studio.import(later);
        QVERIFY(again.hasValue());
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().moved, 3);
        QCOMPARE(again.value().cancelled, 0);
        const QList<BookingSummary> ada = studio.bookingsOf(QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.size(), 3);
        QCOMPARE(ada.at(0).schedule.start(), inBerlin("2026-03-04T11:30:00"));
        // And the next import finds them by their new occurrence ids.
        const Result<BookingImport::Outcome> third = studio.import(later);
        QCOMPARE(third.value().unchanged, 3);
        QCOMPARE(third.value().moved, 0);
    }

    // A deleted booking of this practice's own export is not brought back through its title.
    void aDeletedBookingOfTheOwnExportStaysDeleted()
    {
        Studio studio;
        QVERIFY(studio.import(fixture("google-sessions.ics")).hasValue());
        const QByteArray exported = studio.practice
                                        .run([](StoreSession& session) {
                                            CalendarExport::Options options;
                                            options.stamp = kNow;
                                            return CalendarExport::write(session, options);
                                        })
                                        .value();
        const QUuid grace = studio.bookingsOf(QStringLiteral("Grace Hopper")).at(0).id;
        seed(studio.practice, [grace](WriteScope& scope) { return BookingRows::remove(scope, grace); });
        const Result<BookingImport::Outcome> outcome = studio.import(exported);
        QCOMPARE(outcome.value().added, 0);
        QCOMPARE(outcome.value().deletedSince, 1);
        QCOMPARE(studio.bookingsOf(QStringLiteral("Grace Hopper")).size(), 0);
    }

    // An event without a length, or longer than a booking may be, is a problem, not silence.
    void eventsThatCannotBeSessionsAreReported()
    {
        Studio studio;
        const Result<BookingImport::Outcome> outcome = studio.import(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260310T090000Z\r\n"
            "SUMMARY:Grace Hopper\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260310T090000Z\r\n"
            "DTEND:20260420T090000Z\r\nSUMMARY:Grace Hopper\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().added, 0);
        QCOMPARE(outcome.value().problems.size(), 2);
        QVERIFY(outcome.value().problems.at(0).reason.contains(QStringLiteral("no length")));
        QCOMPARE(outcome.value().problems.at(0).line, 4);
        QVERIFY(outcome.value().problems.at(1).reason.contains(QStringLiteral("31 days")));
    }

    void withoutNewClientsAnUnknownAttendeeIsAProblem()
    {
        Studio studio;
        const Result<BookingImport::Outcome> outcome = studio.import(fixture("google-sessions.ics"), false);
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().added, 6);
        QCOMPARE(outcome.value().clientsAdded, 0);
        QCOMPARE(outcome.value().problems.size(), 3);
        QVERIFY(std::any_of(outcome.value().problems.cbegin(), outcome.value().problems.cend(),
            [](const auto& problem) { return problem.reason.contains(QStringLiteral("Consultation")); }));
        QCOMPARE(count(studio.practice, "SELECT count(*) FROM client WHERE deleted = 0"), 2);
    }

    void aNameTwoClientsShareMatchesNeither()
    {
        Studio studio;
        const domain::Client other = clientNamed(QStringLiteral("Grace"), QStringLiteral("Hopper"), kNow);
        seed(studio.practice, [other](WriteScope& scope) { return ClientRows::insert(scope, other); });
        const Result<BookingImport::Outcome> outcome = studio.import(fixture("google-sessions.ics"));
        QVERIFY(outcome.hasValue());
        QCOMPARE(studio.bookingsOf(QStringLiteral("Grace Hopper")).size(), 0);
        QCOMPARE(outcome.value().problems.size(), 3);
    }

    void thisPracticesOwnExportIsNotImportedTwice()
    {
        Studio studio;
        QVERIFY(studio.import(fixture("google-sessions.ics")).hasValue());
        const QByteArray exported = studio.practice
                                        .run([](StoreSession& session) {
                                            CalendarExport::Options options;
                                            options.stamp = kNow;
                                            return CalendarExport::write(session, options);
                                        })
                                        .value();
        const Result<BookingImport::Outcome> outcome = studio.import(exported);
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().added, 0);
        QCOMPARE(outcome.value().unchanged, 7);
        QCOMPARE(studio.bookings().size(), 7);
    }

    void badInputChangesNothing()
    {
        Studio studio;
        const Result<BookingImport::Outcome> notCalendar = studio.import(QByteArrayLiteral("Name,Email\nAda,ada@x\n"));
        QVERIFY(!notCalendar.hasValue());

        const BookingImport::Options noService {QStringLiteral("Sessions"), sync::UuidV7::create(), true, kNow};
        const auto withoutService =
            studio.practice.run([ics = fixture("google-sessions.ics"), noService](StoreSession& session) {
                return BookingImport::importIcs(session, ics, noService);
            });
        QVERIFY(!withoutService.hasValue());
        QCOMPARE(withoutService.error().code(), Error::Code::InvalidInput);
        QVERIFY(withoutService.error().userMessage().contains(QStringLiteral("service")));

        const BookingImport::Options noName {QStringLiteral("  "), studio.service.id(), true, kNow};
        const auto unnamed = studio.practice.run([ics = fixture("google-sessions.ics"), noName](StoreSession& session) {
            return BookingImport::importIcs(session, ics, noName);
        });
        QVERIFY(!unnamed.hasValue());
        QCOMPARE(count(studio.practice, "SELECT count(*) FROM booking"), 0);
        QCOMPARE(count(studio.practice, "SELECT count(*) FROM booking_origin"), 0);
        QCOMPARE(count(studio.practice, "SELECT count(*) FROM client"), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreBookingImport)
#include "test_store_booking_import.moc"
