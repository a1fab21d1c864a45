// clientele-cli on a real practice, as a user or a script drives it: init, import, search, export,
// backup, restore, check, stats, demo data; crashes in the middle of writes; and proof that no
// client data is readable in any file the app wrote.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

#include "tests/support/IcsParsers.h"
#include "tests/support/TestProcess.h"

using namespace clientele::test;

namespace {

// Known client data from the import file; none of it may appear in any file the app wrote.
const QList<QByteArray> kSecrets {"Zebediah", "Quuxworth", "zeb.quux@example.net", "4155552671", "Grindlewood",
    "pip.grindle@example.org", "marzipan", "Fairweather", "otto.fb@example.com", "sepia"};

QString dataFile(const char* name)
{
    return QStringLiteral(CLIENTELE_SOURCE_DIR "/tests/data/cli/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestE2eCliPractice final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_home;
    QString m_outside; // where exports go: plaintext by the user's choice, so not scanned
    QByteArray m_code;

    QProcessEnvironment env() const { return isolatedEnvironment(m_home); }

    ProcessResult cli(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 120000) const
    {
        return runProcess(QStringLiteral(CLIENTELE_CLI_BINARY), arguments, env(), timeoutMs, input);
    }
    // With the recovery code on standard input.
    ProcessResult unlocked(QStringList arguments) const
    {
        arguments << QStringLiteral("--passphrase-stdin");
        return cli(arguments, m_code + '\n');
    }
    QJsonObject stats(const QString& practice = {}) const
    {
        QStringList args {QStringLiteral("stats"), QStringLiteral("--json")};
        if (!practice.isEmpty()) {
            args << QStringLiteral("--practice") << practice;
        }
        const ProcessResult result = unlocked(args);
        return QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("records")).toObject();
    }
    QString practiceDir() const { return m_home + u"/.local/share/Clientele/Clientele/practice"; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_home = m_root.filePath(QStringLiteral("home"));
        m_outside = m_root.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_outside));
    }

    void initCreatesAPracticeAndShowsTheRecoveryCode()
    {
        const ProcessResult result =
            cli({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QCOMPARE(result.exitCode, 0);
        const auto match = QRegularExpression(
            QStringLiteral("^    ([0-9A-Z]{5}(-[0-9A-Z]{5}){4})$"), QRegularExpression::MultilineOption)
                               .match(result.out);
        QVERIFY2(match.hasMatch(), qPrintable(result.out));
        m_code = match.captured(1).toLatin1();
        // No D-Bus session here: the keychain is unusable, and init says how to unlock instead.
        QVERIFY(result.out.contains(u"--passphrase-stdin"));
        QVERIFY(QFile::exists(practiceDir() + u"/practice.clientele"));
        QVERIFY(QFile::exists(practiceDir() + u"/practice.clientele-key"));
    }

    void initRefusesToOverwriteAPractice()
    {
        const QByteArray before = readAll(practiceDir() + u"/practice.clientele-key");
        const ProcessResult result =
            cli({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(u"already exists"));
        QCOMPARE(readAll(practiceDir() + u"/practice.clientele-key"), before);
    }

    void withoutKeychainOrCodeTheCliExplainsHowToUnlock()
    {
        const ProcessResult result =
            cli({QStringLiteral("stats"), QStringLiteral("--keychain-timeout"), QStringLiteral("500")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"--passphrase-stdin"), qPrintable(result.err));
    }

    void aKeychainThatNeverAnswersTimesOut()
    {
        // A session bus that accepts connections and never says a word, like a keyring stuck on a dialog.
        QLocalServer silent;
        QVERIFY(silent.listen(m_root.filePath(QStringLiteral("silent-bus"))));
        QProcessEnvironment environment = env();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), u"unix:path=" + silent.fullServerName());
        QElapsedTimer timer;
        timer.start();
        const ProcessResult result = runProcess(QStringLiteral(CLIENTELE_CLI_BINARY),
            {QStringLiteral("stats"), QStringLiteral("--keychain-timeout"), QStringLiteral("1000")}, environment,
            60000);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"--passphrase-stdin"), qPrintable(result.err));
        QVERIFY2(timer.elapsed() < 30000, "the CLI waited for the keychain far longer than its time limit");
    }

    void aWrongRecoveryCodeIsRefused()
    {
        const ProcessResult result =
            cli({QStringLiteral("stats"), QStringLiteral("--passphrase-stdin")}, QByteArrayLiteral("AAAAA-BBBBB\n"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(u"not correct"));
    }

    void importReportsBadRowsByLineAndImportsTheGoodOnes()
    {
        const ProcessResult result = unlocked({QStringLiteral("import"), dataFile("honeybook-mixed.csv"),
            QStringLiteral("--region"), QStringLiteral("US")});
        QCOMPARE(result.exitCode, 3); // done, with refused rows
        QVERIFY2(result.out.contains(u"Imported 3 clients"), qPrintable(result.out + result.err));
        QVERIFY2(result.err.contains(u"honeybook-mixed.csv:4:"), qPrintable(result.err)); // the phone "12"
        QVERIFY(result.err.contains(u"honeybook-mixed.csv:5:")); // not-an-email
        QVERIFY(result.err.contains(u"honeybook-mixed.csv:6:")); // no name, company or email
        QVERIFY(!result.err.contains(u"honeybook-mixed.csv:7:"));
        QCOMPARE(stats().value(QStringLiteral("client")).toInt(), 3);
    }

    void importingTheSameFileAgainAddsNothing()
    {
        const ProcessResult result = unlocked({QStringLiteral("import"), dataFile("honeybook-mixed.csv"),
            QStringLiteral("--region"), QStringLiteral("US")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(u"Imported 0 clients"), qPrintable(result.out));
        QCOMPARE(result.out.count(u"already in the practice"), 3);
        QCOMPARE(stats().value(QStringLiteral("client")).toInt(), 3);
    }

    void aCrashDuringAnImportImportsNothing()
    {
        QFile csv(m_outside + u"/more.csv");
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("First Name,Last Name,Email\n");
        for (int i = 0; i < 500; ++i) {
            csv.write(QStringLiteral("Crash%1,Test,crash%1@example.com\n").arg(i).toUtf8());
        }
        csv.close();
        QProcessEnvironment environment = env();
        environment.insert(QStringLiteral("CLIENTELE_FAILPOINT"), QStringLiteral("import-before-commit"));
        const ProcessResult crashed = runProcess(QStringLiteral(CLIENTELE_CLI_BINARY),
            {QStringLiteral("import"), csv.fileName(), QStringLiteral("--passphrase-stdin")}, environment, 120000,
            m_code + '\n');
        QVERIFY2(crashed.crashed, "the failpoint should have killed the import");
        QCOMPARE(stats().value(QStringLiteral("client")).toInt(), 3);
        const ProcessResult check = unlocked({QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
    }

    void searchFindsClientsByAnyWordPrefix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first and last name prefixes")
            << QStringLiteral("zeb quux") << QStringLiteral("Zebediah Quuxworth");
        QTest::newRow("company") << QStringLiteral("grindlewood stu") << QStringLiteral("Philippa Grindlewood");
        QTest::newRow("a word of a note") << QStringLiteral("marzipan") << QStringLiteral("Zebediah Quuxworth");
        QTest::newRow("a phone normalised to E.164")
            << QStringLiteral("+14155552671") << QStringLiteral("Zebediah Quuxworth");
    }
    void searchFindsClientsByAnyWordPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ProcessResult result = unlocked({QStringLiteral("search"), text});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(expected), qPrintable(result.out + result.err));
    }

    void exportsRoundTripThroughImport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("CSV") << QStringLiteral("csv");
        QTest::newRow("vCard 4.0") << QStringLiteral("vcard");
        QTest::newRow("vCard 3.0") << QStringLiteral("vcard3");
    }
    void exportsRoundTripThroughImport()
    {
        QFETCH(QString, format);
        const QString file = m_outside + u"/clients." + format;
        const ProcessResult exported =
            unlocked({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--output"), file});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(readAll(file).contains("Quuxworth"));
        QVERIFY(readAll(file).contains("+14155552671"));
        // Into a second practice: the same three clients, searchable.
        const QString other = m_root.filePath(u"other-" + format);
        const ProcessResult init = cli({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive"),
                                           QStringLiteral("--practice"), other, QStringLiteral("--passphrase-stdin")},
            m_code + '\n');
        QCOMPARE(init.exitCode, 0);
        const ProcessResult imported = unlocked({QStringLiteral("import"), file, QStringLiteral("--practice"), other});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        QCOMPARE(stats(other).value(QStringLiteral("client")).toInt(), 3);
        const ProcessResult found =
            unlocked({QStringLiteral("search"), QStringLiteral("line two"), QStringLiteral("--practice"), other});
        QVERIFY2(found.out.contains(u"Fairweather-Brown"), qPrintable(found.out + found.err));
    }

    void jsonExportHoldsEveryRecord()
    {
        const QString file = m_outside + u"/practice.json";
        QCOMPARE(unlocked({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--output"), file})
                     .exitCode,
            0);
        const QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("clientele-export"));
        QCOMPARE(root.value(QStringLiteral("tables")).toObject().value(QStringLiteral("client")).toArray().size(), 3);
        QCOMPARE(
            root.value(QStringLiteral("tables")).toObject().value(QStringLiteral("client_contact")).toArray().size(),
            6);
    }

    void backupRestoresIntoAnotherFolder()
    {
        const QString backup = m_home + u"/practice.clbackup";
        QCOMPARE(unlocked({QStringLiteral("backup"), backup}).exitCode, 0);
        const QString restored = m_root.filePath(QStringLiteral("restored"));
        const ProcessResult result =
            cli({QStringLiteral("restore"), backup, QStringLiteral("--practice"), restored}, m_code + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stats(restored), stats());
        const ProcessResult again =
            cli({QStringLiteral("restore"), backup, QStringLiteral("--practice"), restored}, m_code + '\n');
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"--replace"));
        const ProcessResult wrong = cli(
            {QStringLiteral("restore"), backup, QStringLiteral("--practice"), m_root.filePath(QStringLiteral("r2"))},
            QByteArrayLiteral("WRONG\n"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFile::exists(m_root.filePath(QStringLiteral("r2/practice.clientele"))));
    }

    void demoDataIsTheSameForTheSameSeed()
    {
        QStringList exports;
        for (const char* name : {"demo-a", "demo-b"}) {
            const QString practice = m_root.filePath(QLatin1String(name));
            QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive"),
                             QStringLiteral("--practice"), practice, QStringLiteral("--passphrase-stdin")},
                         m_code + '\n')
                         .exitCode,
                0);
            const ProcessResult generated =
                unlocked({QStringLiteral("generate-demo"), QStringLiteral("--size"), QStringLiteral("small"),
                    QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--practice"), practice});
            QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
            const ProcessResult exported = unlocked({QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--practice"), practice});
            QCOMPARE(exported.exitCode, 0);
            // Everything but the vault id is a function of the seed.
            exports.append(exported.out.section(u'\n', 1));
        }
        QCOMPARE(exports.at(0).size(), exports.at(1).size());
        QVERIFY(exports.at(0) == exports.at(1));
        const QJsonObject counts = stats(m_root.filePath(QStringLiteral("demo-a")));
        QCOMPARE(counts.value(QStringLiteral("client")).toInt(), 200);
        QCOMPARE(counts.value(QStringLiteral("booking")).toInt(), 2000);
        QCOMPARE(counts.value(QStringLiteral("message")).toInt(), 5000);
    }

    // The demo practice's bookings as .ics: every timed, not canceled booking once, with its own
    // UID, read alike by python-icalendar and ical.js; client names left out when asked.
    void calendarExportIsReadByIndependentParsers()
    {
        const QString practice = m_root.filePath(QStringLiteral("demo-a"));
        const ProcessResult json = unlocked({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--practice"), practice});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject tables =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("tables")).toObject();
        QSet<QString> expectedUids;
        const QJsonArray bookings = tables.value(QStringLiteral("booking")).toArray();
        for (const auto& row : bookings) {
            const QJsonObject booking = row.toObject();
            if (booking.value(QStringLiteral("status")).toString() != u"canceled"
                && booking.contains(QStringLiteral("start_utc")) // absent: null, an inquiry without a time
                && booking.value(QStringLiteral("deleted")).toInt() == 0) {
                expectedUids.insert(booking.value(QStringLiteral("id")).toString() + u"@clientele");
            }
        }
        QVERIFY(expectedUids.size() > 1000);

        const QString file = m_outside + u"/calendar.ics";
        const ProcessResult exported = unlocked({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("ics"), QStringLiteral("--client-names"), QStringLiteral("initials"),
            QStringLiteral("--output"), file, QStringLiteral("--practice"), practice});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray ics = readAll(file);
        const QJsonArray clients = tables.value(QStringLiteral("client")).toArray();
        for (const auto& row : clients) {
            const QString family = row.toObject().value(QStringLiteral("family_name")).toString();
            QVERIFY2(family.size() < 3 || !ics.contains(family.toUtf8()), qPrintable(family));
        }

        for (const auto parser : {IcsParser::PythonIcalendar, IcsParser::IcalJs}) {
            const QJsonArray events = parseIcs(parser, file).value(QStringLiteral("events")).toArray();
            QSet<QString> uids;
            for (const auto& event : events) {
                uids.insert(event.toObject().value(QStringLiteral("uid")).toString());
                QVERIFY(event.toObject().value(QStringLiteral("start")).toObject().contains(QStringLiteral("utc")));
            }
            QCOMPARE(events.size(), expectedUids.size());
            QCOMPARE(uids, expectedUids);
        }

        // A date range keeps the UIDs; bad options are refused before the practice is opened.
        const ProcessResult march = unlocked({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("ics"), QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-31"), QStringLiteral("--practice"), practice});
        QCOMPARE(march.exitCode, 0);
        QVERIFY(march.out.size() < ics.size());
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"),
                         QStringLiteral("--client-names"), QStringLiteral("nicknames")})
                     .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"),
                         QStringLiteral("--from"), QStringLiteral("March")})
                     .exitCode,
            2);
    }

    // An .ics from another calendar as blocked time: the counts reported, the same file again
    // changes nothing, a broken event is reported by line (exit 3), a file that is no calendar
    // imports nothing (exit 1).
    void calendarImportBlocksTimeAndReimportsInPlace()
    {
        const QDate today = QDate::currentDate();
        const QString day = today.addDays(1).toString(QStringLiteral("yyyyMMdd"));
        const QString file = m_outside + u"/other-calendar.ics";
        const auto write = [&file](const QString& body) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n%1END:VCALENDAR\r\n")
                          .arg(body)
                          .toUtf8());
        };
        const QString weekly = QStringLiteral("BEGIN:VEVENT\r\nUID:weekly\r\nDTSTART:%1T090000Z\r\nDTEND:%1T100000Z\r\n"
                                              "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Yoga\r\nEND:VEVENT\r\n")
                                   .arg(day);
        const QString single =
            QStringLiteral("BEGIN:VEVENT\r\nUID:single\r\nDTSTART;TZID=Europe/Berlin:%1T150000\r\nDURATION:PT90M\r\n"
                           "SUMMARY:Dentist\r\nEND:VEVENT\r\n")
                .arg(day);
        write(weekly + single);
        const ProcessResult first = unlocked({QStringLiteral("import-calendar"), file});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"5 times blocked (5 new"), qPrintable(first.out));
        QCOMPARE(stats().value(QStringLiteral("busy_block")).toInt(), 5);

        const ProcessResult again = unlocked({QStringLiteral("import-calendar"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"(0 new, 0 moved or changed, 0 removed, 5 unchanged)"), qPrintable(again.out));

        write(weekly + QStringLiteral("BEGIN:VEVENT\r\nUID:broken\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"));
        const ProcessResult partial = unlocked({QStringLiteral("import-calendar"), file});
        QCOMPARE(partial.exitCode, 3);
        QVERIFY2(partial.err.contains(u"other-calendar.ics:11: "), qPrintable(partial.err));
        QVERIFY2(partial.out.contains(u"1 removed"), qPrintable(partial.out)); // the dentist left the calendar
        QCOMPARE(stats().value(QStringLiteral("busy_block")).toInt(), 4);

        QFile notCalendar(file);
        QVERIFY(notCalendar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        notCalendar.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n");
        notCalendar.close();
        const ProcessResult refused = unlocked({QStringLiteral("import-calendar"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"no BEGIN:VCALENDAR"), qPrintable(refused.err));
        QCOMPARE(stats().value(QStringLiteral("busy_block")).toInt(), 4);
    }

    // An .ics as sessions of a service: a known client's email and a new attendee each give a
    // booking, the same file again adds nothing, an unknown service is refused with the services
    // there are and changes nothing.
    void calendarImportAsSessionsBooksTheInvitedClients()
    {
        const QString practice = m_root.filePath(QStringLiteral("demo-a"));
        const QString day = QDate::currentDate().addDays(2).toString(QStringLiteral("yyyyMMdd"));
        const QString file = m_outside + u"/acuity.ics";
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acuity//EN\r\n"
                                 "BEGIN:VEVENT\r\nUID:a1\r\nDTSTART:%1T090000Z\r\nDTEND:%1T100000Z\r\nSUMMARY:Shoot\r\n"
                                 "ATTENDEE;CN=Nora New:mailto:nora.new@example.net\r\nEND:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\nUID:a2\r\nDTSTART:%1T110000Z\r\nDTEND:%1T120000Z\r\nSUMMARY:Lunch\r\n"
                                 "END:VEVENT\r\nEND:VCALENDAR\r\n")
                      .arg(day)
                      .toUtf8());
        out.close();
        const int bookings = stats(practice).value(QStringLiteral("booking")).toInt();
        const int clients = stats(practice).value(QStringLiteral("client")).toInt();
        QVERIFY(bookings > 0);

        const ProcessResult unknown = unlocked({QStringLiteral("import-calendar"), file,
            QStringLiteral("--as-sessions"), QStringLiteral("Astrology"), QStringLiteral("--practice"), practice});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"Portrait session"), qPrintable(unknown.err));
        QCOMPARE(cli({QStringLiteral("import-calendar"), file, QStringLiteral("--no-new-clients")}).exitCode, 2);

        const ProcessResult first = unlocked({QStringLiteral("import-calendar"), file, QStringLiteral("--as-sessions"),
            QStringLiteral("portrait SESSION"), QStringLiteral("--practice"), practice});
        QCOMPARE(first.exitCode, 3); // "Lunch" names nobody
        QVERIFY2(first.out.contains(u"1 added (1 new clients)"), qPrintable(first.out));
        QVERIFY2(first.err.contains(u"acuity.ics:11: ") && first.err.contains(u"Lunch"), qPrintable(first.err));
        QCOMPARE(stats(practice).value(QStringLiteral("booking")).toInt(), bookings + 1);
        QCOMPARE(stats(practice).value(QStringLiteral("client")).toInt(), clients + 1);

        const ProcessResult again = unlocked({QStringLiteral("import-calendar"), file, QStringLiteral("--as-sessions"),
            QStringLiteral("Portrait session"), QStringLiteral("--practice"), practice});
        QVERIFY2(again.out.contains(u"0 added (0 new clients), 0 moved, 1 already here"), qPrintable(again.out));
        QCOMPARE(stats(practice).value(QStringLiteral("booking")).toInt(), bookings + 1);
    }

    void killingALongWriteLosesNoCommittedTransaction()
    {
        const QString practice = m_root.filePath(QStringLiteral("killed"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive"),
                         QStringLiteral("--practice"), practice, QStringLiteral("--passphrase-stdin")},
                     m_code + '\n')
                     .exitCode,
            0);
        QProcess writer;
        writer.setProcessEnvironment(env());
        writer.setProcessChannelMode(QProcess::MergedChannels);
        writer.start(QStringLiteral(CLIENTELE_CLI_BINARY),
            {QStringLiteral("generate-demo"), QStringLiteral("--size"), QStringLiteral("small"),
                QStringLiteral("--practice"), practice, QStringLiteral("--passphrase-stdin")});
        QVERIFY(writer.waitForStarted());
        writer.write(m_code + '\n');
        QString transcript;
        QRegularExpressionMatch committed;
        // Wait for the second commit, then kill -9 in the middle of the next transaction.
        for (int seen = 0; seen < 2; ++seen) {
            committed =
                waitForLine(writer, QRegularExpression(QStringLiteral("^committed (\\d+)")), 120000, transcript);
            QVERIFY2(committed.hasMatch(), qPrintable(transcript));
        }
        QTest::qWait(150);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        const int lastCommitted = committed.captured(1).toInt();

        const QJsonObject counts = stats(practice);
        int records = 0;
        for (const QString& table : {QStringLiteral("client"), QStringLiteral("booking"), QStringLiteral("invoice"),
                 QStringLiteral("message"), QStringLiteral("deliverable")}) {
            records += counts.value(table).toInt();
        }
        QVERIFY2(records >= lastCommitted,
            qPrintable(QStringLiteral("%1 records, %2 committed").arg(records).arg(lastCommitted)));
        const ProcessResult check = unlocked({QStringLiteral("check"), QStringLiteral("--practice"), practice});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void noClientDataIsReadableInAnyFileTheAppWrote()
    {
        // Everything under the app's home: databases, write-ahead logs, key files, backups, restored
        // and crashed practices, logs. Exports went elsewhere (they are plaintext by request).
        int files = 0;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(m_outside)) {
                continue;
            }
            const QByteArray bytes = readAll(path);
            ++files;
            for (const QByteArray& secret : kSecrets) {
                QVERIFY2(!bytes.contains(secret), qPrintable(path + u" contains " + QString::fromLatin1(secret)));
                QVERIFY2(!bytes.contains(QString::fromLatin1(secret).toUtf8().toHex()), qPrintable(path));
            }
            QVERIFY2(!bytes.contains(m_code), qPrintable(path + u" contains the recovery code"));
        }
        QVERIFY(files >= 10);
    }
};

QTEST_GUILESS_MAIN(TestE2eCliPractice)
#include "test_e2e_cli_practice.moc"
