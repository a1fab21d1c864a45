#include <QTest>

#include "core/interchange/CsvReader.h"
#include "core/interchange/CsvWriter.h"

using namespace clientele::interchange;

using Rows = QList<QStringList>;

class TestInterchangeCsv final : public QObject
{
    Q_OBJECT

private:
    static QList<int> lines(const QList<ImportProblem>& problems)
    {
        QList<int> result;
        for (const ImportProblem& problem : problems) {
            result.append(problem.line);
        }
        return result;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("rowLines");
        QTest::addColumn<QChar>("delimiter");

        const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("LF line ends are read")
            << QByteArray("a,b\n1,2\n3,4\n") << ab
            << Rows {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}
            << QList<int> {2, 3} << QChar(u',');
        QTest::newRow("CRLF line ends are read")
            << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab
            << Rows {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}
            << QList<int> {2, 3} << QChar(u',');
        QTest::newRow("old Mac CR line ends are read")
            << QByteArray("a,b\r1,2\r3,4") << ab
            << Rows {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}
            << QList<int> {2, 3} << QChar(u',');
        QTest::newRow("a quoted value keeps its comma and doubled quotes")
            << QByteArray("a,b\n\"Smith, Jane\",\"say \"\"hi\"\"\"\n") << ab
            << Rows {{QStringLiteral("Smith, Jane"), QStringLiteral("say \"hi\"")}} << QList<int> {2} << QChar(u',');
        QTest::newRow("a quoted line break stays in the value and the next row keeps its real line")
            << QByteArray("a,b\r\n\"line one\r\nline two\",x\r\n3,4\r\n") << ab
            << Rows {{QStringLiteral("line one\nline two"), QStringLiteral("x")},
                   {QStringLiteral("3"), QStringLiteral("4")}}
            << QList<int> {2, 4} << QChar(u',');
        QTest::newRow("a UTF-8 byte order mark is not part of the first column")
            << QByteArray("\xEF\xBB\xBF"
                          "a,b\nJos\xC3\xA9,2\n")
            << ab << Rows {{QStringLiteral("Jos\u00e9"), QStringLiteral("2")}} << QList<int> {2} << QChar(u',');
        QTest::newRow("semicolons from European Excel are detected")
            << QByteArray("a;b\n1,5;2\n") << ab << Rows {{QStringLiteral("1,5"), QStringLiteral("2")}} << QList<int> {2}
            << QChar(u';');
        QTest::newRow("tabs are detected")
            << QByteArray("a\tb\nx, y\tz\n") << ab << Rows {{QStringLiteral("x, y"), QStringLiteral("z")}}
            << QList<int> {2} << QChar(u'\t');
        QTest::newRow("a delimiter inside a quoted header name does not count")
            << QByteArray("\"a;x\",b\n1,2\n") << QStringList {QStringLiteral("a;x"), QStringLiteral("b")}
            << Rows {{QStringLiteral("1"), QStringLiteral("2")}} << QList<int> {2} << QChar(u',');
        QTest::newRow("Excel's sep= line names the delimiter")
            << QByteArray("sep=;\r\na;b\r\n1;2\r\n") << ab << Rows {{QStringLiteral("1"), QStringLiteral("2")}}
            << QList<int> {3} << QChar(u';');
        QTest::newRow("trailing empty lines and rows of empty values are ignored")
            << QByteArray("a,b\n1,2\n\n,\n\r\n\n") << ab << Rows {{QStringLiteral("1"), QStringLiteral("2")}}
            << QList<int> {2} << QChar(u',');
        QTest::newRow("an empty line between rows is skipped but counted")
            << QByteArray("a,b\n1,2\n\n3,4\n") << ab
            << Rows {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}
            << QList<int> {2, 4} << QChar(u',');
        QTest::newRow("the last row needs no line end")
            << QByteArray("a,b\n1,") << ab << Rows {{QStringLiteral("1"), QString()}} << QList<int> {2} << QChar(u',');
        QTest::newRow("spaces before an opening quote are tolerated")
            << QByteArray("a,b\n1, \"x, y\"\n") << ab << Rows {{QStringLiteral("1"), QStringLiteral("x, y")}}
            << QList<int> {2} << QChar(u',');
        QTest::newRow("header names are trimmed")
            << QByteArray(" a , b\n1,2\n") << ab << Rows {{QStringLiteral("1"), QStringLiteral("2")}} << QList<int> {2}
            << QChar(u',');
        QByteArray utf16le("\xFF\xFE", 2);
        for (const char c : QByteArray("a,b\r\nx,\xFC\r\n")) {
            utf16le.append(c);
            utf16le.append('\0');
        }
        QTest::newRow("UTF-16 little endian with a byte order mark, as Google exports it")
            << utf16le << ab << Rows {{QStringLiteral("x"), QStringLiteral("\u00fc")}} << QList<int> {2} << QChar(u',');
        QByteArray utf16be("\xFE\xFF", 2);
        for (const char c : QByteArray("a,b\nx,y\n")) {
            utf16be.append('\0');
            utf16be.append(c);
        }
        QTest::newRow("UTF-16 big endian with a byte order mark")
            << utf16be << ab << Rows {{QStringLiteral("x"), QStringLiteral("y")}} << QList<int> {2} << QChar(u',');
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, rowLines);
        QFETCH(QChar, delimiter);

