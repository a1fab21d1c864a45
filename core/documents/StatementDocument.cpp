#include "core/documents/StatementDocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

#include "core/documents/DocumentFileName.h"
#include "core/documents/InvoiceDocument.h"
#include "core/text/DocumentText.h"
#include "core/text/PaymentMethodText.h"

namespace clientele::documents {

namespace {

using domain::Money;

// One line of the ledger: a charge (an invoice, a refund paid back out) or a credit (a payment).
struct Entry
{
    QDate date;
    int order = 0; // invoices before their payments on the same day
    QString description;
    qint64 charge = 0; // minor units
    qint64 credit = 0;
};

bool counts(const domain::Invoice& invoice)
{
    return invoice.status() != domain::InvoiceStatus::Draft && invoice.status() != domain::InvoiceStatus::Void;
}

} // namespace

Result<Document> statementDocument(const StatementSource& source)
{
    Document document;
    document.branding = brandingFrom(source.profile, source.now);
    const QLocale& locale = document.branding.locale;
    const QString& zone = source.profile.timeZoneId;
    document.kind = QCoreApplication::translate("StatementDocument", "Statement");
    //: Document title and file name: "Statement 2026-11-30 – Jane Doe"
    document.title = QCoreApplication::translate("StatementDocument", "%1 %2 – %3")
                         .arg(document.kind, source.asOf.toString(Qt::ISODate), source.client.displayName());
    document.fileName = documentFileName(document.title);
    document.from.lines = practiceLines(source.profile);
    document.to = Party {QCoreApplication::translate("StatementDocument", "Account of"),
        clientLines(source.client, document.branding.homeCountry)};
    document.headerFields << Field {
        QCoreApplication::translate("StatementDocument", "Statement date"), documentDate(source.asOf, locale)};

    // Ledgers by currency, in code order so the document is the same every time.
    std::map<QString, QList<Entry>> ledgers;
    std::map<QString, QList<const domain::Invoice*>> open;
    for (const domain::Invoice& invoice : source.invoices) {
        if (!counts(invoice) || invoice.issueDate() > source.asOf) {
            continue;
        }
        const Result<domain::InvoiceTotals> totals = invoice.totals();
        if (!totals) {
            return totals.error();
        }
        const QString code = invoice.currency().code();
        QList<Entry>& ledger = ledgers[code];
        ledger << Entry {invoice.issueDate(), 0,
            QCoreApplication::translate("StatementDocument", "Invoice %1, due %2")
                .arg(invoice.number(), documentDate(invoice.dueDate(), locale)),
            totals.value().grandTotal().minorUnits(), 0};
        for (const domain::Payment& payment : invoice.payments()) {
            const QDate day = localDate(payment.at, zone);
            if (day <= source.asOf) {
                ledger << Entry {day, 1,
                    QCoreApplication::translate("StatementDocument", "Payment, %1 – invoice %2")
                        .arg(paymentMethodText(payment.method), invoice.number()),
                    0, payment.amount.minorUnits()};
            }
        }
        for (const domain::Refund& refund : invoice.refunds()) {
            const QDate day = localDate(refund.at, zone);
            if (day <= source.asOf) {
                ledger << Entry {day, 2,
                    QCoreApplication::translate("StatementDocument", "Refund – invoice %1: %2")
                        .arg(invoice.number(), refund.reason),
                    refund.amount.minorUnits(), 0};
            }
        }
        if (const Result<Money> balance = invoice.balanceDue(); balance && balance.value().isPositive()) {
            open[code] << &invoice;
        }
    }
    if (ledgers.empty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "StatementDocument", "%1 has no issued invoices up to %2, so there is no statement to print.")
                .arg(source.client.displayName(), documentDate(source.asOf, locale)),
            QStringLiteral("statement.empty"));
    }

    for (auto& [code, ledger] : ledgers) {
        const domain::Currency currency = domain::Currency::fromCode(code).valueOr(domain::Currency());
        const auto amount = [&](qint64 minor) { return documentMoney(Money(minor, currency), locale); };
        std::stable_sort(ledger.begin(), ledger.end(),
            [](const Entry& a, const Entry& b) { return a.date != b.date ? a.date < b.date : a.order < b.order; });
        if (ledgers.size() > 1) {
            document.blocks << ParagraphBlock {
                QCoreApplication::translate("StatementDocument", "Account in %1").arg(code),
                ParagraphBlock::Style::Heading};
        }
        TableBlock table;
        table.columns = {{QCoreApplication::translate("StatementDocument", "Date"), CellAlign::Leading, 3},
            {QCoreApplication::translate("StatementDocument", "Description"), CellAlign::Leading, 8},
            {QCoreApplication::translate("StatementDocument", "Charges"), CellAlign::Trailing, 3},
            {QCoreApplication::translate("StatementDocument", "Payments"), CellAlign::Trailing, 3},
            {QCoreApplication::translate("StatementDocument", "Balance"), CellAlign::Trailing, 3}};
        qint64 balance = 0;
        qint64 charged = 0;
        qint64 paid = 0;
        for (const Entry& entry : ledger) {
            balance += entry.charge - entry.credit;
            charged += entry.charge;
            paid += entry.credit;
            table.rows << QStringList {documentDate(entry.date, locale), entry.description,
                entry.charge ? amount(entry.charge) : QString(), entry.credit ? amount(entry.credit) : QString(),
                amount(balance)};
        }
        document.blocks << table;
        qint64 overdue = 0;
        for (const domain::Invoice* invoice : open[code]) {
            if (invoice->isOverdue(source.asOf)) {
                overdue += invoice->balanceDue().value().minorUnits();
            }
        }
        TotalsBlock sums;
        sums.lines << TotalLine {QCoreApplication::translate("StatementDocument", "Charged"), amount(charged)}
                   << TotalLine {QCoreApplication::translate("StatementDocument", "Paid"), amount(paid)};
        if (overdue > 0) {
            sums.lines << TotalLine {QCoreApplication::translate("StatementDocument", "Overdue"), amount(overdue)};
        }
        sums.lines << TotalLine {
            QCoreApplication::translate("StatementDocument", "Balance due"), amount(balance), true};
        document.blocks << sums;
        if (ledgers.size() == 1) {
            document.headerFields << Field {
                QCoreApplication::translate("StatementDocument", "Balance due"), amount(balance)};
        }

        if (!open[code].isEmpty()) {
            document.blocks << ParagraphBlock {
                QCoreApplication::translate("StatementDocument", "Open invoices"), ParagraphBlock::Style::Heading};
            TableBlock openTable;
            openTable.columns = {{QCoreApplication::translate("StatementDocument", "Invoice"), CellAlign::Leading, 4},
                {QCoreApplication::translate("StatementDocument", "Issued"), CellAlign::Leading, 3},
                {QCoreApplication::translate("StatementDocument", "Due"), CellAlign::Leading, 4},
                {QCoreApplication::translate("StatementDocument", "Total"), CellAlign::Trailing, 3},
                {QCoreApplication::translate("StatementDocument", "Open"), CellAlign::Trailing, 3}};
            for (const domain::Invoice* invoice : open[code]) {
                const QString due = documentDate(invoice->dueDate(), locale);
                openTable.rows << QStringList {invoice->number(), documentDate(invoice->issueDate(), locale),
                    invoice->isOverdue(source.asOf)
                        ? QCoreApplication::translate("StatementDocument", "%1 (overdue)").arg(due)
                        : due,
                    documentMoney(invoice->totals().value().grandTotal(), locale),
                    documentMoney(invoice->balanceDue().value(), locale)};
            }
            document.blocks << openTable;
        }
    }
    if (!source.profile.invoiceTerms.trimmed().isEmpty()) {
        document.blocks << ParagraphBlock {source.profile.invoiceTerms.trimmed(), ParagraphBlock::Style::Small};
    }
    return document;
}

} // namespace clientele::documents
