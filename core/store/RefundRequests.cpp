#include "core/store/RefundRequests.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <algorithm>

#include "core/domain/Invoice.h"
#include "core/ports/Clock.h"
#include "core/store/ChangeWriter.h"
#include "core/store/CommandOutbox.h"
#include "core/store/InvoicePayments.h"
#include "core/store/InvoiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"
#include "core/text/MoneyText.h"

namespace clientele {

namespace {

using sync::UuidV7;

const QString kTable = QStringLiteral("refund_request");
const QString kRefund = QStringLiteral("stripe.refund.create");
constexpr auto kColumns = "id, invoice_id, payment_id, amount_minor, currency, reason, state, refund_ref, command_id, "
                          "created_at, note";

constexpr StoredValues::KeyTable<RefundRequest::State, 5> kStates {
    std::pair {RefundRequest::State::Requested, "requested"}, std::pair {RefundRequest::State::Refunded, "refunded"},
    std::pair {RefundRequest::State::Failed, "failed"}, std::pair {RefundRequest::State::Withdrawn, "withdrawn"},
    std::pair {RefundRequest::State::Unrecorded, "unrecorded"}};

constexpr StoredValues::KeyTable<RefundRequest::StripeReason, 3> kStripeReasons {
    std::pair {RefundRequest::StripeReason::RequestedByCustomer, "requested_by_customer"},
    std::pair {RefundRequest::StripeReason::Duplicate, "duplicate"},
    std::pair {RefundRequest::StripeReason::Fraudulent, "fraudulent"}};

QString translated(const char* text)
{
    return QCoreApplication::translate("RefundRequests", text);
}

Error refused(const QString& message)
{
    return Error(Error::Code::InvalidInput, message);
}

// The invoice's refund for Stripe's refund: the same id on every device and from either path (the
// command's answer, Stripe's event), so it is written once.
QUuid refundRowId(const QString& stripeRefundId)
{
    static const QUuid kRefunds(QStringLiteral("{7d3e5a90-1c2b-4f6e-8a47-0b9c6d2e1f53}"));
    return QUuid::createUuidV5(kRefunds, QString(u"stripe:" + stripeRefundId));
}

RefundRequest readRequest(const SqlStatement& row)
{
    RefundRequest request;
    request.id = UuidV7::fromBytes(row.blob(0));
    request.invoiceId = UuidV7::fromBytes(row.blob(1));
    request.paymentId = UuidV7::fromBytes(row.blob(2));
    const Result<domain::Currency> currency = domain::Currency::fromCode(row.text(4));
    request.amount = currency ? domain::Money(row.int64(3), currency.value()) : domain::Money();
    request.reason = row.text(5);
    request.state = StoredValues::fromKey(kStates, row.text(6), RefundRequest::State::Failed);
    request.refundRef = row.text(7);
    request.commandId = UuidV7::fromBytes(row.blob(8));
    request.createdAt = QDateTime::fromMSecsSinceEpoch(row.int64(9), Qt::UTC);
    request.note = row.text(10);
    return request;
}

Result<std::optional<RefundRequest>> storedRequest(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row = StoredValues::findRow(db,
        QStringLiteral("SELECT %1 FROM refund_request WHERE id = ?1 AND deleted = 0").arg(QLatin1String(kColumns)), id);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return std::optional<RefundRequest>();
    }
    return std::optional(readRequest(**row));
}

Result<void> setState(WriteScope& scope, const QUuid& id, RefundRequest::State state, QCborMap more = {})
{
    more.insert(QStringLiteral("state"), StoredValues::keyOf(kStates, state));
    return scope.changes().update(kTable, id, more);
}

// Stripe made the refund: Refunded, or Unrecorded with the reason when the invoice refused it.
Result<void> markMade(WriteScope& scope, const QUuid& id, const QString& refundId, const RefundRequestRows::Settled& on)
{
    if (on.kind == RefundRequestRows::Settled::Kind::NotRecorded) {
        return setState(scope, id, RefundRequest::State::Unrecorded,
            QCborMap {{QStringLiteral("refund_ref"), refundId}, {QStringLiteral("note"), on.note}});
    }
    return setState(scope, id, RefundRequest::State::Refunded, QCborMap {{QStringLiteral("refund_ref"), refundId}});
}

bool hasRefund(const domain::Invoice& invoice, const QUuid& refundId)
{
    return std::any_of(invoice.refunds().cbegin(), invoice.refunds().cend(),
        [&refundId](const domain::Refund& refund) { return refund.id == refundId; });
}

// Writes Stripe's refund on its invoice unless it is there already; the note when the invoice refuses.
Result<RefundRequestRows::Settled> recordOnInvoice(
    WriteScope& scope, const QUuid& invoiceId, const domain::Refund& refund)
{
    using Settled = RefundRequestRows::Settled;
    Result<InvoicePayments::RefundOutcome> outcome = InvoicePayments::recordRefund(scope, invoiceId, refund);
    if (!outcome) {
        return outcome.error();
    }
    switch (outcome->kind) {
    case InvoicePayments::RefundOutcome::Kind::NoInvoice:
        return Settled {};
    case InvoicePayments::RefundOutcome::Kind::Known:
        return Settled {Settled::Kind::Known, {}};
    case InvoicePayments::RefundOutcome::Kind::Recorded:
        return Settled {Settled::Kind::Recorded, {}};
    case InvoicePayments::RefundOutcome::Kind::Refused:
        break;
    }
    return Settled {Settled::Kind::NotRecorded,
        translated(QT_TRANSLATE_NOOP(
                       "RefundRequests", "Stripe gave %1 back to the client, but invoice %2 could not record it: %3"))
            .arg(moneyText(refund.amount), outcome->invoiceNumber, outcome->refusal.userMessage())};
}

QJsonObject refundParams(const RefundRequest& request, const QString& intent, RefundRequest::StripeReason reason)
{
    return {{QStringLiteral("payment_intent"), intent},
        {QStringLiteral("amount"), static_cast<double>(request.amount.minorUnits())},
        {QStringLiteral("reason"), StoredValues::keyOf(kStripeReasons, reason)},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("invoice_id"), request.invoiceId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("refund_request_id"), request.id.toString(QUuid::WithoutBraces)}}}};
}

} // namespace

