#pragma once

#include "core/adapters/relay/RelayVaultClient.h"
#include "core/ports/RelayEnrollment.h"

class QNetworkAccessManager;

namespace clientele {

// RelayEnrollment over HTTP: a new vault key pair per vault (RelayCredentials), the vault and device
// endpoints (RelayVaultClient), and RelayFeedHost for the feed.
class RelayEnrollmentClient final : public RelayEnrollment
{
public:
    explicit RelayEnrollmentClient(QNetworkAccessManager& network);

    Result<QUrl> checkAddress(const QString& text) const override;
    QFuture<Result<Enrolled>> createVault(const QUrl& relay, const QString& deviceName) override;
    QFuture<Result<PairingOffer>> offerPairing(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) override;
    Result<void> checkPairingCode(const QString& code) const override;
    QFuture<Result<Enrolled>> join(const QUrl& relay, const QString& code, const QString& deviceName) override;
    QFuture<Result<void>> leave(
        const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& credentials) override;
    std::unique_ptr<FeedHost> feedHost(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) override;
    std::unique_ptr<CommandRelay> commandRelay(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) override;
    std::unique_ptr<VaultEventSource> eventSource(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) override;
    std::unique_ptr<ChangeRelay> changeRelay(
        const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& credentials) override;

private:
    QNetworkAccessManager& m_network;
    RelayVaultClient m_vaults;
};

} // namespace clientele
