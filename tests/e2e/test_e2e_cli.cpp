// clientele-cli as a script uses it: exit codes, output on the right stream.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/TestProcess.h"

using namespace clientele::test;

class TestE2eCli final : public QObject
{
    Q_OBJECT

private:
    static ProcessResult cli(const QStringList& arguments)
    {
        return runProcess(QStringLiteral(CLIENTELE_CLI_BINARY), arguments);
    }

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const ProcessResult result = cli({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"Usage: clientele-cli <command>"));
        QVERIFY(result.out.contains(u"version"));
        QVERIFY(result.err.isEmpty());
    }

    void versionOptionPrintsTheVersion()
    {
        const ProcessResult result = cli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("Clientele " CLIENTELE_VERSION));
    }

    void versionCommandNamesTheLibraries()
    {
        const ProcessResult result = cli({QStringLiteral("version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"SQLCipher 3."));
        QVERIFY(result.out.contains(u"OpenSSL 3."));
        QVERIFY(result.out.contains(u"Qt 6."));
    }

    void versionCommandSpeaksJson()
    {
        const ProcessResult result = cli({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error {};
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("clientele")).toString(), QStringLiteral(CLIENTELE_VERSION));
        QVERIFY(object.value(QStringLiteral("sqlcipher")).toString().startsWith(u"3."));
    }

    void badUsageExitsWithTwoAndExplains_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("unknown option of a command")
            << QStringList {QStringLiteral("version"), QStringLiteral("--yaml")} << QStringLiteral("yaml");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("version"), QStringLiteral("extra")}
                                        << QStringLiteral("takes no arguments");
        QTest::newRow("import without a file")
            << QStringList {QStringLiteral("import")} << QStringLiteral("Wrong number of arguments");
        QTest::newRow("export in an unknown format")
            << QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")}
            << QStringLiteral("--format csv");
        QTest::newRow("demo of an unknown size")
            << QStringList {QStringLiteral("generate-demo"), QStringLiteral("--size"), QStringLiteral("huge")}
            << QStringLiteral("--size small");
        QTest::newRow("a search limit that is not a number") << QStringList {QStringLiteral("search"),
            QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("many")}
                                                             << QStringLiteral("--limit");
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        const ProcessResult listing = cli({QStringLiteral("--help")});
        const QString commands =
            listing.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        for (const QString& line : commands.split(u'\n', Qt::SkipEmptyParts)) {
            const QString name = line.trimmed().section(u' ', 0, 0);
            QTest::newRow(qPrintable(name)) << name;
        }
        QVERIFY(commands.contains(u"generate-demo"));
    }
    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const ProcessResult result = cli({command, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"Usage: clientele-cli " + command), qPrintable(result.out));
        QVERIFY(result.out.contains(u"--help"));
        QVERIFY(result.err.isEmpty());
    }
    void badUsageExitsWithTwoAndExplains()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result = cli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestE2eCli)
#include "test_e2e_cli.moc"
