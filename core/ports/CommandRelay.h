#pragma once

#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include "core/Result.h"

namespace clientele {

// What the relay says about one side-effect command (relay/lib/commands/CommandState.h): its state
// there ("pending", "running", "succeeded", "failed"; for SMS "sending", "sent", "delivered",
// "undelivered", "unknown"), the provider's result and, when it failed, the provider's reason.
struct RelayCommandState
{
    QString state;
    int attempts = 0;
    QJsonObject result;
    QString errorCode;
    QString errorMessage;
};

// Where side-effect commands go (SYNC.md §3.9): the practice's relay. Posting the same id again never
// runs the command twice; the answer is always the command's current state there. Errors are
// retryable when the relay could not be reached or asked to wait. Futures finish on the calling thread.
class CommandRelay
{
public:
    virtual ~CommandRelay() = default;

    virtual QFuture<Result<RelayCommandState>> post(
        const QUuid& id, const QString& type, const QJsonObject& params) = 0;
    virtual QFuture<Result<RelayCommandState>> status(const QUuid& id) = 0;
};

} // namespace clientele
