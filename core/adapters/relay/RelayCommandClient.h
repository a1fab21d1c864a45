#pragma once

#include <QObject>
#include <QUrl>
#include <chrono>

#include "core/SecureBytes.h"
#include "core/adapters/relay/RelayRequests.h"
#include "core/ports/CommandRelay.h"

class QNetworkAccessManager;

namespace clientele {

// CommandRelay on the practice's relay (relay/lib/commands/CommandRoutes): POST
// /v1/vaults/{vault}/commands with Idempotency-Key = the command id, GET …/commands/{id}. Logs the
// command id and status codes, never parameters or results (they hold phone numbers and addresses).
class RelayCommandClient final : public QObject, public CommandRelay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayCommandClient)

public:
    RelayCommandClient(const QUrl& relay, const QString& vaultId, SecureBytes deviceToken,
        QNetworkAccessManager& network, std::chrono::milliseconds timeout = std::chrono::seconds(30),
        QObject* parent = nullptr);
    ~RelayCommandClient() override;

    QFuture<Result<RelayCommandState>> post(const QUuid& id, const QString& type, const QJsonObject& params) override;
    QFuture<Result<RelayCommandState>> status(const QUuid& id) override;

private:
    QUrl m_commands; // …/v1/vaults/{vault}/commands/
    SecureBytes m_deviceToken;
    RelayRequests m_requests;
};

} // namespace clientele
