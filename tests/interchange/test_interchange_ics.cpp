#include <QFile>
#include <QTest>
#include <QTimeZone>

#include "core/interchange/ContentLine.h"
#include "core/interchange/IcsDocument.h"
#include "core/interchange/IcsReader.h"
#include "core/interchange/IcsTimeZone.h"
#include "core/interchange/IcsValues.h"
#include "core/interchange/IcsWriter.h"

using namespace clientele::interchange;
using clientele::Result;
using clientele::domain::Recurrence;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(CLIENTELE_INTERCHANGE_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll();
}

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

const IcsEvent* byUid(const QList<IcsEvent>& events, const QString& uid)
{
    for (const IcsEvent& e : events) {
        if (e.uid == uid && !e.recurrenceIdUtc.isValid()) {
            return &e;
        }
    }
    return nullptr;
}

IcsEvent timedEvent(const QString& uid, const char* startUtc, const char* endUtc, const QString& zone)
{
    IcsEvent e;
    e.uid = uid;
    e.startUtc = utc(startUtc);
    e.endUtc = utc(endUtc);
    e.timeZoneId = zone;
    return e;
}

IcsWriter::Calendar calendar()
{
    return {QStringLiteral("Clientele — Studio"), QStringLiteral("Europe/Berlin"), utc("2026-11-26T10:00:00")};
}

} // namespace

