// Outside calendars in the store: an .ics import becomes blocked time, importing a newer export
// updates it in place, and a bad file changes nothing.
#include <QFile>
#include <QTest>

#include "core/interchange/IcsReader.h"
#include "core/store/CalendarExport.h"
#include "core/store/CalendarImport.h"
#include "core/store/CalendarRows.h"
#include "core/store/SettingRows.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(CLIENTELE_SOURCE_DIR "/tests/data/interchange/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<CalendarImport::Outcome> importInto(TestPractice& practice, const QByteArray& ics, const char* name = "Studio")
{
    const CalendarImport::Options options {QLatin1String(name), QDate(2026, 3, 1)};
    return practice.run(
        [ics, options](StoreSession& session) { return CalendarImport::importIcs(session, ics, options); });
}

QList<CalendarRows::Block> blocks(TestPractice& practice)
{
    return practice
        .run([](StoreSession& session) {
            return CalendarRows::blocksBetween(session.db(), utc("2020-01-01T00:00:00"), utc("2030-01-01T00:00:00"));
        })
        .value();
}

qint64 count(TestPractice& practice, const char* sql)
{
    const QString query = QLatin1String(sql);
    return practice.run([query](StoreSession& session) { return session.db().queryInt(query); }).value();
}

} // namespace

class TestStoreCalendar final : public QObject
{
    Q_OBJECT

private:
    static void berlin(TestPractice& practice)
    {
        seed(practice, [](WriteScope& scope) { return SettingRows::saveProfile(scope, lumenProfile()); });
    }

private Q_SLOTS:
    void anImportBlocksEveryOccurrence()
    {
        TestPractice practice;
        berlin(practice);
        const Result<CalendarImport::Outcome> outcome = importInto(practice, fixture("google-calendar.ics"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->events, 3);
        QCOMPARE(outcome->added, 6); // 6 weekly classes less one EXDATE, and the holiday; the dentist is cancelled
        QCOMPARE(outcome->problems.size(), 0);

        const QList<CalendarRows::Block> stored = blocks(practice);
        QCOMPARE(stored.size(), 6);
        QCOMPARE(stored.first().startUtc, utc("2026-03-10T13:30:00"));
        QCOMPARE(stored.first().title, QStringLiteral("Portrait class"));
        QCOMPARE(stored.at(1).startUtc, utc("2026-03-17T13:30:00"));
        QCOMPARE(stored.at(2).startUtc, utc("2026-03-31T13:30:00")); // the 24th is excluded
        const CalendarRows::Block& holiday = stored.last();
        QVERIFY(holiday.allDay);
        QVERIFY(!holiday.busy); // TRANSP:TRANSPARENT
        QCOMPARE(holiday.startUtc, utc("2026-07-03T22:00:00")); // midnight in Berlin
        QCOMPARE(holiday.endUtc, utc("2026-07-05T22:00:00"));
        // Synced like everything else: each block is in the change log.
        QVERIFY(count(practice, "SELECT count(DISTINCT row_id) FROM change_log WHERE tbl = 'busy_block'") == 6);
    }

    void importingANewerExportUpdatesInPlace()
    {
        TestPractice practice;
        berlin(practice);
        QVERIFY(importInto(practice, fixture("google-calendar.ics")));
        const QList<CalendarRows::Block> before = blocks(practice);

        const Result<CalendarImport::Outcome> same = importInto(practice, fixture("google-calendar.ics"));
        QVERIFY(same);
        QCOMPARE(same->added, 0);
        QCOMPARE(same->updated, 0);
        QCOMPARE(same->removed, 0);
        QCOMPARE(same->unchanged, 6);

        // The class was renamed and the holiday deleted in the other calendar.
        QByteArray newer = fixture("google-calendar.ics");
        newer.replace("SUMMARY:Portrait class", "SUMMARY:Portrait class (advanced)");
        const qsizetype holiday = newer.indexOf("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE");
        newer.remove(holiday, newer.indexOf("END:VEVENT\r\n", holiday) + 12 - holiday);
        const Result<CalendarImport::Outcome> changed = importInto(practice, newer);
        QVERIFY(changed);
        QCOMPARE(changed->updated, 5);
        QCOMPARE(changed->removed, 1);
        QCOMPARE(changed->added, 0);
        const QList<CalendarRows::Block> after = blocks(practice);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.first().id, before.first().id); // the same rows, edited
        QCOMPARE(after.first().title, QStringLiteral("Portrait class (advanced)"));
        QCOMPARE(count(practice, "SELECT count(*) FROM calendar_source WHERE deleted = 0"), 1);

        // Another name is another calendar.
        QVERIFY(importInto(practice, fixture("google-calendar.ics"), "Personal"));
        QCOMPARE(count(practice, "SELECT count(*) FROM calendar_source WHERE deleted = 0"), 2);
    }

