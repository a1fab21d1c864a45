#include "core/store/InboxEvents.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

#include "core/domain/Currency.h"
#include "core/domain/Payment.h"
#include "core/ports/Clock.h"
#include "core/store/ChangeWriter.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/InvoicePayments.h"
#include "core/store/InvoiceRows.h"
#include "core/store/MessageRows.h"
#include "core/store/PaymentDisputes.h"
#include "core/store/PaymentRequests.h"
#include "core/store/RefundRequests.h"
#include "core/store/StoreSession.h"
#include "core/store/StripeAccount.h"
#include "core/store/Subscriptions.h"
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
        || CommandOutbox::relayProgress(state.state) <= CommandOutbox::relayProgress(command.relayState)) {
        return ignored();
    }
    CommandOutbox::takeRelayState(command, state);
    command.updatedAt = scope.clock().nowUtc();
    if (Result<OutboxCommand> recorded = CommandOutbox::recordIn(scope, command); !recorded) {
        return recorded.error();
    }
    InboxChanges changes = InboxChange::Outbox;
    if (command.subjectTable == u"payment_request") {
        changes |= InboxChange::Invoices; // the link on the invoice
    } else if (command.subjectTable == u"message") {
        changes |= InboxChange::Messages;
    } else if (command.subjectTable == u"subscription") {
        changes |= InboxChange::Subscriptions;
    }
    return applied(changes);
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
    // One payment per payment intent: a second event about the same payment finds it recorded, and
    // two devices applying the same event write the same row (its id comes from the intent).
    const QString intent = session.value(QStringLiteral("payment_intent")).toString();
    payment.externalReference = intent.isEmpty() ? session.value(QStringLiteral("id")).toString() : intent;
    static const QUuid kPayments(QStringLiteral("{2b7f0c56-43c4-4a0e-9d7e-5c1f3a8e6b21}"));
    payment.id = QUuid::createUuidV5(kPayments, QString(u"stripe:" + payment.externalReference));
    payment.amount = domain::Money(amount, currency.value());
    const qint64 created = event.value(QStringLiteral("created")).toInteger();
    payment.at = created > 0 ? QDateTime::fromSecsSinceEpoch(created, Qt::UTC) : now;
    payment.method = domain::Payment::Method::Card;
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
        // Refusals come from the invoice before anything is written (a void or paid invoice, another
        // currency); anything else is a failure of the store, tried again with the page.
        const Error& error = paid.error();
        if (error.code() != Error::Code::Conflict && error.code() != Error::Code::InvalidInput
            && error.code() != Error::Code::NotFound) {
            return error;
        }
        const QString amount = moneyText(payment->amount);
        outcome = refused(invoice->has_value()
                ? translated(QT_TRANSLATE_NOOP("InboxEvents",
                                 "A card payment of %1 for invoice %2 could not be recorded: %3 Record it by hand, "
                                 "or refund it."))
                      .arg(amount, (*invoice)->number(), error.userMessage())
                : translated(QT_TRANSLATE_NOOP("InboxEvents",
                                 "A card payment of %1 arrived for an invoice that is not on this computer."))
                      .arg(amount));
    }
    if (!requestId.isNull()) {
        Result<bool> settled = PaymentRequestRows::settle(scope, requestId, PaymentRequest::State::Paid);
        if (!settled) {
            return settled.error();
        }
        if (settled.value()) {
            // The money was taken either way: the link is paid, also when the invoice refused it.
            if (outcome.kind == InboxOutcome::Kind::Ignored) {
                outcome.kind = InboxOutcome::Kind::Applied;
            }
            outcome.changes |= InboxChange::Invoices;
        }
    }
    if (outcome.kind == InboxOutcome::Kind::Applied) {
        // Other links asking for more than is now owed stop working, so the client cannot pay twice.
        Result<std::optional<domain::Invoice>> now = InvoiceRows::load(scope.db(), invoiceId);
        if (!now) {
            return now.error();
        }
        if (now->has_value()) {
            if (Result<void> stopped = PaymentRequestRows::stopLinksAbove(scope, invoiceId,
                    PaymentRequestRows::owedOn(**now), PaymentRequestRows::StopReason::Paid, requestId);
                !stopped) {
                return stopped.error();
            }
            outcome.changes |= InboxChange::Outbox;
        }
    }
    return outcome;
}

