#include <QTest>

#include "core/domain/Schedule.h"

using namespace clientele;
using namespace clientele::domain;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

QString berlin()
{
    return QStringLiteral("Europe/Berlin");
}

QString newYork()
{
    return QStringLiteral("America/New_York");
}

} // namespace

class TestDomainSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createKeepsUtcAndZone()
    {
        const Result<Schedule> schedule =
            Schedule::create(utc("2024-06-10T08:00:00Z"), utc("2024-06-10T09:30:00Z"), berlin());
        QVERIFY(schedule.hasValue());
        QCOMPARE(schedule->start(), utc("2024-06-10T08:00:00Z"));
        QCOMPARE(schedule->start().timeSpec(), Qt::UTC);
        QCOMPARE(schedule->timeZoneId(), berlin());
        QCOMPARE(schedule->localStart().time(), QTime(10, 0));
        QCOMPARE(schedule->localEnd().time(), QTime(11, 30));
        QCOMPARE(schedule->durationSeconds(), 90 * 60);
        QVERIFY(!schedule->isNull());
    }

    void createRefuses_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("keyword");

        const QDateTime start = utc("2024-06-10T08:00:00Z");
        QTest::newRow("a session that ends before it starts") << start << start.addSecs(-60) << berlin() << "end after";
        QTest::newRow("a session of no length") << start << start << berlin() << "end after";
        QTest::newRow("a session longer than 31 days") << start << start.addDays(31).addSecs(1) << berlin() << "31";
        QTest::newRow("an unknown time zone") << start << start.addSecs(3600) << "Mars/Olympus_Mons"
                                              << "not known";
        QTest::newRow("no time zone") << start << start.addSecs(3600) << QString() << "not known";
        QTest::newRow("no start") << QDateTime() << start << berlin() << "valid start";
    }
    void createRefuses()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QString, zone);
        QFETCH(QString, keyword);
        const Result<Schedule> schedule = Schedule::create(start, end, zone);
        QVERIFY(!schedule.hasValue());
        QCOMPARE(schedule.error().code(), Error::Code::InvalidInput);
        QVERIFY2(schedule.error().userMessage().contains(keyword, Qt::CaseInsensitive),
            qPrintable(schedule.error().userMessage()));
    }

    void thirtyOneDaysIsTheLongestSession()
    {
        const QDateTime start = utc("2024-06-01T00:00:00Z");
        QVERIFY(Schedule::create(start, start.addDays(31), berlin()).hasValue());
    }

    void fromLocalResolvesWallClockTimes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("gap");
        QTest::addColumn<int>("overlap");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::addColumn<QTime>("expectedLocalTime");

        const int refuse = static_cast<int>(GapPolicy::Refuse);
        const int shift = static_cast<int>(GapPolicy::ShiftForward);
        const int earlier = static_cast<int>(OverlapPolicy::Earlier);
        const int later = static_cast<int>(OverlapPolicy::Later);

        QTest::newRow("an ordinary summer morning in Berlin is two hours ahead of UTC")
            << berlin() << QDate(2024, 6, 10) << QTime(10, 0) << refuse << earlier << utc("2024-06-10T08:00:00Z")
            << QTime(10, 0);
        QTest::newRow("an ordinary winter morning in Berlin is one hour ahead of UTC")
            << berlin() << QDate(2024, 1, 10) << QTime(10, 0) << refuse << earlier << utc("2024-01-10T09:00:00Z")
            << QTime(10, 0);
        QTest::newRow("02:30 on the Berlin spring-forward day shifts to 03:30")
            << berlin() << QDate(2024, 3, 31) << QTime(2, 30) << shift << earlier << utc("2024-03-31T01:30:00Z")
            << QTime(3, 30);
        QTest::newRow("02:30 on the New York spring-forward day shifts to 03:30")
            << newYork() << QDate(2024, 3, 10) << QTime(2, 30) << shift << earlier << utc("2024-03-10T07:30:00Z")
            << QTime(3, 30);
        QTest::newRow("02:30 on the Berlin fall-back day is summer time by default")
            << berlin() << QDate(2024, 10, 27) << QTime(2, 30) << refuse << earlier << utc("2024-10-27T00:30:00Z")
            << QTime(2, 30);
        QTest::newRow("02:30 on the Berlin fall-back day can be the second, winter reading")
            << berlin() << QDate(2024, 10, 27) << QTime(2, 30) << refuse << later << utc("2024-10-27T01:30:00Z")
            << QTime(2, 30);
        QTest::newRow("01:30 on the New York fall-back day is EDT by default")
            << newYork() << QDate(2024, 11, 3) << QTime(1, 30) << refuse << earlier << utc("2024-11-03T05:30:00Z")
            << QTime(1, 30);
        QTest::newRow("01:30 on the New York fall-back day can be EST")
            << newYork() << QDate(2024, 11, 3) << QTime(1, 30) << refuse << later << utc("2024-11-03T06:30:00Z")
            << QTime(1, 30);
    }
    void fromLocalResolvesWallClockTimes()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(int, gap);
        QFETCH(int, overlap);
        QFETCH(QDateTime, expectedStart);
        QFETCH(QTime, expectedLocalTime);
        const Result<Schedule> schedule =
            Schedule::fromLocal(date, time, 60, zone, static_cast<GapPolicy>(gap), static_cast<OverlapPolicy>(overlap));
        QVERIFY2(schedule.hasValue(), schedule ? "" : qPrintable(schedule.error().userMessage()));
        QCOMPARE(schedule->start(), expectedStart);
        QCOMPARE(schedule->localStart().time(), expectedLocalTime);
        QCOMPARE(schedule->localStart().date(), date);
        QCOMPARE(schedule->durationSeconds(), 3600);
    }

    void aTimeInTheGapIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::newRow("Berlin, last Sunday of March") << berlin() << QDate(2024, 3, 31);
        QTest::newRow("New York, second Sunday of March") << newYork() << QDate(2024, 3, 10);
    }
    void aTimeInTheGapIsRefusedWithTheReason()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        const Result<Schedule> schedule = Schedule::fromLocal(date, QTime(2, 30), 60, zone);
        QVERIFY(!schedule.hasValue());
        QVERIFY(schedule.error().userMessage().contains(QStringLiteral("02:30")));
        QVERIFY(schedule.error().userMessage().contains(QStringLiteral("clocks move forward")));
    }

    void aSessionAcrossFallBackLastsItsRealLength()
    {
        // 00:00 to 04:00 on the clock on the fall-back day is five real hours.
        const Result<Schedule> byClock =
            Schedule::fromLocal(QDate(2024, 10, 27), QTime(0, 0), QDate(2024, 10, 27), QTime(4, 0), berlin());
        QVERIFY(byClock.hasValue());
        QCOMPARE(byClock->durationSeconds(), 5 * 3600);

        // Two elapsed hours from 01:30 summer time end at 02:30 winter time.
        const Result<Schedule> byDuration = Schedule::fromLocal(QDate(2024, 10, 27), QTime(1, 30), 120, berlin());
        QVERIFY(byDuration.hasValue());
        QCOMPARE(byDuration->localEnd().time(), QTime(2, 30));
        QCOMPARE(byDuration->end(), utc("2024-10-27T01:30:00Z"));
    }

    void overlaps_data()
    {
        QTest::addColumn<QString>("otherStart");
        QTest::addColumn<QString>("otherEnd");
        QTest::addColumn<bool>("expected");
        // The session is 10:00-11:00 UTC.
        QTest::newRow("one that ends when this starts does not overlap") << "09:00"
                                                                         << "10:00" << false;
        QTest::newRow("one that starts when this ends does not overlap") << "11:00"
                                                                         << "12:00" << false;
        QTest::newRow("one that starts inside overlaps") << "10:30"
                                                         << "11:30" << true;
        QTest::newRow("one that surrounds it overlaps") << "09:00"
                                                        << "12:00" << true;
        QTest::newRow("one inside it overlaps") << "10:15"
                                                << "10:45" << true;
        QTest::newRow("one earlier that day does not overlap") << "07:00"
                                                               << "08:00" << false;
    }
    void overlaps()
    {
        QFETCH(QString, otherStart);
        QFETCH(QString, otherEnd);
        QFETCH(bool, expected);
        const Result<Schedule> mine =
            Schedule::create(utc("2024-06-10T10:00:00Z"), utc("2024-06-10T11:00:00Z"), berlin());
        // The other one is planned in another zone: overlap is about instants, not wall clocks.
        const QDate day(2024, 6, 10);
        const Result<Schedule> other =
            Schedule::create(QDateTime(day, QTime::fromString(otherStart, QStringLiteral("HH:mm")), Qt::UTC),
                QDateTime(day, QTime::fromString(otherEnd, QStringLiteral("HH:mm")), Qt::UTC), newYork());
        QVERIFY(mine.hasValue() && other.hasValue());
        QCOMPARE(mine->overlaps(*other), expected);
        QCOMPARE(other->overlaps(*mine), expected);
    }

    void equalityComparesInstantsAndZone()
    {
        const QDateTime startInBerlin(QDate(2024, 6, 10), QTime(10, 0), QTimeZone("Europe/Berlin"));
        const Result<Schedule> a = Schedule::create(startInBerlin, startInBerlin.addSecs(3600), berlin());
        const Result<Schedule> b = Schedule::create(utc("2024-06-10T08:00:00Z"), utc("2024-06-10T09:00:00Z"), berlin());
        const Result<Schedule> c =
            Schedule::create(utc("2024-06-10T08:00:00Z"), utc("2024-06-10T09:00:00Z"), newYork());
        QVERIFY(a.hasValue() && b.hasValue() && c.hasValue());
        QVERIFY(*a == *b);
        QVERIFY(!(*a == *c));
        QVERIFY(!(*a == a->movedTo(utc("2024-06-10T09:00:00Z"))));
    }

    void movedToKeepsLengthAndZone()
    {
        const Result<Schedule> schedule =
            Schedule::create(utc("2024-06-10T08:00:00Z"), utc("2024-06-10T09:30:00Z"), berlin());
        QVERIFY(schedule.hasValue());
        const Schedule moved = schedule->movedTo(utc("2024-06-11T12:00:00Z"));
        QCOMPARE(moved.end(), utc("2024-06-11T13:30:00Z"));
        QCOMPARE(moved.timeZoneId(), berlin());
    }

    void aNullScheduleOverlapsNothing()
    {
        const Result<Schedule> schedule =
            Schedule::create(utc("2024-06-10T08:00:00Z"), utc("2024-06-10T09:30:00Z"), berlin());
        QVERIFY(schedule.hasValue());
        QVERIFY(Schedule().isNull());
        QVERIFY(!Schedule().overlaps(*schedule));
    }
};

QTEST_GUILESS_MAIN(TestDomainSchedule)
#include "test_domain_schedule.moc"