RefundRequests::RefundRequests(Store& store)
    : m_store(store)
{
}

QFuture<Result<RefundRequest>> RefundRequests::request(const QUuid& invoiceId, const QUuid& paymentId,
    const domain::Money& amount, const QString& reason, RefundRequest::StripeReason stripeReason)
{
    return m_store.run([=](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<RefundRequest> {
            Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), invoiceId);
            if (!invoice) {
                return invoice.error();
            }
            if (!invoice->has_value()) {
                return Error(Error::Code::NotFound,
                    translated(QT_TRANSLATE_NOOP("RefundRequests", "The invoice no longer exists.")));
            }
            const domain::Invoice& stored = **invoice;
            const auto payment = std::find_if(stored.payments().cbegin(), stored.payments().cend(),
                [&paymentId](const domain::Payment& candidate) { return candidate.id == paymentId; });
            if (payment == stored.payments().cend() || !payment->externalReference.startsWith(u"pi_")) {
                return refused(translated(QT_TRANSLATE_NOOP("RefundRequests",
                    "This payment did not come through Stripe. Record a refund you made another way instead.")));
            }
            Result<qint64> waiting = RefundRequestRows::waitingFor(scope.db(), paymentId);
            if (!waiting) {
                return waiting.error();
            }
            const qint64 left = stored.refundableAmount(paymentId).minorUnits() - waiting.value();
            if (amount.currency() == stored.currency() && amount.minorUnits() > left) {
                return refused(waiting.value() > 0
                        ? translated(QT_TRANSLATE_NOOP("RefundRequests",
                                         "Only %1 of this payment is left to refund: %2 is already on its way back."))
                              .arg(moneyText(domain::Money(std::max<qint64>(left, 0), stored.currency())),
                                  moneyText(domain::Money(waiting.value(), stored.currency())))
                        : translated(QT_TRANSLATE_NOOP("RefundRequests", "Only %1 of this payment is left to refund."))
                              .arg(moneyText(domain::Money(std::max<qint64>(left, 0), stored.currency()))));
            }
            RefundRequest request;
            request.id = UuidV7::create();
            request.invoiceId = invoiceId;
            request.paymentId = paymentId;
            request.amount = amount;
            request.reason = reason.trimmed();
            request.createdAt = QDateTime::fromMSecsSinceEpoch(scope.clock().nowUtc().toMSecsSinceEpoch(), Qt::UTC);
            // The invoice's own rules (an amount above zero, its currency, a reason, not void) on a copy:
            // nothing is written on it until Stripe has made the refund.
            domain::Invoice trial = stored;
            if (Result<void> fits = trial.recordRefund(
                    domain::Refund {UuidV7::create(), paymentId, amount, request.reason, request.createdAt});
                !fits) {
                return fits.error();
            }
            Result<OutboxCommand> command = CommandOutbox::enqueue(
                scope, kRefund, refundParams(request, payment->externalReference, stripeReason), kTable, request.id);
            if (!command) {
                return command.error();
            }
            request.commandId = command->id;
            Result<void> inserted = scope.changes().insert(kTable, request.id,
                QCborMap {{QStringLiteral("invoice_id"), invoiceId.toRfc4122()},
                    {QStringLiteral("payment_id"), paymentId.toRfc4122()},
                    {QStringLiteral("amount"), QCborArray {amount.minorUnits(), amount.currency().code()}},
                    {QStringLiteral("reason"), request.reason},
                    {QStringLiteral("state"), StoredValues::keyOf(kStates, request.state)},
                    {QStringLiteral("command_id"), request.commandId.toRfc4122()},
                    {QStringLiteral("created_at"), request.createdAt.toMSecsSinceEpoch()}});
            if (!inserted) {
                return inserted.error();
            }
            return request;
        });
    });
}

