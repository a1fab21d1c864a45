#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace clientele::relay::sandbox {

// The request shapes of the endpoints the simulator implements, generated from Stripe's OpenAPI
// spec by relay/sandbox/stripe/extract-params.py and embedded at build time: allowed and required
// top-level parameters, integer and boolean types, and enums. check() throws a StripeError with
// Stripe's wording ("Received unknown parameter: x", "Missing required param: x.", "Invalid integer:
// x", "Invalid x: must be one of a, b, or c") and beforeExecution set.
class StripeParams final
{
public:
    // The embedded stripe-params.json.
    static const StripeParams& embedded();
    explicit StripeParams(const QJsonObject& document);

    // endpoint: "POST /v1/checkout/sessions", "GET /v1/events/{id}"; unknown endpoints are not checked.
    void check(const QString& endpoint, const QJsonObject& params) const;
    bool knows(const QString& endpoint) const { return m_endpoints.contains(endpoint); }

private:
    struct Endpoint
    {
        QStringList params;
        QStringList required;
        QHash<QString, QString> types; // name → "integer" | "boolean"
        QHash<QString, QStringList> enums; // bracket path ("[]" = any index) → values
    };
    QHash<QString, Endpoint> m_endpoints;
};

// Typed readers of decoded form parameters (values are strings); `name` is the bracket name used in
// error messages. They throw StripeError (beforeExecution) on a wrong type.
QString stringParam(const QJsonObject& params, const QString& key, const QString& name);
QString requiredString(const QJsonObject& params, const QString& key, const QString& name);
std::optional<qint64> integerParam(const QJsonObject& params, const QString& key, const QString& name);
std::optional<bool> booleanParam(const QJsonObject& params, const QString& key, const QString& name);
std::optional<double> decimalParam(const QJsonObject& params, const QString& key, const QString& name);
QJsonObject objectParam(const QJsonObject& params, const QString& key, const QString& name);
// metadata: at most 50 keys of ≤ 40 characters, values ≤ 500 characters; "" (unset) gives {}.
QJsonObject metadataParam(const QJsonObject& params, const QString& key, const QString& name);
// An absolute http(s) URL, or throws "Not a valid URL".
void checkUrl(const QString& url, const QString& name);

} // namespace clientele::relay::sandbox
