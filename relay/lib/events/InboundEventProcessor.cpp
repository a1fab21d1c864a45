#include "relay/lib/events/InboundEventProcessor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <vector>

#include "core/Failpoint.h"
#include "core/Logging.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/events/StripeEvent.h"
#include "relay/lib/events/VaultEvents.h"

namespace clientele::relay {

namespace {

constexpr int kBatchSize = 500;

// What the relay forwards of an event: to which vault (from our metadata; empty when it has none),
// the payment intent it is about (to route events without our metadata: a dispute, a refund made in
// Stripe's dashboard), and the minimal event to seal.
struct Forwardable
{
    QString vaultId;
    QString paymentIntent;
    QByteArray plaintext;
};

Result<Forwardable> forwardable(const InboundEventRecord& event)
{
    if (event.provider == u"stripe") {
        Result<StripeEvent> parsed = StripeEvent::parse(event.payload);
        if (!parsed) {
            return parsed.error();
        }
        return Forwardable {
            parsed->vaultId, parsed->paymentIntent(), QJsonDocument(parsed->forwarded).toJson(QJsonDocument::Compact)};
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
    if (pending->isEmpty()) {
        return 0;
    }
    int finished = 0;
    // What may only happen once the batch is committed: waking long-polls and counting.
    std::vector<std::function<void()>> afterCommit;
    // One transaction for the whole batch (one fsync); each event's steps are savepoints, so an
    // event that fails stays pending without undoing the others.
    const Result<void> committed = context.store.inTransaction([&]() -> Result<void> {
        for (const InboundEventRecord& event : std::as_const(*pending)) {
            const auto finish = [&](const QString& vaultId, const QString& outcome) {
                if (Result<void> done = context.store.finishInboundEvent(
                        event.provider, event.eventId, vaultId, outcome, context.nowMs());
                    !done) {
                    qCWarning(lcRelay).noquote()
                        << "Finishing event" << event.eventId << "failed:" << done.error().toString();
                    return;
                }
                ++finished;
            };
            Result<Forwardable> content = forwardable(event);
            if (!content) {
                qCWarning(lcRelay).noquote()
                    << "Event" << event.provider << event.eventId << "dropped:" << content.error().toString();
                finish({}, QStringLiteral("unreadable"));
                continue;
            }
            QString vaultId = content->vaultId;
            const bool ours = !vaultId.isEmpty();
            if (!ours && !content->paymentIntent.isEmpty()) {
                Result<std::optional<QString>> owner = context.store.vaultForPayment(content->paymentIntent);
                if (!owner) {
                    qCWarning(lcRelay).noquote()
                        << "Routing event" << event.eventId << "failed:" << owner.error().toString();
                    continue; // stays pending
                }
                vaultId = owner->value_or(QString());
            }
            if (vaultId.isEmpty()) {
                finish({}, QStringLiteral("no_vault"));
                continue;
            }
            const QByteArray& plaintext = content->plaintext;
            Result<bool> delivered =
                deliverToVault(context, vaultId, event.provider + u':' + event.eventId, plaintext, false);
            if (!delivered) {
                if (delivered.error().code() == Error::Code::NotFound) {
                    finish({}, QStringLiteral("no_vault"));
                } else {
                    qCWarning(lcRelay).noquote()
                        << "Delivering event" << event.eventId << "failed:" << delivered.error().toString();
                }
                continue; // stays pending when it may work next time
            }
            if (ours && !content->paymentIntent.isEmpty()) {
                // Remembered only once delivered to an existing vault; bookkeeping that fails costs a
                // later dispute its route, never this event.
                if (Result<void> noted =
                        context.store.notePaymentVault(content->paymentIntent, vaultId, context.nowMs());
                    !noted) {
                    qCWarning(lcRelay).noquote()
                        << "Remembering the vault of" << event.eventId << "failed:" << noted.error().toString();
                }
            }
            if (*delivered) {
                const QJsonObject forwarded = QJsonDocument::fromJson(plaintext).object();
                const QString type = forwarded.value(QStringLiteral("type")).toString();
                const bool paid =
                    (type == u"checkout.session.completed" || type == u"checkout.session.async_payment_succeeded")
                    && forwarded.value(QStringLiteral("object")).toObject().value(QStringLiteral("payment_status"))
                        == QLatin1String("paid");
                afterCommit.emplace_back(
                    [&context, vault = vaultId.toStdString(), provider = event.provider.toStdString(), paid] {
                        context.metrics.add("clientele_relay_events_delivered_total", {{"provider", provider}});
                        if (paid) {
                            context.metrics.add("clientele_relay_payments_succeeded_total");
                        }
                        context.waiters.notify(vault);
                    });
            }
            // Fault tests stop the relay here, in the middle of a batch: none of it is committed,
            // and the next start delivers each event exactly once.
            failpoint("relay.event.after_deliver");
            finish(vaultId, QStringLiteral("delivered"));
        }
        return {};
    });
    if (!committed) {
        qCWarning(lcRelay).noquote() << "Processing webhook events failed:" << committed.error().toString();
        return 0;
    }
    for (const auto& action : afterCommit) {
        action();
    }
    return finished;
}

} // namespace clientele::relay
