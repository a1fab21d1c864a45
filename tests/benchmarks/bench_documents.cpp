// Document benchmarks (DESIGN.md §6, "Invoice to PDF"): run by scripts/bench, never by ordinary tests.
//   bench_documents [--work DIR] [--count N]
// One invoice to PDF, repeated (median and p95), then N invoices written to files in a folder, like
// "export a period" does. The invoices look like the demo practice's: a logo, three lines, two tax
// rates, a payment.
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <algorithm>
#include <cstdio>

#include "core/documents/DocumentRenderer.h"
#include "core/documents/InvoiceDocument.h"
#include "core/domain/Currency.h"

using namespace clientele;
using namespace clientele::documents;
using namespace clientele::domain;

namespace {

template<typename T>
T must(Result<T> result, const char* what)
{
    if (!result.hasValue()) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.error().toString()));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>) {
        return std::move(result).value();
    }
}

void must(const Result<void>& result, const char* what)
{
    if (!result.hasValue()) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.error().toString()));
        std::exit(1);
    }
}

QByteArray logoPng()
{
    QImage logo(480, 160, QImage::Format_ARGB32);
    logo.fill(QColor(0x2f, 0x6f, 0x8f));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

InvoiceSource invoice(int n, const QByteArray& logo)
{
    const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
    PracticeProfile profile;
    profile.name = QStringLiteral("Lumen Studio");
    profile.legalName = QStringLiteral("Lumen Studio GmbH");
    profile.currency = eur;
    profile.timeZoneId = QStringLiteral("Europe/Berlin");
    profile.localeName = QStringLiteral("de_DE");
    profile.address.streetLines = {QStringLiteral("Lindenstraße 12")};
    profile.address.city = QStringLiteral("Berlin");
    profile.address.postalCode = QStringLiteral("10969");
    profile.address.countryCode = QStringLiteral("DE");
    profile.taxId = QStringLiteral("DE123456789");
    profile.logoPng = logo;
    profile.invoiceTerms = QStringLiteral("Zahlbar innerhalb von 14 Tagen.");
    profile.invoiceFooter = QStringLiteral("Lumen Studio GmbH · IBAN DE00 0000 0000 0000 0000 00");

    Client client(QUuid::createUuid(), QDateTime::currentDateTimeUtc());
    client.setGivenName(QStringLiteral("Client"));
    client.setFamilyName(QString::number(n));

    Invoice result(QUuid::createUuid(), client.id(), eur);
    must(result.setTaxRates(
             {TaxRate::create(QStringLiteral("S"), QStringLiteral("MwSt."), 190'000, TaxRate::Inclusion::Exclusive)
                     .value(),
                 TaxRate::create(
                     QStringLiteral("R"), QStringLiteral("MwSt. ermäßigt"), 70'000, TaxRate::Inclusion::Exclusive)
                     .value()}),
        "tax rates");
    const QStringList descriptions {
        QStringLiteral("Portrait session, 2 hours"), QStringLiteral("Retouched images"), QStringLiteral("Photo book")};
    for (int i = 0; i < descriptions.size(); ++i) {
        InvoiceLine line;
        line.id = QUuid::createUuid();
        line.description = descriptions.at(i);
        line.quantityThousandths = 1000LL * (i + 1);
        line.unitPrice = Money(15'000 + 100 * n % 5'000, eur);
        line.taxCodes = {i == 2 ? QStringLiteral("R") : QStringLiteral("S")};
        line.position = QStringLiteral("a%1").arg(i);
        must(result.addLine(line), "line");
    }
    must(result.assignNumber(QStringLiteral("INV-2026-%1").arg(n, 5, 10, QChar(u'0'))), "number");
    must(result.issue(QDate(2026, 11, 1)), "issue");
    const Money total = result.totals().value().grandTotal();
    must(result.recordPayment({QUuid::createUuid(), Money(total.minorUnits() / 2, eur),
             QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC), Payment::Method::Card, QStringLiteral("pi_123")}),
        "payment");
    return {profile, result, client, QDateTime::currentDateTimeUtc()};
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption work(
        QStringLiteral("work"), QStringLiteral("Folder for the PDFs."), QStringLiteral("dir"));
    const QCommandLineOption count(
        QStringLiteral("count"), QStringLiteral("Invoices to write (default 1000)."), QStringLiteral("n"));
    parser.addOptions({work, count});
    parser.process(app);
    const QDir folder(
        parser.value(work).isEmpty() ? QDir::temp().filePath(QStringLiteral("bench-documents")) : parser.value(work));
    QDir().mkpath(folder.path());
    const int n = parser.isSet(count) ? parser.value(count).toInt() : 1000;
    const QByteArray logo = logoPng();

    // Warm-up: the first document loads the fonts.
    QElapsedTimer first;
    first.start();
    must(DocumentRenderer::pdf(must(invoiceDocument(invoice(0, logo)), "document")), "first pdf");
    std::printf("%-44s %12.2f ms\n", "first invoice (fonts loaded)", double(first.nsecsElapsed()) / 1e6);

    QList<double> single;
    qsizetype bytes = 0;
    for (int i = 0; i < 50; ++i) {
        const InvoiceSource source = invoice(i, logo);
        QElapsedTimer timer;
        timer.start();
        const QByteArray pdf = must(DocumentRenderer::pdf(must(invoiceDocument(source), "document")), "pdf");
        single << double(timer.nsecsElapsed()) / 1e6;
        bytes = pdf.size();
    }
    std::printf("%-44s %12.2f ms\n", "one invoice to PDF, median", percentile(single, 0.5));
    std::printf("%-44s %12.2f ms\n", "one invoice to PDF, p95", percentile(single, 0.95));
    std::printf("%-44s %12.1f KiB\n", "PDF size", double(bytes) / 1024.0);

    QElapsedTimer all;
    all.start();
    for (int i = 1; i <= n; ++i) {
        const Document document = must(invoiceDocument(invoice(i, logo)), "document");
        must(DocumentRenderer::writePdf(document, folder.filePath(document.fileName)), "write");
    }
    std::printf("%-44s %12.2f s\n", qPrintable(QStringLiteral("%1 invoices to PDF files").arg(n)),
        double(all.nsecsElapsed()) / 1e9);
    return 0;
}
