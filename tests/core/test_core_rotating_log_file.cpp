#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/logging/RotatingLogFile.h"

using namespace clientele;

class TestCoreRotatingLogFile final : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void createsOwnerOnlyFolderAndFile()
    {
        QTemporaryDir root;
        const QString folder = root.path() + u"/nested/logs";
        RotatingLogFile log(folder, QStringLiteral("app"), {});
        QVERIFY(log.open().hasValue());
        log.writeLine("first line");
        QCOMPARE(read(log.currentPath()), QByteArray("first line\n"));
        QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        QCOMPARE(QFileInfo(log.currentPath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }

    void appendsAcrossRuns()
    {
        QTemporaryDir root;
        {
            RotatingLogFile log(root.path(), QStringLiteral("app"), {});
            QVERIFY(log.open().hasValue());
            log.writeLine("run one");
        }
        RotatingLogFile log(root.path(), QStringLiteral("app"), {});
        QVERIFY(log.open().hasValue());
        log.writeLine("run two");
        QCOMPARE(read(log.currentPath()), QByteArray("run one\nrun two\n"));
    }

    void rotatesBySizeAndKeepsTheNewestFiles()
    {
        QTemporaryDir root;
        RotatingLogFile log(root.path(), QStringLiteral("app"), {.maxBytes = 20, .keepFiles = 2});
        QVERIFY(log.open().hasValue());
        // Each line is 10 bytes with its newline, so every third line starts a new file.
        for (int i = 0; i < 8; ++i) {
            log.writeLine(QByteArray("line ") + QByteArray::number(i) + QByteArray("..."));
        }
        QCOMPARE(read(log.currentPath()), QByteArray("line 6...\nline 7...\n"));
        QCOMPARE(read(log.rotatedPath(1)), QByteArray("line 4...\nline 5...\n"));
        QCOMPARE(read(log.rotatedPath(2)), QByteArray("line 2...\nline 3...\n"));
        QVERIFY(!QFile::exists(log.rotatedPath(3)));
    }

    void reportsAFolderItCannotCreate()
    {
        QTemporaryDir root;
        QFile blocker(root.path() + u"/file");
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RotatingLogFile log(root.path() + u"/file/logs", QStringLiteral("app"), {});
        const Result<void> opened = log.open();
        QVERIFY(!opened.hasValue());
        QCOMPARE(opened.error().code(), Error::Code::Io);
        log.writeLine("dropped quietly, never crashes");
    }
};

QTEST_GUILESS_MAIN(TestCoreRotatingLogFile)
#include "test_core_rotating_log_file.moc"
