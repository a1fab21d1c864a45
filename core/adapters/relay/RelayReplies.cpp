#include "core/adapters/relay/RelayReplies.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("RelayReplies", text);
}

} // namespace

QJsonObject RelayReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RelayReply readRelayReply(QNetworkReply* reply)
{
    RelayReply read;
    read.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    read.body = reply->readAll();
    if (read.status == 0) {
        read.transportError = reply->errorString();
        read.timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        return read;
    }
    const QJsonObject error = read.json().value(QStringLiteral("error")).toObject();
    read.errorCode = error.value(QStringLiteral("code")).toString();
    read.errorMessage = error.value(QStringLiteral("message")).toString();
    return read;
}

Error relayError(const RelayReply& reply)
{
    const QString detail =
        reply.status == 0 ? reply.transportError : QStringLiteral("HTTP %1 %2").arg(reply.status).arg(reply.errorCode);
    if (reply.status == 0) {
        return Error(reply.timedOut ? Error::Code::Timeout : Error::Code::Network,
            translated(QT_TRANSLATE_NOOP(
                "RelayReplies", "The relay could not be reached. Check the address and the internet connection.")),
            detail, true);
    }
    switch (reply.status) {
    case 401:
    case 403:
        return Error(Error::Code::PermissionDenied,
            translated(QT_TRANSLATE_NOOP(
                "RelayReplies", "The relay no longer accepts this computer. Connect it to the relay again.")),
            detail);
    case 429:
        return Error(Error::Code::Unavailable,
            translated(QT_TRANSLATE_NOOP("RelayReplies", "The relay asked to slow down. Try again in a little while.")),
            detail, true);
    default:
        break;
    }
    if (reply.status >= 500) {
        return Error(Error::Code::Unavailable,
            translated(QT_TRANSLATE_NOOP("RelayReplies", "The relay is having trouble (HTTP %1). Try again later."))
                .arg(reply.status),
            detail, true);
    }
    // The relay's own sentence (English, for developers) goes to the log with the detail.
    return Error(Error::Code::InvalidInput,
        translated(QT_TRANSLATE_NOOP("RelayReplies", "The relay refused the request (HTTP %1).")).arg(reply.status),
        reply.errorMessage.isEmpty() ? detail : detail + u": " + reply.errorMessage);
}

} // namespace clientele
