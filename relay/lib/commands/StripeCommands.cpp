#include "relay/lib/commands/StripeCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

#include "relay/lib/RelayContext.h"
#include "relay/lib/providers/StripeClient.h"

namespace clientele::relay {

namespace {

CommandOutcome fromAnswer(const StripeAnswer& answer)
{
    if (answer.kind == StripeAnswer::Kind::RetryLater) {
        return CommandOutcome::retryLater(answer.code, answer.message, answer.retryAfterSeconds);
    }
    return CommandOutcome::failed(answer.code, answer.message);
}

QJsonObject ourMetadata(const CommandRecord& command, const QJsonObject& extra = {})
{
    QJsonObject metadata = extra;
    metadata.insert(QStringLiteral("vault_id"), command.vaultId);
    metadata.insert(QStringLiteral("command_id"), command.id);
    return metadata;
}

// Refuses to act on an object of another practice: the relay sets metadata.vault_id on everything
// it creates, and checks it before refunds and subscription changes.
std::optional<CommandOutcome> requireOwnObject(
    const StripeClient& stripe, const CommandRecord& command, const QString& path, QJsonObject* object)
{
    const StripeAnswer found = stripe.get(path);
    if (found.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(found);
    }
    const QString owner =
        found.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("vault_id")).toString();
    if (owner != command.vaultId) {
        return CommandOutcome::failed(QStringLiteral("not_this_practice"),
            QStringLiteral("That Stripe object does not belong to this practice."));
    }
    if (object) {
        *object = found.object;
    }
    return std::nullopt;
}

// The platform fee for a payment: the configured share, kept within 0.5–50 % of the total after rounding.
std::optional<qint64> applicationFee(qint64 total, double percent)
{
    const auto least = static_cast<qint64>(std::ceil(static_cast<double>(total) * 0.005));
    const qint64 most = total / 2;
    if (least > most) {
        return std::nullopt;
    }
    const auto fee = static_cast<qint64>(std::llround(static_cast<double>(total) * percent / 100.0));
    return std::clamp(fee, least, most);
}

CommandOutcome createAccount(
    RelayContext& context, const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    Result<std::optional<QString>> existing = context.store.stripeAccount(command.vaultId);
    if (!existing) {
        return CommandOutcome::retryLater(QStringLiteral("storage"), existing.error().userMessage());
    }
    if (existing->has_value()) {
        return CommandOutcome::succeeded({{QStringLiteral("account_id"), **existing}}, **existing);
    }
    QJsonObject request {
        {QStringLiteral("type"), QStringLiteral("express")},
        {QStringLiteral("country"), params.value(QStringLiteral("country"))},
        {QStringLiteral("capabilities"),
            QJsonObject {{QStringLiteral("card_payments"), QJsonObject {{QStringLiteral("requested"), true}}},
                {QStringLiteral("transfers"), QJsonObject {{QStringLiteral("requested"), true}}}}},
        {QStringLiteral("metadata"), ourMetadata(command)},
    };
    if (params.contains(QStringLiteral("email"))) {
        request.insert(QStringLiteral("email"), params.value(QStringLiteral("email")));
    }
    const StripeAnswer answer = stripe.post(QStringLiteral("/v1/accounts"), request, command.id);
    if (answer.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(answer);
    }
    const QString accountId = answer.object.value(QStringLiteral("id")).toString();
    if (Result<void> saved = context.store.setStripeAccount(command.vaultId, accountId, context.nowMs()); !saved) {
        // Stripe replays the same account for this key, so storing it can simply be retried.
        return CommandOutcome::retryLater(QStringLiteral("storage"), saved.error().userMessage());
    }
    return CommandOutcome::succeeded({{QStringLiteral("account_id"), accountId}}, accountId);
}

std::optional<QString> connectedAccount(RelayContext& context, const CommandRecord& command, CommandOutcome* refusal)
{
    Result<std::optional<QString>> account = context.store.stripeAccount(command.vaultId);
    if (!account) {
        *refusal = CommandOutcome::retryLater(QStringLiteral("storage"), account.error().userMessage());
        return std::nullopt;
    }
    if (!account->has_value()) {
        *refusal = CommandOutcome::failed(QStringLiteral("no_account"),
            QStringLiteral("Connect a Stripe account first (stripe.account.create, then onboarding)."));
        return std::nullopt;
    }
    return **account;
}

CommandOutcome accountLink(
    RelayContext& context, const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    CommandOutcome refusal;
    const std::optional<QString> account = connectedAccount(context, command, &refusal);
    if (!account) {
        return refusal;
    }
    const StripeAnswer answer = stripe.post(QStringLiteral("/v1/account_links"),
        {{QStringLiteral("account"), *account}, {QStringLiteral("type"), QStringLiteral("account_onboarding")},
            {QStringLiteral("refresh_url"), params.value(QStringLiteral("refresh_url"))},
            {QStringLiteral("return_url"), params.value(QStringLiteral("return_url"))}},
        command.id);
    if (answer.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(answer);
    }
    return CommandOutcome::succeeded({{QStringLiteral("url"), answer.object.value(QStringLiteral("url"))},
        {QStringLiteral("expires_at"), answer.object.value(QStringLiteral("expires_at"))}});
}

CommandOutcome checkout(
    RelayContext& context, const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    CommandOutcome refusal;
    const std::optional<QString> account = connectedAccount(context, command, &refusal);
    if (!account) {
        return refusal;
    }
    const bool subscription = params.value(QStringLiteral("mode")).toString() == u"subscription";
    const QString currency = params.value(QStringLiteral("currency")).toString();
    QJsonArray lineItems;
    qint64 total = 0;
    const QJsonArray lines = params.value(QStringLiteral("line_items")).toArray();
    for (const auto& value : lines) {
        const QJsonObject line = value.toObject();
        const auto unit = static_cast<qint64>(line.value(QStringLiteral("unit_amount")).toDouble());
        const auto quantity = static_cast<qint64>(line.value(QStringLiteral("quantity")).toDouble());
        total += unit * quantity;
        QJsonObject priceData {{QStringLiteral("currency"), currency},
            {QStringLiteral("unit_amount"), static_cast<double>(unit)},
            {QStringLiteral("product_data"),
                QJsonObject {{QStringLiteral("name"), line.value(QStringLiteral("name"))}}}};
        if (subscription) {
            priceData.insert(QStringLiteral("recurring"),
                QJsonObject {{QStringLiteral("interval"), line.value(QStringLiteral("interval"))}});
        }
        lineItems.append(QJsonObject {
            {QStringLiteral("price_data"), priceData}, {QStringLiteral("quantity"), static_cast<double>(quantity)}});
    }
    const QJsonObject metadata = ourMetadata(command, params.value(QStringLiteral("metadata")).toObject());
    QJsonObject request {
        {QStringLiteral("mode"), params.value(QStringLiteral("mode"))},
        {QStringLiteral("line_items"), lineItems},
        {QStringLiteral("success_url"), params.value(QStringLiteral("success_url"))},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("client_reference_id"), params.value(QStringLiteral("client_reference_id"))},
        {QStringLiteral("customer_email"), params.value(QStringLiteral("customer_email"))},
        {QStringLiteral("cancel_url"), params.value(QStringLiteral("cancel_url"))},
    };
    const QJsonObject destination {{QStringLiteral("destination"), *account}};
    if (subscription) {
        request.insert(QStringLiteral("subscription_data"),
            QJsonObject {{QStringLiteral("application_fee_percent"), context.config.applicationFeePercent},
                {QStringLiteral("transfer_data"), destination}, {QStringLiteral("metadata"), metadata}});
    } else {
        const std::optional<qint64> fee = applicationFee(total, context.config.applicationFeePercent);
        if (!fee) {
            return CommandOutcome::failed(
                QStringLiteral("amount_too_small"), QStringLiteral("The amount is too small to take a payment for."));
        }
        request.insert(QStringLiteral("payment_intent_data"),
            QJsonObject {{QStringLiteral("application_fee_amount"), static_cast<double>(*fee)},
                {QStringLiteral("transfer_data"), destination}, {QStringLiteral("metadata"), metadata}});
    }
    const StripeAnswer answer = stripe.post(QStringLiteral("/v1/checkout/sessions"), request, command.id);
    if (answer.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(answer);
    }
    const QString sessionId = answer.object.value(QStringLiteral("id")).toString();
    return CommandOutcome::succeeded(
        {{QStringLiteral("session_id"), sessionId}, {QStringLiteral("url"), answer.object.value(QStringLiteral("url"))},
            {QStringLiteral("expires_at"), answer.object.value(QStringLiteral("expires_at"))},
            {QStringLiteral("amount_total"), static_cast<double>(total)}},
        sessionId);
}

