#include "relay/sandbox/twilio/TwilioErrors.h"

#include <QJsonObject>
#include <QJsonValue>

#include "relay/lib/Router.h"

namespace clientele::relay::sandbox {

QJsonObject TwilioError::toJson() const
{
    return QJsonObject {
        {QStringLiteral("code"), code == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
        {QStringLiteral("message"), message},
        {QStringLiteral("more_info"),
            code == 0 ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code))},
        {QStringLiteral("status"), httpStatus},
    };
}

Response TwilioError::toResponse(unsigned version, bool keepAlive) const
{
    Response response = Router::jsonResponse(static_cast<http::status>(httpStatus), toJson(), version, keepAlive);
    if (httpStatus == 401) {
        response.set(http::field::www_authenticate, R"(Basic realm="Twilio API")");
    }
    return response;
}

QString deliveryErrorMessage(int code)
{
    switch (code) {
    case twilio_code::kUnreachableHandset:
        return QStringLiteral("Unreachable destination handset");
    case twilio_code::kUnknownHandset:
        return QStringLiteral("Unknown destination handset");
    case 30006:
        return QStringLiteral("Landline or unreachable carrier");
    case 30007:
        return QStringLiteral("Message filtered");
    default:
        return QStringLiteral("Delivery failed");
    }
}

} // namespace clientele::relay::sandbox
