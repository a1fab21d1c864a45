#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "core/Result.h"

namespace clientele::relay {

// What became of a Stripe call, as the command runner needs to know it.
struct StripeAnswer
{
    enum class Kind
    {
        Ok, // 2xx: `object` is the response
        Refused, // 4xx that will not change on retry: `code` and `message` say why
        RetryLater, // 429, 409 (same key in flight), 5xx, or the network: same idempotency key later
    };
    Kind kind = Kind::Ok;
    QJsonObject object;
    QString code;
    QString message;
    int retryAfterSeconds = 0;
};

// Stripe's v1 API over HTTPS: form-encoded bodies with bracket notation, Basic auth with the secret
// key, an Idempotency-Key on every POST, JSON answers (PROVIDERS.md §1). Blocking: call it from a
// worker thread.
class StripeClient final
{
public:
    // Sent as Stripe-Version with every request.
    static constexpr const char* kApiVersion = "2020-08-27";

    StripeClient(QUrl apiBase, QString secretKey);

    StripeAnswer get(const QString& path) const;
    StripeAnswer post(const QString& path, const QJsonObject& params, const QString& idempotencyKey) const;
    StripeAnswer del(const QString& path, const QString& idempotencyKey) const;

    // a[b][0][c]=v, as the official SDKs encode nested objects and arrays; null values are left out.
    static QByteArray formEncode(const QJsonObject& params);

private:
    StripeAnswer send(
        const QByteArray& method, const QString& path, const QByteArray& body, const QString& idempotencyKey) const;

    QUrl m_apiBase;
    QString m_secretKey;
};

} // namespace clientele::relay
