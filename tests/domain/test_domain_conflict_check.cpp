#include <QTest>

#include "core/domain/Booking.h"
#include "core/domain/ConflictCheck.h"

using namespace clientele;
using namespace clientele::domain;

namespace {

QDateTime at(const QString& hhmm)
{
    return QDateTime(QDate(2024, 6, 10), QTime::fromString(hhmm, QStringLiteral("HH:mm")), Qt::UTC);
}

QUuid bookingId(int n)
{
    return QUuid(static_cast<uint>(n), 0, 0x7000, 0x80, 0, 0, 0, 0, 0, 0, 0);
}

// "10:00-11:00 b1 before0 after0": an existing booking (b<n>) or calendar busy time (cal).
ConflictCheck::Occupied occupied(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(' '));
    const QStringList times = parts.at(0).split(QLatin1Char('-'));
    ConflictCheck::Occupied result;
    result.session = {at(times.at(0)), at(times.at(1))};
    if (parts.at(1) != QLatin1String("cal")) {
        result.bookingId = bookingId(parts.at(1).mid(1).toInt());
        result.bufferBeforeMinutes = parts.value(2).toInt();
        result.bufferAfterMinutes = parts.value(3).toInt();
    }
    return result;
}

} // namespace

class TestDomainConflictCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QStringList>("expected"); // "b1 session" / "b1 buffer" / "cal session"

        // The candidate is always 10:00-11:00.
        QTest::newRow("a session at the same time is a double booking")
            << 0 << 0 << QStringList {QStringLiteral("10:00-11:00 b1")} << QStringList {QStringLiteral("b1 session")};
        QTest::newRow("back-to-back sessions without buffers are fine")
            << 0 << 0 << QStringList {QStringLiteral("11:00-12:00 b1"), QStringLiteral("09:00-10:00 b2")}
            << QStringList();
        QTest::newRow("the new session's time after collides with the next session")
            << 0 << 15 << QStringList {QStringLiteral("11:00-12:00 b1")} << QStringList {QStringLiteral("b1 buffer")};
        QTest::newRow("the next session's time before collides with the new session")
            << 0 << 0 << QStringList {QStringLiteral("11:00-12:00 b1 10 0")}
            << QStringList {QStringLiteral("b1 buffer")};
        QTest::newRow("the previous session's time after collides with the new session")
            << 0 << 0 << QStringList {QStringLiteral("08:00-09:45 b1 0 30")}
            << QStringList {QStringLiteral("b1 buffer")};
        QTest::newRow("buffers that only touch are fine")
            << 0 << 15 << QStringList {QStringLiteral("11:30-12:00 b1 15 0")} << QStringList();
        QTest::newRow("busy time from a connected calendar counts")
            << 0 << 0 << QStringList {QStringLiteral("10:30-10:45 cal")} << QStringList {QStringLiteral("cal session")};
        QTest::newRow("conflicts come in time order")
            << 30 << 30
            << QStringList {QStringLiteral("11:15-12:00 b2"), QStringLiteral("10:00-10:30 b1"),
                   QStringLiteral("09:00-09:40 b3")}
            << QStringList {QStringLiteral("b3 buffer"), QStringLiteral("b1 session"), QStringLiteral("b2 buffer")};
        QTest::newRow("the booking being moved doesn't conflict with its old time")
            << 0 << 0 << QStringList {QStringLiteral("10:30-11:30 b9")} << QStringList();
    }
    void find()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(QStringList, existing);
        QFETCH(QStringList, expected);
        QList<ConflictCheck::Occupied> taken;
        for (const QString& spec : existing) {
            taken.append(occupied(spec));
        }
        const Schedule candidate =
            Schedule::create(at(QStringLiteral("10:00")), at(QStringLiteral("11:00")), QStringLiteral("Europe/Berlin"))
                .value();
        const QList<ConflictCheck::Conflict> conflicts =
            ConflictCheck::find(candidate, before, after, taken, bookingId(9));
        QStringList found;
        for (const ConflictCheck::Conflict& conflict : conflicts) {
            const QString who = conflict.bookingId.isNull()
                ? QStringLiteral("cal")
                : QString(QLatin1Char('b') + QString::number(conflict.bookingId.data1));
            found.append(who
                + (conflict.kind == ConflictCheck::Kind::SessionsOverlap ? QStringLiteral(" session")
                                                                         : QStringLiteral(" buffer")));
        }
        QCOMPARE(found, expected);
    }

    void onlyCanceledBookingsFreeTheirTime_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("occupies");
        for (const BookingStatus status : allBookingStatuses()) {
            QTest::addRow("a booking that is %s", qPrintable(bookingStatusKey(status)))
                << static_cast<int>(status) << (status != BookingStatus::Canceled);
        }
    }
    void onlyCanceledBookingsFreeTheirTime()
    {
        QFETCH(int, status);
        QFETCH(bool, occupies);
        const Schedule schedule =
            Schedule::create(at(QStringLiteral("10:00")), at(QStringLiteral("11:00")), QStringLiteral("Europe/Berlin"))
                .value();
        const Booking booking =
            Booking::restore(bookingId(1), bookingId(2), bookingId(3), schedule, static_cast<BookingStatus>(status));
        const std::optional<ConflictCheck::Occupied> taken = ConflictCheck::occupiedBy(booking, 10, 20);
        QCOMPARE(taken.has_value(), occupies);
        if (taken) {
            QCOMPARE(taken->bookingId, bookingId(1));
            QCOMPARE(taken->withBuffers().start, at(QStringLiteral("09:50")));
            QCOMPARE(taken->withBuffers().end, at(QStringLiteral("11:20")));
            QCOMPARE(ConflictCheck::find(schedule, 0, 0, {*taken}).size(), 1);
        }
    }

    void aBookingWithoutATimeOccupiesNothing()
    {
        const Booking inquiry =
            Booking::create(bookingId(1), bookingId(2), bookingId(3), Schedule(), BookingStatus::Inquiry).value();
        QVERIFY(!ConflictCheck::occupiedBy(inquiry, 0, 0).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDomainConflictCheck)
#include "test_domain_conflict_check.moc"
