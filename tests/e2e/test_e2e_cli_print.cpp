// clientele-cli print on a real demo practice, as a script or an accountant would use it: every kind
// of document to PDF, a period of invoices to a folder, and the refusals that must change nothing.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/TestProcess.h"

using namespace clientele::test;

namespace {

QString pdfText(const QString& path)
{
    const ProcessResult result = runProcess(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    return result.out.simplified();
}

QString pdfInfo(const QString& path, const QString& key)
{
    const ProcessResult result = runProcess(QStringLiteral("pdfinfo"), {path});
    for (const QString& line : result.out.split(u'\n')) {
        if (line.startsWith(key + u':')) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

} // namespace

class TestE2eCliPrint final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_home;
    QString m_out;
    QByteArray m_code;
    QStringList m_invoiceFiles;

    ProcessResult unlocked(QStringList arguments) const
    {
        arguments << QStringLiteral("--passphrase-stdin");
        return runProcess(
            QStringLiteral(CLIENTELE_CLI_BINARY), arguments, isolatedEnvironment(m_home), 300000, m_code + '\n');
    }
    QString out(const QString& name) const { return QDir(m_out).filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_home = m_root.filePath(QStringLiteral("home"));
        m_out = m_root.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_out));
        const ProcessResult init = runProcess(QStringLiteral(CLIENTELE_CLI_BINARY),
            {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
            isolatedEnvironment(m_home));
        QCOMPARE(init.exitCode, 0);
        const auto match = QRegularExpression(
            QStringLiteral("^    ([0-9A-Z]{5}(-[0-9A-Z]{5}){4})$"), QRegularExpression::MultilineOption)
                               .match(init.out);
        QVERIFY(match.hasMatch());
        m_code = match.captured(1).toLatin1();
        const ProcessResult demo =
            unlocked({QStringLiteral("generate-demo"), QStringLiteral("--size"), QStringLiteral("small")});
        QCOMPARE(demo.exitCode, 0);
    }

    void aPeriodOfInvoicesGoesToAFolder()
    {
        const QString folder = out(QStringLiteral("invoices"));
        const ProcessResult result = unlocked({QStringLiteral("print"), QStringLiteral("invoices"),
            QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
            QStringLiteral("2100-12-31"), QStringLiteral("--folder"), folder});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        m_invoiceFiles = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QVERIFY(m_invoiceFiles.size() > 100);
        QVERIFY2(result.out.contains(QStringLiteral("Wrote %1 invoices").arg(m_invoiceFiles.size())),
            qPrintable(result.out));
        // Names a person would choose, and the number inside matches the name.
        const QRegularExpression name(QStringLiteral("^Invoice (INV-\\d{4}-\\d+) – .+\\.pdf$"));
        for (const QString& file : m_invoiceFiles.mid(0, 5)) {
            const auto match = name.match(file);
            QVERIFY2(match.hasMatch(), qPrintable(file));
            QVERIFY(pdfText(QDir(folder).filePath(file)).contains(match.captured(1)));
        }
    }

    void oneInvoiceAndItsReceipt()
    {
        QVERIFY(!m_invoiceFiles.isEmpty());
        const QString number =
            QRegularExpression(QStringLiteral("INV-\\d{4}-\\d+")).match(m_invoiceFiles.first()).captured(0);
        const ProcessResult invoice = unlocked({QStringLiteral("print"), QStringLiteral("invoice"), number,
            QStringLiteral("--pdf"), out(QStringLiteral("one.pdf"))});
        QVERIFY2(invoice.exitCode == 0, qPrintable(invoice.err));
        QVERIFY(pdfInfo(out(QStringLiteral("one.pdf")), QStringLiteral("Title")).startsWith(u"Invoice " + number));
        QVERIFY(!pdfInfo(out(QStringLiteral("one.pdf")), QStringLiteral("Author")).isEmpty());

        // The first invoices of the demo practice are old and paid: a receipt can be printed.
        const ProcessResult receipt = unlocked({QStringLiteral("print"), QStringLiteral("receipt"), number,
            QStringLiteral("--pdf"), out(QStringLiteral("receipt.pdf"))});
        QVERIFY2(receipt.exitCode == 0, qPrintable(receipt.err));
        const QString text = pdfText(out(QStringLiteral("receipt.pdf")));
        QVERIFY(text.contains(u"Receipt"));
        QVERIFY(text.contains(number));
    }

    void aStatementAndAContractOfAClient()
    {
        // A client of the demo practice, found by e-mail address like a person would.
        const ProcessResult csv =
            unlocked({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QString email =
            QRegularExpression(QStringLiteral("[\\w.+-]+@example\\.(org|com|net)")).match(csv.out).captured(0);
        QVERIFY(!email.isEmpty());
        const ProcessResult statement =
            unlocked({QStringLiteral("print"), QStringLiteral("statement"), email, QStringLiteral("--as-of"),
                QStringLiteral("2100-01-01"), QStringLiteral("--pdf"), out(QStringLiteral("statement.pdf"))});
        if (statement.exitCode == 1) {
            // A client with no invoice: the refusal says so and writes nothing.
            QVERIFY2(statement.err.contains(u"no issued invoices"), qPrintable(statement.err));
            QVERIFY(!QFile::exists(out(QStringLiteral("statement.pdf"))));
        } else {
            QVERIFY2(statement.exitCode == 0, qPrintable(statement.err));
            QVERIFY(pdfText(out(QStringLiteral("statement.pdf"))).contains(u"Balance due"));
        }
    }

    void aSuperbillWithoutAnNpiIsRefusedAndNothingIsWritten()
    {
        const ProcessResult csv =
            unlocked({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
        const QString email =
            QRegularExpression(QStringLiteral("[\\w.+-]+@example\\.(org|com|net)")).match(csv.out).captured(0);
        const ProcessResult superbill = unlocked({QStringLiteral("print"), QStringLiteral("superbill"), email,
            QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
            QStringLiteral("2026-12-31"), QStringLiteral("--pdf"), out(QStringLiteral("superbill.pdf"))});
        QCOMPARE(superbill.exitCode, 1);
        QVERIFY2(superbill.err.contains(u"NPI"), qPrintable(superbill.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("superbill.pdf"))));
    }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << QStringList {QStringLiteral("print"), QStringLiteral("poster"),
            QStringLiteral("x"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                      << 2 << QStringLiteral("Choose what to print");
        QTest::newRow("period backwards") << QStringList {QStringLiteral("print"), QStringLiteral("invoices"),
            QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
            QStringLiteral("2026-01-01"), QStringLiteral("--folder"), QStringLiteral("x")}
                                          << 2 << QStringLiteral("before it starts");
        QTest::newRow("bad date") << QStringList {QStringLiteral("print"), QStringLiteral("superbill"),
            QStringLiteral("a@b.c"), QStringLiteral("--from"), QStringLiteral("1st of May"), QStringLiteral("--to"),
            QStringLiteral("2026-01-01"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                  << 2 << QStringLiteral("2026-11-30");
        QTest::newRow("no such invoice") << QStringList {QStringLiteral("print"), QStringLiteral("invoice"),
            QStringLiteral("INV-1999-9999"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                         << 1 << QStringLiteral("INV-1999-9999");
        QTest::newRow("no such client") << QStringList {QStringLiteral("print"), QStringLiteral("statement"),
            QStringLiteral("nobody@nowhere.example"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                        << 1 << QStringLiteral("nobody@nowhere.example");
    }

    void badRequestsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString& argument : arguments) {
            if (argument == u"x.pdf" || argument == u"x") {
                argument = out(argument);
            }
        }
        const ProcessResult result = unlocked(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.pdf"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestE2eCliPrint)

#include "test_e2e_cli_print.moc"
