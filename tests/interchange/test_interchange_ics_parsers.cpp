// What Clientele exports is read the same by two independent iCalendar implementations:
// python-icalendar (Debian's python3-icalendar) and ical.js (npm, Mozilla's), run as real processes.
// ical.js has no zone database, so it resolves times with the VTIMEZONEs we wrote, and expands the
// recurrence rules itself: both are compared with what Clientele's own domain code says.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/Recurrence.h"
#include "core/domain/Schedule.h"
#include "core/interchange/IcsWriter.h"
#include "tests/support/IcsParsers.h"

using namespace clientele::interchange;
using clientele::domain::Recurrence;
using clientele::domain::Schedule;

namespace {

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

IcsEvent timed(const char* uid, const char* start, const char* end, const char* zone)
{
    IcsEvent e;
    e.uid = QLatin1String(uid);
    e.startUtc = utc(start);
    e.endUtc = utc(end);
    e.timeZoneId = QLatin1String(zone);
    e.summary = QStringLiteral("Session %1").arg(QLatin1String(uid));
    return e;
}

QList<IcsEvent> sampleEvents()
{
    IcsEvent weekly = timed("weekly@clientele", "2026-03-05T09:00:00", "2026-03-05T09:50:00", "Europe/Berlin");
    weekly.summary = QStringLiteral("Therapie — Jürgen Weiß; Einzel, 50 min");
    weekly.description =
        QStringLiteral("First line\nSecond line with a backslash \\ and \"quotes\"\nand a long tail that must fold: ")
        + QStringLiteral("日本語のテキスト、絵文字😀も含めて").repeated(4);
    weekly.location = QStringLiteral("Praxis, Raum 2; Hinterhaus");
    Recurrence rule = Recurrence::parse(QStringLiteral("FREQ=WEEKLY;COUNT=12;BYDAY=TH")).value();
    rule.addExclusion(utc("2026-04-02T08:00:00"));
    weekly.recurrence = rule;

    IcsEvent monthly = timed("monthly@clientele", "2026-01-30T15:00:00", "2026-01-30T16:00:00", "America/New_York");
    monthly.recurrence = Recurrence::parse(QStringLiteral("FREQ=MONTHLY;COUNT=8;BYDAY=-1FR")).value();

    IcsEvent lordHowe =
        timed("lordhowe@clientele", "2026-10-03T14:45:00", "2026-10-03T15:45:00", "Australia/Lord_Howe");
    lordHowe.status = IcsEvent::Status::Tentative;

    IcsEvent inUtc = timed("utc@clientele", "2026-06-01T13:00:00", "2026-06-01T14:00:00", "UTC");
    inUtc.status = IcsEvent::Status::Cancelled;

    IcsEvent day;
    day.uid = QStringLiteral("day@clientele");
    day.startDate = QDate(2026, 12, 24);
    day.endDate = QDate(2026, 12, 27);
    day.summary = QStringLiteral("Closed for the holidays");
    day.busy = false;
    return {weekly, monthly, lordHowe, inUtc, day};
}

QJsonObject eventWithUid(const QJsonObject& parsed, const QString& uid)
{
    const QJsonArray events = parsed.value(QLatin1String("events")).toArray();
    for (const auto& event : events) {
        if (event.toObject().value(QLatin1String("uid")).toString() == uid) {
            return event.toObject();
        }
    }
    return {};
}

} // namespace

class TestInterchangeIcsParsers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QList<IcsEvent> m_events;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_events = sampleEvents();
        m_file = m_dir.filePath(QStringLiteral("export.ics"));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(IcsWriter::write(
            m_events, {QStringLiteral("Praxis"), QStringLiteral("Europe/Berlin"), utc("2026-11-26T10:00:00")}));
    }

    void bothParsersReadTheSameEvents_data()
    {
        QTest::addColumn<clientele::test::IcsParser>("parser");
        QTest::newRow("python-icalendar") << clientele::test::IcsParser::PythonIcalendar;
        QTest::newRow("ical.js") << clientele::test::IcsParser::IcalJs;
    }

    void bothParsersReadTheSameEvents()
    {
        QFETCH(clientele::test::IcsParser, parser);
        const bool expandsRules = parser == clientele::test::IcsParser::IcalJs;
        const QJsonObject parsed = clientele::test::parseIcs(parser, m_file);
        QVERIFY2(!parsed.isEmpty(), "the parser did not read the file (see the warning above)");
        QCOMPARE(parsed.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(parsed.value(QLatin1String("events")).toArray().size(), m_events.size());
        const QJsonArray zones = parsed.value(QLatin1String("timezones")).toArray();
        QCOMPARE(zones.size(), 3); // Berlin, New York, Lord Howe; UTC needs none

        for (const IcsEvent& expected : std::as_const(m_events)) {
            const QJsonObject event = eventWithUid(parsed, expected.uid);
            QVERIFY2(!event.isEmpty(), qPrintable(expected.uid));
            QCOMPARE(event.value(QLatin1String("summary")).toString(), expected.summary);
            QCOMPARE(event.value(QLatin1String("description")).toString(), expected.description);
            QCOMPARE(event.value(QLatin1String("location")).toString(), expected.location);
            const QJsonObject start = event.value(QLatin1String("start")).toObject();
            const QJsonObject end = event.value(QLatin1String("end")).toObject();
            if (expected.isAllDay()) {
                QCOMPARE(start.value(QLatin1String("date")).toString(), expected.startDate.toString(Qt::ISODate));
                QCOMPARE(end.value(QLatin1String("date")).toString(), expected.endDate.toString(Qt::ISODate));
                continue;
            }
            QCOMPARE(start.value(QLatin1String("utc")).toString(), isoUtc(expected.startUtc));
            QCOMPARE(end.value(QLatin1String("utc")).toString(), isoUtc(expected.endUtc));
            if (expected.timeZoneId != u"UTC") {
                QCOMPARE(event.value(QLatin1String("tzid")).toString(), expected.timeZoneId);
            }
            if (!expected.recurrence) {
                continue;
            }
            QVERIFY(event.contains(QLatin1String("rrule")));
            QStringList exdates;
            for (const QDateTime& excluded : expected.recurrence->exclusions()) {
                exdates << isoUtc(excluded);
            }
            QStringList parsedExdates;
            const QJsonArray exdateArray = event.value(QLatin1String("exdates")).toArray();
            for (const auto& value : exdateArray) {
                parsedExdates << value.toString();
            }
            QCOMPARE(parsedExdates, exdates);
            if (!expandsRules) {
                continue;
            }
            // Occurrences across DST changes: ical.js with our VTIMEZONE against our own expansion.
            const Schedule first = Schedule::create(expected.startUtc, expected.endUtc, expected.timeZoneId).value();
            QStringList ours;
            const QList<Schedule> occurrences =
                expected.recurrence->occurrences(first, QDate(2026, 1, 1), QDate(2027, 12, 31), 20);
            for (const Schedule& occurrence : occurrences) {
                if (!expected.recurrence->exclusions().contains(occurrence.start())) {
                    ours << isoUtc(occurrence.start());
                }
            }
            QStringList theirs;
            const QJsonArray occurrenceArray = event.value(QLatin1String("occurrences")).toArray();
            for (const auto& value : occurrenceArray) {
                theirs << value.toString();
            }
            QCOMPARE(theirs, ours);
        }
    }
};

QTEST_GUILESS_MAIN(TestInterchangeIcsParsers)
#include "test_interchange_ics_parsers.moc"
