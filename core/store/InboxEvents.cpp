#include "core/store/InboxEvents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

#include "core/domain/Currency.h"
#include "core/domain/Payment.h"
#include "core/ports/Clock.h"
#include "core/store/CommandOutbox.h"
#include "core/store/InvoicePayments.h"
#include "core/store/InvoiceRows.h"
#include "core/store/PaymentRequests.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"
#include "core/text/MoneyText.h"

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("InboxEvents", text);
}

InboxOutcome ignored()
{
    return {};
}

InboxOutcome applied(InboxChanges changes)
{
    return {InboxOutcome::Kind::Applied, {}, changes};
}

InboxOutcome refused(const QString& note)
{
    return {InboxOutcome::Kind::Refused, note, InboxChange::None};
}

QUuid uuidField(const QJsonObject& object, const char* name)
{
    return QUuid::fromString(object.value(QLatin1String(name)).toString());
}

// How far along the relay's states are: an event never takes a command back to an earlier one (the
// sender may already have heard a later state by asking).
int progress(const QString& relayState)
{
    if (relayState == u"succeeded" || relayState == u"failed" || relayState == u"delivered"
        || relayState == u"undelivered") {
        return 4;
    }
    if (relayState == u"sent") {
        return 3;
    }
    if (relayState == u"unknown") {
        return 2;
    }
    return relayState.isEmpty() ? 0 : 1; // pending, running, sending
}

Result<InboxOutcome> commandUpdated(WriteScope& scope, const QJsonObject& event)
{
    const QUuid id = uuidField(event, "command_id");
    Result<std::optional<OutboxCommand>> stored = CommandOutbox::findIn(scope.db(), id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return ignored(); // another device's command: its outcome reaches this one as synced rows
    }
    OutboxCommand command = **stored;
    RelayCommandState state;
    state.state = event.value(QStringLiteral("state")).toString();
    state.result = event.value(QStringLiteral("result")).toObject();
    const QJsonObject error = event.value(QStringLiteral("error")).toObject();
    state.errorCode = error.value(QStringLiteral("code")).toString();
    state.errorMessage = error.value(QStringLiteral("message")).toString();
    if (state.state.isEmpty() || (!command.isOpen() && !command.isFollowed())
        || progress(state.state) <= progress(command.relayState)) {
        return ignored();
    }
    CommandOutbox::takeRelayState(command, state);
    command.updatedAt = scope.clock().nowUtc();
    if (Result<OutboxCommand> recorded = CommandOutbox::recordIn(scope, command); !recorded) {
        return recorded.error();
    }
    return applied(InboxChange::Outbox | InboxChange::Invoices);
}

// The payment a paid Checkout Session stands for.
Result<domain::Payment> paymentOf(const QJsonObject& session, const QJsonObject& event, const QDateTime& now)
{
    Result<domain::Currency> currency =
        domain::Currency::fromCode(session.value(QStringLiteral("currency")).toString().toUpper());
    const qint64 amount = session.value(QStringLiteral("amount_total")).toInteger();
    if (!currency || amount <= 0) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP("InboxEvents", "A payment arrived without an amount in a known currency.")),
            QStringLiteral("checkout session without amount_total or currency"));
    }
    domain::Payment payment;
    payment.id = sync::UuidV7::create();
    payment.amount = domain::Money(amount, currency.value());
    const qint64 created = event.value(QStringLiteral("created")).toInteger();
    payment.at = created > 0 ? QDateTime::fromSecsSinceEpoch(created, Qt::UTC) : now;
    payment.method = domain::Payment::Method::Card;
    // One payment per payment intent: a second event about the same payment finds it recorded.
    const QString intent = session.value(QStringLiteral("payment_intent")).toString();
    payment.externalReference = intent.isEmpty() ? session.value(QStringLiteral("id")).toString() : intent;
    return payment;
}