// A link that ran out unpaid, or whose (bank) payment failed after the client completed it.
Result<InboxOutcome> checkoutSettled(WriteScope& scope, const QJsonObject& session, PaymentRequest::State state)
{
    const QUuid requestId = uuidField(session.value(QStringLiteral("metadata")).toObject(), "payment_request_id");
    if (requestId.isNull()) {
        return ignored();
    }
    Result<bool> settled = PaymentRequestRows::settle(scope, requestId, state);
    if (!settled) {
        return settled.error();
    }
    return settled.value() ? applied(InboxChange::Invoices) : ignored();
}

// A refund made by the app's command or in Stripe's dashboard.
Result<InboxOutcome> refundEvent(WriteScope& scope, const QJsonObject& refund)
{
    Result<RefundRequestRows::Settled> settled = RefundRequestRows::settleFromStripe(scope, refund);
    if (!settled) {
        return settled.error();
    }
    switch (settled->kind) {
    case RefundRequestRows::Settled::Kind::Unknown:
        return ignored();
    case RefundRequestRows::Settled::Kind::Known:
        // On the invoice already; a request waiting for it may still have moved on (failed).
        return InboxOutcome {InboxOutcome::Kind::Ignored, {}, InboxChange::Invoices};
    case RefundRequestRows::Settled::Kind::Recorded:
        return applied(InboxChange::Invoices | InboxChange::Refunds);
    case RefundRequestRows::Settled::Kind::NotRecorded:
    case RefundRequestRows::Settled::Kind::FailedAfterRecording:
        break;
    }
    InboxOutcome outcome = refused(settled->note);
    outcome.changes = InboxChange::Invoices; // the request shows what became of it
    return outcome;
}

Result<InboxOutcome> disputeEvent(WriteScope& scope, const QJsonObject& dispute)
{
    Result<PaymentDisputes::Applied> done = PaymentDisputes::applyStripe(scope, dispute);
    if (!done) {
        return done.error();
    }
    const InboxChanges changes = InboxChange::Invoices | InboxChange::Disputes
        | (done->invoiceChanged ? InboxChanges(InboxChange::Refunds) : InboxChanges());
    if (!done->note.isEmpty()) {
        InboxOutcome outcome = refused(done->note);
        outcome.changes = changes; // the dispute itself is recorded
        return outcome;
    }
    if (!done->changed) {
        return ignored();
    }
    return applied(changes);
}

// A reply of one letter, as people type it: "c", "C.", " R!".
QString oneLetterReply(const QString& body)
{
    QString letters;
    for (const QChar c : body) {
        if (c.isLetterOrNumber()) {
            letters.append(c.toUpper());
        }
    }
    return letters.size() == 1 ? letters : QString();
}

Result<void> recordReply(
    WriteScope& scope, const QUuid& id, const QUuid& bookingId, const QUuid& messageId, const QString& kind)
{
    const QCborMap fields {{QStringLiteral("booking_id"), bookingId.toRfc4122()},
        {QStringLiteral("message_id"), messageId.toRfc4122()}, {QStringLiteral("kind"), kind},
        {QStringLiteral("at"), scope.clock().nowUtc().toMSecsSinceEpoch()}};
    return scope.changes().insert(QStringLiteral("booking_reply"), id, fields);
}

// Ids made from the provider's message id: every device applying the same reply writes the same rows.
QUuid replyRowId(const QString& sid, const char* what)
{
    static const QUuid kReplies(QStringLiteral("{c41e7a2d-93b6-4f08-8d15-6a2e0b9f7c34}"));
    return QUuid::createUuidV5(kReplies, QString(u"twilio:" + sid + u':' + QLatin1String(what)));
}

