#include <QTest>
#include <QTimeZone>

#include "core/adapters/system/SystemClock.h"
#include "core/fakes/FakeClock.h"

using namespace clientele;

class TestCoreFakeClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fakeClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 3, 29), QTime(0, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        FakeClock clock(start);
        QCOMPARE(clock.nowUtc(), start.toUTC());
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        clock.advance(2LL * 60 * 60 * 1000);
        QCOMPARE(clock.nowUtc(), start.toUTC().addSecs(2LL * 60 * 60));
        clock.setNow(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(clock.nowUtc().date(), QDate(2027, 1, 1));
    }

    void systemClockIsUtcAndCurrent()
    {
        const SystemClock clock;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock.nowUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestCoreFakeClock)
#include "test_core_fake_clock.moc"
