#include "core/adapters/relay/RelayEnrollmentClient.h"

#include <QCoreApplication>

#include "core/adapters/relay/RelayCommandClient.h"
#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayEventClient.h"
#include "core/adapters/relay/RelayFeedHost.h"
#include "core/oauth/ReadyFuture.h"

namespace clientele {

namespace {

Error damagedCredentials()
{
    return Error(Error::Code::CorruptData,
        QCoreApplication::translate("RelayEnrollmentClient",
            "This computer's relay credentials in the keychain are damaged. Disconnect and connect again."));
}

} // namespace

RelayEnrollmentClient::RelayEnrollmentClient(QNetworkAccessManager& network)
    : m_network(network)
    , m_vaults(network)
{
}

Result<QUrl> RelayEnrollmentClient::checkAddress(const QString& text) const
{
    return RelayVaultClient::checkAddress(text);
}

QFuture<Result<RelayEnrollment::Enrolled>> RelayEnrollmentClient::createVault(
    const QUrl& relay, const QString& deviceName)
{
    auto credentials = std::make_shared<RelayCredentials>(RelayCredentials::withNewVaultKeys());
    return m_vaults.createVault(relay, credentials->vaultPublicKey, deviceName)
        .then([credentials](const Result<RelayVaultClient::CreatedVault>& created) -> Result<Enrolled> {
            if (!created) {
                return created.error();
            }
            credentials->deviceToken = created->deviceToken;
            return Enrolled {
                created->vaultId, created->deviceId, std::make_shared<const SecureBytes>(credentials->serialise())};
        });
}

QFuture<Result<void>> RelayEnrollmentClient::leave(
    const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return readyFuture(Result<void>(damagedCredentials()));
    }
    return m_vaults.revokeDevice(relay, vaultId, deviceId, parsed->tokenBytes());
}

std::unique_ptr<FeedHost> RelayEnrollmentClient::feedHost(
    const QUrl& relay, const QString& vaultId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return nullptr;
    }
    return std::make_unique<RelayFeedHost>(relay, vaultId, parsed->tokenBytes(), m_network);
}

std::unique_ptr<CommandRelay> RelayEnrollmentClient::commandRelay(
    const QUrl& relay, const QString& vaultId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return nullptr;
    }
    return std::make_unique<RelayCommandClient>(relay, vaultId, parsed->tokenBytes(), m_network);
}

std::unique_ptr<VaultEventSource> RelayEnrollmentClient::eventSource(
    const QUrl& relay, const QString& vaultId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return nullptr;
    }
    return std::make_unique<RelayEventClient>(relay, vaultId, *parsed, m_network);
}

} // namespace clientele
