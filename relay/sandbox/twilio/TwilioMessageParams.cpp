#include "relay/sandbox/twilio/TwilioMessageParams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "relay/sandbox/twilio/TwilioMessageParamsJson.h"

namespace clientele::relay::sandbox {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue item : value.toArray()) {
        result << item.toString();
    }
    return result;
}

TwilioMessageParams parse()
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(kTwilioMessageParamsJson), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "TwilioMessageParams", "embedded JSON does not parse");
    const QJsonObject root = document.object();
    const QJsonObject create = root.value(QStringLiteral("create_message")).toObject();
    const QJsonObject list = root.value(QStringLiteral("list_messages")).toObject();
    const QJsonObject message = root.value(QStringLiteral("message")).toObject();

    TwilioMessageParams params;
    const QStringList createNames = create.value(QStringLiteral("params")).toObject().keys();
    params.createParams = QSet<QString>(createNames.begin(), createNames.end());
    params.createRequired = strings(create.value(QStringLiteral("required")));
    const QStringList query = strings(list.value(QStringLiteral("query")));
    params.listQuery = QSet<QString>(query.begin(), query.end());
    params.messageFields = strings(message.value(QStringLiteral("fields")));
    params.statusEnum = strings(message.value(QStringLiteral("status_enum")));
    params.directionEnum = strings(message.value(QStringLiteral("direction_enum")));
    Q_ASSERT_X(params.createParams.contains(QStringLiteral("To")), "TwilioMessageParams", "no To parameter");
    return params;
}

} // namespace

const TwilioMessageParams& TwilioMessageParams::embedded()
{
    static const TwilioMessageParams kParams = parse();
    return kParams;
}

} // namespace clientele::relay::sandbox
