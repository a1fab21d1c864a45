#include <initializer_list>

#include <QTest>

#include "core/domain/Recurrence.h"

using namespace clientele;
using namespace clientele::domain;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// "2024-03-31 10:00 (08:00Z)": the wall clock in the series' zone and the UTC instant, so a row shows
// both that the local time holds and that the instant moves.
QStringList describe(const QList<Schedule>& occurrences)
{
    QStringList result;
    for (const Schedule& occurrence : occurrences) {
        result.append(occurrence.localStart().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" (")
            + occurrence.start().toString(QStringLiteral("HH:mm")) + QStringLiteral("Z)"));
    }
    return result;
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items) {
        result.append(QString::fromUtf8(item));
    }
    return result;
}

} // namespace

class TestDomainRecurrence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain weekly") << "FREQ=WEEKLY"
                                      << "FREQ=WEEKLY";
        QTest::newRow("a prefix, lower case and spaces are accepted") << " RRULE:freq=weekly; interval=2 ;byday=mo,we"
                                                                      << "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE";
        QTest::newRow("the second Tuesday, six times") << "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
                                                       << "FREQ=MONTHLY;COUNT=6;BYDAY=2TU";
        QTest::newRow("the last Friday") << "FREQ=MONTHLY;BYDAY=-1FR"
                                         << "FREQ=MONTHLY;BYDAY=-1FR";
        QTest::newRow("the 31st until a date") << "FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20241231"
                                               << "FREQ=MONTHLY;UNTIL=20241231;BYMONTHDAY=31";
        QTest::newRow("weekdays until a UTC time") << "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20240630T220000Z"
                                                   << "FREQ=DAILY;UNTIL=20240630T220000Z;BYDAY=MO,TU,WE,TH,FR";
        QTest::newRow("an interval of one and a Sunday week start") << "FREQ=WEEKLY;WKST=SU;INTERVAL=1"
                                                                    << "FREQ=WEEKLY;WKST=SU";
        QTest::newRow("a repeated day is kept once") << "FREQ=WEEKLY;BYDAY=MO,MO"
                                                     << "FREQ=WEEKLY;BYDAY=MO";
    }
    void parsesGoodRules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, canonical);
        const Result<Recurrence> parsed = Recurrence::parse(rule);
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().userMessage()));
        QCOMPARE(parsed->toString(), canonical);
        const Result<Recurrence> again = Recurrence::parse(parsed->toString());
        QVERIFY(again.hasValue());
        QVERIFY(*again == *parsed);
    }

    void refusesBadRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("an empty rule") << ""
                                       << "empty";
        QTest::newRow("a rule with no FREQ") << "INTERVAL=2"
                                             << "needs FREQ";
        QTest::newRow("a yearly rule") << "FREQ=YEARLY"
                                       << "YEARLY is not supported";
        QTest::newRow("FREQ twice") << "FREQ=WEEKLY;FREQ=DAILY"
                                    << "more than once";
        QTest::newRow("an interval of zero") << "FREQ=WEEKLY;INTERVAL=0"
                                             << "INTERVAL";
        QTest::newRow("an interval in words") << "FREQ=WEEKLY;INTERVAL=two"
                                              << "INTERVAL";
        QTest::newRow("a count of zero") << "FREQ=WEEKLY;COUNT=0"
                                         << "COUNT";
        QTest::newRow("both COUNT and UNTIL") << "FREQ=WEEKLY;COUNT=3;UNTIL=20250101"
                                              << "not both";
        QTest::newRow("UNTIL with dashes") << "FREQ=WEEKLY;UNTIL=2025-01-01"
                                           << "UNTIL";
        QTest::newRow("UNTIL as a floating time") << "FREQ=WEEKLY;UNTIL=20250101T100000"
                                                  << "UNTIL";
        QTest::newRow("UNTIL on a day that does not exist") << "FREQ=WEEKLY;UNTIL=20250230"
                                                            << "UNTIL";
        QTest::newRow("an unknown day") << "FREQ=WEEKLY;BYDAY=XX"
                                        << "BYDAY";
        QTest::newRow("a numbered day in a weekly rule") << "FREQ=WEEKLY;BYDAY=2TU"
                                                         << "only work with FREQ=MONTHLY";
        QTest::newRow("a sixth Tuesday") << "FREQ=MONTHLY;BYDAY=6TU"
                                         << "1 to 5";
        QTest::newRow("a day of the month in a weekly rule") << "FREQ=WEEKLY;BYMONTHDAY=1"
                                                             << "BYMONTHDAY only";
        QTest::newRow("the 32nd") << "FREQ=MONTHLY;BYMONTHDAY=32"
                                  << "BYMONTHDAY must";
        QTest::newRow("both BYDAY and BYMONTHDAY") << "FREQ=MONTHLY;BYMONTHDAY=1;BYDAY=MO"
                                                   << "not both";
        QTest::newRow("BYSETPOS") << "FREQ=MONTHLY;BYSETPOS=1"
                                  << "not supported";
        QTest::newRow("a made-up part") << "FREQ=WEEKLY;COLOR=RED"
                                        << "not a known part";
        QTest::newRow("a part without a value sign") << "FREQ=WEEKLY;INTERVAL"
                                                     << "NAME=VALUE";
        QTest::newRow("a part without a value") << "FREQ="
                                                << "no value";
    }
    void refusesBadRules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, keyword);
        const Result<Recurrence> parsed = Recurrence::parse(rule);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
        QVERIFY2(parsed.error().userMessage().contains(keyword), qPrintable(parsed.error().userMessage()));
    }

    void expands_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("firstLocal"); // a wall-clock reading in `zone`
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("max");
        QTest::addColumn<QStringList>("exdates");
        QTest::addColumn<QStringList>("expected");

        const QString berlin = QStringLiteral("Europe/Berlin");
        const QString newYork = QStringLiteral("America/New_York");
        const QDate from(2024, 1, 1);
        const QDate to(2025, 12, 31);
        const auto local = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min)); };

        QTest::newRow("weekly 10:00 in Berlin stays at 10:00 across the March change")
            << "FREQ=WEEKLY;COUNT=3" << berlin << local(2024, 3, 24, 10, 0) << from << to << 100 << QStringList()
            << strings({"2024-03-24 10:00 (09:00Z)", "2024-03-31 10:00 (08:00Z)", "2024-04-07 10:00 (08:00Z)"});
        QTest::newRow("weekly 10:00 in Berlin stays at 10:00 across the October change")
            << "FREQ=WEEKLY;COUNT=3" << berlin << local(2024, 10, 20, 10, 0) << from << to << 100 << QStringList()
            << strings({"2024-10-20 10:00 (08:00Z)", "2024-10-27 10:00 (09:00Z)", "2024-11-03 10:00 (09:00Z)"});
        QTest::newRow("weekly 09:00 in New York stays at 09:00 across the March change")
            << "FREQ=WEEKLY;COUNT=3" << newYork << local(2024, 3, 3, 9, 0) << from << to << 100 << QStringList()
            << strings({"2024-03-03 09:00 (14:00Z)", "2024-03-10 09:00 (13:00Z)", "2024-03-17 09:00 (13:00Z)"});
        QTest::newRow("weekly 09:00 in New York stays at 09:00 across the November change")
            << "FREQ=WEEKLY;COUNT=3" << newYork << local(2024, 10, 27, 9, 0) << from << to << 100 << QStringList()
            << strings({"2024-10-27 09:00 (13:00Z)", "2024-11-03 09:00 (14:00Z)", "2024-11-10 09:00 (14:00Z)"});
        QTest::newRow("an occurrence in the New York gap moves later by the gap")
            << "FREQ=WEEKLY;COUNT=3" << newYork << local(2024, 3, 3, 2, 30) << from << to << 100 << QStringList()
            << strings({"2024-03-03 02:30 (07:30Z)", "2024-03-10 03:30 (07:30Z)", "2024-03-17 02:30 (06:30Z)"});
        QTest::newRow("an occurrence in the Berlin fall-back hour takes the first 02:30")
            << "FREQ=WEEKLY;COUNT=3" << berlin << local(2024, 10, 20, 2, 30) << from << to << 100 << QStringList()
            << strings({"2024-10-20 02:30 (00:30Z)", "2024-10-27 02:30 (00:30Z)", "2024-11-03 02:30 (01:30Z)"});
        QTest::newRow("COUNT gives that many sessions")
            << "FREQ=DAILY;COUNT=3" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100 << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-04 10:00 (08:00Z)", "2024-06-05 10:00 (08:00Z)"});
        QTest::newRow("UNTIL as a date includes that date")
            << "FREQ=DAILY;UNTIL=20240605" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100 << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-04 10:00 (08:00Z)", "2024-06-05 10:00 (08:00Z)"});
        QTest::newRow("UNTIL as the exact UTC start includes it")
            << "FREQ=DAILY;UNTIL=20240605T080000Z" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-04 10:00 (08:00Z)", "2024-06-05 10:00 (08:00Z)"});
        QTest::newRow("UNTIL a second before a start excludes it")
            << "FREQ=DAILY;UNTIL=20240605T075959Z" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << QStringList() << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-04 10:00 (08:00Z)"});
        QTest::newRow("every other week")
            << "FREQ=WEEKLY;INTERVAL=2;COUNT=3" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-17 10:00 (08:00Z)", "2024-07-01 10:00 (08:00Z)"});
        QTest::newRow("Monday, Wednesday and Friday")
            << "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=5" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-05 10:00 (08:00Z)", "2024-06-07 10:00 (08:00Z)",
                   "2024-06-10 10:00 (08:00Z)", "2024-06-12 10:00 (08:00Z)"});
        QTest::newRow("the first session counts even on a day the rule does not name")
            << "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-04 10:00 (08:00Z)", "2024-06-06 10:00 (08:00Z)"});
        QTest::newRow("RFC 5545 example: every other week on Tuesday and Sunday, weeks from Monday")
            << "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO" << newYork << local(1997, 8, 5, 9, 0)
            << QDate(1997, 1, 1) << to << 100 << QStringList()
            << strings({"1997-08-05 09:00 (13:00Z)", "1997-08-10 09:00 (13:00Z)", "1997-08-19 09:00 (13:00Z)",
                   "1997-08-24 09:00 (13:00Z)"});
        QTest::newRow("RFC 5545 example: the same with weeks from Sunday")
            << "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU" << newYork << local(1997, 8, 5, 9, 0)
            << QDate(1997, 1, 1) << to << 100 << QStringList()
            << strings({"1997-08-05 09:00 (13:00Z)", "1997-08-17 09:00 (13:00Z)", "1997-08-19 09:00 (13:00Z)",
                   "1997-08-31 09:00 (13:00Z)"});
        QTest::newRow("daily on weekdays skips the weekend")
            << "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=4" << berlin << local(2024, 6, 6, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-06-06 10:00 (08:00Z)", "2024-06-07 10:00 (08:00Z)", "2024-06-10 10:00 (08:00Z)",
                   "2024-06-11 10:00 (08:00Z)"});
        QTest::newRow("monthly on the 31st skips months without one")
            << "FREQ=MONTHLY;COUNT=4" << berlin << local(2024, 1, 31, 10, 0) << from << to << 100 << QStringList()
            << strings({"2024-01-31 10:00 (09:00Z)", "2024-03-31 10:00 (08:00Z)", "2024-05-31 10:00 (08:00Z)",
                   "2024-07-31 10:00 (08:00Z)"});
        QTest::newRow("BYMONTHDAY=31 skips months without one too")
            << "FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20240630" << berlin << local(2024, 1, 31, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-01-31 10:00 (09:00Z)", "2024-03-31 10:00 (08:00Z)", "2024-05-31 10:00 (08:00Z)"});
        QTest::newRow("BYMONTHDAY=-1 is the last day of each month")
            << "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3" << berlin << local(2024, 1, 31, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-01-31 10:00 (09:00Z)", "2024-02-29 10:00 (09:00Z)", "2024-03-31 10:00 (08:00Z)"});
        QTest::newRow("the second Tuesday of each month")
            << "FREQ=MONTHLY;BYDAY=2TU;COUNT=4" << newYork << local(2024, 1, 9, 18, 0) << from << to << 100
            << QStringList()
            << strings({"2024-01-09 18:00 (23:00Z)", "2024-02-13 18:00 (23:00Z)", "2024-03-12 18:00 (22:00Z)",
                   "2024-04-09 18:00 (22:00Z)"});
        QTest::newRow("the last Friday of each month")
            << "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3" << berlin << local(2024, 1, 26, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-01-26 10:00 (09:00Z)", "2024-02-23 10:00 (09:00Z)", "2024-03-29 10:00 (09:00Z)"});
        QTest::newRow("every second month on the 15th")
            << "FREQ=MONTHLY;INTERVAL=2;COUNT=3" << berlin << local(2024, 11, 15, 10, 0) << from << to << 100
            << QStringList()
            << strings({"2024-11-15 10:00 (09:00Z)", "2025-01-15 10:00 (09:00Z)", "2025-03-15 10:00 (09:00Z)"});
        QTest::newRow("an excluded date is left out but still counted")
            << "FREQ=WEEKLY;COUNT=4" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << strings({"2024-06-10T08:00:00Z"})
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-17 10:00 (08:00Z)", "2024-06-24 10:00 (08:00Z)"});
        QTest::newRow("the first session can be excluded")
            << "FREQ=WEEKLY;COUNT=2" << berlin << local(2024, 6, 3, 10, 0) << from << to << 100
            << strings({"2024-06-03T08:00:00Z"}) << strings({"2024-06-10 10:00 (08:00Z)"});
        QTest::newRow("an endless series shows only the requested window")
            << "FREQ=WEEKLY" << berlin << local(2024, 1, 1, 10, 0) << QDate(2024, 6, 1) << QDate(2024, 6, 30) << 100
            << QStringList()
            << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-10 10:00 (08:00Z)", "2024-06-17 10:00 (08:00Z)",
                   "2024-06-24 10:00 (08:00Z)"});
        QTest::newRow("max limits an endless series")
            << "FREQ=WEEKLY" << berlin << local(2024, 1, 1, 10, 0) << QDate(2024, 6, 1) << QDate(2024, 6, 30) << 2
            << QStringList() << strings({"2024-06-03 10:00 (08:00Z)", "2024-06-10 10:00 (08:00Z)"});
        QTest::newRow("COUNT still counts sessions before the window")
            << "FREQ=WEEKLY;COUNT=3" << berlin << local(2024, 6, 3, 10, 0) << QDate(2024, 6, 10) << to << 100
            << QStringList() << strings({"2024-06-10 10:00 (08:00Z)", "2024-06-17 10:00 (08:00Z)"});
    }
    void expands()
    {
        QFETCH(QString, rule);
        QFETCH(QString, zone);
        QFETCH(QDateTime, firstLocal);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, max);
        QFETCH(QStringList, exdates);
        QFETCH(QStringList, expected);

        Result<Recurrence> recurrence = Recurrence::parse(rule);
        QVERIFY2(recurrence.hasValue(), recurrence ? "" : qPrintable(recurrence.error().userMessage()));
        for (const QString& exdate : exdates) {
            recurrence.value().addExclusion(utc(exdate));
        }
        const Result<Schedule> first = Schedule::fromLocal(firstLocal.date(), firstLocal.time(), 50, zone);
        QVERIFY(first.hasValue());
        const QList<Schedule> occurrences = recurrence->occurrences(*first, from, to, max);
        QCOMPARE(describe(occurrences), expected);
        for (const Schedule& occurrence : occurrences) {
            QCOMPARE(occurrence.durationSeconds(), 50 * 60);
            QCOMPARE(occurrence.timeZoneId(), zone);
        }
    }

    void anEmptyWindowGivesNothing()
    {
        const Recurrence rule = Recurrence::parse(QStringLiteral("FREQ=DAILY")).value();
        const Schedule first = Schedule::fromLocal(QDate(2024, 6, 3), QTime(10, 0), 60, QStringLiteral("UTC")).value();
        QVERIFY(rule.occurrences(first, QDate(2024, 6, 5), QDate(2024, 6, 4), 10).isEmpty());
        QVERIFY(rule.occurrences(first, QDate(2024, 6, 3), QDate(2024, 6, 10), 0).isEmpty());
        QVERIFY(rule.occurrences(Schedule(), QDate(2024, 6, 3), QDate(2024, 6, 10), 10).isEmpty());
    }

    void aRuleThatNeverMatchesEnds()
    {
        // Every 12 months on the 31st from February: never a date, and it must still return.
        const Recurrence rule = Recurrence::parse(QStringLiteral("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31")).value();
        const Schedule first = Schedule::fromLocal(QDate(2024, 2, 10), QTime(10, 0), 60, QStringLiteral("UTC")).value();
        const QList<Schedule> occurrences = rule.occurrences(first, QDate(2024, 1, 1), QDate(2100, 1, 1), 10);
        QCOMPARE(occurrences.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDomainRecurrence)
#include "test_domain_recurrence.moc"
