#include "relay/lib/VaultRoutes.h"

#include <QJsonArray>
#include <QUuid>
#include <variant>

#include "core/Logging.h"
#include "relay/lib/DeviceAuth.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"

namespace clientele::relay {

namespace {

constexpr std::size_t kJsonLimit = std::size_t {1024} * 1024;
constexpr qsizetype kPublicKeyBytes = 32; // X25519
constexpr qsizetype kMaxRecoveryBlobBytes = qsizetype {64} * 1024;
constexpr qsizetype kMaxSealedKeysBytes = qsizetype {16} * 1024;
constexpr int kMaxDeviceNameChars = 100;
constexpr qint64 kDefaultPairingSeconds = 600;
constexpr qint64 kMaxPairingSeconds = 900;
// Proof that a claimant knows the whole code, not just the part sent as "code" (PairingRecord).
constexpr qsizetype kProofBytes = 32;

// Unauthenticated routes that create things get a much slower per-IP budget than the general one.
const RateLimiter::Rule kVaultCreationRule {10.0 / 3600, 10}; // 10 an hour
const RateLimiter::Rule kPairingClaimRule {10.0 / 600, 10}; // 10 guesses per 10 minutes

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<Response> rateLimited(
    RelayContext& context, const Call& call, const char* what, const RateLimiter::Rule& rule)
{
    std::chrono::seconds retryAfter {};
    if (context.limiter.allow(
            std::string(what) + ':' + call.peer, rule, std::chrono::steady_clock::now(), &retryAfter)) {
        return std::nullopt;
    }
    context.metrics.add("clientele_relay_rate_limited_total", {{"scope", "ip"}});
    Response response =
        error(http::status::too_many_requests, "rate_limited", QStringLiteral("Too many attempts; try again later."));
    response.set(http::field::retry_after, std::to_string(retryAfter.count()));
    return response;
}

// A base64 field of exact or bounded size; empty optional with `failure` set when invalid.
std::optional<QByteArray> base64Field(
    const QJsonObject& body, const QString& name, qsizetype minBytes, qsizetype maxBytes, Response& failure)
{
    const QJsonValue value = body.value(name);
    if (!value.isString()) {
        failure =
            error(http::status::bad_request, "invalid", QStringLiteral("\"%1\" is missing or not a string").arg(name));
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < minBytes || decoded.decoded.size() > maxBytes) {
        failure = error(http::status::bad_request, "invalid",
            minBytes == maxBytes
                ? QStringLiteral("\"%1\" must be %2 bytes in base64").arg(name).arg(minBytes)
                : QStringLiteral("\"%1\" must be base64 of %2 to %3 bytes").arg(name).arg(minBytes).arg(maxBytes));
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QString> deviceName(const QJsonObject& body, Response& failure)
{
    const QString name = body.value(QStringLiteral("device_name")).toString().trimmed();
    if (name.isEmpty() || name.size() > kMaxDeviceNameChars) {
        failure = error(http::status::bad_request, "invalid",
            QStringLiteral("\"device_name\" must be 1 to %1 characters").arg(kMaxDeviceNameChars));
        return std::nullopt;
    }
    return name;
}

// Pairing codes are typed by people: case, spaces and dashes don't matter.
std::optional<QByteArray> normalizedCode(const QJsonObject& body, Response& failure)
{
    QByteArray code;
    for (const QChar c : body.value(QStringLiteral("code")).toString()) {
        if (c == u'-' || c == u' ') {
            continue;
        }
        const QChar upper = c.toUpper();
        if (!((upper >= u'A' && upper <= u'Z') || (upper >= u'0' && upper <= u'9'))) {
            code.clear();
            break;
        }
        code += static_cast<char>(upper.unicode());
    }
    if (code.size() < 8 || code.size() > 32) {
        failure = error(http::status::bad_request, "invalid",
            QStringLiteral("\"code\" must be the 8 to 32 letters and digits shown on the new device"));
        return std::nullopt;
    }
    return code;
}

QJsonObject deviceJson(const DeviceRecord& device)
{
    QJsonObject object {
        {QStringLiteral("id"), device.id},
        {QStringLiteral("name"), device.name},
        {QStringLiteral("created_at"), device.createdAtMs},
        {QStringLiteral("last_seen"), device.lastSeenMs},
        {QStringLiteral("ordinal"), device.ordinal},
    };
    if (device.isRevoked()) {
        object.insert(QStringLiteral("revoked_at"), device.revokedAtMs);
    }
    return object;
}

DeviceRecord newDevice(const QString& name, const QByteArray& token, qint64 now)
{
    DeviceRecord device;
    device.id = newId();
    device.name = name;
    device.tokenHash = hashOfSecret(token);
    device.createdAtMs = now;
    return device;
}

void createVault(RelayContext& context, const Call& call, Reply reply)
{
    if (std::optional<Response> limited = rateLimited(context, call, "vault-create", kVaultCreationRule)) {
        reply(std::move(*limited));
        return;
    }
    Response failure;
    const std::optional<QJsonObject> body = jsonBody(call.http(), failure);
    std::optional<QByteArray> publicKey;
    std::optional<QString> name;
    if (!body
        || !(publicKey = base64Field(*body, QStringLiteral("public_key"), kPublicKeyBytes, kPublicKeyBytes, failure))
        || !(name = deviceName(*body, failure))) {
        reply(std::move(failure));
        return;
    }
    QByteArray recoveryBlob;
    if (body->contains(QStringLiteral("recovery_blob"))) {
        std::optional<QByteArray> blob =
            base64Field(*body, QStringLiteral("recovery_blob"), 1, kMaxRecoveryBlobBytes, failure);
        if (!blob) {
            reply(std::move(failure));
            return;
        }
        recoveryBlob = *blob;
    }
    context.onStorage(std::move(reply), [&context, key = *publicKey, name = *name, recoveryBlob]() {
        const qint64 now = context.nowMs();
        const VaultRecord vault {newId(), key, recoveryBlob, 0, now};
        const QByteArray token = newDeviceToken();
        DeviceRecord device = newDevice(name, token, now);
        device.vaultId = vault.id;
        if (Result<void> created = context.store.createVault(vault, device); !created) {
            return errorFrom(created.error());
        }
        context.metrics.add("clientele_relay_vaults_created_total");
        qCInfo(lcRelay).noquote() << "Vault" << vault.id << "created with device" << device.id;
        return json(http::status::created,
            {{QStringLiteral("vault_id"), vault.id}, {QStringLiteral("device_id"), device.id},
                {QStringLiteral("ordinal"), 0}, {QStringLiteral("token"), QString::fromLatin1(token)}});
    });
}

void listDevices(RelayContext& context, Call call, Reply reply)
{
    context.onStorage(std::move(reply), [&context, call = std::move(call)]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        Result<QList<DeviceRecord>> devices = context.store.devices(toQString(call.param("vault")));
        if (!devices) {
            return errorFrom(devices.error());
        }
        QJsonArray list;
        for (const DeviceRecord& device : *devices) {
            list.append(deviceJson(device));
        }
        return json(http::status::ok, {{QStringLiteral("devices"), list}});
    });
}

void revokeDevice(RelayContext& context, Call call, Reply reply)
{
    if (!isUuid(call.param("device"))) {
        reply(error(http::status::not_found, "not_found", QStringLiteral("There is no such device in this vault.")));
        return;
    }
    context.onStorage(std::move(reply), [&context, call = std::move(call)]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        Result<DeviceRecord> revoked = context.store.revokeDevice(
            toQString(call.param("vault")), toQString(call.param("device")), context.nowMs());
        if (!revoked) {
            return errorFrom(revoked.error());
        }
        context.metrics.add("clientele_relay_devices_revoked_total");
        qCInfo(lcRelay).noquote() << "Device" << revoked->id << "revoked by" << std::get<DeviceRecord>(caller).id;
        return json(http::status::ok, {{QStringLiteral("device"), deviceJson(*revoked)}});
    });
}

void offerPairing(RelayContext& context, Call call, Reply reply)
{
    Response failure;
    const std::optional<QJsonObject> body = jsonBody(call.http(), failure);
    std::optional<QByteArray> code;
    std::optional<QByteArray> sealedKeys;
    std::optional<QByteArray> proof;
    if (!body || !(code = normalizedCode(*body, failure))
        || !(sealedKeys = base64Field(*body, QStringLiteral("sealed_keys"), 1, kMaxSealedKeysBytes, failure))
        || !(proof = base64Field(*body, QStringLiteral("proof"), kProofBytes, kProofBytes, failure))) {
        reply(std::move(failure));
        return;
    }
    const qint64 lifetime = body->value(QStringLiteral("expires_in")).toInteger(kDefaultPairingSeconds);
    if (lifetime < 30 || lifetime > kMaxPairingSeconds) {
        reply(error(http::status::bad_request, "invalid",
            QStringLiteral("\"expires_in\" must be 30 to %1 seconds").arg(kMaxPairingSeconds)));
        return;
    }
    context.onStorage(std::move(reply),
        [&context, call = std::move(call), code = *code, keys = *sealedKeys, proof = *proof, lifetime]() {
            std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
            if (auto* refused = std::get_if<Response>(&caller)) {
                return std::move(*refused);
            }
            const DeviceRecord& device = std::get<DeviceRecord>(caller);
            const qint64 now = context.nowMs();
            const PairingRecord pairing {newId(), device.vaultId, hashOfSecret(code), keys, device.id, now,
                now + lifetime * 1000, hashOfSecret(proof)};
            if (Result<void> created = context.store.createPairing(pairing); !created) {
                return errorFrom(created.error());
            }
            return json(http::status::created,
                {{QStringLiteral("pairing_id"), pairing.id}, {QStringLiteral("expires_at"), pairing.expiresAtMs}});
        });
}

void claimPairing(RelayContext& context, const Call& call, Reply reply)
{
    if (std::optional<Response> limited = rateLimited(context, call, "pairing-claim", kPairingClaimRule)) {
        reply(std::move(*limited));
        return;
    }
    Response failure;
    const std::optional<QJsonObject> body = jsonBody(call.http(), failure);
    std::optional<QByteArray> code;
    std::optional<QString> name;
    std::optional<QByteArray> proof;
    if (!body || !(code = normalizedCode(*body, failure)) || !(name = deviceName(*body, failure))
        || !(proof = base64Field(*body, QStringLiteral("proof"), kProofBytes, kProofBytes, failure))) {
        reply(std::move(failure));
        return;
    }
    context.onStorage(std::move(reply), [&context, code = *code, name = *name, proof = *proof]() {
        const qint64 now = context.nowMs();
        const QByteArray token = newDeviceToken();
        const DeviceRecord device = newDevice(name, token, now);
        Result<PairingRecord> claimed =
            context.store.claimPairing(hashOfSecret(code), hashOfSecret(proof), device, now);
        if (!claimed) {
            return errorFrom(claimed.error());
        }
        context.metrics.add("clientele_relay_devices_paired_total");
        qCInfo(lcRelay).noquote() << "Device" << device.id << "paired into vault" << claimed->vaultId;
        return json(http::status::created,
            {{QStringLiteral("vault_id"), claimed->vaultId}, {QStringLiteral("device_id"), device.id},
                {QStringLiteral("ordinal"), claimed->claimedOrdinal},
                {QStringLiteral("token"), QString::fromLatin1(token)},
                {QStringLiteral("sealed_keys"), QString::fromLatin1(claimed->sealedKeys.toBase64())}});
    });
}

} // namespace

void addVaultRoutes(Router& router, RelayContext& context)
{
    router.addAsync(http::verb::post, "/v1/vaults", kJsonLimit,
        [&context](const Call& call, Reply reply) { createVault(context, call, std::move(reply)); });
    router.addAsync(http::verb::get, "/v1/vaults/{vault}/devices", 0,
        [&context](Call call, Reply reply) { listDevices(context, std::move(call), std::move(reply)); });
    router.addAsync(http::verb::delete_, "/v1/vaults/{vault}/devices/{device}", 0,
        [&context](Call call, Reply reply) { revokeDevice(context, std::move(call), std::move(reply)); });
    router.addAsync(http::verb::post, "/v1/vaults/{vault}/pairings", kJsonLimit,
        [&context](Call call, Reply reply) { offerPairing(context, std::move(call), std::move(reply)); });
    router.addAsync(http::verb::post, "/v1/pairings/claim", kJsonLimit,
        [&context](const Call& call, Reply reply) { claimPairing(context, call, std::move(reply)); });
}

} // namespace clientele::relay
