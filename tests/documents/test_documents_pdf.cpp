// Documents rendered to real PDF files and read back with poppler: the text a machine extracts, the
// metadata, the fonts, and the page images a person sees (kept under build/.../document-pages).
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QTest>

#include "core/documents/ContractDocument.h"
#include "core/documents/DocumentRenderer.h"
#include "core/documents/InvoiceDocument.h"
#include "core/documents/StatementDocument.h"
#include "core/documents/SuperbillDocument.h"
#include "core/domain/Currency.h"
#include "tests/documents/PdfProbe.h"

using namespace clientele;
using namespace clientele::documents;
using namespace clientele::domain;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);

void must(const Result<void>& result)
{
    if (!result.hasValue()) {
        qFatal("arrange step failed: %s", qPrintable(result.error().toString()));
    }
}

template<typename T>
T must(Result<T> result)
{
    if (!result.hasValue()) {
        qFatal("arrange step failed: %s", qPrintable(result.error().toString()));
    }
    return std::move(result).value();
}

QUuid uuid(uint n)
{
    return QUuid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
}

Currency eur()
{
    return Currency::fromCode(QStringLiteral("EUR")).value();
}

Money euros(qint64 cents)
{
    return Money(cents, eur());
}

PracticeProfile practice()
{
    PracticeProfile profile;
    profile.name = QStringLiteral("Lumen Studio");
    profile.legalName = QStringLiteral("Lumen Studio GmbH");
    profile.currency = eur();
    profile.timeZoneId = QStringLiteral("Europe/Berlin");
    profile.localeName = QStringLiteral("de_DE");
    profile.address.streetLines = {QStringLiteral("Lindenstraße 12")};
    profile.address.city = QStringLiteral("Berlin");
    profile.address.postalCode = QStringLiteral("10969");
    profile.address.countryCode = QStringLiteral("DE");
    profile.email = QStringLiteral("hello@lumen.example");
    profile.taxId = QStringLiteral("DE123456789");
    profile.invoiceTerms = QStringLiteral("Zahlbar innerhalb von 14 Tagen.");
    profile.invoiceFooter = QStringLiteral("Lumen Studio GmbH · IBAN DE00 0000 0000 0000 0000 00");
    profile.accentColor = QStringLiteral("#2f6f8f");
    return profile;
}

Client client(const QString& given = QStringLiteral("Jane"), const QString& family = QStringLiteral("Doe"))
{
    Client c(uuid(1), kNow);
    c.setGivenName(given);
    c.setFamilyName(family);
    PostalAddress address;
    address.streetLines = {QStringLiteral("Hauptstraße 5")};
    address.city = QStringLiteral("Potsdam");
    address.postalCode = QStringLiteral("14467");
    address.countryCode = QStringLiteral("DE");
    must(c.setAddress(address));
    return c;
}

TaxRate rate(const char* code, const char* name, qint64 ppm)
{
    return TaxRate::create(QString::fromLatin1(code), QString::fromUtf8(name), ppm, TaxRate::Inclusion::Exclusive)
        .value();
}

InvoiceLine line(
    uint n, const QString& description, qint64 quantityThousandths, qint64 unitCents, const QStringList& taxCodes = {})
{
    InvoiceLine l;
    l.id = uuid(100 + n);
    l.description = description;
    l.quantityThousandths = quantityThousandths;
    l.unitPrice = euros(unitCents);
    l.taxCodes = taxCodes;
    l.position = QStringLiteral("a%1").arg(n, 4, 10, QChar(u'0'));
    return l;
}

Invoice issued(const QList<InvoiceLine>& lines, const QList<TaxRate>& rates = {})
{
    Invoice invoice(uuid(50), uuid(1), eur());
    must(invoice.setTaxRates(rates));
    for (const InvoiceLine& l : lines) {
        must(invoice.addLine(l));
    }
    must(invoice.assignNumber(QStringLiteral("INV-2026-0042")));
    must(invoice.setDueDate(QDate(2026, 12, 10)));
    must(invoice.issue(QDate(2026, 11, 26)));
    return invoice;
}

