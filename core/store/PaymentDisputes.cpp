#include "core/store/PaymentDisputes.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include "core/domain/Refund.h"
#include "core/ports/Clock.h"
#include "core/store/ChangeWriter.h"
#include "core/store/InvoicePayments.h"
#include "core/store/InvoiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"
#include "core/text/MoneyText.h"

namespace clientele::PaymentDisputes {

namespace {

using sync::UuidV7;

const QString kTable = QStringLiteral("payment_dispute");
constexpr auto kColumns = "id, invoice_id, payment_id, amount_minor, currency, reason, status, due_by, opened_at";

constexpr StoredValues::KeyTable<PaymentDispute::Status, 5> kStatuses {
    std::pair {PaymentDispute::Status::NeedsResponse, "needs_response"},
    std::pair {PaymentDispute::Status::UnderReview, "under_review"}, std::pair {PaymentDispute::Status::Won, "won"},
    std::pair {PaymentDispute::Status::Lost, "lost"}, std::pair {PaymentDispute::Status::Closed, "closed"}};

// Stripe's statuses, including the "warning_" ones of an inquiry that may become a dispute.
PaymentDispute::Status statusOf(const QString& stripe)
{
    if (stripe == u"needs_response" || stripe == u"warning_needs_response") {
        return PaymentDispute::Status::NeedsResponse;
    }
    if (stripe == u"under_review" || stripe == u"warning_under_review") {
        return PaymentDispute::Status::UnderReview;
    }
    if (stripe == u"won") {
        return PaymentDispute::Status::Won;
    }
    if (stripe == u"lost") {
        return PaymentDispute::Status::Lost;
    }
    return PaymentDispute::Status::Closed;
}

bool decided(PaymentDispute::Status status)
{
    return status == PaymentDispute::Status::Won || status == PaymentDispute::Status::Lost
        || status == PaymentDispute::Status::Closed;
}

PaymentDispute readDispute(const SqlStatement& row)
{
    PaymentDispute dispute;
    dispute.id = UuidV7::fromBytes(row.blob(0));
    dispute.invoiceId = UuidV7::fromBytes(row.blob(1));
    dispute.paymentId = UuidV7::fromBytes(row.blob(2));
    const Result<domain::Currency> currency = domain::Currency::fromCode(row.text(4));
    dispute.amount = currency ? domain::Money(row.int64(3), currency.value()) : domain::Money();
    dispute.reason = row.text(5);
    dispute.status = StoredValues::fromKey(kStatuses, row.text(6), PaymentDispute::Status::Closed);
    if (!row.isNull(7)) {
        dispute.dueBy = QDateTime::fromMSecsSinceEpoch(row.int64(7), Qt::UTC);
    }
    dispute.openedAt = QDateTime::fromMSecsSinceEpoch(row.int64(8), Qt::UTC);
    return dispute;
}

Result<QList<PaymentDispute>> select(SqlCipherDatabase& db, const QString& where, const QUuid& id = {})
{
    Result<SqlStatement> query =
        db.prepare(QStringLiteral("SELECT %1 FROM payment_dispute %2").arg(QLatin1String(kColumns), where));
    if (!query) {
        return query.error();
    }
    if (!id.isNull()) {
        query.value().bindBlob(1, id.toRfc4122());
    }
    return StoredValues::readRows<PaymentDispute>(query.value(), readDispute);
}

// The same row on every device: its id comes from Stripe's dispute id.
QUuid disputeRowId(const QString& stripeId, const char* what = "")
{
    static const QUuid kDisputes(QStringLiteral("{e0a4c3f1-6b28-4d97-9e51-3f7a2c8b0d64}"));
    return QUuid::createUuidV5(kDisputes, QString(u"stripe:" + stripeId + QLatin1String(what)));
}

// A lost dispute: the bank gave the money back to the client. On the invoice it is a refund of the
// payment (at most what is left of it).
Result<Applied> recordLoss(WriteScope& scope, const PaymentDispute& dispute, const QString& stripeId)
{
    Applied applied {true, false, {}};
    Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), dispute.invoiceId);
    if (!invoice) {
        return invoice.error();
    }
    // At most what is left of the payment: a partial refund before the dispute already went back.
    domain::Money amount = dispute.amount;
    if (invoice->has_value() && amount.currency() == (*invoice)->currency()) {
        const domain::Money left = (*invoice)->refundableAmount(dispute.paymentId);
        if (left.minorUnits() < amount.minorUnits()) {
            amount = left;
        }
    }
    if (!amount.isPositive()) {
        return applied;
    }
    const domain::Refund refund {disputeRowId(stripeId, ":lost"), dispute.paymentId, amount,
        QCoreApplication::translate("PaymentDisputes", "Chargeback: the client's bank decided for the client"),
        scope.clock().nowUtc()};
    Result<InvoicePayments::RefundOutcome> outcome = InvoicePayments::recordRefund(scope, dispute.invoiceId, refund);
    if (!outcome) {
        return outcome.error();
    }
    if (outcome->kind == InvoicePayments::RefundOutcome::Kind::Recorded) {
        applied.invoiceChanged = true;
    } else if (outcome->kind == InvoicePayments::RefundOutcome::Kind::Refused) {
        applied.note = QCoreApplication::translate("PaymentDisputes",
            "The client's bank kept %1 of invoice %2 after a dispute, but the invoice could not record it: %3")
                           .arg(moneyText(amount), outcome->invoiceNumber, outcome->refusal.userMessage());
    }
    return applied;
}

} // namespace

