#include "relay/lib/providers/StripeClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include "relay/lib/providers/HttpCall.h"

namespace clientele::relay {

namespace {

QByteArray encodeComponent(const QString& text)
{
    // Brackets stay readable, as stripe-node sends them; Stripe accepts both.
    return QUrl::toPercentEncoding(text, "[]");
}

void encodeValue(const QString& key, const QJsonValue& value, QList<QByteArray>& out)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            encodeValue(key + u'[' + it.key() + u']', it.value(), out);
        }
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            encodeValue(key + u'[' + QString::number(i) + u']', array.at(i), out);
        }
        break;
    }
    case QJsonValue::Bool:
        out << encodeComponent(key) + '=' + (value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool whole = number == static_cast<double>(static_cast<qint64>(number));
        out << encodeComponent(key) + '='
                + (whole ? QByteArray::number(static_cast<qint64>(number)) : QByteArray::number(number, 'g', 12));
        break;
    }
    case QJsonValue::String:
        out << encodeComponent(key) + '=' + encodeComponent(value.toString());
        break;
    default: // null and undefined: not sent
        break;
    }
}

} // namespace

StripeClient::StripeClient(QUrl apiBase, QString secretKey)
    : m_apiBase(std::move(apiBase))
    , m_secretKey(std::move(secretKey))
{
}

QByteArray StripeClient::formEncode(const QJsonObject& params)
{
    QList<QByteArray> pairs;
    for (auto it = params.begin(); it != params.end(); ++it) {
        encodeValue(it.key(), it.value(), pairs);
    }
    return pairs.join('&');
}

StripeAnswer StripeClient::get(const QString& path) const
{
    return send("GET", path, {}, {});
}

StripeAnswer StripeClient::post(const QString& path, const QJsonObject& params, const QString& idempotencyKey) const
{
    return send("POST", path, formEncode(params), idempotencyKey);
}

StripeAnswer StripeClient::del(const QString& path, const QString& idempotencyKey) const
{
    return send("DELETE", path, {}, idempotencyKey);
}

StripeAnswer StripeClient::send(
    const QByteArray& method, const QString& path, const QByteArray& body, const QString& idempotencyKey) const
{
    HttpCallRequest request;
    request.method = method;
    QUrl url = m_apiBase;
    url.setPath(path);
    request.url = url;
    request.body = body;
    request.headers << std::pair {
        QByteArray("Authorization"), "Basic " + QByteArray(m_secretKey.toUtf8() + ':').toBase64()};
    // The API version the relay is written against (and the simulator speaks), whatever the
    // platform account's default: newer versions move fields (a subscription's period, say).
    request.headers << std::pair {QByteArray("Stripe-Version"), QByteArray(kApiVersion)};
    if (method != "GET") {
        request.headers << std::pair {QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")};
    }
    if (!idempotencyKey.isEmpty()) {
        request.headers << std::pair {QByteArray("Idempotency-Key"), idempotencyKey.toUtf8()};
    }
    const Result<HttpCallResponse> response = httpCall(request);
    StripeAnswer answer;
    if (!response) {
        // With the same idempotency key a resend cannot charge twice, so even an unknown outcome
        // is simply retried.
        answer.kind = StripeAnswer::Kind::RetryLater;
        answer.code = QStringLiteral("network");
        answer.message = response.error().userMessage();
        return answer;
    }
    const QJsonObject json = QJsonDocument::fromJson(response->body).object();
    if (response->status >= 200 && response->status < 300) {
        answer.object = json;
        return answer;
    }
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    answer.code = error.value(QStringLiteral("code")).toString(error.value(QStringLiteral("type")).toString());
    answer.message = error.value(QStringLiteral("message")).toString();
    if (answer.code.isEmpty()) {
        answer.code = QStringLiteral("http_%1").arg(response->status);
    }
    const int status = response->status;
    const bool transient = status == 429 || status == 409 || status >= 500;
    answer.kind = transient ? StripeAnswer::Kind::RetryLater : StripeAnswer::Kind::Refused;
    answer.retryAfterSeconds = response->headers.value("retry-after").toInt();
    return answer;
}

} // namespace clientele::relay