// A link replaced by another, or no longer right for what is owed, stops working. One already paid
// or run out is left as it is: the answer says which, and is no failure.
CommandOutcome expireCheckout(const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    const QString path = u"/v1/checkout/sessions/" + params.value(QStringLiteral("session")).toString();
    QJsonObject session;
    if (std::optional<CommandOutcome> refused = requireOwnObject(stripe, command, path, &session)) {
        return *refused;
    }
    if (session.value(QStringLiteral("status")).toString() == u"open") {
        const StripeAnswer answer = stripe.post(path + u"/expire", {}, command.id);
        if (answer.kind == StripeAnswer::Kind::Ok) {
            session = answer.object;
        } else {
            // Paid or run out in the moment between (or expired by another device): no failure.
            const StripeAnswer now = stripe.get(path);
            if (now.kind != StripeAnswer::Kind::Ok
                || now.object.value(QStringLiteral("status")).toString() == u"open") {
                return fromAnswer(answer);
            }
            session = now.object;
        }
    }
    return CommandOutcome::succeeded({{QStringLiteral("session_id"), session.value(QStringLiteral("id"))},
        {QStringLiteral("status"), session.value(QStringLiteral("status"))}});
}

CommandOutcome refund(const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    const QString paymentIntent = params.value(QStringLiteral("payment_intent")).toString();
    if (std::optional<CommandOutcome> refused =
            requireOwnObject(stripe, command, u"/v1/payment_intents/" + paymentIntent, nullptr)) {
        return *refused;
    }
    QJsonObject request {{QStringLiteral("payment_intent"), paymentIntent},
        {QStringLiteral("reason"), params.value(QStringLiteral("reason"))},
        {QStringLiteral("metadata"), ourMetadata(command, params.value(QStringLiteral("metadata")).toObject())}};
    if (params.contains(QStringLiteral("amount"))) {
        request.insert(QStringLiteral("amount"), params.value(QStringLiteral("amount")));
    }
    const StripeAnswer answer = stripe.post(QStringLiteral("/v1/refunds"), request, command.id);
    if (answer.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(answer);
    }
    const QString refundId = answer.object.value(QStringLiteral("id")).toString();
    return CommandOutcome::succeeded({{QStringLiteral("refund_id"), refundId},
                                         {QStringLiteral("status"), answer.object.value(QStringLiteral("status"))},
                                         {QStringLiteral("amount"), answer.object.value(QStringLiteral("amount"))}},
        refundId);
}

