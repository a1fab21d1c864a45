#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/SecureBytes.h"
#include "core/store/SqlCipherDatabase.h"

using namespace clientele;

namespace {

SecureBytes keyOf(unsigned char fill)
{
    SecureBytes key(SqlCipherDatabase::kKeySize);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<unsigned char>(fill + i);
    }
    return key;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoreSqlCipherDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reportsTheSqlCipherLibrary()
    {
        const auto versions = SqlCipherDatabase::libraryVersions();
        QVERIFY2(versions.hasValue(), qPrintable(versions.hasValue() ? QString() : versions.error().toString()));
        QVERIFY(versions->cipher.startsWith(u"3.") || versions->cipher.startsWith(u"4."));
        QVERIFY(!versions->sqlite.isEmpty());
    }

    void writesNothingInPlaintext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        {
            auto db = SqlCipherDatabase::open(path, keyOf(1), SqlCipherDatabase::OpenMode::CreateIfMissing);
            QVERIFY2(db.hasValue(), qPrintable(db.hasValue() ? QString() : db.error().toString()));
            QVERIFY(db.value()
                        ->execute(QStringLiteral("CREATE TABLE client(name TEXT);"
                                                 "INSERT INTO client VALUES('Jane Marple-Doe');"))
                        .hasValue());
        }
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() >= 1024);
        QVERIFY2(!bytes.startsWith("SQLite format 3"), "the file has a plaintext SQLite header");
        QVERIFY2(!bytes.contains("Jane Marple-Doe"), "a client name is readable in the file");
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void reopensWithTheSameKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        {
            auto db = SqlCipherDatabase::open(path, keyOf(7), SqlCipherDatabase::OpenMode::CreateIfMissing);
            QVERIFY(db.hasValue());
            QVERIFY(db.value()
                        ->execute(QStringLiteral("CREATE TABLE t(v TEXT); INSERT INTO t VALUES('kept');"))
                        .hasValue());
        }
        auto db = SqlCipherDatabase::open(path, keyOf(7), SqlCipherDatabase::OpenMode::ExistingOnly);
        QVERIFY(db.hasValue());
        const auto value = db.value()->queryText(QStringLiteral("SELECT v FROM t;"));
        QVERIFY(value.hasValue());
        QCOMPARE(value.value(), QStringLiteral("kept"));
    }

    void refusesAWrongKeyAndLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("practice.db"));
        {
            auto db = SqlCipherDatabase::open(path, keyOf(1), SqlCipherDatabase::OpenMode::CreateIfMissing);
            QVERIFY(db.hasValue());
            QVERIFY(db.value()->execute(QStringLiteral("CREATE TABLE t(v TEXT);")).hasValue());
        }
        const QByteArray before = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
        const auto wrong = SqlCipherDatabase::open(path, keyOf(2), SqlCipherDatabase::OpenMode::ExistingOnly);
        QVERIFY(!wrong.hasValue());
        QCOMPARE(wrong.error().code(), Error::Code::WrongKey);
        QCOMPARE(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const auto db = SqlCipherDatabase::open(path, keyOf(1), SqlCipherDatabase::OpenMode::ExistingOnly);
        QVERIFY(!db.hasValue());
        QCOMPARE(db.error().code(), Error::Code::WrongKey);
        QCOMPARE(fileBytes(path), QByteArray(4096, 'x'));
    }

    void reportsFailedStatementsByKind()
    {
        QTemporaryDir dir;
        auto db = SqlCipherDatabase::open(
            dir.filePath(QStringLiteral("practice.db")), keyOf(3), SqlCipherDatabase::OpenMode::CreateIfMissing);
        QVERIFY(db.hasValue());
        QVERIFY(db.value()
                    ->execute(QStringLiteral("CREATE TABLE t(v TEXT UNIQUE); INSERT INTO t VALUES('a');"))
                    .hasValue());

        const Result<void> duplicate = db.value()->execute(QStringLiteral("INSERT INTO t VALUES('a');"));
        QVERIFY(!duplicate.hasValue());
        QCOMPARE(duplicate.error().code(), Error::Code::Conflict);
        QVERIFY2(duplicate.error().detail().contains(u"UNIQUE"), qPrintable(duplicate.error().detail()));

        const Result<void> nonsense = db.value()->execute(QStringLiteral("SELEC everything;"));
        QVERIFY(!nonsense.hasValue());
        QCOMPARE(nonsense.error().code(), Error::Code::Internal);

        const Result<QString> missing = db.value()->queryText(QStringLiteral("SELECT nope FROM t;"));
        QVERIFY(!missing.hasValue());
        QVERIFY(missing.error().detail().contains(u"nope"));

        // A failed statement changes nothing.
        QCOMPARE(db.value()->queryText(QStringLiteral("SELECT count(*) FROM t;")).value(), QStringLiteral("1"));
    }

    void existingOnlyDoesNotCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.db"));
        const auto db = SqlCipherDatabase::open(path, keyOf(1), SqlCipherDatabase::OpenMode::ExistingOnly);
        QVERIFY(!db.hasValue());
        QCOMPARE(db.error().code(), Error::Code::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void rejectsAKeyOfTheWrongLength()
    {
        QTemporaryDir dir;
        const auto db = SqlCipherDatabase::open(
            dir.filePath(QStringLiteral("x.db")), SecureBytes(16), SqlCipherDatabase::OpenMode::CreateIfMissing);
        QVERIFY(!db.hasValue());
        QCOMPARE(db.error().code(), Error::Code::InvalidInput);
    }

    void secureBytesWipeOnClearAndMove()
    {
        SecureBytes key = keyOf(0x10);
        QCOMPARE(key.toHex().size(), std::size_t {64});
        SecureBytes moved = std::move(key);
        QVERIFY(key.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
        QCOMPARE(moved.size(), std::size_t {32});
        moved.clear();
        QVERIFY(moved.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSqlCipherDatabase)
#include "test_store_sqlcipher_database.moc"
