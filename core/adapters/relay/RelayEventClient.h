#pragma once

#include <QObject>
#include <QUrl>

#include "core/SecureBytes.h"
#include "core/adapters/relay/RelayRequests.h"
#include "core/ports/VaultEventSource.h"

class QNetworkAccessManager;

namespace clientele {

struct RelayCredentials;

// VaultEventSource on the practice's relay (relay/lib/MailboxRoutes): GET
// /v1/vaults/{vault}/batches?after=&wait= as a long-poll. Entries of the device "relay" are events
// sealed to the vault's public key (libsodium sealed boxes); they are opened here with the vault's
// secret key, which never leaves this object. Other devices' change batches are passed over. Logs
// seqs and counts, never what an event says.
class RelayEventClient final : public QObject, public VaultEventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayEventClient)

public:
    RelayEventClient(const QUrl& relay, const QString& vaultId, const RelayCredentials& credentials,
        QNetworkAccessManager& network, QObject* parent = nullptr);
    ~RelayEventClient() override;

    QFuture<Result<VaultEventPage>> pull(qint64 after, std::chrono::seconds wait) override;

private:
    QUrl m_batches; // …/v1/vaults/{vault}/batches
    SecureBytes m_deviceToken;
    QByteArray m_publicKey;
    std::shared_ptr<const SecureBytes> m_secretKey;
    RelayRequests m_requests;
};

} // namespace clientele
