#include <QSignalSpy>
#include <QTest>

#include "core/store/AutoLock.h"
#include "core/store/ClientRepository.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;
using namespace std::chrono_literals;

class TestStoreRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void futuresCarryClientsToAndFromTheStorageThread()
    {
        TestPractice practice;
        ClientRepository clients(*practice.store);
        domain::Client client(sync::UuidV7::create(), practice.clock.nowUtc());
        client.setCompany(QStringLiteral("Lumière Weddings"));
        QVERIFY(await(clients.add(client)).hasValue());
        domain::Client renamed = client;
        renamed.setCompany(QStringLiteral("Lumière Weddings & Events"));
        QVERIFY(await(clients.update(client, renamed)).hasValue());
        const auto found = await(clients.find(client.id()));
        QVERIFY(found.hasValue() && found->has_value());
        QCOMPARE(found->value().company(), renamed.company());
        const auto hits = await(clients.search(QStringLiteral("lumiere ev"), 10));
        QCOMPARE(hits->size(), qsizetype(1));
        QVERIFY(await(clients.remove(client.id())).hasValue());
        QVERIFY(!await(clients.find(client.id()))->has_value());
    }

    void anInvalidClientIsRefusedAndNothingIsStored()
    {
        TestPractice practice;
        ClientRepository clients(*practice.store);
        const domain::Client nameless(sync::UuidV7::create(), practice.clock.nowUtc());
        const auto added = await(clients.add(nameless));
        QVERIFY(!added.hasValue());
        QCOMPARE(added.error().code(), Error::Code::InvalidInput);
        QVERIFY(!await(clients.find(nameless.id()))->has_value());
    }

    void birthDateAndDiagnosisCodesRoundTrip()
    {
        TestPractice practice;
        ClientRepository clients(*practice.store);
        domain::Client client(sync::UuidV7::create(), practice.clock.nowUtc());
        client.setGivenName(QStringLiteral("Robin"));
        client.setBirthDate(QDate(1988, 7, 14));
        QVERIFY(client.setDiagnosisCodes({QStringLiteral("F41.1"), QStringLiteral("z63.0")}).hasValue());
        QVERIFY(await(clients.add(client)).hasValue());
        QVERIFY(practice.reopen().hasValue());
        ClientRepository reopened(*practice.store);
        auto found = await(reopened.find(client.id()));
        QVERIFY(found.hasValue() && found->has_value());
        QCOMPARE(found->value().birthDate(), QDate(1988, 7, 14));
        QCOMPARE(found->value().diagnosisCodes(), QStringList({QStringLiteral("F41.1"), QStringLiteral("Z63.0")}));
        QCOMPARE(practice
                     .run([](StoreSession& s) {
                         return s.db().queryText(
                             QStringLiteral("SELECT birth_date || ' ' || diagnosis_codes FROM client"));
                     })
                     .value(),
            QStringLiteral("1988-07-14 F41.1,Z63.0"));

        domain::Client cleared = found->value();
        cleared.setBirthDate(QDate());
        QVERIFY(cleared.setDiagnosisCodes({}).hasValue());
        QVERIFY(await(reopened.update(found->value(), cleared)).hasValue());
        found = await(reopened.find(client.id()));
        QVERIFY(!found->value().birthDate().isValid());
        QVERIFY(found->value().diagnosisCodes().isEmpty());
        QCOMPARE(practice
                     .run([](StoreSession& s) {
                         return s.db().queryInt(QStringLiteral(
                             "SELECT count(*) FROM client WHERE birth_date IS NULL AND diagnosis_codes IS NULL"));
                     })
                     .value(),
            qint64(1));
    }

    void theIdleLockClosesThePracticeAfterTheLimit_data()
    {
        QTest::addColumn<int>("idleMinutes");
        QTest::addColumn<bool>("locks");
        QTest::newRow("one minute short of the limit") << 14 << false;
        QTest::newRow("exactly the limit") << 15 << true;
        QTest::newRow("long after the limit") << 600 << true;
    }
    void theIdleLockClosesThePracticeAfterTheLimit()
    {
        QFETCH(int, idleMinutes);
        QFETCH(bool, locks);
        TestPractice practice;
        AutoLock lock(*practice.store, practice.clock, 15min);
        QSignalSpy locked(&lock, &AutoLock::locked);
        practice.clock.advance(qint64(idleMinutes) * 60'000);
        QCOMPARE(lock.lockIfIdle(), locks);
        QCOMPARE(locked.count(), locks ? 1 : 0);
        // The lock is asynchronous (the storage thread closes the database); a query after it fails.
        const auto query = practice.run([](StoreSession& s) { return s.db().queryInt(QStringLiteral("SELECT 1")); });
        QCOMPARE(query.hasValue(), !locks);
        QCOMPARE(practice.store->isOpen(), !locks);
    }

    void activityKeepsThePracticeOpen()
    {
        TestPractice practice;
        AutoLock lock(*practice.store, practice.clock, 15min);
        for (int i = 0; i < 10; ++i) {
            practice.clock.advance(10LL * 60'000);
            lock.noteActivity();
            QVERIFY(!lock.lockIfIdle());
        }
        lock.setIdleLimit(0min); // "never"
        practice.clock.advance(24LL * 3600'000);
        QVERIFY(!lock.lockIfIdle());
        QVERIFY(practice.store->isOpen());
    }
};

QTEST_GUILESS_MAIN(TestStoreRepository)
#include "test_store_repository.moc"
