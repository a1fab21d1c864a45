#include <QFile>
#include <QTest>

#include "core/interchange/ContentLine.h"
#include "core/interchange/TextDecoder.h"
#include "core/interchange/VCardReader.h"
#include "core/interchange/VCardWriter.h"
#include "tests/interchange/ContactRecordText.h"

using namespace clientele::interchange;
using clientele::interchange::test::dataPath;
using clientele::interchange::test::describe;

namespace {

// Test cards are written with \n for readability; real files use CRLF.
QByteArray crlf(const char* text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

QList<int> problemLines(const ContactImportResult& result)
{
    QList<int> lines;
    for (const ImportProblem& problem : result.problems) {
        lines.append(problem.line);
    }
    return lines;
}

} // namespace

class TestInterchangeVCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOneCard_data()
    {
        QTest::addColumn<QByteArray>("vcard");
        QTest::addColumn<QString>("record");

        QTest::newRow("a simple 3.0 card") << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;;\nFN:Jane Doe\n"
                                                   "EMAIL;TYPE=INTERNET:jane@example.com\nTEL;TYPE=CELL:555-0100\n"
                                                   "END:VCARD\n")
                                           << QStringLiteral("full=Jane Doe|given=Jane|family=Doe|"
                                                             "emails=jane@example.com|phones=555-0100");
        QTest::newRow("a 4.0 card with tel: URIs, where PREF=1 comes first")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Jane Doe\nTEL;VALUE=uri;TYPE=home:tel:+1-555-555-0101\n"
                    "TEL;VALUE=uri;PREF=1;TYPE=\"voice,cell\":tel:+1-555-555-0100;ext=42\n"
                    "EMAIL;PREF=2:second@example.com\nEMAIL;PREF=1:first@example.com\nEND:VCARD\n")
            << QStringLiteral("full=Jane Doe|emails=first@example.com;second@example.com|"
                              "phones=+1-555-555-0100 ext. 42;+1-555-555-0101");
        QTest::newRow("a line folded with a space or a tab is joined")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Jane\n  Doe\nNOTE:one \n two\n\t three\nEND:VCARD\n")
            << QStringLiteral("full=Jane Doe|notes=one two three");
        QTest::newRow("escaped backslash, comma, semicolon and newline are decoded")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Smith\\, Jane\nNOTE:a\\\\b\\;c\\nd\\Ne\n"
                    "ORG:Acme\\; Sons;Sales\nCATEGORIES:vip,wedding\\, 2025\nEND:VCARD\n")
            << QStringLiteral("full=Smith, Jane|company=Acme; Sons|tags=vip;wedding, 2025|notes=a\\b;c\nd\ne");
        QTest::newRow("property names, parameters and LF line ends in any case")
            << QByteArray("begin:vcard\nversion:3.0\nfn:Jane\nemail;type=internet,pref:jane@example.com\n"
                          "email:other@example.com\nend:vcard\n")
            << QStringLiteral("full=Jane|emails=jane@example.com;other@example.com");
        QTest::newRow("a 3.0 TYPE=pref phone comes first")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Jane\nTEL;TYPE=HOME:1\nTEL;TYPE=CELL,PREF:2\nEND:VCARD\n")
            << QStringLiteral("full=Jane|phones=2;1");
        QTest::newRow("the preferred address wins and its parts are mapped")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Jane\nADR;TYPE=work:;;1 Work St;Worktown;;;\n"
                    "ADR;PREF=1:;Apt 4;12 Home Rd;Springfield;IL;62701;USA\nEND:VCARD\n")
            << QStringLiteral("full=Jane|street=12 Home Rd|city=Springfield|region=IL|postal=62701|country=USA");
        QTest::newRow("birthdays in basic, extended and date-time form")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Jane\nBDAY:19900102\nEND:VCARD\n")
            << QStringLiteral("full=Jane|birthday=1990-01-02");
        QTest::newRow("a 3.0 birthday with a time")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Jane\nBDAY:1990-01-02T00:00:00Z\nEND:VCARD\n")
            << QStringLiteral("full=Jane|birthday=1990-01-02");
        QTest::newRow("a birthday without a year is kept as extra")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Jane\nBDAY:--0102\nEND:VCARD\n")
            << QStringLiteral("full=Jane|extra=Birthday:--0102");
        QTest::newRow("a card with only N gets a full name from it")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;Q.;Dr.;\nEND:VCARD\n")
            << QStringLiteral("full=Jane Q. Doe|given=Jane Q.|family=Doe");
        QTest::newRow("unknown properties are ignored and TITLE, NICKNAME and URL kept")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Jane\nX-FOO:bar\nUID:urn:uuid:1\nTITLE:CEO\nNICKNAME:JJ\n"
                    "URL:https://example.com\nEND:VCARD\n")
            << QStringLiteral("full=Jane|extra=Title:CEO;Nickname:JJ;Website:https://example.com");
        QTest::newRow("our own stage and source come back") << crlf(
            "BEGIN:VCARD\nVERSION:4.0\nFN:Jane\nX-CLIENTELE-STAGE:Booked\nX-CLIENTELE-SOURCE:Referral\n"
            "END:VCARD\n") << QStringLiteral("full=Jane|stage=Booked|source=Referral");
        QTest::newRow("a 2.1 card with quoted-printable values and soft line breaks")
            << crlf("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\n"
                    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\n"
                    "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond=\n line\n"
                    "TEL;CELL;PREF:+49 151 1\nTEL;HOME:+49 30 2\nEND:VCARD\n")
            << QStringLiteral("full=J\u00fcrgen M\u00fcller|given=J\u00fcrgen|family=M\u00fcller|"
                              "phones=+49 151 1;+49 30 2|notes=first line\r\nsecond line");
        QTest::newRow("a 2.1 quoted-printable value in Latin-1")
            << crlf("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9\nEND:VCARD\n")
            << QStringLiteral("full=Jos\u00e9");
        QTest::newRow("a UTF-8 byte order mark before BEGIN")
            << (QByteArray("\xEF\xBB\xBF") + crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Ren\xC3\xA9\nEND:VCARD\n"))
            << QStringLiteral("full=Ren\u00e9");
    }

    void readsOneCard()
    {
        QFETCH(QByteArray, vcard);
        QFETCH(QString, record);

        const auto result = VCardReader::read(vcard);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.value(0).toString()));
        QCOMPARE(result->records.size(), 1);
        QCOMPARE(describe(result->records.first()), record);
        QCOMPARE(result->records.first().sourceLine, 1);
    }

    void readsAnAppleExportWithGroupsAndSeveralCards()
    {
        QFile file(dataPath("apple-contacts-3.0.vcf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = VCardReader::read(file.readAll());
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.value(0).toString()));
        QCOMPARE(result->format, QStringLiteral("vCard 3.0"));
        QCOMPARE(result->records.size(), 3);
        QCOMPARE(describe(result->records.at(0)),
            QStringLiteral("full=Ada King Lovelace|given=Ada King|family=Lovelace|company=Analytical Engines Ltd.|"
                           "emails=ada@engines.example;ada@home.example|phones=+44 20 7946 0000;020 7946 0999|"
                           "street=12 St James's Square, Flat 2|city=London|postal=SW1Y 4JH|country=United Kingdom|"
                           "tags=Clients;Portrait, family|notes=Prefers mornings, not Mondays; allergic to cats.\n"
                           "Second line with a very long text that is folded by Apple onto a continuation line.|"
                           "birthday=1815-12-10"));
        QCOMPARE(describe(result->records.at(1)),
            QStringLiteral("full=Babbage & Co|company=Babbage & Co|emails=office@babbage.example"));
        QCOMPARE(describe(result->records.at(2)), QStringLiteral("full=Emmy Noether|given=Emmy|family=Noether"));
        QCOMPARE(result->records.at(0).sourceLine, 1);
        QCOMPARE(result->records.at(1).sourceLine, 22);
        QCOMPARE(result->records.at(2).sourceLine, 29);
    }

    void brokenCardsAreReportedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("vcard");
        QTest::addColumn<QStringList>("names"); // cards that were still read
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("firstReason");

        QTest::newRow("a card without END before the next BEGIN")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Broken\nBEGIN:VCARD\nVERSION:3.0\nFN:Good\nEND:VCARD\n")
            << QStringList {QStringLiteral("Good")} << QList<int> {1}
            << QStringLiteral("no END:VCARD before the next card begins on line 4");
        QTest::newRow("END without BEGIN")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Good\nEND:VCARD\nEND:VCARD\n") << QStringList {QStringLiteral("Good")}
            << QList<int> {5} << QStringLiteral("END:VCARD without a BEGIN:VCARD");
        QTest::newRow("a card without VERSION")
            << crlf("BEGIN:VCARD\nFN:NoVersion\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Good\nEND:VCARD\n")
            << QStringList {QStringLiteral("Good")} << QList<int> {1} << QStringLiteral("no VERSION line");
        QTest::newRow("an unsupported VERSION") << crlf("BEGIN:VCARD\nVERSION:5.0\nFN:Future\nEND:VCARD\n")
                                                << QStringList {} << QList<int> {1} << QStringLiteral("VERSION 5.0");
        QTest::newRow("a file cut off inside a card")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Good\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Cut")
            << QStringList {QStringLiteral("Good")} << QList<int> {5} << QStringLiteral("has no END:VCARD");
        QTest::newRow("a card with no name, organisation or email")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nTEL:555\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Good\nEND:VCARD\n")
            << QStringList {QStringLiteral("Good")} << QList<int> {1}
            << QStringLiteral("no name, organisation or email");
        QTest::newRow("a line without a colon is ignored but reported")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Good\ngarbage\nEND:VCARD\n") << QStringList {QStringLiteral("Good")}
            << QList<int> {4} << QStringLiteral("no colon");
        QTest::newRow("text outside a card is reported")
            << crlf("hello:world\nBEGIN:VCARD\nVERSION:4.0\nFN:Good\nEND:VCARD\n")
            << QStringList {QStringLiteral("Good")} << QList<int> {1} << QStringLiteral("outside any BEGIN:VCARD");
    }

    void brokenCardsAreReportedWithTheirLine()
    {
        QFETCH(QByteArray, vcard);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, lines);
        QFETCH(QString, firstReason);

        const auto result = VCardReader::read(vcard);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QStringList read;
        for (const ContactRecord& record : result->records) {
            read.append(record.fullName);
        }
        QCOMPARE(read, names);
        QCOMPARE(problemLines(result.value()), lines);
        QVERIFY2(result->problems.first().reason.contains(firstReason), qPrintable(result->problems.first().reason));
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("no card at all") << QByteArray("Name,Email\nAda,ada@example.com\n")
                                        << QStringLiteral("no BEGIN:VCARD");
        QTest::newRow("an empty file") << QByteArray() << QStringLiteral("no BEGIN:VCARD");
        QTest::newRow("invalid UTF-8 names its line")
            << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:M\xFCller\r\nEND:VCARD\r\n") << QStringLiteral("Line 3");
    }

    void fileErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expectedText);
        const auto result = VCardReader::read(data);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code(), clientele::Error::Code::InvalidInput);
        QVERIFY2(result.error().userMessage().contains(expectedText), qPrintable(result.error().userMessage()));
    }

    void writesTheExpectedCard()
    {
        ContactRecord record;
        record.fullName = QStringLiteral("Jane Doe");
        record.givenName = QStringLiteral("Jane");
        record.familyName = QStringLiteral("Doe");
        record.company = QStringLiteral("Acme; Sons");
        record.emails = {QStringLiteral("jane@example.com"), QStringLiteral("j@work.example")};
        record.phones = {QStringLiteral("+1 555 0100")};
        record.city = QStringLiteral("Springfield");
        record.notes = QStringLiteral("a,b\nc\\d");
        record.tags = {QStringLiteral("vip"), QStringLiteral("a, b")};
        record.birthday = QDate(1990, 1, 2);

        QCOMPARE(VCardWriter::writeCard(record, VCardWriter::Version::V4),
            QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\nORG:Acme\\; Sons\r\n"
                       "EMAIL;PREF=1:jane@example.com\r\nEMAIL:j@work.example\r\nTEL;PREF=1:+1 555 0100\r\n"
                       "ADR:;;;Springfield;;;\r\nNOTE:a\\,b\\nc\\\\d\r\nCATEGORIES:vip,a\\, b\r\nBDAY:19900102\r\n"
                       "END:VCARD\r\n"));
        QCOMPARE(VCardWriter::writeCard(record, VCardWriter::Version::V3),
            QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\nORG:Acme\\; Sons\r\n"
                       "EMAIL;TYPE=internet;TYPE=pref:jane@example.com\r\nEMAIL;TYPE=internet:j@work.example\r\n"
                       "TEL;TYPE=pref:+1 555 0100\r\nADR:;;;Springfield;;;\r\nNOTE:a\\,b\\nc\\\\d\r\n"
                       "CATEGORIES:vip,a\\, b\r\nBDAY:1990-01-02\r\nEND:VCARD\r\n"));
    }

    void writtenCardsReadBackUnchanged_data()
    {
        QTest::addColumn<VCardWriter::Version>("version");
        QTest::newRow("vCard 4.0") << VCardWriter::Version::V4;
        QTest::newRow("vCard 3.0") << VCardWriter::Version::V3;
    }

    void writtenCardsReadBackUnchanged()
    {
        QFETCH(VCardWriter::Version, version);

        ContactRecord full;
        full.fullName = QStringLiteral("Dr. J\u00fcrgen M\u00fcller-L\u00fcdenscheidt");
        full.givenName = QStringLiteral("J\u00fcrgen");
        full.familyName = QStringLiteral("M\u00fcller-L\u00fcdenscheidt");
        full.company = QStringLiteral("Fotografie M\u00fcller; Partner, GbR");
        full.emails = {QStringLiteral("juergen@example.de"), QStringLiteral("info@example.de")};
        full.phones = {QStringLiteral("+49 151 23456789"), QStringLiteral("030 1234")};
        full.street = QStringLiteral("Hauptstra\u00dfe 5; Hinterhaus");
        full.city = QStringLiteral("Berlin");
        full.region = QStringLiteral("Berlin");
        full.postalCode = QStringLiteral("10115");
        full.country = QStringLiteral("Deutschland");
        full.tags = {QStringLiteral("Hochzeit"), QStringLiteral("2025, Sommer")};
        full.notes = QString(QStringLiteral("\u65e5\u672c\u8a9e\u306e\u30e1\u30e2 \U0001F4F7 ")).repeated(12)
            + QStringLiteral("\nzweite Zeile; mit \\ Backslash");
        full.stage = QStringLiteral("Inquiry");
        full.source = QStringLiteral("Instagram");
        full.birthday = QDate(1980, 2, 29);
        ContactRecord companyOnly;
        companyOnly.company = QStringLiteral("Acme");
        ContactRecord emailOnly;
        emailOnly.emails = {QStringLiteral("someone@example.com")};

        const QByteArray data = VCardWriter::write({full, companyOnly, emailOnly}, version);
        const auto result = VCardReader::read(data);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.value(0).toString()));
        QCOMPARE(result->records.size(), 3);
        QCOMPARE(describe(result->records.at(0)), describe(full));
        // A card needs FN, so the writer fills it from the organisation or email; that is what comes back.
        QCOMPARE(describe(result->records.at(1)), QStringLiteral("full=Acme|company=Acme"));
        QCOMPARE(
            describe(result->records.at(2)), QStringLiteral("full=someone@example.com|emails=someone@example.com"));
    }

    void foldsAt75OctetsWithoutSplittingCharacters_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("short ASCII is not folded") << QStringLiteral("Jane");
        QTest::newRow("exactly 75 octets is not folded") << QString(70, u'x');
        QTest::newRow("long ASCII") << QString(400, u'a');
        QTest::newRow("two-byte characters") << QString(200, QChar(0x00FC));
        QTest::newRow("three-byte characters") << QString(150, QChar(0x65E5));
        QTest::newRow("four-byte characters") << QStringLiteral("\U0001F600").repeated(90);
        QTest::newRow("mixed widths shifting the boundary") << QStringLiteral("a\u00fc\u65e5\U0001F600").repeated(40);
    }

    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        QFETCH(QString, value);

        const QByteArray line = QByteArray("NOTE:") + value.toUtf8();
        const QByteArray folded = contentline::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QByteArray unfolded;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(part.size())));
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            // Each physical line is valid UTF-8 on its own: no character was cut in two.
            QCOMPARE(TextDecoder::firstInvalidUtf8(part), qsizetype(-1));
            unfolded.append(part);
        }
        QCOMPARE(unfolded, line);
        if (line.size() <= 75) {
            QCOMPARE(physical.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestInterchangeVCard)
#include "test_interchange_vcard.moc"