        const auto table = CsvReader::parse(input);
        QVERIFY2(table.hasValue(), qPrintable(table ? QString() : table.error().toString()));
        QCOMPARE(table->header, header);
        QCOMPARE(table->delimiter, delimiter);
        QVERIFY2(table->rowErrors.isEmpty(), qPrintable(table->rowErrors.value(0).toString()));
        Rows fields;
        QList<int> actualLines;
        for (const CsvRow& row : table->rows) {
            fields.append(row.fields);
            actualLines.append(row.line);
        }
        QCOMPARE(fields, rows);
        QCOMPARE(actualLines, rowLines);
    }

    void fileErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectedText");

        QTest::newRow("a quote that never closes names the line where it opened")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n") << QStringLiteral("starts on line 3");
        QTest::newRow("invalid UTF-8 names its line")
            << QByteArray("a,b\n1,2\nM\xFCller,3\n") << QStringLiteral("Line 3 is not valid UTF-8");
        QTest::newRow("an overlong UTF-8 sequence is invalid")
            << QByteArray("a,b\n\xC0\xAF,1\n") << QStringLiteral("Line 2 is not valid UTF-8");
        QTest::newRow("a UTF-8 sequence cut off at the end of the file is invalid")
            << QByteArray("a,b\n1,\xE2\x82") << QStringLiteral("Line 2 is not valid UTF-8");
        QTest::newRow("a zero byte suggests UTF-16 without a byte order mark")
            << QByteArray("a\0,\0b\0", 6) << QStringLiteral("Line 1 contains a zero byte");
        QTest::newRow("an empty file has no header") << QByteArray() << QStringLiteral("no header line");
        QTest::newRow("a file of empty lines has no header")
            << QByteArray("\r\n\r\n\n") << QStringLiteral("no header line");
        QTest::newRow("UTF-32 is refused") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << QStringLiteral("UTF-32");
    }

    void fileErrorsNameTheLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expectedText);

        const auto table = CsvReader::parse(input);
        QVERIFY(!table.hasValue());
        QCOMPARE(table.error().code(), clientele::Error::Code::InvalidInput);
        QVERIFY2(table.error().userMessage().contains(expectedText), qPrintable(table.error().userMessage()));
    }

    void badRowsAreReportedAndGoodRowsKept_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("goodLines");
        QTest::addColumn<QList<int>>("badLines");
        QTest::addColumn<QString>("firstReason");

        QTest::newRow("too many values in one row")
            << QByteArray("a,b\n1,2\nSmith, Jane,x\n3,4\n") << QList<int> {2, 4} << QList<int> {3}
            << QStringLiteral("3 values but the header has 2");
        QTest::newRow("too few values in one row") << QByteArray("a,b,c\n1,2,3\n4\n5,6,7\n") << QList<int> {2, 4}
                                                   << QList<int> {3} << QStringLiteral("1 values but the header has 3");
        QTest::newRow("each bad row is reported, with the line where a multi-line row starts")
            << QByteArray("a,b\n1\n\"multi\nline\",2,3\n4,5\n") << QList<int> {5} << QList<int> {2, 3}
            << QStringLiteral("1 values but the header has 2");
        QTest::newRow("a value over the size limit skips only its row")
            << (QByteArray("a,b\n1,2\n3,") + QByteArray(40, 'x') + QByteArray("\n5,6\n")) << QList<int> {2, 4}
            << QList<int> {3} << QStringLiteral("longer than 32 characters");
    }

    void badRowsAreReportedAndGoodRowsKept()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, goodLines);
        QFETCH(QList<int>, badLines);
        QFETCH(QString, firstReason);

        CsvReaderOptions options;
        options.maxFieldLength = 32;
        const auto table = CsvReader::parse(input, options);
        QVERIFY2(table.hasValue(), qPrintable(table ? QString() : table.error().toString()));
        QList<int> actualGood;
        for (const CsvRow& row : table->rows) {
            actualGood.append(row.line);
        }
        QCOMPARE(actualGood, goodLines);
        QCOMPARE(lines(table->rowErrors), badLines);
        QVERIFY2(table->rowErrors.first().reason.contains(firstReason), qPrintable(table->rowErrors.first().reason));
    }

    void refusesOversizedInput()
    {
        CsvReaderOptions options;
        options.maxInputBytes = 10;
        const auto table = CsvReader::parse(QByteArray("name,email\nAda,ada@example.com\n"), options);
        QVERIFY(!table.hasValue());
        QVERIFY(table.error().userMessage().contains(QStringLiteral("limit")));
    }

    void refusesAnOversizedHeader()
    {
        CsvReaderOptions options;
        options.maxColumns = 3;
        const auto table = CsvReader::parse(QByteArray("a,b,c,d\n1,2,3,4\n"), options);
        QVERIFY(!table.hasValue());
        QVERIFY(table.error().userMessage().contains(QStringLiteral("header on line 1")));
    }

    void formatField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("protect");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain text is written as is") << QStringLiteral("Ada") << true << QStringLiteral("Ada");
        QTest::newRow("a comma needs quotes")
            << QStringLiteral("Smith, Jane") << true << QStringLiteral("\"Smith, Jane\"");
        QTest::newRow("quotes are doubled")
            << QStringLiteral("say \"hi\"") << true << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("a line break needs quotes") << QStringLiteral("a\nb") << true << QStringLiteral("\"a\nb\"");
        QTest::newRow("a formula is defused") << QStringLiteral("=HYPERLINK(\"http://x\")") << true
                                              << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("a leading plus is defused")
            << QStringLiteral("+1 555 0100") << true << QStringLiteral("'+1 555 0100");
        QTest::newRow("a leading minus is defused") << QStringLiteral("-2+3") << true << QStringLiteral("'-2+3");
        QTest::newRow("a leading at sign is defused")
            << QStringLiteral("@SUM(1)") << true << QStringLiteral("'@SUM(1)");
        QTest::newRow("a leading tab is defused") << QStringLiteral("\t=1") << true << QStringLiteral("'\t=1");
        QTest::newRow("a leading carriage return is defused and quoted")
            << QStringLiteral("\r=1") << true << QStringLiteral("\"'\r=1\"");
        QTest::newRow("an equals sign later in the text is harmless")
            << QStringLiteral("a=b") << true << QStringLiteral("a=b");
        QTest::newRow("protection can be switched off") << QStringLiteral("=1+1") << false << QStringLiteral("=1+1");
    }

    void formatField()
    {
        QFETCH(QString, value);
        QFETCH(bool, protect);
        QFETCH(QString, expected);

        CsvWriterOptions options;
        options.protectFormulas = protect;
        QCOMPARE(CsvWriter::formatField(value, options), expected);
    }

    void writerUsesCrlfAndOptionalByteOrderMark()
    {
        CsvWriter plain;
        plain.writeRow({QStringLiteral("a"), QStringLiteral("b")});
        plain.writeRow({QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(plain.data(), QByteArray("a,b\r\n1,2\r\n"));

        CsvWriterOptions excel;
        excel.byteOrderMark = true;
        excel.delimiter = u';';
        CsvWriter withBom(excel);
        withBom.writeRow({QStringLiteral("Name"), QStringLiteral("M\u00fcller; Sohn")});
        QCOMPARE(withBom.data(), QByteArray("\xEF\xBB\xBFName;\"M\xC3\xBCller; Sohn\"\r\n"));
    }

    void writerOutputReadsBackUnchanged_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::newRow("comma without byte order mark") << QChar(u',') << false;
        QTest::newRow("semicolon with byte order mark") << QChar(u';') << true;
        QTest::newRow("tab") << QChar(u'\t') << false;
    }

    void writerOutputReadsBackUnchanged()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, byteOrderMark);

        const QStringList header = {QStringLiteral("Name"), QStringLiteral("Notes"), QStringLiteral("City")};
        const Rows rows = {
            {QStringLiteral("Smith, Jane"), QStringLiteral("said \"yes\"; then\nleft"), QStringLiteral("K\u00f6ln")},
            {QStringLiteral(" padded "), QString(), QStringLiteral("tab\there")},
            {QStringLiteral("\u65e5\u672c"), QStringLiteral("emoji \U0001F600"), QStringLiteral("a;b,c")},
        };
        CsvWriterOptions options;
        options.delimiter = delimiter;
        options.byteOrderMark = byteOrderMark;
        CsvWriter writer(options);
        writer.writeRow(header);
        for (const QStringList& row : rows) {
            writer.writeRow(row);
        }
        const auto table = CsvReader::parse(writer.data());
        QVERIFY2(table.hasValue(), qPrintable(table ? QString() : table.error().toString()));
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->header, header);
        Rows read;
        for (const CsvRow& row : table->rows) {
            read.append(row.fields);
        }
        QCOMPARE(read, rows);
        QCOMPARE(table->rows.at(1).line, 4); // the first row spans lines 2 and 3
    }
};

QTEST_GUILESS_MAIN(TestInterchangeCsv)
#include "test_interchange_csv.moc"