QFuture<Result<QList<RefundRequest>>> RefundRequests::forInvoice(const QUuid& invoiceId)
{
    return m_store.run(
        [invoiceId](StoreSession& session) { return RefundRequestRows::ofInvoice(session.db(), invoiceId); });
}

namespace RefundRequestRows {

Result<qint64> waitingFor(SqlCipherDatabase& db, const QUuid& paymentId)
{
    return db.queryInt(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM refund_request WHERE payment_id = "
                                      "x'%1' AND state = 'requested' AND deleted = 0")
                           .arg(QString::fromLatin1(paymentId.toRfc4122().toHex())));
}

Result<QList<RefundRequest>> ofInvoice(SqlCipherDatabase& db, const QUuid& invoiceId)
{
    Result<SqlStatement> query = db.prepare(QStringLiteral("SELECT %1 FROM refund_request WHERE invoice_id = ?1 AND "
                                                           "deleted = 0 ORDER BY created_at DESC, id DESC")
                                                .arg(QLatin1String(kColumns)));
    if (!query) {
        return query.error();
    }
    query.value().bindBlob(1, invoiceId.toRfc4122());
    return StoredValues::readRows<RefundRequest>(query.value(), readRequest);
}

Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after)
{
    if (after.subjectTable != kTable || after.type != kRefund) {
        return {};
    }
    Result<std::optional<RefundRequest>> stored = storedRequest(scope.db(), after.subjectId);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return {};
    }
    const RefundRequest& request = **stored;
    if (after.id != before.id) {
        // Asked again under a new id (Retry in the outbox). Not once Stripe has made it (its event
        // came although the command failed): that would give the money back twice.
        if (request.state == RefundRequest::State::Refunded || request.state == RefundRequest::State::Unrecorded) {
            return Error(Error::Code::Conflict,
                translated(QT_TRANSLATE_NOOP("RefundRequests", "Stripe has already made this refund.")));
        }
        if (request.state != RefundRequest::State::Failed && request.state != RefundRequest::State::Withdrawn) {
            return {};
        }
        return setState(scope, request.id, RefundRequest::State::Requested,
            QCborMap {{QStringLiteral("command_id"), after.id.toRfc4122()}});
    }
    if (request.state == RefundRequest::State::Withdrawn && after.state == OutboxState::Queued) {
        return setState(scope, request.id, RefundRequest::State::Requested);
    }
    if (request.state != RefundRequest::State::Requested || after.state == before.state) {
        return {};
    }
    switch (after.state) {
    case OutboxState::Cancelled:
        return setState(scope, request.id, RefundRequest::State::Withdrawn);
    case OutboxState::Failed:
        return setState(scope, request.id, RefundRequest::State::Failed);
    case OutboxState::Sent: {
        const QString refundId = after.result.value(QStringLiteral("refund_id")).toString();
        const QString status = after.result.value(QStringLiteral("status")).toString();
        if (refundId.isEmpty() || status == u"failed" || status == u"canceled") {
            return setState(scope, request.id, RefundRequest::State::Failed);
        }
        const domain::Refund refund {
            refundRowId(refundId), request.paymentId, request.amount, request.reason, scope.clock().nowUtc()};
        Result<Settled> recorded = recordOnInvoice(scope, request.invoiceId, refund);
        if (!recorded) {
            return recorded.error();
        }
        return setState(
            scope, request.id, RefundRequest::State::Refunded, QCborMap {{QStringLiteral("refund_ref"), refundId}});
    }
    case OutboxState::Queued:
    case OutboxState::Sending:
    case OutboxState::NeedsAttention:
        break;
    }
    return {};
}

