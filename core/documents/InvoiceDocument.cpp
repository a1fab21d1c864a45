#include "core/documents/InvoiceDocument.h"

#include <QCoreApplication>

#include "core/documents/DocumentFileName.h"
#include "core/text/DocumentText.h"
#include "core/text/PaymentMethodText.h"

namespace clientele::documents {

namespace {

using domain::InvoiceStatus;
using domain::Money;

QString stampFor(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("InvoiceDocument", "DRAFT");
    case InvoiceStatus::Void:
        return QCoreApplication::translate("InvoiceDocument", "VOID");
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("InvoiceDocument", "PAID");
    case InvoiceStatus::Refunded:
        return QCoreApplication::translate("InvoiceDocument", "REFUNDED");
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
        break;
    }
    return {};
}

QString numberOrDraft(const domain::Invoice& invoice)
{
    return invoice.number().isEmpty() ? QCoreApplication::translate("InvoiceDocument", "draft") : invoice.number();
}

Document baseDocument(const InvoiceSource& source, const QString& kind)
{
    Document document;
    document.branding = brandingFrom(source.profile, source.now);
    document.kind = kind;
    //: Document title and file name: "Invoice INV-2026-0042 – Jane Doe"
    document.title = QCoreApplication::translate("InvoiceDocument", "%1 %2 – %3")
                         .arg(kind, numberOrDraft(source.invoice), source.client.displayName());
    document.fileName = documentFileName(document.title);
    document.from.lines = practiceLines(source.profile);
    if (!source.profile.taxId.trimmed().isEmpty()) {
        document.from.lines
            << QCoreApplication::translate("InvoiceDocument", "Tax ID: %1").arg(source.profile.taxId.trimmed());
    }
    return document;
}

QString money(const Money& amount, const QLocale& locale)
{
    return documentMoney(amount, locale);
}

Result<Money> negated(const Money& amount)
{
    return amount.negated();
}

// Payments and refunds, oldest first, as one table.
TableBlock paymentTable(
    const domain::Invoice& invoice, const QString& timeZone, const QLocale& locale, const QUuid& onlyPayment)
{
    TableBlock table;
    table.columns = {{QCoreApplication::translate("InvoiceDocument", "Date"), CellAlign::Leading, 3},
        {QCoreApplication::translate("InvoiceDocument", "Paid by"), CellAlign::Leading, 3},
        {QCoreApplication::translate("InvoiceDocument", "Reference"), CellAlign::Leading, 4},
        {QCoreApplication::translate("InvoiceDocument", "Amount"), CellAlign::Trailing, 3}};
    for (const domain::Payment& payment : invoice.payments()) {
        if (!onlyPayment.isNull() && payment.id != onlyPayment) {
            continue;
        }
        table.rows << QStringList {documentDateTime(payment.at, timeZone, locale), paymentMethodText(payment.method),
            payment.externalReference, money(payment.amount, locale)};
    }
    for (const domain::Refund& refund : invoice.refunds()) {
        if (!onlyPayment.isNull() && refund.paymentId != onlyPayment) {
            continue;
        }
        const Result<Money> back = negated(refund.amount);
        table.rows << QStringList {documentDateTime(refund.at, timeZone, locale),
            QCoreApplication::translate("InvoiceDocument", "Refund"), refund.reason,
            back ? money(back.value(), locale) : QString()};
    }
    return table;
}

} // namespace

QString clientLabel(const domain::Client& client)
{
    const QString person = QStringList {client.givenName(), client.familyName()}.join(u' ').trimmed();
    if (!person.isEmpty() && !client.company().isEmpty()) {
        return QStringLiteral("%1 (%2)").arg(person, client.company());
    }
    return client.displayName();
}

QStringList clientLines(const domain::Client& client, const QString& homeCountry)
{
    QStringList lines {client.displayName()};
    if (client.displayName() != client.company() && !client.company().isEmpty()) {
        lines << client.company();
    }
    lines << addressLines(client.address(), homeCountry);
    if (const auto email = client.primaryEmail()) {
        lines << email->address();
    }
    return lines;
}

