#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/fakes/FakeClock.h"
#include "core/fakes/MemorySecretStore.h"
#include "core/store/KeyFile.h"
#include "core/store/PracticeVault.h"
#include "core/store/RecoveryCode.h"
#include "core/store/Store.h"
#include "tests/store/StoreTestSupport.h"

using namespace clientele;
using namespace clientele::test;
using namespace std::chrono_literals;

namespace {

QString text(const SecureBytes& bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

struct Practice
{
    QTemporaryDir dir;
    PracticeFiles files {dir.path() + u"/practice"};
    FakeClock clock {QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC)};
    MemorySecretStore keychain;
    QString recoveryCode;

    // Creates the practice and locks it again.
    bool create()
    {
        Store store(clock);
        PracticeVault vault(store, &keychain, 2s);
        auto created = await(vault.create(files, nullptr, KeyFile::KdfProfile::Interactive));
        if (!created) {
            qWarning() << created.error().toString();
            return false;
        }
        recoveryCode = text(*created->recoveryCode);
        return true;
    }
};

} // namespace

class TestStoreVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunCreatesDatabaseKeyFileAndKeychainEntry()
    {
        Practice practice;
        QVERIFY(practice.create());
        QVERIFY(QFile::exists(practice.files.databasePath()));
        QVERIFY(QFile::exists(practice.files.keyFilePath()));
        QCOMPARE(practice.keychain.entryCount(), 1);
        // Five groups of five Crockford base32 characters (125 bits).
        QCOMPARE(practice.recoveryCode.size(), 25 + 4);
        QCOMPARE(practice.recoveryCode.count(u'-'), 4);
        QCOMPARE(QFile::permissions(practice.files.keyFilePath()) & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
    }

    void unlocksFromTheKeychain()
    {
        Practice practice;
        QVERIFY(practice.create());
        Store store(practice.clock);
        PracticeVault vault(store, &practice.keychain, 2s);
        const auto unlocked = await(vault.unlockWithKeychain(practice.files));
        QVERIFY2(unlocked.hasValue(), qPrintable(unlocked.hasValue() ? QString() : unlocked.error().toString()));
        QVERIFY(store.isOpen());
    }

    void unlocksWithTheRecoveryCodeTypedSloppily()
    {
        Practice practice;
        QVERIFY(practice.create());
        Store store(practice.clock);
        PracticeVault vault(store, nullptr, 2s);
        // Lower case, spaces instead of dashes: people copy codes from paper.
        const QByteArray typed = practice.recoveryCode.toLower().replace(u'-', u' ').toLatin1();
        auto passphrase = std::make_shared<SecureBytes>(
            reinterpret_cast<const unsigned char*>(typed.constData()), static_cast<std::size_t>(typed.size()));
        const auto unlocked = await(vault.unlockWithPassphrase(practice.files, passphrase));
        QVERIFY2(unlocked.hasValue(), qPrintable(unlocked.hasValue() ? QString() : unlocked.error().toString()));
    }

    void passphraseUnlockPutsTheKeyBackIntoAnEmptyKeychain()
    {
        Practice practice;
        QVERIFY(practice.create());
        MemorySecretStore newKeychain; // e.g. the keyring was reset
        Store store(practice.clock);
        PracticeVault vault(store, &newKeychain, 2s);
        QCOMPARE(await(vault.unlockWithKeychain(practice.files)).error().code(), Error::Code::NotFound);
        const QByteArray code = practice.recoveryCode.toLatin1();
        auto passphrase = std::make_shared<SecureBytes>(
            reinterpret_cast<const unsigned char*>(code.constData()), static_cast<std::size_t>(code.size()));
        QVERIFY(await(vault.unlockWithPassphrase(practice.files, passphrase)).hasValue());
        QCOMPARE(newKeychain.entryCount(), 1);
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        Practice practice;
        QVERIFY(practice.create());
        const QByteArray before = sha256Of(practice.files.databasePath());
        const QByteArray keyBefore = sha256Of(practice.files.keyFilePath());
        Store store(practice.clock);
        PracticeVault vault(store, nullptr, 2s);
        const auto unlocked = await(vault.unlockWithPassphrase(practice.files, secretOf("not-the-code")));
        QVERIFY(!unlocked.hasValue());
        QCOMPARE(unlocked.error().code(), Error::Code::WrongKey);
        QVERIFY(!store.isOpen());
        QCOMPARE(sha256Of(practice.files.databasePath()), before);
        QCOMPARE(sha256Of(practice.files.keyFilePath()), keyBefore);
    }

    void aKeyOfAnotherPracticeIsRefused()
    {
        Practice practice;
        QVERIFY(practice.create());
        const QByteArray before = sha256Of(practice.files.databasePath());
        Store store(practice.clock);
        const auto opened = await(store.open(practice.files, []() -> Result<std::shared_ptr<const SecureBytes>> {
            return std::shared_ptr<const SecureBytes>(std::make_shared<SecureBytes>(KeyFile::randomKey()));
        }));
        QCOMPARE(opened.error().code(), Error::Code::WrongKey);
        QCOMPARE(sha256Of(practice.files.databasePath()), before);
    }

    void aDamagedDatabaseIsReportedAsDamagedAndLeftAlone()
    {
        Practice practice;
        QVERIFY(practice.create());
        QFile db(practice.files.databasePath());
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(100);
        db.write(QByteArray(64, '\x5a')); // inside page 1: its HMAC no longer matches
        db.close();
        const QByteArray before = sha256Of(practice.files.databasePath());
        Store store(practice.clock);
        PracticeVault vault(store, &practice.keychain, 2s);
        const auto opened = await(vault.unlockWithKeychain(practice.files));
        QVERIFY(!opened.hasValue());
        QCOMPARE(opened.error().code(), Error::Code::CorruptData);
        QVERIFY(opened.error().userMessage().contains(u"backup"));
        QCOMPARE(sha256Of(practice.files.databasePath()), before);
    }

    void aDamagedKeyFileIsReportedAsDamaged()
    {
        Practice practice;
        QVERIFY(practice.create());
        QFile keyFile(practice.files.keyFilePath());
        QVERIFY(keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keyFile.write("{\"format\": \"clientele-key\", \"vers");
        keyFile.close();
        Store store(practice.clock);
        PracticeVault vault(store, nullptr, 2s);
        const auto unlocked = await(vault.unlockWithPassphrase(practice.files, secretOf("whatever")));
        QCOMPARE(unlocked.error().code(), Error::Code::CorruptData);
    }

    void aDatabaseFromANewerVersionIsRefusedUnchanged()
    {
        Practice practice;
        QVERIFY(practice.create());
        {
            Store store(practice.clock);
            PracticeVault vault(store, &practice.keychain, 2s);
            QVERIFY(await(vault.unlockWithKeychain(practice.files)).hasValue());
            QVERIFY(await(store.run([](StoreSession& session) {
                return session.db().execute(QStringLiteral("PRAGMA user_version = 999;"));
            })).hasValue());
        }
        const QByteArray before = sha256Of(practice.files.databasePath());
        Store store(practice.clock);
        PracticeVault vault(store, &practice.keychain, 2s);
        const auto opened = await(vault.unlockWithKeychain(practice.files));
        QCOMPARE(opened.error().code(), Error::Code::Incompatible);
        QVERIFY(opened.error().userMessage().contains(u"newer version"));
        QCOMPARE(sha256Of(practice.files.databasePath()), before);
    }

    void aHangingKeychainTimesOutInsteadOfHanging()
    {
        Practice practice;
        QVERIFY(practice.create());
        practice.keychain.setHanging(true);
        Store store(practice.clock);
        PracticeVault vault(store, &practice.keychain, 300ms);
        QElapsedTimer timer;
        timer.start();
        const auto opened = await(vault.unlockWithKeychain(practice.files));
        QCOMPARE(opened.error().code(), Error::Code::Timeout);
        QVERIFY(timer.elapsed() < 20000);
    }

    void anUnusableKeychainStillCreatesAPracticeAndSaysSo()
    {
        QTemporaryDir dir;
        const PracticeFiles files {dir.path()};
        FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        MemorySecretStore keychain;
        keychain.setUnavailable(true);
        Store store(clock);
        PracticeVault vault(store, &keychain, 2s);
        const auto created =
            await(vault.create(files, secretOf("my own long passphrase"), KeyFile::KdfProfile::Interactive));
        QVERIFY(created.hasValue());
        QVERIFY(!created->recoveryCode);
        QVERIFY(!created->keychainProblem.isEmpty());
        QVERIFY(store.isOpen());
    }

    void creatingOverAnExistingPracticeIsRefused()
    {
        Practice practice;
        QVERIFY(practice.create());
        const QByteArray before = sha256Of(practice.files.databasePath());
        Store store(practice.clock);
        PracticeVault vault(store, &practice.keychain, 2s);
        const auto created = await(vault.create(practice.files, nullptr, KeyFile::KdfProfile::Interactive));
        QCOMPARE(created.error().code(), Error::Code::Conflict);
        QCOMPARE(sha256Of(practice.files.databasePath()), before);
    }

    void lockingClosesThePractice()
    {
        Practice practice;
        QVERIFY(practice.create());
        Store store(practice.clock);
        PracticeVault vault(store, &practice.keychain, 2s);
        QVERIFY(await(vault.unlockWithKeychain(practice.files)).hasValue());
        QVERIFY(await(store.lock()).hasValue());
        QVERIFY(!store.isOpen());
        const auto refused =
            await(store.run([](StoreSession& session) { return session.db().queryInt(QStringLiteral("SELECT 1")); }));
        QCOMPARE(refused.error().code(), Error::Code::Locked);
        QVERIFY(await(vault.unlockWithKeychain(practice.files)).hasValue());
    }

    void recoveryCodesNormaliseLookAlikes_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("dashes and case") << QByteArray("ab1c-d2ef") << QByteArray("AB1CD2EF");
        QTest::newRow("O is zero") << QByteArray("OO") << QByteArray("00");
        QTest::newRow("I and L are one") << QByteArray("il") << QByteArray("11");
        QTest::newRow("spaces and newlines") << QByteArray(" AB CD\n") << QByteArray("ABCD");
    }
    void recoveryCodesNormaliseLookAlikes()
    {
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, canonical);
        SecureBytes input(
            reinterpret_cast<const unsigned char*>(typed.constData()), static_cast<std::size_t>(typed.size()));
        const SecureBytes normal = RecoveryCode::normalise(input);
        QCOMPARE(
            QByteArray(reinterpret_cast<const char*>(normal.data()), static_cast<qsizetype>(normal.size())), canonical);
    }
};

QTEST_GUILESS_MAIN(TestStoreVault)
#include "test_store_vault.moc"
