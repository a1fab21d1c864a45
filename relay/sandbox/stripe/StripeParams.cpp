#include "relay/sandbox/stripe/StripeParams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include "relay/sandbox/stripe/StripeError.h"
#include "relay/sandbox/stripe/StripeParamsData.h"

namespace clientele::relay::sandbox {

namespace {

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

// "a, b, or c" as Stripe lists allowed values.
QString oneOf(const QStringList& values)
{
    if (values.size() <= 1) {
        return values.value(0);
    }
    if (values.size() == 2) {
        return values.at(0) + u" or " + values.at(1);
    }
    return values.mid(0, values.size() - 1).join(QStringLiteral(", ")) + u", or " + values.last();
}

// Checks every value found at a bracket path ("line_items[][price_data][recurring][interval]").
void checkEnum(
    const QJsonValue& value, const QStringList& path, qsizetype at, const QString& name, const QStringList& allowed)
{
    if (at == path.size()) {
        if (value.isString() && !allowed.contains(value.toString())) {
            throw StripeError::invalidParam(
                name, QStringLiteral("Invalid %1: must be one of %2").arg(name, oneOf(allowed)));
        }
        return;
    }
    const QString& part = path.at(at);
    if (part.isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            checkEnum(array.at(i), path, at + 1, name + u'[' + QString::number(i) + u']', allowed);
        }
        return;
    }
    if (value.isObject() && value.toObject().contains(part)) {
        checkEnum(value.toObject().value(part), path, at + 1, at == 0 ? part : name + u'[' + part + u']', allowed);
    }
}

} // namespace

const StripeParams& StripeParams::embedded()
{
    static const StripeParams params(
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(kStripeParamsJson),
                                    static_cast<qsizetype>(sizeof(kStripeParamsJson))))
            .object());
    return params;
}

StripeParams::StripeParams(const QJsonObject& document)
{
    const QJsonObject endpoints = document.value(QStringLiteral("endpoints")).toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        Endpoint endpoint;
        endpoint.params = toStringList(spec.value(QStringLiteral("params")));
        endpoint.required = toStringList(spec.value(QStringLiteral("required")));
        const QJsonObject types = spec.value(QStringLiteral("types")).toObject();
        for (auto type = types.begin(); type != types.end(); ++type) {
            endpoint.types.insert(type.key(), type.value().toString());
        }
        const QJsonObject enums = spec.value(QStringLiteral("enums")).toObject();
        for (auto values = enums.begin(); values != enums.end(); ++values) {
            endpoint.enums.insert(values.key(), toStringList(values.value()));
        }
        m_endpoints.insert(it.key(), endpoint);
    }
}

void StripeParams::check(const QString& endpoint, const QJsonObject& params) const
{
    const auto found = m_endpoints.constFind(endpoint);
    if (found == m_endpoints.constEnd()) {
        return;
    }
    const Endpoint& spec = found.value();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!spec.params.contains(it.key())) {
            throw StripeError::invalidParam(it.key(), QStringLiteral("Received unknown parameter: %1").arg(it.key()));
        }
    }
    for (const QString& name : spec.required) {
        if (!params.contains(name)) {
            throw StripeError::invalidParam(name, QStringLiteral("Missing required param: %1.").arg(name));
        }
    }
    for (auto it = spec.types.begin(); it != spec.types.end(); ++it) {
        if (it.value() == u"integer") {
            (void)integerParam(params, it.key(), it.key());
        } else if (it.value() == u"boolean") {
            (void)booleanParam(params, it.key(), it.key());
        }
    }
    for (auto it = spec.enums.begin(); it != spec.enums.end(); ++it) {
        QString path = it.key();
        path.replace(u']', QString());
        const QStringList parts = path.split(u'[');
        checkEnum(params, parts, 0, QString(), it.value());
    }
}

QString stringParam(const QJsonObject& params, const QString& key, const QString& name)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isString()) {
        throw StripeError::invalidParam(name, QStringLiteral("Invalid string: %1").arg(name));
    }
    return value.toString();
}

QString requiredString(const QJsonObject& params, const QString& key, const QString& name)
{
    QString value = stringParam(params, key, name);
    if (value.isEmpty()) {
        throw StripeError::invalidParam(name, QStringLiteral("Missing required param: %1.").arg(name));
    }
    return value;
}

std::optional<qint64> integerParam(const QJsonObject& params, const QString& key, const QString& name)
{
    if (!params.contains(key)) {
        return std::nullopt;
    }
    const QString text = stringParam(params, key, name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        throw StripeError::invalidParam(name, QStringLiteral("Invalid integer: %1").arg(text));
    }
    return value;
}

std::optional<bool> booleanParam(const QJsonObject& params, const QString& key, const QString& name)
{
    if (!params.contains(key)) {
        return std::nullopt;
    }
    const QString text = stringParam(params, key, name);
    if (text == u"true") {
        return true;
    }
    if (text == u"false") {
        return false;
    }
    throw StripeError::invalidParam(name, QStringLiteral("Invalid boolean: %1").arg(text));
}

std::optional<double> decimalParam(const QJsonObject& params, const QString& key, const QString& name)
{
    if (!params.contains(key)) {
        return std::nullopt;
    }
    const QString text = stringParam(params, key, name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        throw StripeError::invalidParam(name, QStringLiteral("Invalid decimal: %1").arg(text));
    }
    return value;
}

QJsonObject objectParam(const QJsonObject& params, const QString& key, const QString& name)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        throw StripeError::invalidParam(name, QStringLiteral("Invalid object"));
    }
    return value.toObject();
}

QJsonObject metadataParam(const QJsonObject& params, const QString& key, const QString& name)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        return {};
    }
    if (!value.isObject()) {
        throw StripeError::invalidParam(name, QStringLiteral("Invalid object"));
    }
    QJsonObject metadata = value.toObject();
    if (metadata.size() > 50) {
        throw StripeError::invalidParam(name, QStringLiteral("Metadata can have a maximum of 50 keys."));
    }
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QString itemName = name + u'[' + it.key() + u']';
        if (!it.value().isString()) {
            throw StripeError::invalidParam(itemName, QStringLiteral("Invalid string: %1").arg(itemName));
        }
        if (it.key().size() > 40) {
            throw StripeError::invalidParam(
                itemName, QStringLiteral("Metadata keys can have a maximum length of 40 characters."));
        }
        if (it.value().toString().size() > 500) {
            throw StripeError::invalidParam(
                itemName, QStringLiteral("Metadata values can have a maximum length of 500 characters."));
        }
    }
    return metadata;
}

void checkUrl(const QString& url, const QString& name)
{
    // Stripe fills in {CHECKOUT_SESSION_ID} itself; braces are not valid in a URL otherwise.
    const QUrl parsed(
        QString(url).replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), QStringLiteral("x")), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") || parsed.host().isEmpty()) {
        throw StripeError::invalidParam(name, QStringLiteral("Not a valid URL"));
    }
}

} // namespace clientele::relay::sandbox