Result<InboxOutcome> checkoutPaid(WriteScope& scope, const QJsonObject& event, const QJsonObject& session)
{
    const QJsonObject metadata = session.value(QStringLiteral("metadata")).toObject();
    const QUuid invoiceId = uuidField(metadata, "invoice_id");
    const QUuid requestId = uuidField(metadata, "payment_request_id");
    if (invoiceId.isNull()) {
        return ignored(); // not a link this app made
    }
    Result<domain::Payment> payment = paymentOf(session, event, scope.clock().nowUtc());
    if (!payment) {
        return refused(payment.error().userMessage());
    }
    Result<std::optional<domain::Invoice>> invoice = InvoiceRows::load(scope.db(), invoiceId);
    if (!invoice) {
        return invoice.error();
    }
    const QString reference = payment->externalReference;
    const bool known = invoice->has_value()
        && std::any_of((*invoice)->payments().cbegin(), (*invoice)->payments().cend(),
            [&reference](const domain::Payment& recorded) { return recorded.externalReference == reference; });
    InboxOutcome outcome = applied(InboxChange::Invoices | InboxChange::Bookings | InboxChange::Payments);
    if (known) {
        outcome = ignored(); // delivered before, or recorded by another device
    } else if (Result<domain::Invoice> paid = InvoicePayments::record(scope, invoiceId, payment.value()); !paid) {
        const Error& error = paid.error();
        if (error.code() != Error::Code::Conflict && error.code() != Error::Code::InvalidInput
            && error.code() != Error::Code::NotFound) {
            return error;
        }
        const QString number = invoice->has_value() ? (*invoice)->number() : QString();
        return refused(
            translated(
                QT_TRANSLATE_NOOP("InboxEvents",
                    "A card payment of %1 for invoice %2 could not be recorded: %3 Record it by hand, or refund it."))
                .arg(moneyText(payment->amount), number.isEmpty() ? QStringLiteral("—") : number, error.userMessage()));
    }
    if (!requestId.isNull()) {
        Result<bool> settled = PaymentRequestRows::settle(scope, requestId, PaymentRequest::State::Paid);
        if (!settled) {
            return settled.error();
        }
        if (settled.value()) {
            outcome.kind = InboxOutcome::Kind::Applied;
            outcome.changes |= InboxChange::Invoices;
        }
    }
    return outcome;
}

Result<InboxOutcome> checkoutExpired(WriteScope& scope, const QJsonObject& session)
{
    const QUuid requestId = uuidField(session.value(QStringLiteral("metadata")).toObject(), "payment_request_id");
    if (requestId.isNull()) {
        return ignored();
    }
    Result<bool> settled = PaymentRequestRows::settle(scope, requestId, PaymentRequest::State::Expired);
    if (!settled) {
        return settled.error();
    }
    return settled.value() ? applied(InboxChange::Invoices) : ignored();
}

Result<InboxOutcome> stripeEvent(WriteScope& scope, const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject object = event.value(QStringLiteral("object")).toObject();
    if (type == u"checkout.session.async_payment_succeeded"
        || (type == u"checkout.session.completed"
            && object.value(QStringLiteral("payment_status")).toString() == u"paid")) {
        return checkoutPaid(scope, event, object);
    }
    if (type == u"checkout.session.expired") {
        return checkoutExpired(scope, object);
    }
    // A completed session still being paid (a bank debit) settles with async_payment_succeeded.
    return ignored();
}

} // namespace

namespace InboxEvents {

Result<InboxOutcome> apply(WriteScope& scope, const QJsonObject& event)
{
    const QString provider = event.value(QStringLiteral("provider")).toString();
    const QString type = event.value(QStringLiteral("type")).toString();
    if (provider == u"relay" && type == u"command.updated") {
        return commandUpdated(scope, event);
    }
    if (provider == u"stripe") {
        return stripeEvent(scope, event);
    }
    return ignored();
}

} // namespace InboxEvents

} // namespace clientele
