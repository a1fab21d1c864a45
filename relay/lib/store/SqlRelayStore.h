#pragma once

#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <mutex>

#include "relay/lib/store/DatabaseLocation.h"
#include "relay/lib/store/RelaySchema.h"
#include "relay/lib/store/RelayStore.h"

namespace clientele::relay {

// RelayStore on Qt Sql: QSQLITE (WAL, synchronous=FULL, writes under BEGIN IMMEDIATE) or QPSQL.
// Each calling thread gets its own connection, opened on first use, because Qt Sql connections
// belong to the thread that opened them.
class SqlRelayStore final : public RelayStore
{
public:
    // Checks that the driver is there and that a first connection opens; does not migrate.
    static Result<std::unique_ptr<SqlRelayStore>> open(const DatabaseLocation& location);
    ~SqlRelayStore() override;
    SqlRelayStore(const SqlRelayStore&) = delete;
    SqlRelayStore& operator=(const SqlRelayStore&) = delete;

    Result<void> inTransaction(const std::function<Result<void>()>& work) override;
    Result<void> migrate() override;
    QString backendName() const override;

    Result<void> createVault(const VaultRecord& vault, const DeviceRecord& firstDevice) override;
    Result<VaultRecord> vault(const QString& vaultId) override;
    Result<std::optional<DeviceRecord>> deviceByTokenHash(const QByteArray& tokenHash) override;
    Result<QList<DeviceRecord>> devices(const QString& vaultId) override;
    Result<void> touchDevice(const QString& deviceId, qint64 nowMs) override;
    Result<DeviceRecord> revokeDevice(const QString& vaultId, const QString& deviceId, qint64 nowMs) override;

    Result<void> createPairing(const PairingRecord& pairing) override;
    Result<PairingRecord> claimPairing(
        const QByteArray& codeHash, const QByteArray& proofHash, const DeviceRecord& newDevice, qint64 nowMs) override;

    Result<AppendedBatch> appendBatch(const QString& vaultId, const BatchRecord& batch) override;
    Result<PulledBatches> pullBatches(const QString& vaultId, qint64 afterSeq, int limit) override;
    Result<void> setPulledSeq(const QString& deviceId, qint64 pulledSeq) override;

    Result<bool> recordInboundEvent(const InboundEventRecord& event) override;
    Result<QList<InboundEventRecord>> unprocessedInboundEvents(int limit) override;
    Result<void> finishInboundEvent(const QString& provider, const QString& eventId, const QString& vaultId,
        const QString& outcome, qint64 nowMs) override;
    Result<std::optional<InboundEventRecord>> inboundEvent(const QString& provider, const QString& eventId) override;

    Result<SubmittedCommand> submitCommand(const CommandRecord& command) override;
    Result<std::optional<CommandRecord>> command(const QString& vaultId, const QString& commandId) override;
    Result<std::optional<CommandRecord>> commandByProviderRef(const QString& providerRef) override;
    Result<QList<CommandRecord>> claimDueCommands(const QString& typePrefix, const QStringList& states,
        const QString& claimedState, qint64 nowMs, qint64 leaseMs, int limit) override;
    Result<void> updateCommand(const CommandRecord& command, bool final) override;
    Result<std::optional<QString>> stripeAccount(const QString& vaultId) override;
    Result<QStringList> stripeAccounts() override;
    Result<void> setStripeAccount(const QString& vaultId, const QString& accountId, qint64 nowMs) override;
    Result<void> notePaymentVault(const QString& paymentIntent, const QString& vaultId, qint64 nowMs) override;
    Result<std::optional<QString>> vaultForPayment(const QString& paymentIntent) override;
    Result<void> setSmsOptOut(
        const QString& vaultId, const QString& phone, bool optedOut, const QString& keyword, qint64 nowMs) override;
    Result<bool> isSmsOptedOut(const QString& vaultId, const QString& phone) override;
    Result<void> noteSmsContact(const QString& vaultId, const QString& phone, qint64 nowMs) override;
    Result<std::optional<QString>> vaultForSmsReply(const QString& phone) override;
    Result<void> putFeed(const FeedRecord& feed) override;
    Result<std::optional<FeedRecord>> feed(const QString& feedId) override;
    Result<void> deleteFeeds(const QString& vaultId) override;

    // A pull returns at most this many bytes of blobs (at least one batch), whatever the limit.
    static constexpr qint64 kMaxPullBytes = qint64 {8} * 1024 * 1024;

private:
    explicit SqlRelayStore(DatabaseLocation location);
    Result<QSqlDatabase> connection();

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QString m_connectionPrefix;
    std::mutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace clientele::relay