Result<QList<PaymentDispute>> ofInvoice(SqlCipherDatabase& db, const QUuid& invoiceId)
{
    return select(
        db, QStringLiteral("WHERE invoice_id = ?1 AND deleted = 0 ORDER BY opened_at DESC, id DESC"), invoiceId);
}

QFuture<Result<QList<PaymentDispute>>> forInvoice(Store& store, const QUuid& invoiceId)
{
    return store.run([invoiceId](StoreSession& session) { return ofInvoice(session.db(), invoiceId); });
}

Result<QList<PaymentDispute>> open(SqlCipherDatabase& db)
{
    return select(db,
        QStringLiteral("WHERE status IN ('needs_response', 'under_review') AND deleted = 0 "
                       "ORDER BY due_by IS NULL, due_by, id"));
}

Result<Applied> applyStripe(WriteScope& scope, const QJsonObject& object)
{
    const QString stripeId = object.value(QStringLiteral("id")).toString();
    if (!stripeId.startsWith(u"dp_") && !stripeId.startsWith(u"du_")) {
        return Applied {};
    }
    Result<std::optional<InvoicePayments::PaymentRef>> payment =
        InvoicePayments::byReference(scope.db(), object.value(QStringLiteral("payment_intent")).toString());
    if (!payment) {
        return payment.error();
    }
    if (!payment->has_value()) {
        return Applied {}; // not a payment on this practice's invoices
    }
    Result<domain::Currency> currency =
        domain::Currency::fromCode(object.value(QStringLiteral("currency")).toString().toUpper());
    if (!currency) {
        return Applied {};
    }
    PaymentDispute dispute;
    dispute.id = disputeRowId(stripeId);
    dispute.invoiceId = (*payment)->invoiceId;
    dispute.paymentId = (*payment)->paymentId;
    dispute.amount = domain::Money(object.value(QStringLiteral("amount")).toInteger(), currency.value());
    dispute.reason = object.value(QStringLiteral("reason")).toString();
    dispute.status = statusOf(object.value(QStringLiteral("status")).toString());
    const qint64 dueBy =
        object.value(QStringLiteral("evidence_details")).toObject().value(QStringLiteral("due_by")).toInteger();
    const qint64 created = object.value(QStringLiteral("created")).toInteger();
    const QCborValue due = dueBy > 0 ? QCborValue(dueBy * 1000) : QCborValue(QCborValue::Null);

    Result<std::optional<SqlStatement>> stored = StoredValues::findRow(
        scope.db(), QStringLiteral("SELECT status FROM payment_dispute WHERE id = ?1 AND deleted = 0"), dispute.id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        Result<void> inserted = scope.changes().insert(kTable, dispute.id,
            QCborMap {{QStringLiteral("invoice_id"), dispute.invoiceId.toRfc4122()},
                {QStringLiteral("payment_id"), dispute.paymentId.toRfc4122()},
                {QStringLiteral("amount"), QCborArray {dispute.amount.minorUnits(), dispute.amount.currency().code()}},
                {QStringLiteral("reason"), StoredValues::text(dispute.reason)},
                {QStringLiteral("status"), StoredValues::keyOf(kStatuses, dispute.status)},
                {QStringLiteral("due_by"), due},
                {QStringLiteral("opened_at"),
                    created > 0 ? created * 1000 : scope.clock().nowUtc().toMSecsSinceEpoch()}});
        if (!inserted) {
            return inserted.error();
        }
    } else {
        const PaymentDispute::Status was =
            StoredValues::fromKey(kStatuses, (*stored)->text(0), PaymentDispute::Status::Closed);
        // Events can arrive out of order: a decision stands, and an open dispute only moves forward.
        if (was == dispute.status || decided(was)
            || (was == PaymentDispute::Status::UnderReview
                && dispute.status == PaymentDispute::Status::NeedsResponse)) {
            return Applied {};
        }
        QCborMap fields {{QStringLiteral("status"), StoredValues::keyOf(kStatuses, dispute.status)}};
        if (dueBy > 0) {
            fields.insert(QStringLiteral("due_by"), due);
        }
        Result<void> updated = scope.changes().update(kTable, dispute.id, fields);
        if (!updated) {
            return updated.error();
        }
    }
    if (dispute.status == PaymentDispute::Status::Lost) {
        return recordLoss(scope, dispute, stripeId);
    }
    return Applied {true, false, {}};
}

} // namespace clientele::PaymentDisputes
