#pragma once

#include <QObject>
#include <QUrl>

#include "core/SecureBytes.h"
#include "core/adapters/relay/RelayRequests.h"
#include "core/ports/ChangeRelay.h"

class QNetworkAccessManager;

namespace clientele {

struct RelayCredentials;

// ChangeRelay on the practice's relay (relay/lib/MailboxRoutes): POST /v1/vaults/{vault}/batches with
// the batch id, key id and largest stamp in headers and the sealed bytes as the body; GET …/batches
// ?after=&wait= as a long-poll, passing over the relay's own events (the inbox reads those). Carries
// sealed bytes only; logs seqs and sizes.
class RelayBatchClient final : public QObject, public ChangeRelay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayBatchClient)

public:
    // Seals with the vault key of the credentials (BatchCipher).
    RelayBatchClient(const QUrl& relay, const QString& vaultId, const QString& deviceId,
        const RelayCredentials& credentials, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~RelayBatchClient() override;

    QString deviceId() const override { return m_deviceId; }
    QString vaultId() const override { return m_vaultId; }
    std::shared_ptr<const BatchSealer> sealer() const override { return m_sealer; }
    QFuture<Result<qint64>> push(const QString& batchId, const QByteArray& sealed, qint64 hlcMax) override;
    QFuture<Result<RelayBatchPage>> pull(qint64 after, std::chrono::seconds wait) override;

private:
    QUrl m_batches; // …/v1/vaults/{vault}/batches
    QString m_vaultId;
    QString m_deviceId;
    SecureBytes m_deviceToken;
    std::shared_ptr<const BatchSealer> m_sealer;
    RelayRequests m_requests;
};

} // namespace clientele