Result<Settled> settleFromStripe(WriteScope& scope, const QJsonObject& refund)
{
    const QString refundId = refund.value(QStringLiteral("id")).toString();
    const QString status = refund.value(QStringLiteral("status")).toString();
    if (!refundId.startsWith(u"re_")) {
        return Settled {};
    }
    const QUuid requestId = QUuid::fromString(
        refund.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("refund_request_id")).toString());
    Result<std::optional<RefundRequest>> request = requestId.isNull()
        ? Result<std::optional<RefundRequest>>(std::optional<RefundRequest>())
        : storedRequest(scope.db(), requestId);
    if (!request) {
        return request.error();
    }
    InvoicePayments::PaymentRef payment;
    if (request->has_value()) {
        payment = {(*request)->paymentId, (*request)->invoiceId};
    } else {
        Result<std::optional<InvoicePayments::PaymentRef>> paid =
            InvoicePayments::byReference(scope.db(), refund.value(QStringLiteral("payment_intent")).toString());
        if (!paid) {
            return paid.error();
        }
        if (!paid->has_value()) {
            return Settled {};
        }
        payment = **paid;
    }
    const bool waiting = request->has_value() && (*request)->state == RefundRequest::State::Requested;
    // Stripe made it: the request says so, whatever it said before (a command that failed on its way
    // back, say), unless it says so already.
    const bool notMarked = request->has_value() && (*request)->state != RefundRequest::State::Refunded
        && (*request)->state != RefundRequest::State::Unrecorded;
    if (status == u"failed" || status == u"canceled") {
        Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), payment.invoiceId);
        if (!invoice) {
            return invoice.error();
        }
        if (waiting) {
            if (Result<void> failed = setState(scope, requestId, RefundRequest::State::Failed); !failed) {
                return failed.error();
            }
        }
        if (!invoice->has_value() || !hasRefund(**invoice, refundRowId(refundId))) {
            return Settled {Settled::Kind::Known, {}};
        }
        // A recorded refund is never taken off an invoice (it is a legal record): say what happened.
        return Settled {Settled::Kind::FailedAfterRecording,
            translated(QT_TRANSLATE_NOOP("RefundRequests",
                           "Stripe could not give %1 back to the client's card for invoice %2; the money stays with "
                           "you. The invoice still shows the refund: record the money as a payment if the client "
                           "still owes it."))
                .arg(moneyText(
                         domain::Money(refund.value(QStringLiteral("amount")).toInteger(), (*invoice)->currency())),
                    (*invoice)->number())};
    }
    Result<domain::Currency> currency =
        domain::Currency::fromCode(refund.value(QStringLiteral("currency")).toString().toUpper());
    const qint64 amount = refund.value(QStringLiteral("amount")).toInteger();
    if (!currency || amount <= 0) {
        return Settled {};
    }
    const qint64 created = refund.value(QStringLiteral("created")).toInteger();
    const domain::Refund recorded {refundRowId(refundId), payment.paymentId, domain::Money(amount, currency.value()),
        request->has_value() ? (*request)->reason
                             : translated(QT_TRANSLATE_NOOP("RefundRequests", "Refunded in Stripe")),
        created > 0 ? QDateTime::fromSecsSinceEpoch(created, Qt::UTC) : scope.clock().nowUtc()};
    Result<Settled> settled = recordOnInvoice(scope, payment.invoiceId, recorded);
    if (!settled) {
        return settled;
    }
    if (notMarked) {
        if (Result<void> made = markMade(scope, requestId, refundId, *settled); !made) {
            return made.error();
        }
    }
    return settled;
}

} // namespace RefundRequestRows

} // namespace clientele
