#include "core/store/PaymentRequests.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <array>
#include <utility>

#include "core/domain/Invoice.h"
#include "core/ports/Clock.h"
#include "core/store/ChangeWriter.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/InvoiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"
#include "core/text/MoneyText.h"

namespace clientele {

namespace {

using sync::UuidV7;

const QString kTable = QStringLiteral("payment_request");
const QString kCheckout = QStringLiteral("stripe.checkout.create");
const QString kExpire = QStringLiteral("stripe.checkout.expire");

QString translated(const char* text)
{
    return QCoreApplication::translate("PaymentRequests", text);
}

constexpr std::array kStateKeys {std::pair {PaymentRequest::State::Requested, "requested"},
    std::pair {PaymentRequest::State::Ready, "ready"}, std::pair {PaymentRequest::State::Failed, "failed"},
    std::pair {PaymentRequest::State::Withdrawn, "withdrawn"}, std::pair {PaymentRequest::State::Paid, "paid"},
    std::pair {PaymentRequest::State::Expired, "expired"}};

QString stateKey(PaymentRequest::State state)
{
    for (const auto& [value, key] : kStateKeys) {
        if (value == state) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

PaymentRequest::State stateFromKey(const QString& key)
{
    for (const auto& [value, text] : kStateKeys) {
        if (key == QLatin1String(text)) {
            return value;
        }
    }
    return PaymentRequest::State::Failed;
}

// The link's state as stored; none when there is no such live link.
Result<std::optional<PaymentRequest::State>> storedState(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row = StoredValues::findRow(
        db, QStringLiteral("SELECT state FROM payment_request WHERE id = ?1 AND deleted = 0"), id);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return std::optional<PaymentRequest::State>();
    }
    return std::optional(stateFromKey((*row)->text(0)));
}

Error refused(const char* message)
{
    return Error(Error::Code::InvalidInput, translated(message));
}

// What the client sees on the payment page, in the practice's words.
QJsonObject checkoutParams(const domain::Invoice& invoice, const domain::Money& amount, bool part,
    const std::optional<domain::Client>& client, const QUuid& requestId, const QUrl& returnUrl)
{
    QJsonObject params {{QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("currency"), amount.currency().code().toLower()},
        {QStringLiteral("line_items"),
            QJsonArray {QJsonObject {
                {QStringLiteral("name"),
                    part ? translated(QT_TRANSLATE_NOOP("PaymentRequests", "Invoice %1, part payment"))
                               .arg(invoice.number())
                         : translated(QT_TRANSLATE_NOOP("PaymentRequests", "Invoice %1")).arg(invoice.number())},
                {QStringLiteral("unit_amount"), static_cast<double>(amount.minorUnits())},
                {QStringLiteral("quantity"), 1}}}},
        {QStringLiteral("client_reference_id"), invoice.id().toString(QUuid::WithoutBraces)},
        {QStringLiteral("success_url"), returnUrl.toString()},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("invoice_id"), invoice.id().toString(QUuid::WithoutBraces)},
                {QStringLiteral("payment_request_id"), requestId.toString(QUuid::WithoutBraces)}}}};
    if (client) {
        if (const std::optional<domain::EmailAddress> email = client->primaryEmail()) {
            params.insert(QStringLiteral("customer_email"), email->asciiAddress());
        }
    }
    return params;
}

QString stopReasonText(PaymentRequestRows::StopReason why)
{
    switch (why) {
    case PaymentRequestRows::StopReason::Paid:
        return translated(QT_TRANSLATE_NOOP("PaymentRequests", "Not needed: the invoice was paid meanwhile."));
    case PaymentRequestRows::StopReason::Voided:
        return translated(QT_TRANSLATE_NOOP("PaymentRequests", "Not needed: the invoice was voided."));
    case PaymentRequestRows::StopReason::Replaced:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("PaymentRequests", "Replaced by a newer link before it went out."));
}

