#pragma once

#include <QJsonObject>
#include <QString>

namespace clientele::relay {

// What one attempt at a command came to.
struct CommandOutcome
{
    enum class Kind
    {
        Succeeded,
        Failed, // final: the provider refused, or the command cannot be done
        RetryLater, // transient: try again with the same idempotency key
    };
    Kind kind = Kind::Succeeded;
    QJsonObject result;
    QString providerRef;
    QString errorCode;
    QString errorMessage;
    int retryAfterSeconds = 0;

    static CommandOutcome succeeded(QJsonObject result, QString providerRef = {})
    {
        return {Kind::Succeeded, std::move(result), std::move(providerRef), {}, {}, 0};
    }
    static CommandOutcome failed(QString code, QString message)
    {
        return {Kind::Failed, {}, {}, std::move(code), std::move(message), 0};
    }
    static CommandOutcome retryLater(QString code, QString message, int retryAfterSeconds = 0)
    {
        return {Kind::RetryLater, {}, {}, std::move(code), std::move(message), retryAfterSeconds};
    }
};

} // namespace clientele::relay
