#include "relay/lib/DeviceAuth.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

#include "relay/lib/HttpHelpers.h"

namespace clientele::relay {

namespace {

constexpr qint64 kTouchIntervalMs = 60'000; // last_seen is a hint; don't write it on every request

Response unauthorized(std::string_view code, const QString& message)
{
    Response response = error(http::status::unauthorized, code, message);
    response.set(http::field::www_authenticate, "Bearer realm=\"clientele-relay\"");
    return response;
}

} // namespace

QByteArray newDeviceToken()
{
    std::array<quint32, 8> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char*>(random.data()), sizeof(random));
    return "clr1." + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hashOfSecret(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

std::variant<DeviceRecord, Response> authenticateDevice(RelayContext& context, const Call& call)
{
    const auto header = call.http()[http::field::authorization];
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() <= kBearer.size() || header.substr(0, kBearer.size()) != kBearer) {
        context.metrics.add("clientele_relay_auth_failures_total", {{"reason", "missing"}});
        return unauthorized("unauthorized", QStringLiteral("This request needs the device's bearer token."));
    }
    const std::string_view token = header.substr(kBearer.size());
    Result<std::optional<DeviceRecord>> found = context.store.deviceByTokenHash(
        hashOfSecret(QByteArrayView(token.data(), static_cast<qsizetype>(token.size()))));
    if (!found) {
        return errorFrom(found.error());
    }
    if (!found->has_value()) {
        context.metrics.add("clientele_relay_auth_failures_total", {{"reason", "unknown"}});
        return unauthorized("invalid_token", QStringLiteral("This token is not known to the relay."));
    }
    DeviceRecord device = **found;
    if (device.isRevoked()) {
        context.metrics.add("clientele_relay_auth_failures_total", {{"reason", "revoked"}});
        return unauthorized(
            "device_revoked", QStringLiteral("This device was removed from its practice; pair it again to use it."));
    }
    const std::string vault = call.param("vault");
    if (!vault.empty() && toQString(vault) != device.vaultId) {
        context.metrics.add("clientele_relay_auth_failures_total", {{"reason", "other_vault"}});
        return error(
            http::status::forbidden, "forbidden", QStringLiteral("This device does not belong to that vault."));
    }
    std::chrono::seconds retryAfter {};
    const RateLimiter::Rule rule {context.config.ratePerDevice, context.config.ratePerDevice * 4};
    if (!context.limiter.allow(
            "device:" + device.id.toStdString(), rule, std::chrono::steady_clock::now(), &retryAfter)) {
        context.metrics.add("clientele_relay_rate_limited_total", {{"scope", "device"}});
        Response response = error(
            http::status::too_many_requests, "rate_limited", QStringLiteral("Too many requests from this device."));
        response.set(http::field::retry_after, std::to_string(retryAfter.count()));
        return response;
    }
    const qint64 now = context.nowMs();
    if (now - device.lastSeenMs > kTouchIntervalMs) {
        // Best effort: a failed touch must not fail the request.
        (void)context.store.touchDevice(device.id, now);
    }
    return device;
}

} // namespace clientele::relay