// Stops one link so it cannot be paid: withdrawn while its request waits in the outbox; expired at
// Stripe once it exists (one stripe.checkout.expire at a time). A request that may have reached the
// relay is stopped when its link arrives (oneLiveLink).
Result<void> stopLink(WriteScope& scope, const PaymentRequest& link, PaymentRequestRows::StopReason why)
{
    if (link.state == PaymentRequest::State::Requested) {
        Result<OutboxCommand> withdrawn = CommandOutbox::withdrawIn(scope, link.commandId, stopReasonText(why));
        if (!withdrawn && withdrawn.error().code() != Error::Code::Conflict
            && withdrawn.error().code() != Error::Code::NotFound) {
            return withdrawn.error();
        }
        return {};
    }
    if (link.state != PaymentRequest::State::Ready || link.sessionId.isEmpty()) {
        return {};
    }
    Result<qint64> asked = scope.db().queryInt(
        QStringLiteral("SELECT count(*) FROM command_outbox WHERE subject_id = x'%1' AND type = '%2' AND state IN "
                       "('queued', 'sending', 'sent')")
            .arg(QString::fromLatin1(link.id.toRfc4122().toHex()), kExpire));
    if (!asked) {
        return asked.error();
    }
    if (asked.value() > 0) {
        return {};
    }
    Result<OutboxCommand> expire =
        CommandOutbox::enqueue(scope, kExpire, {{QStringLiteral("session"), link.sessionId}}, kTable, link.id);
    if (!expire) {
        return expire.error();
    }
    return {};
}

// A link just made: only one of an invoice's links can be paid. One asked for before a newer link,
// or for more than is owed now (paid or voided meanwhile), is stopped at once; otherwise the links
// made before it stop.
Result<void> oneLiveLink(WriteScope& scope, const QUuid& linkId)
{
    Result<std::optional<SqlStatement>> row = StoredValues::findRow(
        scope.db(), QStringLiteral("SELECT invoice_id FROM payment_request WHERE id = ?1"), linkId);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return {};
    }
    const QUuid invoiceId = UuidV7::fromBytes((*row)->blob(0));
    Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), invoiceId);
    Result<QList<PaymentRequest>> links = PaymentRequestRows::ofInvoice(scope.db(), invoiceId);
    if (!invoice || !links) {
        return !invoice ? invoice.error() : links.error();
    }
    const auto self = std::find_if(
        links->cbegin(), links->cend(), [&linkId](const PaymentRequest& link) { return link.id == linkId; });
    if (self == links->cend() || !invoice->has_value()) {
        return {};
    }
    const qint64 owed = PaymentRequestRows::owedOn(**invoice);
    const bool newer = std::any_of(links->cbegin(), links->cend(), [&self](const PaymentRequest& link) {
        return link.createdAt > self->createdAt
            && (link.state == PaymentRequest::State::Requested || link.state == PaymentRequest::State::Ready
                || link.state == PaymentRequest::State::Paid);
    });
    if (newer || self->amount.minorUnits() > owed) {
        return stopLink(scope, *self,
            newer ? PaymentRequestRows::StopReason::Replaced
                  : (owed == 0 && (*invoice)->status() == domain::InvoiceStatus::Void
                          ? PaymentRequestRows::StopReason::Voided
                          : PaymentRequestRows::StopReason::Paid));
    }
    for (const PaymentRequest& link : std::as_const(links.value())) {
        if (link.id != linkId && link.state == PaymentRequest::State::Ready) {
            if (Result<void> stopped = stopLink(scope, link, PaymentRequestRows::StopReason::Replaced); !stopped) {
                return stopped;
            }
        }
    }
    return {};
}

} // namespace

PaymentRequests::PaymentRequests(Store& store)
    : m_store(store)
{
}

