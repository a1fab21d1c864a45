#include "relay/lib/events/InboundEventProcessor.h"

#include <QJsonDocument>
#include <QUuid>

#include "core/Failpoint.h"
#include "core/Logging.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/events/SealedBox.h"
#include "relay/lib/events/StripeEvent.h"

namespace clientele::relay {

namespace {

constexpr int kBatchSize = 100;

// UUIDv5 under a fixed namespace: the same provider event always gets the same mailbox batch id.
QString mailboxBatchId(const InboundEventRecord& event)
{
    static const QUuid kNamespace(QStringLiteral("{6f1c3c1e-8a52-4c55-9d3e-2f0e4b7a9c10}"));
    return QUuid::createUuidV5(kNamespace, (event.provider + u':' + event.eventId).toUtf8())
        .toString(QUuid::WithoutBraces);
}

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
        Result<VaultRecord> vault = context.store.vault(vaultId);
        if (!vault) {
            finish({}, vault.error().code() == Error::Code::NotFound ? QStringLiteral("no_vault") : QString());
            continue;
        }
        Result<QByteArray> sealed = sealToVault(vault->publicKey, plaintext);
        if (!sealed) {
            qCWarning(lcRelay).noquote() << "Sealing event" << event.eventId << "failed:" << sealed.error().toString();
            continue; // stays pending; retried on the next pass
        }
        const BatchRecord batch {0, mailboxBatchId(event), kRelayDeviceId, 0, 0, context.nowMs(), *sealed};
        Result<AppendedBatch> appended = context.store.appendBatch(vaultId, batch);
        if (!appended) {
            qCWarning(lcRelay).noquote() << "Delivering event" << event.eventId
                                         << "failed:" << appended.error().toString();
            continue;
        }
        if (!appended->duplicate) {
            context.metrics.add("clientele_relay_events_delivered_total", {{"provider", event.provider.toStdString()}});
            context.waiters.notify(vaultId.toStdString());
        }
        // Fault tests stop the relay here: delivered, but the plaintext not yet redacted.
        failpoint("relay.event.after_deliver");
        finish(vaultId, QStringLiteral("delivered"));
    }
    return finished;
}

} // namespace clientele::relay