// The subscription's single item (the plan the desktop made it with).
QJsonObject firstItem(const QJsonObject& subscription)
{
    return subscription.value(QStringLiteral("items"))
        .toObject()
        .value(QStringLiteral("data"))
        .toArray()
        .first()
        .toObject();
}

QJsonObject subscriptionSummary(const QJsonObject& subscription)
{
    // Since API version 2025-03-31 the period is on the items, not the subscription.
    QJsonValue periodEnd = subscription.value(QStringLiteral("current_period_end"));
    if (periodEnd.isUndefined() || periodEnd.isNull()) {
        periodEnd = firstItem(subscription).value(QStringLiteral("current_period_end"));
    }
    return {{QStringLiteral("subscription"), subscription.value(QStringLiteral("id"))},
        {QStringLiteral("status"), subscription.value(QStringLiteral("status"))},
        {QStringLiteral("cancel_at_period_end"), subscription.value(QStringLiteral("cancel_at_period_end"))},
        {QStringLiteral("current_period_end"), periodEnd},
        {QStringLiteral("quantity"), firstItem(subscription).value(QStringLiteral("quantity"))}};
}

CommandOutcome subscription(const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    const QString id = params.value(QStringLiteral("subscription")).toString();
    const QString path = u"/v1/subscriptions/" + id;
    QJsonObject current;
    if (std::optional<CommandOutcome> refused = requireOwnObject(stripe, command, path, &current)) {
        return *refused;
    }
    StripeAnswer answer;
    if (command.type == u"stripe.subscription.status") {
        return CommandOutcome::succeeded(subscriptionSummary(current), id);
    }
    if (command.type == u"stripe.subscription.cancel") {
        answer = stripe.del(path, command.id);
    } else {
        QJsonObject request;
        if (params.contains(QStringLiteral("cancel_at_period_end"))) {
            request.insert(
                QStringLiteral("cancel_at_period_end"), params.value(QStringLiteral("cancel_at_period_end")));
        }
        if (params.contains(QStringLiteral("quantity"))) {
            // A new quantity from the next period on: a coach's client moving from four sessions a
            // month to two pays the new amount at the next renewal, with no proration in between.
            const QString item = firstItem(current).value(QStringLiteral("id")).toString();
            if (item.isEmpty()) {
                return CommandOutcome::failed(QStringLiteral("no_item"),
                    QStringLiteral("The subscription has no plan whose quantity could change."));
            }
            request.insert(QStringLiteral("items"),
                QJsonArray {QJsonObject {{QStringLiteral("id"), item},
                    {QStringLiteral("quantity"), params.value(QStringLiteral("quantity"))}}});
            request.insert(QStringLiteral("proration_behavior"), QStringLiteral("none"));
        }
        // Our ids stay in the metadata whatever else the practice sets.
        QJsonObject metadata = params.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("vault_id"), command.vaultId);
        request.insert(QStringLiteral("metadata"), metadata);
        answer = stripe.post(path, request, command.id);
    }
    if (answer.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(answer);
    }
    return CommandOutcome::succeeded(subscriptionSummary(answer.object), id);
}

