#include "core/store/InvoicePayments.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/domain/Booking.h"
#include "core/domain/Service.h"
#include "core/store/BookingRows.h"
#include "core/store/InvoiceRows.h"
#include "core/store/ServiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

// What must be paid before the invoice's booking counts as secured: the service's deposit, else the
// first instalment of the schedule, else the whole invoice.
Result<qint64> securingAmount(SqlCipherDatabase& db, const domain::Invoice& invoice, const domain::Booking& booking)
{
    Result<std::optional<domain::Service>> service = ServiceRows::load(db, booking.serviceId());
    if (!service) {
        return service.error();
    }
    if (service.value()) {
        Result<domain::Money> deposit = service.value()->depositAmount();
        if (deposit && deposit->isPositive()) {
            return deposit->minorUnits();
        }
    }
    if (invoice.paymentSchedule() && !invoice.paymentSchedule()->isEmpty()) {
        return invoice.paymentSchedule()->installments().constFirst().amount.minorUnits();
    }
    Result<domain::InvoiceTotals> totals = invoice.totals();
    if (!totals) {
        return totals.error();
    }
    return totals->grandTotal().minorUnits();
}

// After a payment: a booking waiting for it moves to Confirmed when what secures it is now paid
// (over all its invoices). A move the state machine still refuses (an unsigned contract) is left
// for later; the payment stands.
Result<void> confirmBookingIfSecured(WriteScope& scope, const domain::Invoice& invoice, const QDateTime& at)
{
    if (invoice.bookingId().isNull()) {
        return {};
    }
    Result<std::optional<domain::Booking>> loaded = BookingRows::load(scope.db(), invoice.bookingId());
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value() || loaded.value()->status() != domain::BookingStatus::AwaitingPayment) {
        return {};
    }
    const domain::Booking before = *loaded.value();
    Result<qint64> required = securingAmount(scope.db(), invoice, before);
    if (!required) {
        return required.error();
    }
    Result<qint64> paid = scope.db().queryInt(
        QStringLiteral("SELECT coalesce(sum(paid_minor), 0) FROM invoice WHERE booking_id = x'%1' AND deleted = 0 "
                       "AND status NOT IN ('draft', 'void')")
            .arg(QString::fromLatin1(invoice.bookingId().toRfc4122().toHex())));
    if (!paid) {
        return paid.error();
    }
    if (paid.value() < required.value()) {
        return {};
    }
    Result<domain::BookingTransitionContext> context = BookingRows::transitionContext(scope.db(), before, at);
    if (!context) {
        return context.error();
    }
    context.value().depositPaid = true;
    domain::Booking after = before;
    if (!after.transitionTo(domain::BookingStatus::Confirmed, context.value(),
            QCoreApplication::translate("InvoiceRepository", "Deposit paid"))) {
        return {};
    }
    return BookingRows::update(scope, before, after);
}

} // namespace

namespace InvoicePayments {

Result<domain::Invoice> record(WriteScope& scope, const QUuid& invoiceId, const domain::Payment& payment)
{
    Result<domain::Invoice> paid = InvoiceRows::change(
        scope, invoiceId, [&payment](domain::Invoice& invoice) { return invoice.recordPayment(payment); });
    if (!paid) {
        return paid;
    }
    if (Result<void> confirmed = confirmBookingIfSecured(scope, paid.value(), payment.at); !confirmed) {
        return confirmed.error();
    }
    return paid;
}

Result<RefundOutcome> recordRefund(WriteScope& scope, const QUuid& invoiceId, const domain::Refund& refund)
{
    Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), invoiceId);
    if (!invoice) {
        return invoice.error();
    }
    if (!invoice->has_value()) {
        return RefundOutcome {};
    }
    RefundOutcome outcome {RefundOutcome::Kind::Recorded, Error(), (*invoice)->number()};
    const QList<domain::Refund>& refunds = (*invoice)->refunds();
    if (std::any_of(refunds.cbegin(), refunds.cend(),
            [&refund](const domain::Refund& recorded) { return recorded.id == refund.id; })) {
        outcome.kind = RefundOutcome::Kind::Known;
        return outcome;
    }
    Result<domain::Invoice> changed = InvoiceRows::change(
        scope, invoiceId, [&refund](domain::Invoice& stored) { return stored.recordRefund(refund); });
    if (!changed) {
        const Error& error = changed.error();
        if (error.code() != Error::Code::Conflict && error.code() != Error::Code::InvalidInput
            && error.code() != Error::Code::NotFound) {
            return error;
        }
        outcome.kind = RefundOutcome::Kind::Refused;
        outcome.refusal = error;
    }
    return outcome;
}

Result<std::optional<PaymentRef>> byReference(SqlCipherDatabase& db, const QString& reference)
{
    if (reference.isEmpty()) {
        return std::optional<PaymentRef>();
    }
    Result<SqlStatement> query = db.prepare(QStringLiteral(
        "SELECT id, invoice_id FROM payment WHERE reference = ?1 AND kind = 'payment' AND deleted = 0 LIMIT 1"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, reference);
    Result<bool> found = query.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<PaymentRef>();
    }
    return std::optional(
        PaymentRef {sync::UuidV7::fromBytes(query.value().blob(0)), sync::UuidV7::fromBytes(query.value().blob(1))});
}

} // namespace InvoicePayments

} // namespace clientele
