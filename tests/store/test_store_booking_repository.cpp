#include <QTest>

#include "core/store/BookingRepository.h"
#include "core/store/ClientRepository.h"
#include "core/store/ServiceRepository.h"
#include "tests/store/PracticeFixtures.h"

using namespace clientele;
using namespace clientele::test;

class TestStoreBookingRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRefusedTransitionSaysWhyAndChangesNothing()
    {
        TestPractice practice;
        const auto client = clientNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace"), practice.clock.nowUtc());
        const auto service = serviceWithDeposit(20000, 5000);
        const auto booking =
            bookingAt(client, service, practice.clock.nowUtc().addDays(3), domain::BookingStatus::AwaitingPayment);
        seed(practice, [&](WriteScope& scope) -> Result<void> {
            if (auto done = ClientRows::insert(scope, client); !done) {
                return done;
            }
            if (auto done = ServiceRows::insert(scope, service); !done) {
                return done;
            }
            return BookingRows::insert(scope, booking);
        });
        BookingRepository bookings(*practice.store);
        const auto context = await(bookings.transitionContext(booking.id(), practice.clock.nowUtc()));
        QVERIFY(context.hasValue());
        QVERIFY(context->depositRequired);
        QVERIFY(!context->depositPaid);

        const auto refused = await(
            bookings.transition(booking.id(), domain::BookingStatus::Confirmed, QString(), practice.clock.nowUtc()));
        QVERIFY(!refused.hasValue());
        QVERIFY(refused.error().userMessage().contains(QStringLiteral("deposit")));
        const auto stored = await(bookings.find(booking.id()));
        QCOMPARE(stored->value().status(), domain::BookingStatus::AwaitingPayment);
        QVERIFY(stored->value().statusHistory().isEmpty());

        const auto canceled = await(bookings.transition(
            booking.id(), domain::BookingStatus::Canceled, QStringLiteral("Moved abroad"), practice.clock.nowUtc()));
        QVERIFY(canceled.hasValue());
        QVERIFY(practice.reopen().hasValue());
        BookingRepository reopened(*practice.store);
        const auto reloaded = await(reopened.find(booking.id()))->value();
        QCOMPARE(reloaded.status(), domain::BookingStatus::Canceled);
        QCOMPARE(reloaded.cancellationReason(), QStringLiteral("Moved abroad"));
        QCOMPARE(reloaded.statusHistory().size(), qsizetype(1));
        QCOMPARE(reloaded.statusHistory().constFirst().from, domain::BookingStatus::AwaitingPayment);
    }

    void aSeriesReschedulesAndRemovalsRoundTrip()
    {
        TestPractice practice;
        const auto client = clientNamed(QStringLiteral("Ben"), QStringLiteral("Bauer"), practice.clock.nowUtc());
        const auto service = serviceWithDeposit(9000, 0);
        QVERIFY(await(ClientRepository(*practice.store).add(client)).hasValue());
        QVERIFY(await(ServiceRepository(*practice.store).add(service)).hasValue());
        QList<domain::Booking> series;
        const QUuid seriesId = sync::UuidV7::create();
        for (int week = 0; week < 3; ++week) {
            auto booking = bookingAt(
                client, service, practice.clock.nowUtc().addDays(7 * week + 1), domain::BookingStatus::Confirmed);
            booking.setSeries(seriesId, std::nullopt);
            series.append(booking);
        }
        BookingRepository bookings(*practice.store);
        QVERIFY(await(bookings.addSeries(series)).hasValue());
        domain::Booking moved = series.constFirst();
        const auto later = domain::Schedule::create(moved.schedule().start().addSecs(3600),
            moved.schedule().end().addSecs(3600), moved.schedule().timeZoneId());
        QVERIFY(moved.reschedule(later.value(), practice.clock.nowUtc(), QStringLiteral("Traffic")).hasValue());
        QVERIFY(await(bookings.update(series.constFirst(), moved)).hasValue());
        const auto stored = await(bookings.find(moved.id()))->value();
        QCOMPARE(stored.schedule(), later.value());
        QCOMPARE(stored.rescheduleHistory().size(), qsizetype(1));
        QCOMPARE(stored.seriesId(), seriesId);

        QVERIFY(await(bookings.remove(moved.id())).hasValue());
        QVERIFY(!await(bookings.find(moved.id()))->has_value());
        QVERIFY(await(bookings.undelete(moved.id())).hasValue());
        QVERIFY(await(bookings.find(moved.id()))->has_value());
    }

    void servicesAndPackagesRoundTrip()
    {
        TestPractice practice;
        ServiceRepository services(*practice.store);
        auto portrait = serviceWithDeposit(25000, 5000);
        domain::Service wedding(
            sync::UuidV7::create(), QStringLiteral("Ébène wedding"), 480, domain::Money(320000, eur()));
        wedding.setDeposit(domain::Deposit::percentage(300000));
        wedding.setReminderPlan({{1440, domain::ReminderRule::Channel::Sms}});
        QVERIFY(await(services.add(portrait)).hasValue());
        QVERIFY(await(services.add(wedding)).hasValue());
        auto renamed = portrait;
        renamed.setName(QStringLiteral("Portrait"));
        renamed.setActive(false);
        QVERIFY(await(services.update(portrait, renamed)).hasValue());
        const auto all = await(services.all());
        QVERIFY(all.hasValue());
        QCOMPARE(all->size(), qsizetype(2));
        QCOMPARE(all->at(0).name(), QStringLiteral("Ébène wedding")); // accents sort with their letter
        QCOMPARE(all->at(0).deposit(), wedding.deposit());
        QCOMPARE(all->at(0).reminderPlan(), wedding.reminderPlan());
        QCOMPARE(all->at(1).name(), QStringLiteral("Portrait"));
        QVERIFY(!all->at(1).isActive());
        QCOMPARE(all->at(1).deposit(), portrait.deposit());

        domain::ServicePackage ten(sync::UuidV7::create(), portrait.id(), 10, domain::Money(200000, eur()), 365);
        QVERIFY(await(services.savePackage(ten)).hasValue());
        ten.setPrice(domain::Money(190000, eur()));
        QVERIFY(await(services.savePackage(ten)).hasValue());
        auto packages = await(services.packages());
        QCOMPARE(packages->size(), qsizetype(1));
        QCOMPARE(packages->constFirst().price().minorUnits(), qint64(190000));
        QCOMPARE(packages->constFirst().validityDays(), std::optional<int>(365));
        QVERIFY(await(services.removePackage(ten.id())).hasValue());
        QVERIFY(await(services.packages())->isEmpty());
        QVERIFY(await(services.remove(wedding.id())).hasValue());
        QCOMPARE(await(services.all())->size(), qsizetype(1));
    }

    void aServicesProcedureCodingRoundTripsNormalized()
    {
        TestPractice practice;
        domain::Service therapy(
            sync::UuidV7::create(), QStringLiteral("Psychotherapy, 60 min"), 60, domain::Money(18000, eur()));
        domain::ProcedureCoding typed;
        typed.code = QStringLiteral(" 90837");
        typed.modifiers = {QStringLiteral("95"), QStringLiteral("ho")};
        typed.placeOfService = QStringLiteral("2");
        typed.units = 2;
        therapy.setProcedureCoding(typed);
        QVERIFY(await(ServiceRepository(*practice.store).add(therapy)).hasValue());
        QVERIFY(practice.reopen().hasValue());
        ServiceRepository services(*practice.store);
        auto all = await(services.all());
        QCOMPARE(all->size(), qsizetype(1));
        const domain::Service stored = all->constFirst();
        QCOMPARE(stored.procedureCoding(), domain::ProcedureCoding::normalized(typed).value());
        QCOMPARE(stored.procedureCoding().modifiers, QStringList({QStringLiteral("95"), QStringLiteral("HO")}));
        QCOMPARE(stored.procedureCoding().placeOfService, QStringLiteral("02"));

        // The coding is one register: clearing it writes one change.
        const auto changes = [&practice] {
            return practice
                .run([](StoreSession& s) { return s.db().queryInt(QStringLiteral("SELECT count(*) FROM change_log")); })
                .value();
        };
        const qint64 before = changes();
        domain::Service uncoded = stored;
        uncoded.setProcedureCoding({});
        QVERIFY(await(services.update(stored, uncoded)).hasValue());
        QCOMPARE(changes(), before + 1);
        all = await(services.all());
        QVERIFY(all->constFirst().procedureCoding().isEmpty());

        domain::Service invalid = uncoded;
        domain::ProcedureCoding noPlace;
        noPlace.code = QStringLiteral("90837");
        invalid.setProcedureCoding(noPlace);
        const auto refused = await(services.update(uncoded, invalid));
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().detail(), QStringLiteral("coding.needs-place-of-service"));
        QCOMPARE(changes(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreBookingRepository)
#include "test_store_booking_repository.moc"
