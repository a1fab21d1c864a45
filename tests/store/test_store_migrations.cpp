#include <QFile>
#include <QTest>

#include "core/store/Schema.h"
#include "core/store/SearchIndex.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreOpener.h"
#include "core/store/StoreSession.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;

// Every database ever written by a released version must open in this one: build a database at
// each earlier schema version (by running the migrations up to it, as that version did), put data in
// it, and open it with the current code.
class TestStoreMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreNumberedWithoutGaps()
    {
        int expected = 1;
        for (const Migration& migration : schemaMigrations()) {
            QCOMPARE(migration.version, expected++);
            QVERIFY(migration.description && migration.sql);
        }
        QCOMPARE(latestSchemaVersion(), expected - 1);
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 1; version < latestSchemaVersion(); ++version) {
            QTest::addRow("from version %d", version) << version;
        }
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const PracticeFiles files {dir.path()};
        const auto key = std::make_shared<SecureBytes>(KeyFile::randomKey());
        {
            auto db = SqlCipherDatabase::open(files.databasePath(), *key, SqlCipherDatabase::OpenMode::CreateIfMissing);
            QVERIFY(db.hasValue());
            QVERIFY(db.value()->enableDurableWrites().hasValue());
            QVERIFY(StoreOpener::migrate(*db.value(), fromVersion).hasValue());
            QCOMPARE(db.value()->queryInt(QStringLiteral("PRAGMA user_version;")).value(), qint64(fromVersion));
            // Data as version 1 wrote it: identity, a client with an email, its change records.
            QVERIFY(db.value()
                        ->execute(QStringLiteral(
                            "INSERT INTO sync_state (k, v) VALUES ('vault_id', x'0123456789abcdef0123456789abcdef'), "
                            "('device_id', x'fedcba9876543210fedcba9876543210'), ('hlc', 42);"
                            "INSERT INTO client (id, given_name, family_name, stage) VALUES "
                            "(x'018f0000000070008000000000000001', 'Miss', 'Lemon', 'booked');"
                            "INSERT INTO client_contact (id, client_id, kind, value, position) VALUES "
                            "(x'018f0000000070008000000000000002', x'018f0000000070008000000000000001', 'email', "
                            "'lemon@example.org', 'a000');"
                            "INSERT INTO crdt_field VALUES ('client', x'018f0000000070008000000000000001', '_created', "
                            "42, x'fedcba9876543210fedcba9876543210');"))
                        .hasValue());
        }
        FakeClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
        auto session = StoreOpener::open(files, *key, clock);
        QVERIFY2(session.hasValue(), qPrintable(session.hasValue() ? QString() : session.error().toString()));
        StoreSession& s = *session.value();
        QCOMPARE(s.db().queryInt(QStringLiteral("PRAGMA user_version;")).value(), qint64(latestSchemaVersion()));
        QCOMPARE(s.hlc(), qint64(42));
        QCOMPARE(s.db().queryText(QStringLiteral("SELECT family_name FROM client")).value(), QStringLiteral("Lemon"));
        // Version 2 added the search index; the old client must be findable right after the upgrade.
        const auto hits = s.search().search(QStringLiteral("lemon@example"), 5);
        QVERIFY(hits.hasValue());
        QCOMPARE(hits->size(), qsizetype(1));
        QCOMPARE(hits->constFirst().title, QStringLiteral("Miss Lemon"));
    }

    void aFreshDatabaseIsAtTheLatestVersion()
    {
        TestPractice practice;
        const auto version =
            practice.run([](StoreSession& s) { return s.db().queryInt(QStringLiteral("PRAGMA user_version;")); });
        QCOMPARE(version.value(), qint64(latestSchemaVersion()));
        QCOMPARE(QFile::permissions(practice.files.databasePath()) & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "test_store_migrations.moc"