class TestInterchangeIcs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWellFormedLines()
    {
        IcsEvent e = timedEvent(QStringLiteral("b1@clientele"), "2026-03-05T09:00:00", "2026-03-05T10:00:00",
            QStringLiteral("Europe/Berlin"));
        e.summary = QStringLiteral("Session; with, odd \\ chars\nand a line break — and a very long title that goes "
                                   "on past seventy-five octets 日本語テキスト 😀😀😀");
        const QByteArray ics = IcsWriter::write({e}, calendar());

        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
            QVERIFY2(lines.at(i).size() - 1 <= contentline::kMaxLineOctets, lines.at(i).constData());
            QVERIFY(!QString::fromUtf8(lines.at(i)).contains(QChar::ReplacementCharacter));
        }
        QVERIFY(ics.contains("METHOD:PUBLISH\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20261126T100000Z\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260305T100000\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));

        // Unfolded, the title is escaped exactly as RFC 5545 §3.3.11 says.
        const QByteArray unfolded = QByteArray(ics).replace("\r\n ", "");
        QVERIFY(unfolded.contains("SUMMARY:Session\\; with\\, odd \\\\ chars\\nand a line break"));
    }

    void roundTripsThroughTheReader()
    {
        IcsEvent weekly = timedEvent(QStringLiteral("series@clientele"), "2026-03-05T09:00:00", "2026-03-05T09:50:00",
            QStringLiteral("Europe/Berlin"));
        weekly.summary = QStringLiteral("Therapy — J.D.");
        weekly.description = QStringLiteral("Line one\nLine two, with; punctuation\\");
        weekly.location = QStringLiteral("Praxis, Raum 2");
        weekly.url = QStringLiteral("https://meet.example/abc-defg-hij");
        weekly.categories = {QStringLiteral("Therapy"), QStringLiteral("Weekly, evening")};
        weekly.sequence = 3;
        Recurrence rule = Recurrence::parse(QStringLiteral("FREQ=WEEKLY;COUNT=10;BYDAY=TH")).value();
        rule.addExclusion(utc("2026-04-02T08:00:00")); // after the DST change: 10:00 CEST
        weekly.recurrence = rule;

        IcsEvent allDay;
        allDay.uid = QStringLiteral("day@clientele");
        allDay.startDate = QDate(2026, 12, 24);
        allDay.endDate = QDate(2026, 12, 27);
        allDay.summary = QStringLiteral("Closed");
        allDay.busy = false;

        IcsEvent cancelled = timedEvent(
            QStringLiteral("gone@clientele"), "2026-06-01T13:00:00", "2026-06-01T14:00:00", QStringLiteral("UTC"));
        cancelled.status = IcsEvent::Status::Cancelled;

        IcsEvent tokyo = timedEvent(QStringLiteral("tokyo@clientele"), "2026-07-01T00:00:00", "2026-07-01T01:30:00",
            QStringLiteral("Asia/Tokyo"));
        tokyo.status = IcsEvent::Status::Tentative;

        const QByteArray ics = IcsWriter::write({weekly, allDay, cancelled, tokyo}, calendar());
        Result<IcsReader::Events> read = IcsReader::read(ics, QStringLiteral("America/Chicago"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().userMessage()));
        QCOMPARE(read.value().problems.size(), 0);
        QCOMPARE(read.value().events.size(), 4);

        const IcsEvent* w = byUid(read.value().events, weekly.uid);
        QVERIFY(w);
        QCOMPARE(w->startUtc, weekly.startUtc);
        QCOMPARE(w->endUtc, weekly.endUtc);
        QCOMPARE(w->timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(w->summary, weekly.summary);
        QCOMPARE(w->description, weekly.description);
        QCOMPARE(w->location, weekly.location);
        QCOMPARE(w->url, weekly.url);
        QCOMPARE(w->categories, weekly.categories);
        QCOMPARE(w->sequence, 3);
        QVERIFY(w->recurrence);
        QCOMPARE(*w->recurrence, rule);

        const IcsEvent* d = byUid(read.value().events, allDay.uid);
        QVERIFY(d && d->isAllDay());
        QCOMPARE(d->startDate, allDay.startDate);
        QCOMPARE(d->endDate, allDay.endDate);
        QVERIFY(!d->busy);

        const IcsEvent* c = byUid(read.value().events, cancelled.uid);
        QVERIFY(c);
        QCOMPARE(c->status, IcsEvent::Status::Cancelled);
        QCOMPARE(c->startUtc, cancelled.startUtc);

        const IcsEvent* t = byUid(read.value().events, tokyo.uid);
        QVERIFY(t);
        QCOMPARE(t->timeZoneId, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(t->endUtc, tokyo.endUtc);
        QCOMPARE(t->status, IcsEvent::Status::Tentative);
    }

    // The VTIMEZONE written for a zone, read back under another name (so that only its rules can
    // be used), gives the zone's own offset at every hour of the span: including Lord Howe's
    // half-hour DST and a zone that dropped DST.
    void writtenTimeZonesMatchTheZoneDatabase_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("America/New_York") << QByteArray("America/New_York");
        QTest::newRow("Australia/Lord_Howe") << QByteArray("Australia/Lord_Howe");
        QTest::newRow("America/Sao_Paulo (no DST since 2019)") << QByteArray("America/Sao_Paulo");
        QTest::newRow("Asia/Kolkata") << QByteArray("Asia/Kolkata");
    }

    void writtenTimeZonesMatchTheZoneDatabase()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        const QDateTime from = utc("2018-01-01T00:00:00");
        const QDateTime to = utc("2021-01-01T00:00:00");
        QStringList lines = IcsTimeZone::write(tz, from, to);
        lines.replace(1, QStringLiteral("TZID:Renamed"));
        lines.removeAt(2); // X-LIC-LOCATION
        QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n";
        for (const QString& line : lines) {
            text += contentline::fold(line.toUtf8());
        }
        text += "END:VCALENDAR\r\n";
        Result<IcsDocument::Parsed> parsed = IcsDocument::parse(text);
        QVERIFY(parsed);
        const std::optional<IcsTimeZone> read = IcsTimeZone::read(parsed.value().calendars.first().children.first());
        QVERIFY(read);
        for (QDateTime t = from; t < to; t = t.addSecs(3600)) {
            QVERIFY2(read->offsetAt(t) == tz.offsetFromUtc(t), qPrintable(t.toString(Qt::ISODate)));
        }
    }

    void readsGoogleCalendarExports()
    {
        Result<IcsReader::Events> read = IcsReader::read(fixture("google-calendar.ics"), QStringLiteral("UTC"));
        QVERIFY(read);
        QCOMPARE(read.value().problems.size(), 0);
        QCOMPARE(read.value().events.size(), 3);
        const IcsEvent& cls = read.value().events.at(0);
        QCOMPARE(cls.uid, QStringLiteral("7kukuqrfedlm2f9t4vefuahpfn@google.com"));
        QCOMPARE(cls.startUtc, utc("2026-03-10T13:30:00")); // EDT began on the 8th
        QCOMPARE(cls.endUtc, utc("2026-03-10T14:30:00"));
        QCOMPARE(cls.timeZoneId, QStringLiteral("America/New_York"));
        QCOMPARE(cls.description, QStringLiteral("Weekly portrait class, bring a 50mm lens.\nRoom 2"));
        QCOMPARE(cls.location, QStringLiteral("12 Main St, Springfield"));
        QCOMPARE(cls.sequence, 2);
        QVERIFY(cls.recurrence);
        QCOMPARE(cls.recurrence->count(), std::optional<int>(6));
        QCOMPARE(cls.recurrence->exclusions(), QList<QDateTime>({utc("2026-03-24T13:30:00")}));

        const IcsEvent& holiday = read.value().events.at(1);
        QVERIFY(holiday.isAllDay());
        QCOMPARE(holiday.startDate, QDate(2026, 7, 4));
        QCOMPARE(holiday.endDate, QDate(2026, 7, 6));
        QVERIFY(!holiday.busy);
        QCOMPARE(read.value().events.at(2).status, IcsEvent::Status::Cancelled);
    }

    void readsOutlookExportsWithWindowsAndCustomZones()
    {
        Result<IcsReader::Events> read =
            IcsReader::read(fixture("outlook-custom-zones.ics"), QStringLiteral("Europe/London"));
        QVERIFY(read);
        QCOMPARE(read.value().problems.size(), 0);
        QCOMPARE(read.value().events.size(), 2);
        const IcsEvent& meeting = read.value().events.at(0);
        QCOMPARE(meeting.timeZoneId, QStringLiteral("Europe/Berlin")); // "W. Europe Standard Time"
        QCOMPARE(meeting.startUtc, utc("2026-03-30T08:00:00"));
        QCOMPARE(meeting.summary, QStringLiteral("Besprechung mit Jürgen"));
        QCOMPARE(meeting.description, QStringLiteral("Kickoff call"));

        // Only the file's VTIMEZONE knows "Customized Time Zone": +05:30 all year.
        const IcsEvent& call = read.value().events.at(1);
        QCOMPARE(call.startUtc, utc("2026-04-02T03:30:00"));
        QCOMPARE(call.endUtc, utc("2026-04-02T04:15:00")); // DURATION:PT45M
        QCOMPARE(call.timeZoneId, QStringLiteral("Europe/London"));
    }

    void readsThunderbirdPrefixedZonesFloatingTimesAndBareLineFeeds()
    {
        Result<IcsReader::Events> read = IcsReader::read(fixture("thunderbird-lf.ics"), QStringLiteral("Europe/Paris"));
        QVERIFY(read);
        QCOMPARE(read.value().events.size(), 3);
        const IcsEvent& session = read.value().events.at(0);
        QCOMPARE(session.timeZoneId, QStringLiteral("Europe/Berlin"));
        // 02:30 on the fall-back day happens twice; RFC 5545 §3.3.5 takes the first (still CEST).
        QCOMPARE(session.startUtc, utc("2026-10-25T00:30:00"));
        QCOMPARE(session.endUtc, utc("2026-10-25T02:30:00"));

        const IcsEvent& floating = read.value().events.at(1);
        QCOMPARE(floating.timeZoneId, QStringLiteral("Europe/Paris"));
        QCOMPARE(floating.startUtc, utc("2026-06-01T06:00:00"));

        const IcsEvent& day = read.value().events.at(2);
        QVERIFY(day.isAllDay());
        QCOMPARE(day.endDate, QDate(2026, 8, 16)); // no DTEND: the day itself
        QVERIFY(day.uid.endsWith(QStringLiteral("@import.clientele")));
        Result<IcsReader::Events> again =
            IcsReader::read(fixture("thunderbird-lf.ics"), QStringLiteral("Europe/Paris"));
        QCOMPARE(again.value().events.at(2).uid, day.uid); // derived UIDs are stable
    }

    void reportsBrokenEventsAndKeepsTheRest_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("problemLine");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("no DTSTART") << QByteArray("BEGIN:VEVENT\nUID:x\nSUMMARY:Nothing\nEND:VEVENT\n") << 3
                                    << QStringLiteral("DTSTART");
        QTest::newRow("bad date") << QByteArray("BEGIN:VEVENT\nUID:x\nDTSTART:20261341T250000Z\nEND:VEVENT\n") << 5
                                  << QStringLiteral("not a date");
        QTest::newRow("ends before it starts")
            << QByteArray("BEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\nDTEND:20260101T090000Z\nEND:VEVENT\n") << 3
            << QStringLiteral("ends before");
        QTest::newRow("date start, time end")
            << QByteArray("BEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:20260101\nDTEND:20260101T090000Z\nEND:VEVENT\n") << 3
            << QStringLiteral("different kinds");
        QTest::newRow("END closes something else")
            << QByteArray("BEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\nEND:VTODO\n") << 6
            << QStringLiteral("END:VTODO closes VEVENT");
        QTest::newRow("not a content line")
            << QByteArray("BEGIN:VEVENT\nUID:x\nthis is junk\nDTSTART:20260101T100000Z\nEND:VEVENT\n") << 5
            << QStringLiteral("not an iCalendar property");
        QTest::newRow("yearly rule") << QByteArray(
            "BEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\nRRULE:FREQ=YEARLY\nEND:VEVENT\n")
                                     << 6 << QStringLiteral("first occurrence");
        QTest::newRow("bad duration") << QByteArray(
            "BEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\nDURATION:PT\nEND:VEVENT\n")
                                      << 6 << QStringLiteral("DURATION");
        QTest::newRow("unknown zone, no VTIMEZONE")
            << QByteArray("BEGIN:VEVENT\nUID:x\nDTSTART;TZID=Atlantis:20260101T100000\nEND:VEVENT\n") << 5
            << QStringLiteral("Atlantis");
    }

    void reportsBrokenEventsAndKeepsTheRest()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, problemLine);
        QFETCH(QString, reasonContains);
        const QByteArray good = "BEGIN:VEVENT\nUID:good\nDTSTART:20260202T100000Z\nEND:VEVENT\n";
        const QByteArray file = "BEGIN:VCALENDAR\nVERSION:2.0\n" + body + good + "END:VCALENDAR\n";
        Result<IcsReader::Events> read = IcsReader::read(file, QStringLiteral("UTC"));
        QVERIFY(read);
        QVERIFY(byUid(read.value().events, QStringLiteral("good")));
        QCOMPARE(read.value().problems.size(), 1);
        QCOMPARE(read.value().problems.first().line, problemLine);
        QVERIFY2(read.value().problems.first().reason.contains(reasonContains),
            qPrintable(read.value().problems.first().reason));
    }

    void refusesWhatIsNotACalendar_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("vCard") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11);
        QTest::newRow("Latin-1") << QByteArray("BEGIN:VCALENDAR\r\nSUMMARY:J\xfcrgen\r\nEND:VCALENDAR\r\n");
    }

    void refusesWhatIsNotACalendar()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!IcsReader::read(data, QStringLiteral("UTC")));
    }

    void keepsWhatIsCompleteInATruncatedFile()
    {
        const QByteArray ics = IcsWriter::write(
            {timedEvent(QStringLiteral("a"), "2026-01-01T10:00:00", "2026-01-01T11:00:00", QStringLiteral("UTC")),
                timedEvent(QStringLiteral("b"), "2026-01-02T10:00:00", "2026-01-02T11:00:00", QStringLiteral("UTC"))},
            calendar());
        const QByteArray cut = ics.left(ics.lastIndexOf("SEQUENCE")); // inside the second event
        Result<IcsReader::Events> read = IcsReader::read(cut, QStringLiteral("UTC"));
        QVERIFY(read);
        QCOMPARE(read.value().events.size(), 1);
        QCOMPARE(read.value().events.first().uid, QStringLiteral("a"));
        QCOMPARE(read.value().problems.size(), 1);
    }

    void parsesValues()
    {
        QCOMPARE(icsvalue::parseDuration(QStringLiteral("PT1H30M")), std::optional<qint64>(5400));
        QCOMPARE(icsvalue::parseDuration(QStringLiteral("P1W")), std::optional<qint64>(604800));
        QCOMPARE(icsvalue::parseDuration(QStringLiteral("-P1DT12H")), std::optional<qint64>(-129600));
        QCOMPARE(icsvalue::parseDuration(QStringLiteral("P0DT0H30M0S")), std::optional<qint64>(1800));
        QVERIFY(!icsvalue::parseDuration(QStringLiteral("P")));
        QVERIFY(!icsvalue::parseDuration(QStringLiteral("1H")));
        QCOMPARE(icsvalue::parseUtcOffset(QStringLiteral("-0530")), std::optional<int>(-19800));
        QCOMPARE(icsvalue::parseUtcOffset(QStringLiteral("+103000")), std::optional<int>(37800));
        QVERIFY(!icsvalue::parseUtcOffset(QStringLiteral("0100")));
        QCOMPARE(icsvalue::formatUtcOffset(37800), QStringLiteral("+1030"));
        QCOMPARE(icsvalue::formatUtcOffset(-3600), QStringLiteral("-0100"));
        QVERIFY(!icsvalue::parseDateTime(QStringLiteral("20260230")));
        QVERIFY(icsvalue::parseDateTime(QStringLiteral("20261231T235960Z"))); // a leap second
    }
};

QTEST_GUILESS_MAIN(TestInterchangeIcs)
#include "test_interchange_ics.moc"
