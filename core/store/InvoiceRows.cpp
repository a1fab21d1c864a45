#include "core/store/InvoiceRows.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/domain/InvoiceNumberFormat.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"

namespace clientele::InvoiceRows {

namespace {

using domain::Invoice;

using StoredValues::date;
using StoredValues::text;

constexpr StoredValues::KeyTable<domain::Payment::Method, 5> kMethods {{{domain::Payment::Method::Other, "other"},
    {domain::Payment::Method::Card, "card"}, {domain::Payment::Method::BankTransfer, "bank-transfer"},
    {domain::Payment::Method::Cash, "cash"}, {domain::Payment::Method::Check, "check"}}};
constexpr StoredValues::KeyTable<domain::Rounding, 4> kRoundings {{{domain::Rounding::HalfUp, "half-up"},
    {domain::Rounding::HalfEven, "half-even"}, {domain::Rounding::Down, "down"}, {domain::Rounding::Up, "up"}}};
constexpr StoredValues::KeyTable<domain::InvoiceStatus, 6> kStatuses {
    {{domain::InvoiceStatus::Draft, "draft"}, {domain::InvoiceStatus::Issued, "issued"},
        {domain::InvoiceStatus::PartiallyPaid, "partially-paid"}, {domain::InvoiceStatus::Paid, "paid"},
        {domain::InvoiceStatus::Void, "void"}, {domain::InvoiceStatus::Refunded, "refunded"}}};

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

Error damaged(const QUuid& id, const Error& cause)
{
    return Error(Error::Code::CorruptData,
        QCoreApplication::translate(
            "InvoiceRows", "A stored invoice could not be read. Run \"check\" or restore a backup."),
        id.toString(QUuid::WithoutBraces) + u": " + cause.detail());
}

Result<QCborMap> invoiceFields(const Invoice& invoice)
{
    Result<domain::InvoiceTotals> totals = invoice.totals();
    if (!totals) {
        return totals.error();
    }
    return QCborMap {{QStringLiteral("client_id"), invoice.clientId().toRfc4122()},
        {QStringLiteral("booking_id"),
            invoice.bookingId().isNull() ? QCborValue(QCborValue::Null) : QCborValue(invoice.bookingId().toRfc4122())},
        {QStringLiteral("series"), text(invoice.series())}, {QStringLiteral("number"), text(invoice.number())},
        {QStringLiteral("status"), statusKey(invoice.status())},
        {QStringLiteral("currency"), invoice.currency().code()},
        {QStringLiteral("issue_date"), date(invoice.issueDate())},
        {QStringLiteral("due_date"), date(invoice.dueDate())}, {QStringLiteral("po_number"), text(invoice.poNumber())},
        {QStringLiteral("notes"), text(invoice.notes())},
        {QStringLiteral("discount"), discountGroup(invoice.discount())},
        {QStringLiteral("tax_policy"),
            invoice.taxRoundingPolicy() == domain::TaxRoundingPolicy::PerLine ? QStringLiteral("per-line")
                                                                              : QStringLiteral("per-invoice")},
        {QStringLiteral("rounding"), StoredValues::keyOf(kRoundings, invoice.rounding())},
        {QStringLiteral("total_minor"), totals->grandTotal().minorUnits()},
        {QStringLiteral("paid_minor"), invoice.netPaid().minorUnits()}};
}

QCborMap lineFields(const Invoice& invoice, const domain::InvoiceLine& line)
{
    return QCborMap {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
        {QStringLiteral("position"), text(line.position)}, {QStringLiteral("description"), text(line.description)},
        {QStringLiteral("line"),
            QCborArray {line.quantityThousandths, line.unitPrice.minorUnits(), line.taxCodes.join(u',')}}};
}

Result<void> insertTaxRates(WriteScope& scope, const Invoice& invoice, const std::function<QUuid()>& newId)
{
    for (const domain::TaxRate& rate : invoice.taxRates()) {
        QCborMap rateFields {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
            {QStringLiteral("rate"), QCborArray {rate.code(), rate.name(), rate.ratePpm(), rate.isInclusive()}}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("invoice_tax_rate"), newId(), rateFields);
            !done) {
            return done;
        }
    }
    return {};
}

Result<void> insertInstallments(WriteScope& scope, const Invoice& invoice, const std::function<QUuid()>& newId)
{
    if (!invoice.paymentSchedule()) {
        return {};
    }
    for (const auto& installment : invoice.paymentSchedule()->installments()) {
        QCborMap installmentFields {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
            {QStringLiteral("installment"),
                QCborArray {installment.dueDate.toString(Qt::ISODate), installment.amount.minorUnits()}}};
        if (Result<void> done =
                scope.changes().insert(QStringLiteral("invoice_installment"), newId(), installmentFields);
            !done) {
            return done;
        }
    }
    return {};
}

// Writes the payments and refunds of the invoice that are not among the ones already stored.
Result<void> insertMoney(WriteScope& scope, const Invoice& invoice, const QList<domain::Payment>& storedPayments,
    const QList<domain::Refund>& storedRefunds)
{
    QSet<QUuid> stored;
    for (const domain::Payment& payment : storedPayments) {
        stored.insert(payment.id);
    }
    for (const domain::Refund& refund : storedRefunds) {
        stored.insert(refund.id);
    }
    for (const domain::Payment& payment : invoice.payments()) {
        if (stored.contains(payment.id)) {
            continue;
        }
        QCborMap paymentFields {{QStringLiteral("invoice_id"), invoice.id().toRfc4122()},
            {QStringLiteral("kind"), QStringLiteral("payment")},
            {QStringLiteral("amount"), QCborArray {payment.amount.minorUnits(), payment.amount.currency().code()}},
            {QStringLiteral("method"), StoredValues::keyOf(kMethods, payment.method)},
            {QStringLiteral("at"), payment.at.toMSecsSinceEpoch()},
            {QStringLiteral("reference"), text(payment.externalReference)}};
        if (Result<void> done = scope.changes().insert(QStringLiteral("payment"), payment.id, paymentFields); !done) {
            return done;
        }
    }
    for (const domain::Refund& refund : invoice.refunds()) {
        if (stored.contains(refund.id)) {
            continue;
        }
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
    return {};
}

Result<void> removeChildren(WriteScope& scope, const char* table, const QUuid& invoiceId)
{
    const Result<QList<QUuid>> ids = StoredValues::rowIds(
        scope.db(), u"SELECT id FROM " + QLatin1String(table) + u" WHERE invoice_id = ?1 AND deleted = 0", invoiceId);
    if (!ids) {
        return ids.error();
    }
    for (const QUuid& id : ids.value()) {
        if (Result<void> done = scope.changes().remove(QString::fromLatin1(table), id); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

QString statusKey(domain::InvoiceStatus status)
{
    return StoredValues::keyOf(kStatuses, status);
}

Result<void> insert(WriteScope& scope, const Invoice& invoice, const std::function<QUuid()>& newId)
{
    Result<QCborMap> fields = invoiceFields(invoice);
    if (!fields) {
        return fields.error();
    }
    if (Result<void> done = scope.changes().insert(QStringLiteral("invoice"), invoice.id(), fields.value()); !done) {
        return done;
    }
    if (Result<void> done = insertTaxRates(scope, invoice, newId); !done) {
        return done;
    }
    if (Result<void> done = insertInstallments(scope, invoice, newId); !done) {
        return done;
    }
    for (const domain::InvoiceLine& line : invoice.lines()) {
        if (Result<void> done =
                scope.changes().insert(QStringLiteral("invoice_line"), line.id, lineFields(invoice, line));
            !done) {
            return done;
        }
    }
    if (Result<void> done = insertMoney(scope, invoice, {}, {}); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("invoice"), invoice.id());
}

Result<void> update(WriteScope& scope, const Invoice& before, const Invoice& after)
{
    Q_ASSERT(before.id() == after.id());
    Result<QCborMap> beforeFields = invoiceFields(before);
    Result<QCborMap> afterFields = invoiceFields(after);
    if (!afterFields) {
        return afterFields.error();
    }
    if (!beforeFields) {
        beforeFields = QCborMap();
    }
    if (Result<void> done = scope.changes().updateChanged(
            QStringLiteral("invoice"), after.id(), beforeFields.value(), afterFields.value());
        !done) {
        return done;
    }
    // Lines are rows with their own ids: add, change or tombstone each.
    QHash<QUuid, domain::InvoiceLine> old;
    for (const domain::InvoiceLine& line : before.lines()) {
        old.insert(line.id, line);
    }
    for (const domain::InvoiceLine& line : after.lines()) {
        const auto found = old.constFind(line.id);
        if (found == old.constEnd()) {
            if (Result<void> done =
                    scope.changes().insert(QStringLiteral("invoice_line"), line.id, lineFields(after, line));
                !done) {
                return done;
            }
            continue;
        }
        if (!(found.value() == line)) {
            if (Result<void> done = scope.changes().updateChanged(QStringLiteral("invoice_line"), line.id,
                    lineFields(before, found.value()), lineFields(after, line));
                !done) {
                return done;
            }
        }
        old.remove(line.id);
    }
    for (const QUuid& gone : old.keys()) {
        if (Result<void> done = scope.changes().remove(QStringLiteral("invoice_line"), gone); !done) {
            return done;
        }
    }
    // Tax rates and instalments have no identity of their own in the domain: a changed set replaces
    // the stored rows.
    if (before.taxRates() != after.taxRates()) {
        if (Result<void> done = removeChildren(scope, "invoice_tax_rate", after.id()); !done) {
            return done;
        }
        if (Result<void> done = insertTaxRates(scope, after, &sync::UuidV7::create); !done) {
            return done;
        }
    }
    if (before.paymentSchedule() != after.paymentSchedule()) {
        if (Result<void> done = removeChildren(scope, "invoice_installment", after.id()); !done) {
            return done;
        }
        if (Result<void> done = insertInstallments(scope, after, &sync::UuidV7::create); !done) {
            return done;
        }
    }
    // Payments and refunds only grow.
    if (Result<void> done = insertMoney(scope, after, before.payments(), before.refunds()); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("invoice"), after.id());
}

Result<void> removeDraft(WriteScope& scope, const QUuid& id)
{
    if (Result<void> done = scope.changes().remove(QStringLiteral("invoice"), id); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("invoice"), id);
}

Result<std::optional<Invoice>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row = StoredValues::findRow(db,
        QStringLiteral("SELECT client_id, booking_id, series, number, status, currency, issue_date, due_date, "
                       "po_number, notes, discount_kind, discount_value, tax_policy, rounding FROM invoice "
                       "WHERE id = ?1 AND deleted = 0"),
        id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<Invoice>();
    }
    SqlStatement& r = *row.value();
    Result<domain::Currency> currency = domain::Currency::fromCode(r.text(5));
    if (!currency) {
        return damaged(id, currency.error());
    }
    Invoice invoice(id, QUuid::fromRfc4122(r.blob(0)), currency.value());
    if (!r.isNull(1)) {
        invoice.setBookingId(QUuid::fromRfc4122(r.blob(1)));
    }
    invoice.setPoNumber(r.text(8));
    invoice.setNotes(r.text(9));
    const QString status = r.text(4);
    const QString number = r.text(3);
    const QDate issueDate = QDate::fromString(r.text(6), Qt::ISODate);
    const QDate dueDate = QDate::fromString(r.text(7), Qt::ISODate);
    QList<Result<void>> steps;
    steps.append(invoice.setSeries(r.text(2)));
    steps.append(invoice.setTaxRoundingPolicy(
        r.text(12) == u"per-invoice" ? domain::TaxRoundingPolicy::PerInvoice : domain::TaxRoundingPolicy::PerLine));
    steps.append(invoice.setRounding(StoredValues::fromKey(kRoundings, r.text(13), domain::Rounding::HalfUp)));
    const QString discountKind = r.text(10);
    const qint64 discountValue = r.int64(11);
    QList<domain::TaxRate> rates;
    Result<void> readRates = StoredValues::forEachRow(db,
        "SELECT code, name, rate_ppm, inclusive FROM invoice_tax_rate WHERE invoice_id = ?1 AND deleted = 0 ORDER BY "
        "id",
        id, [&rates](SqlStatement& t) -> Result<void> {
            Result<domain::TaxRate> rate = domain::TaxRate::create(t.text(0), t.text(1), t.int64(2),
                t.int64(3) ? domain::TaxRate::Inclusion::Inclusive : domain::TaxRate::Inclusion::Exclusive);
            if (!rate) {
                return rate.error();
            }
            rates.append(rate.value());
            return {};
        });
    steps.append(readRates);
    steps.append(invoice.setTaxRates(rates));
    steps.append(StoredValues::forEachRow(db,
        "SELECT id, position, description, quantity_milli, unit_price_minor, tax_codes FROM invoice_line "
        "WHERE invoice_id = ?1 AND deleted = 0 ORDER BY position, id",
        id, [&invoice, &currency](SqlStatement& l) -> Result<void> {
            domain::InvoiceLine line {QUuid::fromRfc4122(l.blob(0)), l.text(2), l.int64(3),
                domain::Money(l.int64(4), currency.value()), l.text(5).split(u',', Qt::SkipEmptyParts), l.text(1)};
            return invoice.addLine(line);
        }));
    if (discountKind == u"percentage") {
        steps.append(invoice.setDiscount(domain::InvoiceDiscount::percentage(discountValue)));
    } else if (discountKind == u"fixed") {
        steps.append(
            invoice.setDiscount(domain::InvoiceDiscount::fixed(domain::Money(discountValue, currency.value()))));
    }
    QList<domain::PaymentSchedule::Installment> installments;
    steps.append(StoredValues::forEachRow(db,
        "SELECT due_date, amount_minor FROM invoice_installment WHERE invoice_id = ?1 AND deleted = 0 ORDER BY "
        "due_date, id",
        id, [&installments, &currency](SqlStatement& i) -> Result<void> {
            installments.append(
                {QDate::fromString(i.text(0), Qt::ISODate), domain::Money(i.int64(1), currency.value())});
            return {};
        }));
    if (!installments.isEmpty()) {
        Result<domain::PaymentSchedule> schedule = domain::PaymentSchedule::create(installments);
        steps.append(schedule ? invoice.setPaymentSchedule(schedule.value()) : Result<void>(schedule.error()));
    }
    if (!number.isEmpty()) {
        steps.append(invoice.assignNumber(number));
    }
    if (status != u"draft") {
        steps.append(invoice.issue(issueDate));
    }
    if (dueDate.isValid()) {
        steps.append(invoice.setDueDate(dueDate));
    }
    steps.append(StoredValues::forEachRow(db,
        // In the order the practice recorded them (their hybrid logical clock stamps, which keep that
        // order across devices), the order the invoice accepted them in. Their dates are the
        // practice's word or a payment service's: a refund dated before its payment, or one from
        // Stripe arriving after a later cash payment, replayed by date would be refused.
        "SELECT id, kind, amount_minor, method, at, reference, refund_of, reason FROM payment p "
        "WHERE invoice_id = ?1 AND deleted = 0 "
        "ORDER BY coalesce((SELECT f.hlc FROM crdt_field f WHERE f.tbl = 'payment' AND f.row_id = p.id "
        "AND f.field = '_created'), 0), at, id",
        id, [&invoice, &currency](SqlStatement& p) -> Result<void> {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(p.int64(4), Qt::UTC);
            const domain::Money amount(p.int64(2), currency.value());
            if (p.text(1) == u"refund") {
                return invoice.recordRefund(domain::Refund {
                    QUuid::fromRfc4122(p.blob(0)), QUuid::fromRfc4122(p.blob(6)), amount, p.text(7), at});
            }
            return invoice.recordPayment(domain::Payment {QUuid::fromRfc4122(p.blob(0)), amount, at,
                StoredValues::fromKey(kMethods, p.text(3), domain::Payment::Method::Other), p.text(5)});
        }));
    if (status == u"void") {
        steps.append(invoice.voidInvoice());
    }
    for (const Result<void>& step : std::as_const(steps)) {
        if (!step) {
            return damaged(id, step.error());
        }
    }
    return std::optional<Invoice>(std::move(invoice));
}

Result<Invoice> loadExisting(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<Invoice>> loaded = load(db, id);
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("InvoiceRepository", "The invoice no longer exists."),
            QStringLiteral("invoice %1").arg(id.toString(QUuid::WithoutBraces)));
    }
    return *loaded.value();
}

Result<Invoice> change(WriteScope& scope, const QUuid& id, const std::function<Result<void>(Invoice&)>& change)
{
    Result<Invoice> before = loadExisting(scope.db(), id);
    if (!before) {
        return before.error();
    }
    Invoice after = before.value();
    if (Result<void> changed = change(after); !changed) {
        return changed.error();
    }
    if (Result<void> done = update(scope, before.value(), after); !done) {
        return done.error();
    }
    return after;
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
