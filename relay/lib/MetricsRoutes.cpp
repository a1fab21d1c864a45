#include "relay/lib/MetricsRoutes.h"

#include <openssl/crypto.h>

#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"

namespace clientele::relay {

namespace {

bool isLoopback(const std::string& peer)
{
    return peer == "::1" || peer.rfind("127.", 0) == 0 || peer.rfind("::ffff:127.", 0) == 0;
}

bool tokenMatches(std::string_view header, const QByteArray& expected)
{
    const QByteArray wanted = "Bearer " + expected;
    return header.size() == static_cast<std::size_t>(wanted.size())
        && CRYPTO_memcmp(header.data(), wanted.constData(), header.size()) == 0;
}

} // namespace

void addMetricsRoutes(Router& router, RelayContext& context)
{
    router.addAsync(http::verb::get, "/metrics", 0, [&context](const Call& call, const Reply& reply) {
        const QByteArray token = context.config.metricsToken.toUtf8();
        const bool allowed =
            token.isEmpty() ? isLoopback(call.peer) : tokenMatches(call.http()[http::field::authorization], token);
        if (!allowed) {
            reply(error(http::status::forbidden, "forbidden", QStringLiteral("Metrics are not public.")));
            return;
        }
        Response response {http::status::ok, 11};
        response.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
        response.set(http::field::cache_control, "no-store");
        response.body() = context.metrics.render();
        reply(std::move(response));
    });
}

} // namespace clientele::relay
