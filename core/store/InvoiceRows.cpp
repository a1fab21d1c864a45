#include "core/store/InvoiceRows.h"

#include <QCborArray>
#include <QCborMap>

#include "core/domain/InvoiceNumberFormat.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele::InvoiceRows {

namespace {

using domain::Invoice;

QCborValue text(const QString& value)
{
    return value.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(value);
}

QCborValue date(const QDate& value)
{
    return value.isValid() ? QCborValue(value.toString(Qt::ISODate)) : QCborValue(QCborValue::Null);
}

QString methodKey(domain::Payment::Method method)
{
    switch (method) {
    case domain::Payment::Method::Card:
        return QStringLiteral("card");
    case domain::Payment::Method::BankTransfer:
        return QStringLiteral("bank-transfer");
    case domain::Payment::Method::Cash:
        return QStringLiteral("cash");
    case domain::Payment::Method::Check:
        return QStringLiteral("check");
    case domain::Payment::Method::Other:
        break;
    }
    return QStringLiteral("other");
}

QCborArray discountGroup(const domain::InvoiceDiscount& discount)
{
    switch (discount.kind()) {
    case domain::InvoiceDiscount::Kind::Percentage:
        return {QStringLiteral("percentage"), discount.ratePpm()};
    case domain::InvoiceDiscount::Kind::Fixed:
        return {QStringLiteral("fixed"), discount.amount().minorUnits()};
    case domain::InvoiceDiscount::Kind::None:
        break;
    }
    return {QCborValue(QCborValue::Null), QCborValue(QCborValue::Null)};
}

} // namespace

QString statusKey(domain::InvoiceStatus status)
{
    switch (status) {
    case domain::InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case domain::InvoiceStatus::Issued:
        return QStringLiteral("issued");
    case domain::InvoiceStatus::PartiallyPaid:
        return QStringLiteral("partially-paid");
    case domain::InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case domain::InvoiceStatus::Void:
        return QStringLiteral("void");
    case domain::InvoiceStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return QStringLiteral("draft");
}

Result<void> insert(WriteScope& scope, const Invoice& invoice)
{
    Result<domain::InvoiceTotals> totals = invoice.totals();
    if (!totals) {
        return totals.error();
    }
    QCborMap fields {{QStringLiteral("client_id"), invoice.clientId().toRfc4122()},
        {QStringLiteral("booking_id"),
            invoice.bookingId().isNull() ? QCborValue(QCborValue::Null) : QCborValue(invoice.bookingId().toRfc4122())},
        {QStringLiteral("series"), text(invoice.series())}, {QStringLiteral("number"), text(invoice.number())},
        {QStringLiteral("status"), statusKey(invoice.status())},
        {QStringLiteral("currency"), invoice.currency().code()},
        {QStringLiteral("issue_date"), date(invoice.issueDate())},
        {QStringLiteral("due_date"), date(invoice.dueDate())}, {QStringLiteral("po_number"), text(invoice.poNumber())},
        {QStringLiteral("notes"), text(invoice.notes())},
        {QStringLiteral("discount"), discountGroup(invoice.discount())},
        {QStringLiteral("total_minor"), totals->grandTotal().minorUnits()},
        {QStringLiteral("paid_minor"), invoice.netPaid().minorUnits()}};
    if (Result<void> done = scope.changes().insert(QStringLiteral("invoice"), invoice.id(), fields); !done) {
        return done;
    }
    for (const domain::InvoiceLine& line : invoice.lines()) {
        QCborMap lineFields {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
            {QStringLiteral("position"), text(line.position)}, {QStringLiteral("description"), text(line.description)},
            {QStringLiteral("line"),
                QCborArray {line.quantityThousandths, line.unitPrice.minorUnits(), line.taxCodes.join(u',')}}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("invoice_line"), line.id, lineFields); !done) {
            return done;
        }
    }
    for (const domain::Payment& payment : invoice.payments()) {
        QCborMap paymentFields {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
            {QStringLiteral("kind"), QStringLiteral("payment")},
            {QStringLiteral("amount"), QCborArray {payment.amount.minorUnits(), payment.amount.currency().code()}},
            {QStringLiteral("method"), methodKey(payment.method)},
            {QStringLiteral("at"), payment.at.toMSecsSinceEpoch()},
            {QStringLiteral("reference"), text(payment.externalReference)}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("payment"), payment.id, paymentFields); !done) {
            return done;
        }
    }
    for (const domain::Refund& refund : invoice.refunds()) {
        QCborMap refundFields {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
            {QStringLiteral("kind"), QStringLiteral("refund")},
            {QStringLiteral("amount"), QCborArray {refund.amount.minorUnits(), refund.amount.currency().code()}},
            {QStringLiteral("at"), refund.at.toMSecsSinceEpoch()},
            {QStringLiteral("refund_of"), refund.paymentId.toRfc4122()},
            {QStringLiteral("reason"), text(refund.reason)}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("payment"), refund.id, refundFields); !done) {
            return done;
        }
    }
    return scope.search().refresh(QStringLiteral("invoice"), invoice.id());
}

Result<QString> allocateNumber(WriteScope& scope, const QString& series, const QString& pattern, QDate issueDate)
{
    Result<domain::InvoiceNumberFormat> format = domain::InvoiceNumberFormat::fromPattern(pattern);
    if (!format) {
        return format.error();
    }
    SqlCipherDatabase& db = scope.db();
    // The last number issued in the series, kept as text so a yearly reset can be recognised.
    Result<SqlStatement*> last = db.cached("SELECT number FROM invoice WHERE series = ?1 AND number IS NOT NULL "
                                           "AND number = (SELECT max(number) FROM invoice WHERE series = ?1)");
    if (!last) {
        return last.error();
    }
    last.value()->bind(1, series);
    Result<bool> found = last.value()->step();
    if (!found) {
        return found.error();
    }
    const QString lastNumber = found.value() ? last.value()->text(0) : QString();
    last.value()->reset();
    Result<qint64> next = format->nextCounter(lastNumber, issueDate);
    if (!next) {
        return next.error();
    }
    return format->format(next.value(), issueDate);
}

} // namespace clientele::InvoiceRows