Result<Document> invoiceDocument(const InvoiceSource& source)
{
    const domain::Invoice& invoice = source.invoice;
    const Result<domain::InvoiceTotals> computed = invoice.totals();
    if (!computed) {
        return computed.error();
    }
    const domain::InvoiceTotals& totals = computed.value();
    Document document = baseDocument(source, QCoreApplication::translate("InvoiceDocument", "Invoice"));
    const QLocale& locale = document.branding.locale;
    document.stamp = stampFor(invoice.status());

    document.headerFields << Field {
        QCoreApplication::translate("InvoiceDocument", "Invoice number"), numberOrDraft(invoice)};
    if (invoice.issueDate().isValid()) {
        document.headerFields << Field {
            QCoreApplication::translate("InvoiceDocument", "Issue date"), documentDate(invoice.issueDate(), locale)};
    }
    if (invoice.dueDate().isValid()) {
        document.headerFields << Field {
            QCoreApplication::translate("InvoiceDocument", "Due date"), documentDate(invoice.dueDate(), locale)};
    }
    if (!invoice.poNumber().isEmpty()) {
        document.headerFields << Field {
            QCoreApplication::translate("InvoiceDocument", "PO number"), invoice.poNumber()};
    }
    document.to = Party {QCoreApplication::translate("InvoiceDocument", "Bill to"),
        clientLines(source.client, document.branding.homeCountry)};

    // Lines. The tax column appears only when some line is taxed.
    const bool taxed = !totals.rates().isEmpty();
    TableBlock lines;
    lines.columns = {{QCoreApplication::translate("InvoiceDocument", "Description"), CellAlign::Leading, 9},
        {QCoreApplication::translate("InvoiceDocument", "Qty"), CellAlign::Trailing, 2},
        {QCoreApplication::translate("InvoiceDocument", "Unit price"), CellAlign::Trailing, 3}};
    if (taxed) {
        lines.columns << TableColumn {QCoreApplication::translate("InvoiceDocument", "Tax"), CellAlign::Trailing, 2};
    }
    lines.columns << TableColumn {QCoreApplication::translate("InvoiceDocument", "Amount"), CellAlign::Trailing, 3};
    for (int i = 0; i < invoice.lines().size(); ++i) {
        const domain::InvoiceLine& line = invoice.lines().at(i);
        QStringList row {
            line.description, documentQuantity(line.quantityThousandths, locale), money(line.unitPrice, locale)};
        if (taxed) {
            QStringList rates;
            for (const domain::TaxRate& rate : invoice.taxRates()) {
                if (line.taxCodes.contains(rate.code())) {
                    rates << documentPercent(rate.ratePpm(), locale);
                }
            }
            row << rates.join(QStringLiteral(", "));
        }
        row << money(totals.lines().at(i).amount, locale);
        lines.rows << row;
    }
    document.blocks << lines;

    // Totals.
    TotalsBlock sums;
    sums.lines << TotalLine {
        QCoreApplication::translate("InvoiceDocument", "Subtotal"), money(totals.subtotal(), locale)};
    if (!totals.discountTotal().isZero()) {
        const Result<Money> discount = negated(totals.discountTotal());
        const QString label = invoice.discount().kind() == domain::InvoiceDiscount::Kind::Percentage
            ? QCoreApplication::translate("InvoiceDocument", "Discount %1")
                  .arg(documentPercent(invoice.discount().ratePpm(), locale))
            : QCoreApplication::translate("InvoiceDocument", "Discount");
        sums.lines << TotalLine {label, discount ? money(discount.value(), locale) : QString()};
    }
    for (const domain::InvoiceTotals::RateTotal& rate : totals.rates()) {
        // "VAT 19 % on €180.00"; the rate is added when the name does not already say it.
        QString name = rate.rate.name().isEmpty() ? rate.rate.code() : rate.rate.name();
        if (!name.contains(u'%')) {
            name += u' ' + documentPercent(rate.rate.ratePpm(), locale);
        }
        const QString label = rate.rate.isInclusive()
            ? QCoreApplication::translate("InvoiceDocument", "incl. %1 on %2").arg(name, money(rate.taxable, locale))
            : QCoreApplication::translate("InvoiceDocument", "%1 on %2").arg(name, money(rate.taxable, locale));
        sums.lines << TotalLine {label, money(rate.tax, locale)};
    }
    sums.lines << TotalLine {
        QCoreApplication::translate("InvoiceDocument", "Total"), money(totals.grandTotal(), locale), true};
    if (!invoice.amountPaid().isZero()) {
        const Result<Money> paid = negated(invoice.amountPaid());
        sums.lines << TotalLine {
            QCoreApplication::translate("InvoiceDocument", "Paid"), paid ? money(paid.value(), locale) : QString()};
    }
    if (!invoice.amountRefunded().isZero()) {
        sums.lines << TotalLine {
            QCoreApplication::translate("InvoiceDocument", "Refunded"), money(invoice.amountRefunded(), locale)};
    }
    if (invoice.status() == InvoiceStatus::Issued || invoice.status() == InvoiceStatus::PartiallyPaid
        || invoice.status() == InvoiceStatus::Paid) {
        if (const Result<Money> balance = invoice.balanceDue()) {
            sums.lines << TotalLine {
                QCoreApplication::translate("InvoiceDocument", "Balance due"), money(balance.value(), locale), true};
        }
    }
    document.blocks << sums;

    if (invoice.paymentSchedule() && invoice.paymentSchedule()->installments().size() > 1) {
        document.blocks << ParagraphBlock {
            QCoreApplication::translate("InvoiceDocument", "Payment schedule"), ParagraphBlock::Style::Heading};
        TableBlock schedule;
        schedule.columns = {{QCoreApplication::translate("InvoiceDocument", "Due date"), CellAlign::Leading, 3},
            {QCoreApplication::translate("InvoiceDocument", "Amount"), CellAlign::Trailing, 2}};
        for (const auto& installment : invoice.paymentSchedule()->installments()) {
            schedule.rows << QStringList {documentDate(installment.dueDate, locale), money(installment.amount, locale)};
        }
        document.blocks << schedule;
    }
    if (!invoice.payments().isEmpty()) {
        document.blocks << ParagraphBlock {
            QCoreApplication::translate("InvoiceDocument", "Payments received"), ParagraphBlock::Style::Heading};
        document.blocks << paymentTable(invoice, source.profile.timeZoneId, locale, {});
    }
    if (!invoice.notes().trimmed().isEmpty()) {
        document.blocks << ParagraphBlock {invoice.notes().trimmed()};
    }
    if (!source.profile.invoiceTerms.trimmed().isEmpty()) {
        document.blocks << ParagraphBlock {source.profile.invoiceTerms.trimmed(), ParagraphBlock::Style::Small};
    }
    return document;
}