    void overridesMoveOrCancelOneOccurrence()
    {
        TestPractice practice;
        berlin(practice);
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n"
            "BEGIN:VEVENT\r\nUID:s\r\nDTSTART;TZID=Europe/Berlin:20260302T090000\r\n"
            "DTEND;TZID=Europe/Berlin:20260302T100000\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
            "SUMMARY:Daily\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID;TZID=Europe/Berlin:20260303T090000\r\n"
            "DTSTART;TZID=Europe/Berlin:20260303T150000\r\nDTEND;TZID=Europe/Berlin:20260303T160000\r\n"
            "SUMMARY:Moved\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260304T080000Z\r\n"
            "DTSTART:20260304T080000Z\r\nDTEND:20260304T090000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        const Result<CalendarImport::Outcome> outcome = importInto(practice, ics);
        QVERIFY(outcome);
        const QList<CalendarRows::Block> stored = blocks(practice);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).startUtc, utc("2026-03-02T08:00:00"));
        QCOMPARE(stored.at(1).startUtc, utc("2026-03-03T14:00:00"));
        QCOMPARE(stored.at(1).title, QStringLiteral("Moved"));
    }

    void aFileThatIsNoCalendarChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("vCard") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
    }

    void aFileThatIsNoCalendarChangesNothing()
    {
        QFETCH(QByteArray, data);
        TestPractice practice;
        berlin(practice);
        const qint64 changes = count(practice, "SELECT count(*) FROM change_log");
        const Result<CalendarImport::Outcome> outcome = importInto(practice, data);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), Error::Code::InvalidInput);
        QCOMPARE(count(practice, "SELECT count(*) FROM calendar_source"), 0);
        QCOMPARE(count(practice, "SELECT count(*) FROM change_log"), changes);
    }

    // Each revision of a session raises its SEQUENCE, so a calendar that imported an older export or
    // feed takes the newer one (RFC 5545 §3.8.7.4); an untouched session stays at 0.
    void exportedSessionsCountTheirRevisions()
    {
        TestPractice practice;
        const auto client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        const auto service = serviceWithDeposit(20000, 0);
        const auto moved = bookingAt(
            client, service, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC), domain::BookingStatus::Confirmed);
        const auto still = bookingAt(
            client, service, QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC), domain::BookingStatus::Confirmed);
        seedOneBooking(practice, client, service, moved);
        seed(practice, [&](WriteScope& scope) { return BookingRows::insert(scope, still); });
        domain::Booking before = moved;
        for (int hour : {11, 14}) {
            domain::Booking after = before;
            const QDateTime start(QDate(2026, 12, 2), QTime(hour, 0), Qt::UTC);
            QVERIFY(
                after
                    .reschedule(
                        domain::Schedule::create(start, start.addSecs(3600), QStringLiteral("Europe/Berlin")).value(),
                        practice.clock.nowUtc(), QStringLiteral("test"))
                    .hasValue());
            seed(practice, [&](WriteScope& scope) { return BookingRows::update(scope, before, after); });
            before = after;
        }

        const Result<QByteArray> ics = practice.run(
            [](StoreSession& session) { return CalendarExport::write(session, CalendarExport::Options {}); });
        QVERIFY(ics.hasValue());
        const auto read = interchange::IcsReader::read(ics.value(), QStringLiteral("UTC"));
        QVERIFY(read.hasValue());
        QHash<QString, int> sequences;
        for (const interchange::IcsEvent& event : read->events) {
            sequences.insert(event.uid, event.sequence);
        }
        QCOMPARE(sequences.value(moved.id().toString(QUuid::WithoutBraces) + u"@clientele", -1), 2);
        QCOMPARE(sequences.value(still.id().toString(QUuid::WithoutBraces) + u"@clientele", -1), 0);
    }

    void sourcesThatDoNotBlockAreLeftOut()
    {
        TestPractice practice;
        berlin(practice);
        QVERIFY(importInto(practice, fixture("google-calendar.ics")));
        seed(practice, [](WriteScope& scope) {
            return scope.changes().update(QStringLiteral("calendar_source"),
                CalendarRows::sources(scope.db()).value().first().id, QCborMap {{QStringLiteral("blocks"), false}});
        });
        QCOMPARE(blocks(practice).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreCalendar)
#include "test_store_calendar.moc"
