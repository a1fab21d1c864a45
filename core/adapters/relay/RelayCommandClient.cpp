#include "core/adapters/relay/RelayCommandClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <utility>

#include "core/Logging.h"

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("RelayCommandClient", text);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The relay's answer as the command's state there, or why there is none.
Result<RelayCommandState> stateOf(const RelayReply& reply, const QUuid& id)
{
    if (reply.status == 409 && reply.errorCode == u"recipient_opted_out") {
        return Error(Error::Code::Conflict,
            translated(QT_TRANSLATE_NOOP(
                "RelayCommandClient", "This number replied STOP, so it gets no texts until it replies START.")),
            QStringLiteral("HTTP 409 recipient_opted_out"));
    }
    if (reply.status == 404) {
        return Error(Error::Code::NotFound,
            translated(QT_TRANSLATE_NOOP("RelayCommandClient", "The relay does not know this request.")),
            QStringLiteral("HTTP 404 %1").arg(reply.errorCode));
    }
    if (!reply.ok()) {
        return relayError(reply);
    }
    const QJsonObject answer = reply.json();
    RelayCommandState state;
    state.state = answer.value(QStringLiteral("state")).toString();
    state.attempts = answer.value(QStringLiteral("attempts")).toInt();
    state.result = answer.value(QStringLiteral("result")).toObject();
    const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
    state.errorCode = error.value(QStringLiteral("code")).toString();
    state.errorMessage = error.value(QStringLiteral("message")).toString();
    if (state.state.isEmpty() || answer.value(QStringLiteral("id")).toString() != idText(id)) {
        return Error(Error::Code::Incompatible,
            translated(QT_TRANSLATE_NOOP(
                "RelayCommandClient", "The server at the relay's address answered, but not as a Clientele relay.")),
            QStringLiteral("command answer without its id or state"));
    }
    return state;
}

} // namespace

RelayCommandClient::RelayCommandClient(const QUrl& relay, const QString& vaultId, SecureBytes deviceToken,
    QNetworkAccessManager& network, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_commands(relay.resolved(QUrl(u"v1/vaults/" + vaultId + u"/commands/")))
    , m_deviceToken(std::move(deviceToken))
    , m_requests(network, timeout)
{
}

RelayCommandClient::~RelayCommandClient() = default;

QFuture<Result<RelayCommandState>> RelayCommandClient::post(
    const QUuid& id, const QString& type, const QJsonObject& params)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("command_id"), idText(id)}, {QStringLiteral("type"), type},
            {QStringLiteral("params"),
                params}}).toJson(QJsonDocument::Compact);
    // The relay's path without the trailing slash: POST …/commands.
    QUrl url = m_commands;
    url.setPath(url.path().chopped(1));
    const RelayRequests::Request request {.verb = "POST",
        .url = url,
        .body = body,
        .bearer = &m_deviceToken,
        .headers = {{"Idempotency-Key", idText(id).toLatin1()}}};
    return m_requests.call<Result<RelayCommandState>>(request, [id, type](const RelayReply& reply) {
        Result<RelayCommandState> state = stateOf(reply, id);
        qCInfo(lcRelay).noquote() << "command" << idText(id) << type << "posted → HTTP" << reply.status
                                  << (state ? state->state : state.error().detail());
        return state;
    });
}

QFuture<Result<RelayCommandState>> RelayCommandClient::status(const QUuid& id)
{
    const RelayRequests::Request request {
        .verb = "GET", .url = m_commands.resolved(QUrl(idText(id))), .bearer = &m_deviceToken};
    return m_requests.call<Result<RelayCommandState>>(request, [id](const RelayReply& reply) {
        Result<RelayCommandState> state = stateOf(reply, id);
        qCDebug(lcRelay).noquote() << "command" << idText(id) << "→ HTTP" << reply.status
                                   << (state ? state->state : state.error().detail());
        return state;
    });
}

} // namespace clientele
