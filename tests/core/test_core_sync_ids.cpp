#include <QSet>
#include <QTest>

#include "core/sync/Hlc.h"
#include "core/sync/UuidV7.h"

using namespace clientele::sync;

class TestCoreSyncIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tickFollowsTheWallClock_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("a later wall clock resets the counter")
            << Hlc::pack(1000, 7) << qint64(2000) << Hlc::pack(2000, 0);
        QTest::newRow("the same millisecond counts up") << Hlc::pack(1000, 7) << qint64(1000) << Hlc::pack(1000, 8);
        QTest::newRow("a clock that went backwards still moves forward")
            << Hlc::pack(5000, 1) << qint64(10) << Hlc::pack(5000, 2);
        QTest::newRow("a full counter borrows from the milliseconds")
            << Hlc::pack(1000, 0xFFFF) << qint64(1000) << Hlc::pack(1001, 0);
    }
    void tickFollowsTheWallClock()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        Hlc clock(start);
        QCOMPARE(clock.tick(now), expected);
        QVERIFY(clock.value() > start);
    }

    void ticksAreStrictlyIncreasingUnderAnyClock()
    {
        Hlc clock;
        qint64 last = 0;
        const qint64 walls[] = {100, 100, 90, 100, 101, 50, 200, 200, 200};
        for (qint64 wall : walls) {
            const qint64 stamp = clock.tick(wall);
            QVERIFY(stamp > last);
            last = stamp;
        }
    }

    void observeTakesRemoteStampsButCapsDrift_data()
    {
        QTest::addColumn<qint64>("remote");
        QTest::addColumn<bool>("withinDrift");
        QTest::addColumn<qint64>("expected");
        const qint64 now = 1'000'000;
        QTest::newRow("an older remote stamp changes nothing") << Hlc::pack(10, 0) << true << Hlc::pack(500, 0);
        QTest::newRow("a newer remote stamp is followed") << Hlc::pack(now + 5, 3) << true << Hlc::pack(now + 5, 3);
        QTest::newRow("a stamp an hour ahead is capped at now + 10 min")
            << Hlc::pack(now + 3'600'000, 0) << false << Hlc::pack(now + Hlc::kMaxDriftMs, 0xFFFF);
    }
    void observeTakesRemoteStampsButCapsDrift()
    {
        QFETCH(qint64, remote);
        QFETCH(bool, withinDrift);
        QFETCH(qint64, expected);
        Hlc clock(Hlc::pack(500, 0));
        QCOMPARE(clock.observe(remote, 1'000'000), withinDrift);
        QCOMPARE(clock.value(), expected);
        QVERIFY(clock.tick(1'000'000) > clock.value() - 1);
    }

    void humanFormIsReadable()
    {
        QCOMPARE(Hlc::toString(Hlc::pack(1738324800123, 1)), QStringLiteral("2025-01-31T12:00:00.123Z-0001"));
    }

    void uuidV7CarriesTheTimeVersionAndVariant()
    {
        std::array<unsigned char, 10> random {};
        random.fill(0xFF);
        const QUuid id = UuidV7::fromParts(1738324800123, random);
        // Qt 6.4's QUuid::version() knows versions up to 5 only, so read the bits.
        const QByteArray bytes = UuidV7::toBytes(id);
        QCOMPARE(static_cast<unsigned char>(bytes.at(6)) >> 4, 7);
        QCOMPARE(static_cast<unsigned char>(bytes.at(8)) & 0xC0, 0x80);
        QCOMPARE(UuidV7::unixMs(id), qint64(1738324800123));
        QCOMPARE(id.toString(QUuid::WithoutBraces).left(13), QStringLiteral("0194bc3b-727b"));
    }

    void createdIdsAreUniqueAndSorted()
    {
        QSet<QUuid> seen;
        QByteArray last;
        for (int i = 0; i < 20000; ++i) {
            const QUuid id = UuidV7::create();
            const QByteArray bytes = UuidV7::toBytes(id);
            QVERIFY2(bytes > last, "ids must sort in creation order, even within one millisecond");
            last = bytes;
            seen.insert(id);
            QCOMPARE(static_cast<unsigned char>(bytes.at(6)) >> 4, 7);
        }
        QCOMPARE(seen.size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestCoreSyncIds)
#include "test_core_sync_ids.moc"
