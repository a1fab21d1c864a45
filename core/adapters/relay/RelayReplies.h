#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "core/Error.h"

class QNetworkReply;

namespace clientele {

// A finished request to the relay, read once: its status (0: no answer), the relay's error code and
// message ({"error":{"code","message"}}), and the body.
struct RelayReply
{
    int status = 0;
    QString errorCode;
    QString errorMessage;
    QByteArray body;
    QString transportError; // why there was no answer
    bool timedOut = false;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject json() const;
};

RelayReply readRelayReply(QNetworkReply* reply);
// The failures every relay call shares, as Errors a settings page can show: unreachable, this device
// refused, slow down, the relay failing, or the relay's own message.
Error relayError(const RelayReply& reply);

} // namespace clientele