CommandOutcome billingPortal(const StripeClient& stripe, const CommandRecord& command, const QJsonObject& params)
{
    // Named by this vault's subscription, never by a customer id: customers Checkout makes carry no
    // metadata, so only the subscription proves the client is this practice's.
    QJsonObject subscription;
    if (std::optional<CommandOutcome> refused = requireOwnObject(stripe, command,
            u"/v1/subscriptions/" + params.value(QStringLiteral("subscription")).toString(), &subscription)) {
        return *refused;
    }
    const StripeAnswer answer = stripe.post(QStringLiteral("/v1/billing_portal/sessions"),
        {{QStringLiteral("customer"), subscription.value(QStringLiteral("customer"))},
            {QStringLiteral("return_url"), params.value(QStringLiteral("return_url"))}},
        command.id);
    if (answer.kind != StripeAnswer::Kind::Ok) {
        return fromAnswer(answer);
    }
    return CommandOutcome::succeeded({{QStringLiteral("url"), answer.object.value(QStringLiteral("url"))}},
        answer.object.value(QStringLiteral("id")).toString());
}

} // namespace

CommandOutcome runStripeCommand(RelayContext& context, const StripeClient& stripe, const CommandRecord& command)
{
    const QJsonObject params = QJsonDocument::fromJson(command.params).object();
    const QString& type = command.type;
    if (type == u"stripe.account.create") {
        return createAccount(context, stripe, command, params);
    }
    if (type == u"stripe.account_link.create") {
        return accountLink(context, stripe, command, params);
    }
    if (type == u"stripe.checkout.create") {
        return checkout(context, stripe, command, params);
    }
    if (type == u"stripe.checkout.expire") {
        return expireCheckout(stripe, command, params);
    }
    if (type == u"stripe.refund.create") {
        return refund(stripe, command, params);
    }
    if (type.startsWith(u"stripe.subscription.")) {
        return subscription(stripe, command, params);
    }
    if (type == u"stripe.billing_portal.create") {
        return billingPortal(stripe, command, params);
    }
    return CommandOutcome::failed(QStringLiteral("unknown_type"), QStringLiteral("No runner for %1").arg(type));
}

} // namespace clientele::relay