Result<Document> receiptDocument(const InvoiceSource& source, const QUuid& paymentId)
{
    const domain::Invoice& invoice = source.invoice;
    if (invoice.payments().isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "InvoiceDocument", "Invoice %1 has no payments yet, so there is nothing to give a receipt for.")
                .arg(numberOrDraft(invoice)),
            QStringLiteral("receipt.no-payment"));
    }
    const domain::Payment* payment = nullptr;
    for (const domain::Payment& candidate : invoice.payments()) {
        if (candidate.id == paymentId) {
            payment = &candidate;
        }
    }
    if (!paymentId.isNull() && !payment) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("InvoiceDocument", "That payment is not on invoice %1.")
                .arg(numberOrDraft(invoice)),
            QStringLiteral("receipt.unknown-payment"));
    }
    const Result<domain::InvoiceTotals> computed = invoice.totals();
    if (!computed) {
        return computed.error();
    }
    Document document = baseDocument(source, QCoreApplication::translate("InvoiceDocument", "Receipt"));
    const QLocale& locale = document.branding.locale;
    const QDateTime receivedAt = payment ? payment->at : invoice.payments().constLast().at;
    document.headerFields << Field {
        QCoreApplication::translate("InvoiceDocument", "Invoice number"), numberOrDraft(invoice)};
    document.headerFields << Field {QCoreApplication::translate("InvoiceDocument", "Date received"),
        documentDate(localDate(receivedAt, source.profile.timeZoneId), locale)};
    if (payment) {
        document.headerFields << Field {
            QCoreApplication::translate("InvoiceDocument", "Amount received"), money(payment->amount, locale)};
    }
    document.to = Party {QCoreApplication::translate("InvoiceDocument", "Received from"),
        clientLines(source.client, document.branding.homeCountry)};

    document.blocks << paymentTable(invoice, source.profile.timeZoneId, locale, paymentId);

    TotalsBlock sums;
    sums.lines << TotalLine {
        QCoreApplication::translate("InvoiceDocument", "Invoice total"), money(computed.value().grandTotal(), locale)};
    sums.lines << TotalLine {
        QCoreApplication::translate("InvoiceDocument", "Received in total"), money(invoice.amountPaid(), locale)};
    if (!invoice.amountRefunded().isZero()) {
        sums.lines << TotalLine {
            QCoreApplication::translate("InvoiceDocument", "Refunded"), money(invoice.amountRefunded(), locale)};
    }
    if (const Result<Money> balance = invoice.balanceDue()) {
        sums.lines << TotalLine {
            QCoreApplication::translate("InvoiceDocument", "Balance due"), money(balance.value(), locale), true};
    }
    document.blocks << sums;
    document.blocks << ParagraphBlock {
        QCoreApplication::translate("InvoiceDocument", "Thank you for your payment."), ParagraphBlock::Style::Body};
    return document;
}

} // namespace clientele::documents
