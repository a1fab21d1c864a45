#include <algorithm>
#include <initializer_list>

#include <QTest>
#include <QTimeZone>

#include "core/domain/Availability.h"

using namespace clientele;
using namespace clientele::domain;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items) {
        result.append(QString::fromUtf8(item));
    }
    return result;
}

// Open every day of the week with the same hours.
Availability everyDay(const QString& zone, QTime start, QTime end)
{
    Availability availability = Availability::create(zone).value();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const Result<void> added = availability.addWeeklyHours(static_cast<Qt::DayOfWeek>(day), start, end);
        Q_ASSERT(added.hasValue());
    }
    return availability;
}

// Slot starts as the practice's clock shows them.
QStringList localStarts(const QList<TimeInterval>& slots, const QString& zone)
{
    QStringList result;
    const QTimeZone timeZone(zone.toLatin1());
    for (const TimeInterval& slot : slots) {
        result.append(slot.start.toTimeZone(timeZone).toString(QStringLiteral("HH:mm")));
    }
    return result;
}

} // namespace

class TestDomainAvailability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freeSlots_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QTime>("open");
        QTest::addColumn<QTime>("close");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::addColumn<int>("notice");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QList<TimeInterval>>("busy");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QDateTime>("firstUtc");

        const QString berlin = QStringLiteral("Europe/Berlin");
        const QString newYork = QStringLiteral("America/New_York");
        const QTime nine(9, 0);
        const QTime five(17, 0);
        const QDateTime newYear = utc("2024-01-01T00:00:00Z");
        const QList<TimeInterval> none;
        const QStringList workday = strings({"09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"});
        // 11:00-12:00 in Berlin in June.
        const QList<TimeInterval> lateMorning {{utc("2024-06-12T09:00:00Z"), utc("2024-06-12T10:00:00Z")}};

        QTest::newRow("an ordinary Berlin day has eight hourly slots")
            << berlin << nine << five << QDate(2024, 6, 12) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << none
            << workday << utc("2024-06-12T07:00:00Z");
        QTest::newRow("the Berlin spring-forward day still opens at 09:00 on the clock")
            << berlin << nine << five << QDate(2024, 3, 31) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << none
            << workday << utc("2024-03-31T07:00:00Z");
        QTest::newRow("the day before the Berlin change opens an hour later in UTC")
            << berlin << nine << five << QDate(2024, 3, 30) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << none
            << workday << utc("2024-03-30T08:00:00Z");
        QTest::newRow("the Berlin fall-back day has the same working hours")
            << berlin << nine << five << QDate(2024, 10, 27) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << none
            << workday << utc("2024-10-27T08:00:00Z");
        QTest::newRow("the New York spring-forward day opens at 09:00 EDT")
            << newYork << nine << five << QDate(2024, 3, 10) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << none
            << workday << utc("2024-03-10T13:00:00Z");
        QTest::newRow("the New York fall-back day opens at 09:00 EST")
            << newYork << nine << five << QDate(2024, 11, 3) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << none
            << workday << utc("2024-11-03T14:00:00Z");
        QTest::newRow("night hours on the 23-hour Berlin day skip the missing hour")
            << berlin << QTime(0, 0) << QTime(6, 0) << QDate(2024, 3, 31) << newYear << 60 << 60 << 0 << 0 << 0 << 1000
            << none << strings({"00:00", "01:00", "03:00", "04:00", "05:00"}) << utc("2024-03-30T23:00:00Z");
        QTest::newRow("night hours on the 25-hour Berlin day include the repeated hour")
            << berlin << QTime(0, 0) << QTime(6, 0) << QDate(2024, 10, 27) << newYear << 60 << 60 << 0 << 0 << 0 << 1000
            << none << strings({"00:00", "01:00", "02:00", "02:00", "03:00", "04:00", "05:00"})
            << utc("2024-10-26T22:00:00Z");
        QTest::newRow("hours that close in the repeated hour close at its second reading")
            << berlin << QTime(0, 0) << QTime(2, 30) << QDate(2024, 10, 27) << newYear << 60 << 60 << 0 << 0 << 0
            << 1000 << none << strings({"00:00", "01:00", "02:00"}) << utc("2024-10-26T22:00:00Z");
        QTest::newRow("night hours on the 25-hour New York day include the repeated hour")
            << newYork << QTime(0, 0) << QTime(4, 0) << QDate(2024, 11, 3) << newYear << 60 << 60 << 0 << 0 << 0 << 1000
            << none << strings({"00:00", "01:00", "01:00", "02:00", "03:00"}) << utc("2024-11-03T04:00:00Z");
        QTest::newRow("a 90-minute session every half hour fits until 10:30")
            << berlin << nine << QTime(12, 0) << QDate(2024, 6, 12) << newYear << 90 << 30 << 0 << 0 << 0 << 1000
            << none << strings({"09:00", "09:30", "10:00", "10:30"}) << utc("2024-06-12T07:00:00Z");
        QTest::newRow("a busy hour removes only the slot it overlaps")
            << berlin << nine << five << QDate(2024, 6, 12) << newYear << 60 << 60 << 0 << 0 << 0 << 1000 << lateMorning
            << strings({"09:00", "10:00", "12:00", "13:00", "14:00", "15:00", "16:00"}) << utc("2024-06-12T07:00:00Z");
        QTest::newRow("a buffer after the session keeps it clear of the busy hour that follows")
            << berlin << nine << five << QDate(2024, 6, 12) << newYear << 60 << 60 << 0 << 30 << 0 << 1000
            << lateMorning << strings({"09:00", "12:00", "13:00", "14:00", "15:00", "16:00"})
            << utc("2024-06-12T07:00:00Z");
        QTest::newRow("a buffer before the session keeps it clear of the busy hour before")
            << berlin << nine << five << QDate(2024, 6, 12) << newYear << 60 << 60 << 15 << 0 << 0 << 1000
            << lateMorning << strings({"09:00", "10:00", "13:00", "14:00", "15:00", "16:00"})
            << utc("2024-06-12T07:00:00Z");
        QTest::newRow("minimum notice hides slots that start too soon")
            << berlin << nine << five << QDate(2024, 6, 12) << utc("2024-06-12T06:30:00Z") << 60 << 60 << 0 << 0 << 120
            << 1000 << none << strings({"11:00", "12:00", "13:00", "14:00", "15:00", "16:00"})
            << utc("2024-06-12T09:00:00Z");
        QTest::newRow("slots that have already started are not offered")
            << berlin << nine << five << QDate(2024, 6, 12) << utc("2024-06-12T10:15:00Z") << 60 << 60 << 0 << 0 << 0
            << 1000 << none << strings({"13:00", "14:00", "15:00", "16:00"}) << utc("2024-06-12T11:00:00Z");
        QTest::newRow("the last day of the horizon is bookable")
            << berlin << nine << five << QDate(2024, 6, 14) << utc("2024-06-12T06:00:00Z") << 60 << 60 << 0 << 0 << 0
            << 2 << none << workday << utc("2024-06-14T07:00:00Z");
        QTest::newRow("a day past the horizon has no slots")
            << berlin << nine << five << QDate(2024, 6, 15) << utc("2024-06-12T06:00:00Z") << 60 << 60 << 0 << 0 << 0
            << 2 << none << QStringList() << QDateTime();
        QTest::newRow("a day in the past has no slots")
            << berlin << nine << five << QDate(2024, 6, 11) << utc("2024-06-12T06:00:00Z") << 60 << 60 << 0 << 0 << 0
            << 2 << none << QStringList() << QDateTime();
        QTest::newRow("a session longer than the opening hours has no slots")
            << berlin << nine << QTime(10, 0) << QDate(2024, 6, 12) << newYear << 90 << 30 << 0 << 0 << 0 << 1000
            << none << QStringList() << QDateTime();
    }
    void freeSlots()
    {
        QFETCH(QString, zone);
        QFETCH(QTime, open);
        QFETCH(QTime, close);
        QFETCH(QDate, date);
        QFETCH(QDateTime, now);
        QFETCH(int, duration);
        QFETCH(int, step);
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(int, notice);
        QFETCH(int, horizon);
        QFETCH(QList<TimeInterval>, busy);
        QFETCH(QStringList, expected);
        QFETCH(QDateTime, firstUtc);

        Availability availability = everyDay(zone, open, close);
        QVERIFY(availability.setSlotStepMinutes(step).hasValue());
        QVERIFY(availability.setMinimumNoticeMinutes(notice).hasValue());
        QVERIFY(availability.setHorizonDays(horizon).hasValue());
        const QList<TimeInterval> slots = availability.freeSlots(duration, before, after, busy, date, date, now);

        QCOMPARE(localStarts(slots, zone), expected);
        if (!slots.isEmpty()) {
            QCOMPARE(slots.first().start, firstUtc);
        }
        for (const TimeInterval& slot : slots) {
            QCOMPARE(slot.durationSeconds(), qint64 {duration} * 60);
            const TimeInterval padded {
                slot.start.addSecs(-qint64 {before} * 60), slot.end.addSecs(qint64 {after} * 60)};
            for (const TimeInterval& taken : busy) {
                QVERIFY(!padded.overlaps(taken));
            }
        }
    }

    void exceptionsReplaceTheWeeklyHours()
    {
        const QString berlin = QStringLiteral("Europe/Berlin");
        Availability availability = Availability::create(berlin).value();
        QVERIFY(availability.addWeeklyHours(Qt::Tuesday, QTime(9, 0), QTime(17, 0)).hasValue());
        QVERIFY(availability.addWeeklyHours(Qt::Wednesday, QTime(9, 0), QTime(12, 0)).hasValue());
        QVERIFY(availability.addWeeklyHours(Qt::Wednesday, QTime(14, 0), QTime(16, 0)).hasValue());
        QVERIFY(availability.setSlotStepMinutes(60).hasValue());
        QVERIFY(availability.setHorizonDays(1000).hasValue());
        QVERIFY(availability.setHoursOn(QDate(2024, 12, 24), {{QTime(10, 0), QTime(12, 0)}}).hasValue());
        availability.closeOn(QDate(2024, 12, 31));
        const QDateTime now = utc("2024-12-01T00:00:00Z");

        // Tuesday 24 December: short hours instead of 9-17.
        QCOMPARE(
            localStarts(availability.freeSlots(60, 0, 0, {}, QDate(2024, 12, 24), QDate(2024, 12, 24), now), berlin),
            strings({"10:00", "11:00"}));
        // Tuesday 31 December: closed.
        QVERIFY(availability.freeSlots(60, 0, 0, {}, QDate(2024, 12, 31), QDate(2024, 12, 31), now).isEmpty());
        // Wednesday: two ranges.
        QCOMPARE(
            localStarts(availability.freeSlots(60, 0, 0, {}, QDate(2024, 12, 18), QDate(2024, 12, 18), now), berlin),
            strings({"09:00", "10:00", "11:00", "14:00", "15:00"}));
        // Monday has no hours at all.
        QVERIFY(availability.freeSlots(60, 0, 0, {}, QDate(2024, 12, 16), QDate(2024, 12, 16), now).isEmpty());
        // Removing the exception brings the weekly hours back.
        availability.clearException(QDate(2024, 12, 31));
        QCOMPARE(availability.hoursOn(QDate(2024, 12, 31)).size(), 1);

        // A whole week: Tuesday 8 + Wednesday 5 slots, in time order.
        const QList<TimeInterval> week =
            availability.freeSlots(60, 0, 0, {}, QDate(2024, 12, 16), QDate(2024, 12, 22), now);
        QCOMPARE(week.size(), 13);
        QVERIFY(std::is_sorted(week.cbegin(), week.cend(),
            [](const TimeInterval& a, const TimeInterval& b) { return a.start < b.start; }));
    }

    void refusesBadSettings()
    {
        QVERIFY(!Availability::create(QStringLiteral("Nowhere/Special")).hasValue());
        Availability availability = Availability::create(QStringLiteral("Europe/Berlin")).value();
        QVERIFY(!availability.addWeeklyHours(Qt::Monday, QTime(17, 0), QTime(9, 0)).hasValue());
        QVERIFY(!availability.addWeeklyHours(Qt::Monday, QTime(9, 0), QTime(9, 0)).hasValue());
        QVERIFY(availability.addWeeklyHours(Qt::Monday, QTime(9, 0), QTime(12, 0)).hasValue());
        const Result<void> overlapping = availability.addWeeklyHours(Qt::Monday, QTime(11, 0), QTime(13, 0));
        QVERIFY(!overlapping.hasValue());
        QVERIFY(overlapping.error().userMessage().contains(QStringLiteral("overlap")));
        QVERIFY(availability.addWeeklyHours(Qt::Monday, QTime(12, 0), QTime(13, 0)).hasValue());
        QCOMPARE(availability.weeklyHours(Qt::Monday).size(), 2);
        QVERIFY(!availability.setSlotStepMinutes(0).hasValue());
        QVERIFY(!availability.setMinimumNoticeMinutes(-1).hasValue());
        QVERIFY(!availability.setHorizonDays(-1).hasValue());
        QVERIFY(!availability.setHoursOn(QDate(2024, 1, 1), {{QTime(12, 0), QTime(11, 0)}}).hasValue());
    }

    void presentsSlotsInTheClientsZone_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("startDate");
        QTest::addColumn<QTime>("startTime");
        QTest::addColumn<QDate>("endDate");
        QTest::addColumn<QTime>("endTime");
        QTest::addColumn<int>("offsetHours");

        QTest::newRow("a Tokyo client sees the Berlin morning slot in the evening")
            << utc("2024-06-12T07:00:00Z") << "Asia/Tokyo" << QDate(2024, 6, 12) << QTime(16, 0) << QDate(2024, 6, 12)
            << QTime(17, 0) << 9;
        QTest::newRow("a Tokyo client sees a late Berlin slot end after midnight")
            << utc("2024-06-12T14:00:00Z") << "Asia/Tokyo" << QDate(2024, 6, 12) << QTime(23, 0) << QDate(2024, 6, 13)
            << QTime(0, 0) << 9;
        QTest::newRow("an Auckland client sees a Berlin afternoon slot on the next day")
            << utc("2024-06-12T14:00:00Z") << "Pacific/Auckland" << QDate(2024, 6, 13) << QTime(2, 0)
            << QDate(2024, 6, 13) << QTime(3, 0) << 12;
        QTest::newRow("an Auckland client in their summer is thirteen hours ahead")
            << utc("2024-12-10T08:00:00Z") << "Pacific/Auckland" << QDate(2024, 12, 10) << QTime(21, 0)
            << QDate(2024, 12, 10) << QTime(22, 0) << 13;
        QTest::newRow("a New York client sees the Berlin morning before dawn")
            << utc("2024-06-12T07:00:00Z") << "America/New_York" << QDate(2024, 6, 12) << QTime(3, 0)
            << QDate(2024, 6, 12) << QTime(4, 0) << -4;
    }
    void presentsSlotsInTheClientsZone()
    {
        QFETCH(QDateTime, start);
        QFETCH(QString, zone);
        QFETCH(QDate, startDate);
        QFETCH(QTime, startTime);
        QFETCH(QDate, endDate);
        QFETCH(QTime, endTime);
        QFETCH(int, offsetHours);
        const Result<LocalSlot> local = Availability::presentIn({start, start.addSecs(3600)}, zone);
        QVERIFY(local.hasValue());
        QCOMPARE(local->timeZoneId, zone);
        QCOMPARE(local->startDate, startDate);
        QCOMPARE(local->startTime, startTime);
        QCOMPARE(local->endDate, endDate);
        QCOMPARE(local->endTime, endTime);
        QCOMPARE(local->utcOffsetSeconds, offsetHours * 3600);
        QVERIFY(!local->abbreviation.isEmpty());
    }

    void presentingInAnUnknownZoneIsRefused()
    {
        const QDateTime start = utc("2024-06-12T07:00:00Z");
        QVERIFY(!Availability::presentIn({start, start.addSecs(3600)}, QStringLiteral("Asia/Atlantis")).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestDomainAvailability)
#include "test_domain_availability.moc"
