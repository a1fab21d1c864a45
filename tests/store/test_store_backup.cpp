#include <QFile>
#include <QTest>

#include "core/domain/Client.h"
#include "core/store/Backup.h"
#include "core/store/ClientRows.h"
#include "core/store/StoreSession.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;

namespace {

const QUuid kClientId = QUuid::fromString(QStringLiteral("018f0000-0000-7000-8000-000000000009"));

void addClient(TestPractice& practice)
{
    const auto saved = practice.run([](StoreSession& s) -> Result<void> {
        domain::Client client(kClientId, QDateTime(QDate(2026, 5, 5), QTime(5, 5), Qt::UTC));
        client.setGivenName(QStringLiteral("Hercule"));
        client.setFamilyName(QStringLiteral("Poirot"));
        Result<WriteScope> scope = s.beginWrite();
        if (!scope) {
            return scope.error();
        }
        if (Result<void> done = ClientRows::insert(scope.value(), client); !done) {
            return done;
        }
        return scope.value().commit();
    });
    QVERIFY(saved.hasValue());
}

Result<Backup::Written> backUp(TestPractice& practice, const QString& path)
{
    return practice.run([path](StoreSession& s) { return Backup::write(s, path); });
}

} // namespace

class TestStoreBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBackupRestoresElsewhereWithTheCodeAsANewDevice()
    {
        TestPractice practice;
        addClient(practice);
        const QString path = practice.dir.filePath(QStringLiteral("practice.backup"));
        QVERIFY(backUp(practice, path).hasValue());
        QVERIFY(!QFile::exists(path + u".part-db"));
        const QByteArray bytes = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.contains("Poirot"));
        QVERIFY(!bytes.contains("SQLite format 3"));

        const PracticeFiles target {practice.dir.filePath(QStringLiteral("restored"))};
        const auto restored = Backup::restore(path, target, *secretOf("TEST-CODE"), false);
        QVERIFY2(restored.hasValue(), qPrintable(restored.hasValue() ? QString() : restored.error().toString()));

        Store store(practice.clock);
        auto key = practice.key;
        QVERIFY(await(store.open(target, [key]() -> Result<std::shared_ptr<const SecureBytes>> {
            return key;
        })).hasValue());
        const auto client = await(store.run([](StoreSession& s) { return ClientRows::load(s.db(), kClientId); }));
        QVERIFY(client.hasValue() && client->has_value());
        QCOMPARE(client->value().familyName(), QStringLiteral("Poirot"));
        const auto devices = await(store.run([](StoreSession& s) -> Result<QByteArray> { return s.deviceId(); }));
        const auto original = practice.run([](StoreSession& s) -> Result<QByteArray> { return s.deviceId(); });
        QVERIFY(devices.value() != original.value());
    }

    void aWrongCodeOrADamagedBackupChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("damageAt"); // -1: none
        QTest::addColumn<int>("error");
        QTest::newRow("a wrong recovery code") << QByteArray("WRONG") << -1 << int(Error::Code::WrongKey);
        QTest::newRow("a flipped byte in the database")
            << QByteArray("TEST-CODE") << 5000 << int(Error::Code::CorruptData);
        QTest::newRow("a truncated header") << QByteArray("TEST-CODE") << 10 << int(Error::Code::CorruptData);
    }
    void aWrongCodeOrADamagedBackupChangesNothing()
    {
        QFETCH(QByteArray, code);
        QFETCH(int, damageAt);
        QFETCH(int, error);
        TestPractice practice;
        addClient(practice);
        const QString path = practice.dir.filePath(QStringLiteral("practice.backup"));
        QVERIFY(backUp(practice, path).hasValue());
        if (damageAt >= 0) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damageAt < 100) {
                QVERIFY(file.resize(damageAt + 20));
            } else {
                file.seek(damageAt);
                char c = 0;
                file.getChar(&c);
                file.seek(damageAt);
                file.putChar(static_cast<char>(c ^ 0x01));
            }
        }
        const PracticeFiles target {practice.dir.filePath(QStringLiteral("restored"))};
        SecureBytes secret(
            reinterpret_cast<const unsigned char*>(code.constData()), static_cast<std::size_t>(code.size()));
        const auto restored = Backup::restore(path, target, secret, false);
        QVERIFY(!restored.hasValue());
        QCOMPARE(int(restored.error().code()), error);
        QVERIFY(!QFile::exists(target.databasePath()));
        QVERIFY(!QFile::exists(target.keyFilePath()));
    }

    void anExistingPracticeIsReplacedOnlyWhenAskedAndKept()
    {
        TestPractice practice;
        addClient(practice);
        const QString path = practice.dir.filePath(QStringLiteral("practice.backup"));
        QVERIFY(backUp(practice, path).hasValue());
        QVERIFY(await(practice.store->lock()).hasValue());
        const QByteArray before = sha256Of(practice.files.databasePath());
        const auto refused = Backup::restore(path, practice.files, *secretOf("TEST-CODE"), false);
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
        QCOMPARE(sha256Of(practice.files.databasePath()), before);
        const auto replaced = Backup::restore(path, practice.files, *secretOf("TEST-CODE"), true);
        QVERIFY(replaced.hasValue());
        QVERIFY(QFile::exists(replaced->setAsidePath));
        QCOMPARE(sha256Of(replaced->setAsidePath), before);
        QVERIFY(practice.reopen().hasValue());
    }
};

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "test_store_backup.moc"
