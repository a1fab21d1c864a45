#include "relay/lib/WebhookRoutes.h"

#include <QCryptographicHash>

#include "core/Logging.h"
#include "core/webhooks/StripeSignature.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/events/InboundEventIngest.h"
#include "relay/lib/events/StripeEvent.h"

namespace clientele::relay {

namespace {

constexpr std::size_t kWebhookLimit = std::size_t {256} * 1024;

void countWebhook(RelayContext& context, const char* provider, const char* result)
{
    context.metrics.add("clientele_relay_webhooks_total", {{"provider", provider}, {"result", result}});
}

void stripeHook(RelayContext& context, const Call& call, Reply reply)
{
    const Request& request = call.http();
    const QByteArray secret = context.config.stripeWebhookSecret.toUtf8();
    if (secret.isEmpty()) {
        countWebhook(context, "stripe", "unconfigured");
        reply(error(http::status::service_unavailable, "unconfigured",
            QStringLiteral("This relay has no Stripe webhook secret configured.")));
        return;
    }
    const std::string& body = request.body();
    const QByteArrayView raw(body.data(), static_cast<qsizetype>(body.size()));
    const std::string_view header = request["Stripe-Signature"];
    const Result<qint64> verified = webhooks::verifyStripeSignature(
        raw, QByteArrayView(header.data(), static_cast<qsizetype>(header.size())), secret, context.nowMs() / 1000);
    if (!verified) {
        const bool stale = verified.error().detail() == QLatin1String(webhooks::kStripeOutsideTolerance);
        countWebhook(context, "stripe", stale ? "stale" : "bad_signature");
        qCInfo(lcRelay).noquote() << "Stripe webhook refused:" << verified.error().detail();
        reply(error(
            http::status::bad_request, stale ? "stale_timestamp" : "bad_signature", verified.error().userMessage()));
        return;
    }
    Result<StripeEvent> event = StripeEvent::parse(raw);
    if (!event) {
        countWebhook(context, "stripe", "malformed");
        reply(error(http::status::bad_request, "malformed", event.error().userMessage()));
        return;
    }
    InboundEventRecord record {QStringLiteral("stripe"), event->id, event->vaultId, raw.toByteArray(),
        QCryptographicHash::hash(raw, QCryptographicHash::Sha256), context.nowMs(), 0, {}};
    context.ingest->add(std::move(record), [&context, reply = std::move(reply)](const Result<bool>& inserted) {
        if (!inserted) {
            reply(errorFrom(inserted.error())); // non-2xx: Stripe delivers it again later
            return;
        }
        countWebhook(context, "stripe", *inserted ? "accepted" : "duplicate");
        reply(json(http::status::ok, {{QStringLiteral("received"), true}}));
    });
}

} // namespace

void addWebhookRoutes(Router& router, RelayContext& context)
{
    router.addAsync(http::verb::post, "/hooks/stripe", kWebhookLimit,
        [&context](const Call& call, Reply reply) { stripeHook(context, call, std::move(reply)); });
}

} // namespace clientele::relay