QFuture<Result<PaymentRequest>> PaymentRequests::request(
    const QUuid& invoiceId, const QUrl& returnUrl, const std::optional<domain::Money>& amount)
{
    return m_store.run([invoiceId, returnUrl, amount](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<PaymentRequest> {
            if (!returnUrl.isValid() || (returnUrl.scheme() != u"https" && returnUrl.scheme() != u"http")) {
                return refused(QT_TRANSLATE_NOOP(
                    "PaymentRequests", "A payment link needs a web address to send the client back to after paying."));
            }
            Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), invoiceId);
            if (!invoice) {
                return invoice.error();
            }
            if (!invoice.value()) {
                return Error(Error::Code::NotFound,
                    translated(QT_TRANSLATE_NOOP("PaymentRequests", "The invoice no longer exists.")));
            }
            const domain::Invoice& stored = *invoice.value();
            if (stored.status() != domain::InvoiceStatus::Issued
                && stored.status() != domain::InvoiceStatus::PartiallyPaid) {
                return refused(QT_TRANSLATE_NOOP(
                    "PaymentRequests", "Only an issued invoice with something still owed can get a payment link."));
            }
            Result<domain::Money> due = stored.balanceDue();
            if (!due) {
                return due.error();
            }
            if (!due->isPositive()) {
                return refused(QT_TRANSLATE_NOOP("PaymentRequests", "Nothing is owed on this invoice."));
            }
            if (amount
                && (amount->currency() != due->currency() || !amount->isPositive()
                    || amount->minorUnits() > due->minorUnits())) {
                return Error(Error::Code::InvalidInput,
                    translated(QT_TRANSLATE_NOOP("PaymentRequests",
                                   "A payment link can ask for more than nothing and at most the %1 owed."))
                        .arg(moneyText(due.value())));
            }
            Result<std::optional<domain::Client>> client = ClientRows::load(scope.db(), stored.clientId());
            if (!client) {
                return client.error();
            }
            PaymentRequest request;
            request.id = UuidV7::create();
            request.invoiceId = invoiceId;
            request.amount = amount.value_or(due.value());
            request.createdAt = QDateTime::fromMSecsSinceEpoch(scope.clock().nowUtc().toMSecsSinceEpoch(), Qt::UTC);
            Result<OutboxCommand> command = CommandOutbox::enqueue(scope, kCheckout,
                checkoutParams(
                    stored, request.amount, request.amount != due.value(), client.value(), request.id, returnUrl),
                kTable, request.id);
            if (!command) {
                return command.error();
            }
            request.commandId = command->id;
            // The new link replaces those asked for before. Requests still waiting in the outbox are
            // withdrawn now; links that exist stop once the new one does (so the client is never left
            // without one if Stripe refuses it).
            if (Result<QList<PaymentRequest>> earlier = PaymentRequestRows::ofInvoice(scope.db(), invoiceId);
                !earlier) {
                return earlier.error();
            } else {
                for (const PaymentRequest& link : std::as_const(earlier.value())) {
                    if (link.state != PaymentRequest::State::Requested) {
                        continue;
                    }
                    if (Result<void> stopped = stopLink(scope, link, PaymentRequestRows::StopReason::Replaced);
                        !stopped) {
                        return stopped.error();
                    }
                }
            }
            Result<void> inserted = scope.changes().insert(kTable, request.id,
                QCborMap {{QStringLiteral("invoice_id"), invoiceId.toRfc4122()},
                    {QStringLiteral("amount"),
                        QCborArray {request.amount.minorUnits(), request.amount.currency().code()}},
                    {QStringLiteral("state"), stateKey(request.state)},
                    {QStringLiteral("command_id"), request.commandId.toRfc4122()},
                    {QStringLiteral("created_at"), request.createdAt.toMSecsSinceEpoch()}});
            if (!inserted) {
                return inserted.error();
            }
            return request;
        });
    });
}

QFuture<Result<QList<PaymentRequest>>> PaymentRequests::forInvoice(const QUuid& invoiceId)
{
    return m_store.run(
        [invoiceId](StoreSession& session) { return PaymentRequestRows::ofInvoice(session.db(), invoiceId); });
}

namespace PaymentRequestRows {

Result<QList<PaymentRequest>> ofInvoice(SqlCipherDatabase& db, const QUuid& invoiceId)
{
    Result<SqlStatement> query = db.prepare(QStringLiteral(
        "SELECT id, invoice_id, amount_minor, currency, state, url, session_id, expires_at, command_id, created_at "
        "FROM payment_request WHERE invoice_id = ?1 AND deleted = 0 ORDER BY created_at DESC, id DESC"));
    if (!query) {
        return query.error();
    }
    query.value().bindBlob(1, invoiceId.toRfc4122());
    QList<PaymentRequest> requests;
    for (;;) {
        Result<bool> found = query.value().step();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return requests;
        }
        const SqlStatement& row = query.value();
        PaymentRequest request;
        request.id = UuidV7::fromBytes(row.blob(0));
        request.invoiceId = UuidV7::fromBytes(row.blob(1));
        const Result<domain::Currency> currency = domain::Currency::fromCode(row.text(3));
        request.amount = currency ? domain::Money(row.int64(2), currency.value()) : domain::Money();
        request.state = stateFromKey(row.text(4));
        request.url = QUrl(row.text(5));
        request.sessionId = row.text(6);
        if (!row.isNull(7)) {
            request.expiresAt = QDateTime::fromMSecsSinceEpoch(row.int64(7), Qt::UTC);
        }
        request.commandId = UuidV7::fromBytes(row.blob(8));
        request.createdAt = QDateTime::fromMSecsSinceEpoch(row.int64(9), Qt::UTC);
        requests.append(request);
    }
}

