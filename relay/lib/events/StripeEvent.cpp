#include "relay/lib/events/StripeEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace clientele::relay {

namespace {

// Fields of the event's object that the desktop needs to settle an invoice, refund or subscription.
constexpr const char* kForwardedFields[] = {"id", "object", "status", "payment_status", "amount", "amount_total",
    "amount_received", "amount_refunded", "amount_captured", "currency", "payment_intent", "subscription", "customer",
    "charge", "reason", "refunded", "cancel_at_period_end", "current_period_end", "charges_enabled", "payouts_enabled",
    "details_submitted", "created", "evidence_details", "amount_paid", "billing_reason"};

Error malformed(const QString& why)
{
    return Error(Error::Code::InvalidInput, QStringLiteral("The Stripe event is malformed: %1").arg(why));
}

} // namespace

Result<StripeEvent> StripeEvent::parse(QByteArrayView rawBody)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(rawBody.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(QStringLiteral("not a JSON object"));
    }
    const QJsonObject root = document.object();
    StripeEvent event;
    event.id = root.value(QStringLiteral("id")).toString();
    event.type = root.value(QStringLiteral("type")).toString();
    if (!event.id.startsWith(u"evt_") || event.id.size() > 255) {
        return malformed(QStringLiteral("no evt_ id"));
    }
    if (event.type.isEmpty() || event.type.size() > 100) {
        return malformed(QStringLiteral("no type"));
    }
    const QJsonObject object = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    if (object.isEmpty()) {
        return malformed(QStringLiteral("no data.object"));
    }
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    if (!metadata.contains(QStringLiteral("vault_id"))) {
        // An invoice of a subscription has no metadata of its own; the subscription's (and so our
        // ids) are under parent.subscription_details since API version 2025-03-31, under
        // subscription_details before, and on the subscription's invoice lines in older versions.
        const auto at = [](const QJsonObject& from, std::initializer_list<const char*> path) {
            QJsonValue value = from;
            for (const char* key : path) {
                value = value.toObject().value(QLatin1String(key));
            }
            return value;
        };
        for (const QJsonValue& candidate : {at(object, {"parent", "subscription_details", "metadata"}),
                 at(object, {"subscription_details", "metadata"}),
                 at(object, {"lines", "data"}).toArray().first().toObject().value(QStringLiteral("metadata"))}) {
            if (candidate.toObject().contains(QStringLiteral("vault_id"))) {
                metadata = candidate.toObject();
                break;
            }
        }
    }
    event.vaultId = metadata.value(QStringLiteral("vault_id")).toString();

    QJsonObject forwardedObject;
    for (const char* field : kForwardedFields) {
        const QString name = QString::fromLatin1(field);
        if (object.contains(name) && !object.value(name).isNull()) {
            forwardedObject.insert(name, object.value(name));
        }
    }
    if (!metadata.isEmpty()) {
        forwardedObject.insert(QStringLiteral("metadata"), metadata);
    }
    if (object.value(QStringLiteral("object")).toString() == u"subscription") {
        // How many of the plan each period: the quantity of its first (the desktop's only) item.
        const QJsonValue quantity = object.value(QStringLiteral("items"))
                                        .toObject()
                                        .value(QStringLiteral("data"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("quantity"));
        if (!quantity.isUndefined() && !quantity.isNull()) {
            forwardedObject.insert(QStringLiteral("quantity"), quantity);
        }
        // Since API version 2025-03-31 (the webhook endpoint's version may be newer than the
        // relay's requests) the period is on the items.
        if (!forwardedObject.contains(QStringLiteral("current_period_end"))) {
            const QJsonValue periodEnd = object.value(QStringLiteral("items"))
                                             .toObject()
                                             .value(QStringLiteral("data"))
                                             .toArray()
                                             .first()
                                             .toObject()
                                             .value(QStringLiteral("current_period_end"));
            if (periodEnd.isDouble()) {
                forwardedObject.insert(QStringLiteral("current_period_end"), periodEnd);
            }
        }
    }
    event.forwarded = QJsonObject {
        {QStringLiteral("provider"), QStringLiteral("stripe")},
        {QStringLiteral("event_id"), event.id},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("created"), root.value(QStringLiteral("created"))},
        {QStringLiteral("object"), forwardedObject},
    };
    if (root.contains(QStringLiteral("account"))) {
        event.forwarded.insert(QStringLiteral("account"), root.value(QStringLiteral("account")));
    }
    return event;
}

QString StripeEvent::paymentIntent() const
{
    const QJsonObject object = forwarded.value(QStringLiteral("object")).toObject();
    if (object.value(QStringLiteral("object")).toString() == u"payment_intent") {
        return object.value(QStringLiteral("id")).toString();
    }
    return object.value(QStringLiteral("payment_intent")).toString();
}

} // namespace clientele::relay