Payment payment(uint n, qint64 cents, int day)
{
    return Payment {uuid(200 + n), euros(cents), QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC),
        Payment::Method::BankTransfer, QStringLiteral("REF-%1").arg(n)};
}

QString folder()
{
    return QStringLiteral(CLIENTELE_DOCUMENT_PAGES);
}

PdfProbe probe(const Document& document, const QString& name)
{
    return PdfProbe(must(DocumentRenderer::pdf(document)), folder(), name + QStringLiteral(".pdf"));
}

// Text as pdftotext lays it out collapses runs of spaces; compare without them.
QString squeezed(const QString& text)
{
    return text.simplified();
}

// Non-white pixels in a strip of the page, as a share of the strip.
double ink(const QImage& page, const QRect& strip)
{
    int dark = 0;
    int total = 0;
    for (int y = strip.top(); y <= strip.bottom(); ++y) {
        for (int x = strip.left(); x <= strip.right(); ++x) {
            ++total;
            if (qGray(page.pixel(x, y)) < 200) {
                ++dark;
            }
        }
    }
    return total == 0 ? 0 : double(dark) / total;
}

} // namespace

class TestDocumentsPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anInvoiceIsTextThatMachinesCanRead()
    {
        Invoice invoice = issued({line(1, QStringLiteral("Portrait session"), 1000, 25000, {QStringLiteral("VAT")}),
                                     line(2, QStringLiteral("Prints 20×30"), 3000, 1500, {QStringLiteral("VAT")})},
            {rate("VAT", "MwSt.", 190'000)});
        const Document document = must(invoiceDocument({practice(), invoice, client(), kNow}));
        QCOMPARE(document.fileName, QStringLiteral("Invoice INV-2026-0042 – Jane Doe.pdf"));
        const PdfProbe pdf = probe(document, QStringLiteral("invoice-basic"));
        const QString text = squeezed(pdf.text());
        QVERIFY2(text.contains(u"INV-2026-0042"), qPrintable(text));
        QVERIFY(text.contains(u"Portrait session"));
        QVERIFY(text.contains(u"Prints 20×30"));
        // German practice: German numbers and dates, whatever the computer's locale.
        QVERIFY2(text.contains(u"250,00 €"), qPrintable(text));
        QVERIFY(text.contains(u"295,00 €")); // subtotal 250 + 3 × 15
        QVERIFY(text.contains(u"MwSt. 19 % on 295,00 € 56,05 €") || text.contains(u"MwSt. 19 % on 295,00 €"));
        QVERIFY(text.contains(u"351,05 €")); // total
        QVERIFY(text.contains(u"26.11.2026"));
        QVERIFY(text.contains(u"10.12.2026"));
        QVERIFY(text.contains(u"Zahlbar innerhalb von 14 Tagen."));
        QVERIFY(text.contains(u"DE123456789"));
        QVERIFY(text.contains(u"Page 1 of 1"));

        QCOMPARE(pdf.info(QStringLiteral("Title")), QStringLiteral("Invoice INV-2026-0042 – Jane Doe"));
        QCOMPARE(pdf.info(QStringLiteral("Author")), QStringLiteral("Lumen Studio GmbH"));
        QVERIFY(pdf.info(QStringLiteral("Creator")).startsWith(u"Clientele"));
        QCOMPARE(pdf.info(QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY2(
            pdf.info(QStringLiteral("Page size")).contains(u"(A4)"), qPrintable(pdf.info(QStringLiteral("Page size"))));
        const QString xmp = pdf.xmp();
        QVERIFY2(xmp.contains(u"pdfaid:part") && xmp.contains(u">1<"), qPrintable(xmp));
        QVERIFY(xmp.contains(u"Lumen Studio GmbH"));
        const QStringList fonts = pdf.fonts();
        QVERIFY(!fonts.isEmpty());
        for (const QString& font : fonts) {
            // name, type…, then "emb sub uni": every font is embedded and maps to Unicode.
            const QStringList columns = font.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes", qPrintable(font));
            QVERIFY2(columns.at(columns.size() - 3) == u"yes", qPrintable(font));
        }
        QCOMPARE(pdf.pages().size(), 1);
    }

    void aHundredLinesRunOverPagesWithTheHeaderRepeated()
    {
        QList<InvoiceLine> lines;
        for (uint i = 1; i <= 100; ++i) {
            lines << line(i, QStringLiteral("Retouched image %1").arg(i), 1000, 1200 + i);
        }
        const Invoice invoice = issued(lines);
        const PdfProbe pdf =
            probe(must(invoiceDocument({practice(), invoice, client(), kNow})), QStringLiteral("invoice-100-lines"));
        const int pages = pdf.info(QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 3, qPrintable(pdf.info(QStringLiteral("Pages"))));
        const QString text = pdf.text();
        for (uint i = 1; i <= 100; ++i) {
            QVERIFY2(text.contains(QStringLiteral("Retouched image %1 ").arg(i)), qPrintable(QString::number(i)));
        }
        // The table header starts every page the table is on; every page says where it is.
        QCOMPARE(text.count(u"Description"), pages);
        for (int p = 1; p <= pages; ++p) {
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        }
        // 100 × 12 € plus 1 + 2 + … + 100 cents = 1.250,50 €.
        QVERIFY2(squeezed(text).contains(u"Total 1.250,50 €"), qPrintable(squeezed(text).right(600)));
        QCOMPARE(pdf.pages().size(), pages);
    }

    void zeroTaxLeavesTheTaxColumnOut()
    {
        const Invoice invoice = issued({line(1, QStringLiteral("Coaching"), 2000, 9000)});
        const QString text = squeezed(
            probe(must(invoiceDocument({practice(), invoice, client(), kNow})), QStringLiteral("invoice-zero-tax"))
                .text());
        QVERIFY2(text.contains(u"Description Qty Unit price Amount"), qPrintable(text));
        QVERIFY(text.contains(u"Subtotal 180,00 €"));
        QVERIFY(text.contains(u"Total 180,00 €"));
        QVERIFY(text.contains(u"Balance due 180,00 €"));
    }

    void mixedRatesAreTotalledPerRate()
    {
        const Invoice invoice = issued({line(1, QStringLiteral("Workshop"), 1000, 10000, {QStringLiteral("S")}),
                                           line(2, QStringLiteral("Book"), 1000, 2000, {QStringLiteral("R")})},
            {rate("S", "VAT", 190'000), rate("R", "VAT reduced", 70'000)});
        const QString text = squeezed(
            probe(must(invoiceDocument({practice(), invoice, client(), kNow})), QStringLiteral("invoice-mixed-tax"))
                .text());
        QVERIFY2(text.contains(u"VAT 19 % on 100,00 € 19,00 €"), qPrintable(text));
        QVERIFY(text.contains(u"VAT reduced 7 % on 20,00 € 1,40 €"));
        QVERIFY(text.contains(u"Total 140,40 €"));
    }

    void partialPaymentsAndRefundsShowWhatIsLeft()
    {
        Invoice invoice = issued({line(1, QStringLiteral("Wedding coverage"), 1000, 200000)});
        must(invoice.recordPayment(payment(1, 50000, 27)));
        must(invoice.recordPayment(payment(2, 100000, 28)));
        must(invoice.recordRefund({uuid(300), uuid(202), euros(20000), QStringLiteral("Album cancelled"),
            QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC)}));
        const InvoiceSource source {practice(), invoice, client(), kNow};
        const QString text = squeezed(probe(must(invoiceDocument(source)), QStringLiteral("invoice-partial")).text());
        QVERIFY2(text.contains(u"Total 2.000,00 €"), qPrintable(text));
        QVERIFY(text.contains(u"Paid (1.500,00 €)") || text.contains(u"Paid -1.500,00 €"));
        QVERIFY(text.contains(u"Refunded 200,00 €"));
        QVERIFY(text.contains(u"Balance due 700,00 €"));
        QVERIFY(text.contains(u"Album cancelled"));

        // A receipt for the second payment only.
        const Document receipt = must(receiptDocument(source, uuid(202)));
        const QString receiptText = squeezed(probe(receipt, QStringLiteral("receipt-one-payment")).text());
        QVERIFY(receiptText.contains(u"Receipt"));
        QVERIFY(receiptText.contains(u"REF-2"));
        QVERIFY(!receiptText.contains(u"REF-1"));
        QVERIFY(receiptText.contains(u"Amount received 1.000,00 €"));
        QVERIFY(receiptText.contains(u"Balance due 700,00 €"));

        QCOMPARE(receiptDocument(source, uuid(999)).error().detail(), QStringLiteral("receipt.unknown-payment"));
        const Invoice unpaid = issued({line(1, QStringLiteral("x"), 1000, 100)});
        QCOMPARE(receiptDocument({practice(), unpaid, client(), kNow}).error().detail(),
            QStringLiteral("receipt.no-payment"));
    }

    void veryLongNamesWrapInsideThePage()
    {
        const QString longName = QStringLiteral("Maximiliane-Theodora Alexandrina von und zu Hohenzollern-Sigmaringen-"
                                                "Württemberg-Hechingen-Liechtenstein-Löwenstein-Wertheim-Rosenberg");
        const QString unbreakable = QString(u'W').repeated(180);
        const Invoice invoice = issued({line(1,
                                            QStringLiteral("A very long description that goes on and on about "
                                                           "the retouching of every single picture ")
                                                .repeated(6),
                                            1000, 10000),
            line(2, unbreakable, 1000, 100)});
        const PdfProbe pdf =
            probe(must(invoiceDocument({practice(), invoice, client(longName, QStringLiteral("Smith")), kNow})),
                QStringLiteral("invoice-long-names"));
        const QString text = pdf.text();
        QString joined = text;
        joined.remove(u' ').remove(u'\n');
        QVERIFY(joined.contains(QString(longName).remove(u' ')));
        // The unbreakable word is cut across lines, but every letter is there (two more W in the name).
        QCOMPARE(text.count(u'W'), unbreakable.size() + 2);
        // Nothing is drawn into the right margin (18 mm of 210 mm), where overflowing text would go.
        for (const QImage& page : pdf.pages(60)) {
            const int margin = page.width() * 18 / 210;
            QCOMPARE(ink(page, QRect(page.width() - margin + 3, 0, margin - 4, page.height())), 0.0);
        }
    }

    void nonLatinTextSurvivesExtraction()
    {
        Invoice invoice = issued({line(1, QStringLiteral("Φωτογράφιση γάμου"), 1000, 100000),
            line(2, QStringLiteral("Фотосессия"), 1000, 2000), line(3, QStringLiteral("צילום משפחה"), 1000, 3000),
            line(4, QStringLiteral("جلسة تصوير"), 1000, 4000)});
        const PdfProbe pdf = probe(must(invoiceDocument({practice(), invoice,
                                       client(QStringLiteral("Ζωή"), QStringLiteral("Παπαδοπούλου")), kNow})),
            QStringLiteral("invoice-non-latin"));
        const QString text = pdf.text();
        QVERIFY2(text.contains(u"Ζωή Παπαδοπούλου"), qPrintable(text));
        QVERIFY(text.contains(u"Φωτογράφιση γάμου"));
        QVERIFY(text.contains(u"Фотосессия"));
        // Right-to-left words come out in logical order, whole.
        QVERIFY2(text.contains(u"צילום") && text.contains(u"משפחה"), qPrintable(text));
        QVERIFY2(text.contains(u"جلسة") && text.contains(u"تصوير"), qPrintable(text));
    }

    void aRightToLeftPracticeMirrorsThePage()
    {
        PracticeProfile profile = practice();
        profile.localeName = QStringLiteral("he_IL");
        profile.legalName = QStringLiteral("Studio Or");
        const Invoice invoice = issued({line(1, QStringLiteral("צילום"), 1000, 10000)});
        const PdfProbe rtl =
            probe(must(invoiceDocument({profile, invoice, client(), kNow})), QStringLiteral("invoice-rtl"));
        const PdfProbe ltr =
            probe(must(invoiceDocument({practice(), invoice, client(), kNow})), QStringLiteral("invoice-ltr"));
        // The practice's name sits at the leading edge: the right in Hebrew, the left in German.
        const QList<QRectF> right = rtl.wordBoxes(QStringLiteral("Or"));
        const QList<QRectF> left = ltr.wordBoxes(QStringLiteral("Lumen"));
        QVERIFY(!right.isEmpty() && !left.isEmpty());
        QVERIFY2(right.first().left() > 595.0 / 2, qPrintable(QString::number(right.first().left())));
        QVERIFY(left.first().right() < 595.0 / 2);
        // The client's name reads whole.
        QVERIFY(rtl.text().contains(u"Jane Doe"));
    }

    void aLogoIsDrawnAndABrokenOneIsLeftOut()
    {
        QImage logo(400, 200, QImage::Format_RGB32);
        logo.fill(QColor(0xd0, 0x20, 0x20));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        PracticeProfile branded = practice();
        branded.logoPng = png;
        const Invoice invoice = issued({line(1, QStringLiteral("Session"), 1000, 10000)});
        const QImage withLogo =
            probe(must(invoiceDocument({branded, invoice, client(), kNow})), QStringLiteral("invoice-logo"))
                .pages()
                .first();
        const QRect corner(withLogo.width() * 20 / 210, withLogo.height() * 16 / 297, withLogo.width() * 30 / 210,
            withLogo.height() * 10 / 297);
        int red = 0;
        for (int y = corner.top(); y < corner.bottom(); ++y) {
            for (int x = corner.left(); x < corner.right(); ++x) {
                const QColor c = withLogo.pixelColor(x, y);
                red += c.red() > 180 && c.green() < 80 ? 1 : 0;
            }
        }
        QVERIFY2(red > corner.width() * corner.height() / 2, "the logo is not in the top leading corner");

        // The logo a profile holds is the image itself (never a path that can go missing); bytes that
        // are not an image print the document without one.
        branded.logoPng = QByteArrayLiteral("\x89PNG but truncated");
        const PdfProbe broken =
            probe(must(invoiceDocument({branded, invoice, client(), kNow})), QStringLiteral("invoice-bad-logo"));
        QVERIFY(squeezed(broken.text()).contains(u"Total 100,00 €"));
    }

    void usLetterAndUsFormats()
    {
        PracticeProfile profile = practice();
        profile.localeName = QStringLiteral("en_US");
        profile.currency = Currency::fromCode(QStringLiteral("USD")).value();
        profile.paperSize = PaperSize::Letter;
        Invoice invoice(uuid(60), uuid(1), profile.currency);
        InvoiceLine l = line(1, QStringLiteral("Therapy session"), 1000, 123456);
        l.unitPrice = Money(123456, profile.currency);
        must(invoice.addLine(l));
        must(invoice.assignNumber(QStringLiteral("INV-2026-0007")));
        must(invoice.issue(QDate(2026, 11, 26)));
        const PdfProbe pdf =
            probe(must(invoiceDocument({profile, invoice, client(), kNow})), QStringLiteral("invoice-letter"));
        QVERIFY2(pdf.info(QStringLiteral("Page size")).contains(u"letter"),
            qPrintable(pdf.info(QStringLiteral("Page size"))));
        const QString text = squeezed(pdf.text());
        QVERIFY2(text.contains(u"$1,234.56"), qPrintable(text));
        QVERIFY(text.contains(u"11/26/2026"));
    }

    void aSuperbillCarriesWhatAnInsurerNeeds()
    {
        PracticeProfile profile = practice();
        profile.localeName = QStringLiteral("en_US");
        profile.paperSize = PaperSize::Letter;
        profile.npi = QStringLiteral("1234567893");
        profile.taxId = QStringLiteral("12-3456789");
        const Currency usd = Currency::fromCode(QStringLiteral("USD")).value();
        Client patient = client(QStringLiteral("Maria"), QStringLiteral("Garcia"));
        patient.setBirthDate(QDate(1988, 4, 17));
        must(patient.setDiagnosisCodes({QStringLiteral("F41.1"), QStringLiteral("F33.1")}));
        ProcedureCoding coding;
        coding.code = QStringLiteral("90837");
        coding.modifiers = {QStringLiteral("95")};
        coding.placeOfService = QStringLiteral("10");
        SuperbillSource source {profile, patient, QDate(2026, 11, 1), QDate(2026, 11, 30), {}, kNow};
        for (int week = 0; week < 4; ++week) {
            source.sessions << SuperbillSession {QDate(2026, 11, 3 + 7 * week), QStringLiteral("Therapy 60 min"),
                coding, Money(18000, usd), Money(week < 3 ? 18000 : 0, usd)};
        }
        const Document document = must(superbillDocument(source));
        QCOMPARE(document.fileName, QStringLiteral("Superbill 2026-11-01 to 2026-11-30 – Maria Garcia.pdf"));
        const PdfProbe pdf = probe(document, QStringLiteral("superbill"));
        const QString text = squeezed(pdf.text());
        for (const char* expected :
            {"NPI 1234567893", "Tax ID 12-3456789", "Date of birth 4/17/1988", "F41.1", "F33.1", "90837", "11/3/2026",
                "11/24/2026", "Place of service 10: Telehealth in patient's home", "Total fees $720.00",
                "Amount paid $540.00", "Balance $180.00", "Provider signature", "Maria Garcia", "Lumen Studio GmbH"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY2(
            QRegularExpression(QStringLiteral("90837 95 AB 1 \\$180.00")).match(text).hasMatch(), qPrintable(text));
        QVERIFY(pdf.info(QStringLiteral("Page size")).contains(u"letter"));
    }

    void aSuperbillThatWouldBounceIsRefusedWithWhatToFix_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("detail");
        QTest::newRow("npi") << "npi"
                             << "superbill.needs-npi";
        QTest::newRow("tax id") << "tax"
                                << "superbill.needs-tax-id";
        QTest::newRow("birth date") << "birth"
                                    << "superbill.needs-birth-date";
        QTest::newRow("diagnosis") << "diagnosis"
                                   << "superbill.needs-diagnosis";
        QTest::newRow("sessions") << "sessions"
                                  << "superbill.no-sessions";
        QTest::newRow("cpt") << "cpt"
                             << "superbill.needs-procedure-code";
    }

    void aSuperbillThatWouldBounceIsRefusedWithWhatToFix()
    {
        QFETCH(QString, missing);
        QFETCH(QString, detail);
        PracticeProfile profile = practice();
        profile.npi = missing == u"npi" ? QString() : QStringLiteral("1234567893");
        profile.taxId = missing == u"tax" ? QString() : QStringLiteral("12-3456789");
        Client patient = client();
        if (missing != u"birth") {
            patient.setBirthDate(QDate(1990, 1, 1));
        }
        if (missing != u"diagnosis") {
            must(patient.setDiagnosisCodes({QStringLiteral("F41.1")}));
        }
        ProcedureCoding coding;
        if (missing != u"cpt") {
            coding.code = QStringLiteral("90834");
            coding.placeOfService = QStringLiteral("11");
        }
        SuperbillSource source {profile, patient, QDate(2026, 11, 1), QDate(2026, 11, 30), {}, kNow};
        if (missing != u"sessions") {
            source.sessions << SuperbillSession {
                QDate(2026, 11, 3), QStringLiteral("Therapy 45 min"), coding, euros(100), euros(0)};
        }
        const Result<Document> refused = superbillDocument(source);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail(), detail);
        QVERIFY(!refused.error().userMessage().isEmpty());
        if (missing == u"cpt") {
            QVERIFY(refused.error().userMessage().contains(u"Therapy 45 min"));
        }
    }

    void aStatementRunsTheBalance()
    {
        Invoice first = issued({line(1, QStringLiteral("Session"), 1000, 10000)});
        must(first.recordPayment(payment(1, 10000, 27)));
        Invoice second(uuid(51), uuid(1), eur());
        must(second.addLine(line(2, QStringLiteral("Session"), 1000, 8000)));
        must(second.assignNumber(QStringLiteral("INV-2026-0043")));
        must(second.setDueDate(QDate(2026, 11, 20)));
        must(second.issue(QDate(2026, 11, 6)));
        const StatementSource source {practice(), client(), {second, first}, QDate(2026, 11, 30), kNow};
        const QString text = squeezed(probe(must(statementDocument(source)), QStringLiteral("statement")).text());
        QVERIFY2(text.contains(u"INV-2026-0043"), qPrintable(text));
        QVERIFY(text.contains(u"Charged 180,00 €"));
        QVERIFY(text.contains(u"Paid 100,00 €"));
        QVERIFY(text.contains(u"Overdue 80,00 €"));
        QVERIFY(text.contains(u"Balance due 80,00 €"));
        QVERIFY(text.contains(u"(overdue)"));
        // Oldest first: the November 6 invoice comes before the November 26 one.
        QVERIFY(text.indexOf(u"INV-2026-0043") < text.indexOf(u"INV-2026-0042"));

        const StatementSource empty {practice(), client(), {}, QDate(2026, 11, 30), kNow};
        QCOMPARE(statementDocument(empty).error().detail(), QStringLiteral("statement.empty"));
    }

    void aSentContractPrintsItsFrozenTextAndFingerprint()
    {
        const QString body = QStringLiteral("Jane Doe books wedding coverage on 12 June 2027.\n\n"
                                            "Cancellation: the deposit is not refundable.");
        Contract contract(uuid(70), uuid(1), uuid(71), QStringLiteral("Wedding agreement"), body, kNow);
        must(contract.transitionTo(ContractStatus::Sent, kNow));
        const Document document = must(contractDocument({practice(), contract, client(), kNow}));
        QCOMPARE(document.fileName, QStringLiteral("Wedding agreement – Jane Doe.pdf"));
        const QString text = squeezed(probe(document, QStringLiteral("contract")).text());
        QVERIFY(text.contains(u"Jane Doe books wedding coverage on 12 June 2027."));
        QVERIFY(text.contains(u"the deposit is not refundable."));
        QVERIFY(text.contains(contract.bodySha256()));
        QVERIFY(text.contains(u"Client: Jane Doe"));

        // A body changed behind the store's back no longer matches its fingerprint: not printed.
        Contract::Progress progress;
        progress.status = ContractStatus::Sent;
        progress.sentAt = kNow;
        progress.statusChangedAt = kNow;
        progress.bodySha256 = contract.bodySha256();
        const Contract tampered = Contract::restore(
            Contract(uuid(70), uuid(1), uuid(71), QStringLiteral("Wedding agreement"), body + u'!', kNow), progress);
        QCOMPARE(contractDocument({practice(), tampered, client(), kNow}).error().detail(),
            QStringLiteral("contract.tampered"));
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    TestDocumentsPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_documents_pdf.moc"
