#include "core/adapters/relay/RelayEnrollmentClient.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "core/FutureWatch.h"
#include "core/adapters/relay/PairingCode.h"
#include "core/adapters/relay/RelayBatchClient.h"
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

// How long a pairing code works: long enough to walk to the other computer, short enough that a
// code seen over a shoulder is soon worthless.
constexpr std::chrono::seconds kPairingLifetime {600};

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

QFuture<Result<RelayEnrollment::PairingOffer>> RelayEnrollmentClient::offerPairing(
    const QUrl& relay, const QString& vaultId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return readyFuture(Result<PairingOffer>(damagedCredentials()));
    }
    const QString code = PairingCode::generate();
    const QByteArray normalised = PairingCode::normalise(code).value_or(QByteArray());
    auto promise = std::make_shared<QPromise<Result<PairingOffer>>>();
    promise->start();
    auto token = std::make_shared<const SecureBytes>(parsed->tokenBytes());
    onFinished(&m_vaults,
        QtConcurrent::run(
            [normalised, vaultId, publicKey = parsed->vaultPublicKey, secretKey = parsed->vaultSecretKey] {
                return PairingCode::sealVaultKeys(normalised, vaultId, publicKey, secretKey);
            }),
        [this, promise, relay, vaultId, token, code, normalised](const std::optional<QByteArray>& sealed) {
            if (!sealed) {
                promise->addResult(Error(Error::Code::Internal,
                    QCoreApplication::translate("RelayEnrollmentClient", "The pairing code could not be made."),
                    QStringLiteral("sealing the vault keys failed (libsodium)")));
                promise->finish();
                return;
            }
            onFinished(&m_vaults,
                m_vaults.offerPairing(
                    relay, vaultId, *token, PairingCode::claim(normalised), *sealed, kPairingLifetime),
                [promise, code](const Result<QDateTime>& offered) {
                    promise->addResult(offered ? Result<PairingOffer>(PairingOffer {code, offered.value()})
                                               : Result<PairingOffer>(offered.error()));
                    promise->finish();
                });
        });
    return promise->future();
}

Result<void> RelayEnrollmentClient::checkPairingCode(const QString& code) const
{
    if (!PairingCode::normalise(code)) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("RelayEnrollmentClient",
                "A pairing code is 20 letters and digits, as the other computer shows it (dashes may be left out)."));
    }
    return {};
}

QFuture<Result<RelayEnrollment::Enrolled>> RelayEnrollmentClient::join(
    const QUrl& relay, const QString& code, const QString& deviceName)
{
    const std::optional<QByteArray> normalised = PairingCode::normalise(code);
    if (!normalised) {
        return readyFuture(Result<Enrolled>(checkPairingCode(code).error()));
    }
    auto promise = std::make_shared<QPromise<Result<Enrolled>>>();
    promise->start();
    const auto fail = [promise](const Error& error) {
        promise->addResult(error);
        promise->finish();
    };
    onFinished(&m_vaults, m_vaults.claimPairing(relay, PairingCode::claim(*normalised), deviceName),
        [this, promise, fail, relay, code = *normalised](const Result<RelayVaultClient::ClaimedPairing>& claimed) {
            if (!claimed) {
                fail(claimed.error());
                return;
            }
            const RelayVaultClient::ClaimedPairing pairing = claimed.value();
            onFinished(&m_vaults, QtConcurrent::run([code, pairing] {
                return PairingCode::openVaultKeys(code, pairing.vaultId, pairing.sealedKeys);
            }),
                [this, promise, fail, relay, pairing](const std::optional<std::pair<QByteArray, QByteArray>>& keys) {
                    if (!keys) {
                        // The first part matched an offer, the rest did not: this device is no use
                        // without the keys, so it leaves the vault again at once.
                        RelayCredentials unusable;
                        unusable.deviceToken = pairing.deviceToken;
                        (void)m_vaults.revokeDevice(relay, pairing.vaultId, pairing.deviceId, unusable.tokenBytes());
                        fail(Error(Error::Code::InvalidInput,
                            QCoreApplication::translate("RelayEnrollmentClient",
                                "The code does not match the one the other computer shows. Make a new code there "
                                "and type it again."),
                            QStringLiteral("the sealed vault keys did not open with the code")));
                        return;
                    }
                    RelayCredentials credentials;
                    credentials.deviceToken = pairing.deviceToken;
                    credentials.vaultPublicKey = keys->first;
                    credentials.vaultSecretKey = keys->second;
                    promise->addResult(Enrolled {pairing.vaultId, pairing.deviceId,
                        std::make_shared<const SecureBytes>(credentials.serialise())});
                    promise->finish();
                });
        });
    return promise->future();
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

std::unique_ptr<ChangeRelay> RelayEnrollmentClient::changeRelay(
    const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return nullptr;
    }
    auto client = std::make_unique<RelayBatchClient>(relay, vaultId, deviceId, *parsed, m_network);
    if (!client->sealer()) {
        return nullptr;
    }
    return client;
}

} // namespace clientele
