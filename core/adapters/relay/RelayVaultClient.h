#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/adapters/relay/RelayRequests.h"

class QNetworkAccessManager;

namespace clientele {

// The relay's vault and device endpoints (relay/lib/VaultRoutes) for Settings → Relay: create the
// practice's vault with this device as its first device, pair another computer into it, and revoke this
// device when disconnecting.
// Asynchronous; logs status codes only, never a token.
class RelayVaultClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayVaultClient)

public:
    struct CreatedVault
    {
        QString vaultId;
        QString deviceId;
        QByteArray deviceToken;
        int ordinal = 0; // the vault's first device
    };

    explicit RelayVaultClient(QNetworkAccessManager& network,
        std::chrono::milliseconds timeout = std::chrono::seconds(30), QObject* parent = nullptr);
    ~RelayVaultClient() override;

    // A relay address the app can use: http(s) with a host; the reason otherwise.
    static Result<QUrl> checkAddress(const QString& text);

    QFuture<Result<CreatedVault>> createVault(
        const QUrl& relay, const QByteArray& vaultPublicKey, const QString& deviceName);
    struct ClaimedPairing
    {
        QString vaultId;
        QString deviceId;
        QByteArray deviceToken;
        QByteArray sealedKeys;
        int ordinal = -1; // the device's place in the vault; -1 from a relay too old to say
    };

    // Offers the sealed vault keys to whoever presents the claim within `lifetime`; answers when it
    // runs out.
    QFuture<Result<QDateTime>> offerPairing(const QUrl& relay, const QString& vaultId, const SecureBytes& deviceToken,
        const QByteArray& claim, const QByteArray& proof, const QByteArray& sealedKeys, std::chrono::seconds lifetime);
    // Takes the offer: the relay makes this computer a device of the vault and hands over the sealed keys.
    QFuture<Result<ClaimedPairing>> claimPairing(
        const QUrl& relay, const QByteArray& claim, const QByteArray& proof, const QString& deviceName);
    QFuture<Result<void>> revokeDevice(
        const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& deviceToken);

private:
    RelayRequests m_requests;
};

} // namespace clientele