Result<InboxOutcome> smsReceived(WriteScope& scope, const QJsonObject& event)
{
    const QString from = event.value(QStringLiteral("from")).toString();
    const QString body = event.value(QStringLiteral("body")).toString();
    const QString keyword = event.value(QStringLiteral("keyword")).toString();
    const QString sid = event.value(QStringLiteral("message_sid")).toString();
    const QDateTime now = scope.clock().nowUtc();
    Result<QList<QUuid>> clients = ClientRows::clientsWithPhone(scope.db(), from);
    if (!clients) {
        return clients.error();
    }
    // A number of one client is theirs; a family phone answers the session it was texted about.
    const QUuid only = clients->size() == 1 ? clients->constFirst() : QUuid();
    Result<std::optional<MessageRows::SentText>> answered =
        MessageRows::lastTextAboutABooking(scope.db(), from, only, now);
    if (!answered) {
        return answered.error();
    }
    QUuid clientId = only;
    if (clientId.isNull() && answered->has_value()) {
        clientId = (*answered)->clientId;
    }
    Result<domain::Message> received = domain::Message::inbound(
        replyRowId(sid, "message"), clientId, domain::ContactChannel::Sms, from, {}, {}, body, now);
    if (!received) {
        return refused(received.error().userMessage());
    }
    domain::Message message = received.value();
    message.setProviderMessageId(sid);
    InboxOutcome outcome = applied(InboxChange::Messages);
    if (keyword == u"opt_out" || keyword == u"opt_in") {
        // STOP and START are about the number: every client with it.
        domain::Consent consent;
        consent.channel = domain::ContactChannel::Sms;
        consent.state = keyword == u"opt_out" ? domain::Consent::State::Revoked : domain::Consent::State::Granted;
        consent.at = now;
        consent.method = domain::Consent::Method::SmsKeyword;
        consent.evidence = QStringLiteral("Replied %1").arg(body.trimmed().toUpper().left(20));
        for (const QUuid& client : std::as_const(clients.value())) {
            if (Result<void> recorded = ClientRows::addConsent(scope, client, consent); !recorded) {
                return recorded.error();
            }
        }
        if (!clients->isEmpty()) {
            outcome.changes |= InboxChange::Clients;
        }
    } else if (const QString letter = oneLetterReply(body);
               (letter == u"C" || letter == u"R") && answered->has_value()) {
        message.setBookingId((*answered)->bookingId);
        if (Result<void> recorded = recordReply(scope, replyRowId(sid, "reply"), (*answered)->bookingId, message.id(),
                letter == u"C" ? QStringLiteral("confirmed") : QStringLiteral("reschedule"));
            !recorded) {
            return recorded.error();
        }
        outcome.changes |= InboxChange::Bookings;
    }
    if (Result<void> stored = MessageRows::insert(scope, message); !stored) {
        return stored.error();
    }
    return outcome;
}

Result<InboxOutcome> stripeEvent(WriteScope& scope, const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject object = event.value(QStringLiteral("object")).toObject();
    if (object.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("subscription_id"))) {
        Result<bool> changed =
            SubscriptionRows::applyStripe(scope, type, object, event.value(QStringLiteral("created")).toInteger());
        if (!changed) {
            return changed.error();
        }
        if (!changed.value()) {
            return ignored();
        }
        // A period paid is an invoice paid in the practice's books.
        return applied(type == u"invoice.paid"
                ? InboxChange::Subscriptions | InboxChange::Invoices | InboxChange::Payments
                : InboxChanges(InboxChange::Subscriptions));
    }
    if (type == u"checkout.session.async_payment_succeeded"
        || (type == u"checkout.session.completed"
            && object.value(QStringLiteral("payment_status")).toString() == u"paid")) {
        return checkoutPaid(scope, event, object);
    }
    if (type == u"checkout.session.expired") {
        return checkoutSettled(scope, object, PaymentRequest::State::Expired);
    }
    if (type == u"checkout.session.async_payment_failed") {
        return checkoutSettled(scope, object, PaymentRequest::State::Failed);
    }
    if (type == u"refund.created" || type == u"refund.updated" || type == u"charge.refund.updated") {
        return refundEvent(scope, object);
    }
    if (type.startsWith(u"charge.dispute.")) {
        return disputeEvent(scope, object);
    }
    if (type == u"account.updated") {
        Result<bool> ours = StripeAccountRows::applyAccountUpdate(scope, object);
        if (!ours) {
            return ours.error();
        }
        return ours.value() ? applied(InboxChange::Settings) : ignored();
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
    if (provider == u"twilio" && type == u"sms.received") {
        return smsReceived(scope, event);
    }
    return ignored();
}

} // namespace InboxEvents

} // namespace clientele
