#include "relay/lib/events/InboundEventProcessor.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/Failpoint.h"
#include "core/Logging.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/events/StripeEvent.h"
#include "relay/lib/events/VaultEvents.h"

namespace clientele::relay {

namespace {

constexpr int kBatchSize = 100;

// The event to seal, or an empty optional when it concerns no vault.
Result<std::optional<std::pair<QString, QByteArray>>> forwardable(const InboundEventRecord& event)
{
    if (event.provider == u"stripe") {
        Result<StripeEvent> parsed = StripeEvent::parse(event.payload);
        if (!parsed) {
            return parsed.error();
        }
        if (parsed->vaultId.isEmpty()) {
            return std::optional<std::pair<QString, QByteArray>>();
        }
        return std::optional(
            std::pair {parsed->vaultId, QJsonDocument(parsed->forwarded).toJson(QJsonDocument::Compact)});
    }
    return Error(Error::Code::InvalidInput, QStringLiteral("No processor for provider %1").arg(event.provider));
}

} // namespace

int processInboundEvents(RelayContext& context)
{
    Result<QList<InboundEventRecord>> pending = context.store.unprocessedInboundEvents(kBatchSize);
    if (!pending) {
        qCWarning(lcRelay).noquote() << "Reading webhook events failed:" << pending.error().toString();
        return 0;
    }
    int finished = 0;
    for (const InboundEventRecord& event : std::as_const(*pending)) {
        const auto finish = [&](const QString& vaultId, const QString& outcome) {
            if (Result<void> done =
                    context.store.finishInboundEvent(event.provider, event.eventId, vaultId, outcome, context.nowMs());
                !done) {
                qCWarning(lcRelay).noquote()
                    << "Finishing event" << event.eventId << "failed:" << done.error().toString();
                return;
            }
            ++finished;
        };
        Result<std::optional<std::pair<QString, QByteArray>>> content = forwardable(event);
        if (!content) {
            qCWarning(lcRelay).noquote() << "Event" << event.provider << event.eventId
                                         << "dropped:" << content.error().toString();
            finish({}, QStringLiteral("unreadable"));
            continue;
        }
        if (!content->has_value()) {
            finish({}, QStringLiteral("no_vault"));
            continue;
        }
        const auto& [vaultId, plaintext] = **content;
        Result<bool> delivered = deliverToVault(context, vaultId, event.provider + u':' + event.eventId, plaintext);
        if (!delivered) {
            if (delivered.error().code() == Error::Code::NotFound) {
                finish({}, QStringLiteral("no_vault"));
            } else {
                qCWarning(lcRelay).noquote()
                    << "Delivering event" << event.eventId << "failed:" << delivered.error().toString();
            }
            continue; // stays pending when it may work next time
        }
        if (*delivered) {
            context.metrics.add("clientele_relay_events_delivered_total", {{"provider", event.provider.toStdString()}});
            const QJsonObject forwarded = QJsonDocument::fromJson(plaintext).object();
            const QString type = forwarded.value(QStringLiteral("type")).toString();
            const QString paid =
                forwarded.value(QStringLiteral("object")).toObject().value(QStringLiteral("payment_status")).toString();
            if ((type == u"checkout.session.completed" || type == u"checkout.session.async_payment_succeeded")
                && paid == u"paid") {
                context.metrics.add("clientele_relay_payments_succeeded_total");
            }
        }
        // Fault tests stop the relay here: delivered, but the plaintext not yet redacted.
        failpoint("relay.event.after_deliver");
        finish(vaultId, QStringLiteral("delivered"));
    }
    return finished;
}

} // namespace clientele::relay
