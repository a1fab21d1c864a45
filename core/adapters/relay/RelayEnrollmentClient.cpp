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
            return Enrolled {created->vaultId, created->deviceId,
                std::make_shared<const SecureBytes>(credentials->serialise()), created->ordinal};
        });
}

QFuture<Result<RelayEnrollment::PairingOffer>> RelayEnrollmentClient::offerPairing(
    const QUrl& relay, const QString& vaultId, const SecureBytes& credentials)
{
    const std::optional<RelayCredentials> parsed = RelayCredentials::parse(credentials);
    if (!parsed) {
        return readyFuture(Result<PairingOffer>(damagedCredentials()));
    }
    struct Sealed
    {
        QByteArray keys;
        QByteArray proof;
    };
    const QString code = PairingCode::generate();
    const QByteArray normalised = PairingCode::normalise(code).value_or(QByteArray());
    auto promise = std::make_shared<QPromise<Result<PairingOffer>>>();
    promise->start();
    auto token = std::make_shared<const SecureBytes>(parsed->tokenBytes());
    auto keys = std::make_shared<const RelayCredentials>(*parsed);
    onFinished(&m_vaults, QtConcurrent::run([normalised, vaultId, keys]() -> std::optional<Sealed> {
        const std::optional<PairingCode::Secrets> secrets = PairingCode::secretsOf(normalised);
        if (!secrets) {
            return std::nullopt;
        }
        return Sealed {
            PairingCode::sealVaultKeys(*secrets, vaultId, keys->vaultPublicKey, keys->vaultSecretKey), secrets->proof};
    }),
        [this, promise, relay, vaultId, token, code, normalised](const std::optional<Sealed>& sealed) {
            if (!sealed) {
                promise->addResult(Error(Error::Code::Internal,
                    QCoreApplication::translate("RelayEnrollmentClient", "The pairing code could not be made."),
                    QStringLiteral("deriving the pairing key failed (libsodium)")));
                promise->finish();
                return;
            }
            onFinished(&m_vaults,
                m_vaults.offerPairing(relay, vaultId, *token, PairingCode::claim(normalised), sealed->proof,
                    sealed->keys, kPairingLifetime),
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
    onFinished(&m_vaults, QtConcurrent::run([code = *normalised] { return PairingCode::secretsOf(code); }),
        [this, fail, promise, relay, deviceName, code = *normalised](
            const std::optional<PairingCode::Secrets>& secrets) {
            if (!secrets) {
                fail(Error(Error::Code::Internal,
                    QCoreApplication::translate("RelayEnrollmentClient", "The pairing code could not be read."),
                    QStringLiteral("deriving the pairing key failed (libsodium)")));
                return;
            }
            onFinished(&m_vaults, m_vaults.claimPairing(relay, PairingCode::claim(code), secrets->proof, deviceName),
                [this, fail, promise, relay, secrets = *secrets](
                    const Result<RelayVaultClient::ClaimedPairing>& claimed) {
                    if (!claimed) {
                        fail(claimed.error());
                        return;
                    }
                    const std::optional<std::pair<QByteArray, QByteArray>> keys =
                        PairingCode::openVaultKeys(secrets, claimed->vaultId, claimed->sealedKeys);
                    if (!keys) {
                        // The proof matched but the keys do not open (damaged on the way, or sealed for
                        // another vault): this device is no use without them, so it leaves at once.
                        RelayCredentials unusable;
                        unusable.deviceToken = claimed->deviceToken;
                        (void)m_vaults.revokeDevice(relay, claimed->vaultId, claimed->deviceId, unusable.tokenBytes());
                        fail(Error(Error::Code::CorruptData,
                            QCoreApplication::translate("RelayEnrollmentClient",
                                "The practice's keys arrived damaged. Make a new code on the other computer and "
                                "try again."),
                            QStringLiteral("the sealed vault keys did not open with the code")));
                        return;
                    }
                    RelayCredentials credentials;
                    credentials.deviceToken = claimed->deviceToken;
                    credentials.vaultPublicKey = keys->first;
                    credentials.vaultSecretKey = keys->second;
                    promise->addResult(Enrolled {claimed->vaultId, claimed->deviceId,
                        std::make_shared<const SecureBytes>(credentials.serialise()), claimed->ordinal});
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
