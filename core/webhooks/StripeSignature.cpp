#include "core/webhooks/StripeSignature.h"

#include <limits>
#include <optional>
#include <utility>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QList>
#include <QString>
#include <QtNumeric>

namespace clientele::webhooks {

namespace {

Error stripeError(Error::Code code, const char* key, QString message)
{
    return Error(code, std::move(message), QString::fromLatin1(key));
}

Error malformed(QString message)
{
    return stripeError(Error::Code::InvalidInput, kStripeHeaderMalformed, std::move(message));
}

// Lowercase hex HMAC-SHA256 of "<timestamp>.<body>"; nullopt only if OpenSSL fails.
std::optional<QByteArray> signatureHex(QByteArrayView rawBody, QByteArrayView secret, qint64 timestamp)
{
    if (secret.size() > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    QByteArray payload = QByteArray::number(timestamp);
    payload.reserve(payload.size() + 1 + rawBody.size());
    payload += '.';
    payload += rawBody;
    // HMAC() wants a key pointer even for an empty key.
    static const unsigned char kNoKey = 0;
    const void* key = secret.isEmpty() ? static_cast<const void*>(&kNoKey) : secret.data();
    unsigned char mac[EVP_MAX_MD_SIZE] = {};
    unsigned int macLength = 0;
    if (HMAC(EVP_sha256(), key, int(secret.size()), reinterpret_cast<const unsigned char*>(payload.constData()),
            size_t(payload.size()), mac, &macLength)
        == nullptr) {
        return std::nullopt;
    }
    return QByteArray(reinterpret_cast<const char*>(mac), macLength).toHex();
}

struct ParsedHeader
{
    qint64 timestamp = 0;
    QList<QByteArray> v1; // lowercased, as Stripe's Go SDK decodes hex case-insensitively
};

// Digits only: toLongLong() would also take a sign, surrounding spaces or a leading "0x".
std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18) { // 18 digits cannot overflow qint64
        return std::nullopt;
    }
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

Result<ParsedHeader> parseHeader(QByteArrayView header)
{
    ParsedHeader parsed;
    bool haveTimestamp = false;
    qsizetype start = 0;
    while (start <= header.size()) {
        qsizetype end = header.indexOf(',', start);
        if (end < 0) {
            end = header.size();
        }
        const QByteArrayView item = header.sliced(start, end - start).trimmed();
        start = end + 1;
        if (item.isEmpty()) { // a stray or trailing comma carries nothing
            continue;
        }
        const qsizetype equals = item.indexOf('=');
        if (equals < 0) {
            return malformed(QStringLiteral("The Stripe-Signature header has an item without '='."));
        }
        const QByteArrayView scheme = item.first(equals).trimmed();
        const QByteArrayView value = item.sliced(equals + 1).trimmed();
        if (scheme == "t") {
            const std::optional<qint64> timestamp = parseTimestamp(value);
            if (haveTimestamp || !timestamp) {
                return malformed(QStringLiteral("The Stripe-Signature header has a malformed or repeated timestamp."));
            }
            parsed.timestamp = *timestamp;
            haveTimestamp = true;
        } else if (scheme == "v1" && !value.isEmpty()) {
            parsed.v1.append(value.toByteArray().toLower());
        }
    }
    if (!haveTimestamp) {
        return malformed(QStringLiteral("The Stripe-Signature header has no timestamp."));
    }
    return parsed;
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    // The length of a hex SHA-256 is no secret; the content is compared in constant time.
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

Result<qint64> verifyStripeSignature(QByteArrayView rawBody, QByteArrayView header, QByteArrayView secret,
    qint64 nowUnixSeconds, qint64 toleranceSeconds)
{
    Q_ASSERT(toleranceSeconds >= 0);
    if (secret.isEmpty()) {
        // Anyone could sign with an empty key: refuse rather than accept everything.
        return stripeError(Error::Code::Unavailable, kStripeNoSecret,
            QStringLiteral("No Stripe webhook signing secret is configured."));
    }
    if (header.trimmed().isEmpty()) {
        return stripeError(Error::Code::InvalidInput, kStripeHeaderMissing,
            QStringLiteral("The request has no Stripe-Signature header."));
    }
    Result<ParsedHeader> parsed = parseHeader(header);
    if (!parsed) {
        return parsed.error();
    }
    if (parsed->v1.isEmpty()) {
        return stripeError(Error::Code::InvalidInput, kStripeNoV1Signature,
            QStringLiteral("The Stripe-Signature header has no v1 signature."));
    }
    const std::optional<QByteArray> expected = signatureHex(rawBody, secret, parsed->timestamp);
    if (!expected) {
        return stripeError(
            Error::Code::Internal, kStripeHmacFailed, QStringLiteral("The Stripe signature could not be computed."));
    }
    bool matched = false;
    for (const QByteArray& candidate : parsed->v1) {
        matched = sameBytes(candidate, *expected) || matched; // no early exit: try every candidate
    }
    if (!matched) {
        return stripeError(Error::Code::PermissionDenied, kStripeNoMatch,
            QStringLiteral("No Stripe-Signature v1 signature matches the body and the signing secret."));
    }
    // Checked after the signature, like Stripe's SDKs: a tolerance error then means a genuine but
    // stale (replayed, or clock-skewed) delivery, which is what the log reader needs to know.
    qint64 offset = 0;
    const bool overflow = qSubOverflow(nowUnixSeconds, parsed->timestamp, &offset);
    if (overflow || offset > toleranceSeconds || offset < -toleranceSeconds) {
        return stripeError(Error::Code::PermissionDenied, kStripeOutsideTolerance,
            QStringLiteral("The Stripe webhook was signed %1 s from the current time; at most %2 s are allowed.")
                .arg(overflow ? QStringLiteral("too many") : QString::number(offset))
                .arg(toleranceSeconds));
    }
    return parsed->timestamp;
}

QByteArray stripeSignatureHeader(QByteArrayView rawBody, QByteArrayView secret, qint64 timestamp)
{
    const std::optional<QByteArray> hex = signatureHex(rawBody, secret, timestamp);
    if (!hex) {
        return {};
    }
    return "t=" + QByteArray::number(timestamp) + ",v1=" + *hex;
}

} // namespace clientele::webhooks