Result<void> apply(WriteScope& scope, const OutboxCommand& before, const OutboxCommand& after)
{
    if (after.subjectTable == kTable && after.type == kExpire && after.state == OutboxState::Sent
        && before.state != OutboxState::Sent) {
        // Stripe's expired event says so too; a link paid meanwhile is settled by its payment.
        if (after.result.value(QStringLiteral("status")).toString() == u"expired") {
            Result<bool> settled = settle(scope, after.subjectId, PaymentRequest::State::Expired);
            if (!settled) {
                return settled.error();
            }
        }
        return {};
    }
    if (after.subjectTable != kTable || after.type != kCheckout) {
        return {};
    }
    Result<std::optional<PaymentRequest::State>> stored = storedState(scope.db(), after.subjectId);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return {};
    }
    const PaymentRequest::State state = **stored;
    const auto setState = [&scope, &after](PaymentRequest::State next, QCborMap more = {}) {
        more.insert(QStringLiteral("state"), stateKey(next));
        return scope.changes().update(kTable, after.subjectId, more);
    };
    if (after.id != before.id) {
        // Asked again under a new id (Retry in the outbox): the link follows the new request.
        if (state != PaymentRequest::State::Failed && state != PaymentRequest::State::Withdrawn) {
            return {};
        }
        return setState(
            PaymentRequest::State::Requested, QCborMap {{QStringLiteral("command_id"), after.id.toRfc4122()}});
    }
    if (state == PaymentRequest::State::Withdrawn && after.state == OutboxState::Queued) {
        return setState(PaymentRequest::State::Requested); // withdrawn, then retried
    }
    if (state != PaymentRequest::State::Requested || after.state == before.state) {
        return {};
    }
    switch (after.state) {
    case OutboxState::Cancelled:
        return setState(PaymentRequest::State::Withdrawn);
    case OutboxState::Failed:
        return setState(PaymentRequest::State::Failed);
    case OutboxState::Sent: {
        const QJsonObject& result = after.result;
        const auto expires = static_cast<qint64>(result.value(QStringLiteral("expires_at")).toDouble());
        if (Result<void> ready = setState(PaymentRequest::State::Ready,
                QCborMap {{QStringLiteral("link"),
                    QCborArray {result.value(QStringLiteral("url")).toString(),
                        result.value(QStringLiteral("session_id")).toString(),
                        expires > 0 ? QCborValue(expires * 1000) : QCborValue(QCborValue::Null)}}});
            !ready) {
            return ready;
        }
        return oneLiveLink(scope, after.subjectId);
    }
    case OutboxState::Queued:
    case OutboxState::Sending:
    case OutboxState::NeedsAttention:
        break;
    }
    return {};
}

Result<bool> settle(WriteScope& scope, const QUuid& requestId, PaymentRequest::State state)
{
    Result<std::optional<PaymentRequest::State>> stored = storedState(scope.db(), requestId);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return false;
    }
    const PaymentRequest::State was = **stored;
    const bool waiting = was == PaymentRequest::State::Requested || was == PaymentRequest::State::Ready;
    if (was == state || (state != PaymentRequest::State::Paid && !waiting)) {
        return false;
    }
    if (Result<void> updated =
            scope.changes().update(kTable, requestId, QCborMap {{QStringLiteral("state"), stateKey(state)}});
        !updated) {
        return updated.error();
    }
    return true;
}

qint64 owedOn(const domain::Invoice& invoice)
{
    if (invoice.status() == domain::InvoiceStatus::Void) {
        return 0;
    }
    const Result<domain::Money> due = invoice.balanceDue();
    return due ? std::max<qint64>(due->minorUnits(), 0) : 0;
}

Result<void> stopLinksAbove(
    WriteScope& scope, const QUuid& invoiceId, std::optional<qint64> owed, StopReason why, const QUuid& keep)
{
    Result<QList<PaymentRequest>> links = ofInvoice(scope.db(), invoiceId);
    if (!links) {
        return links.error();
    }
    for (const PaymentRequest& link : std::as_const(links.value())) {
        const bool live = link.state == PaymentRequest::State::Ready || link.state == PaymentRequest::State::Requested;
        if (!live || link.id == keep || (owed && link.amount.minorUnits() <= *owed)) {
            continue;
        }
        if (Result<void> stopped = stopLink(scope, link, why); !stopped) {
            return stopped;
        }
    }
    return {};
}

} // namespace PaymentRequestRows

} // namespace clientele
