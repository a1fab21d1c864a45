#pragma once

#include <functional>
#include <optional>

#include "core/Result.h"
#include "relay/lib/store/RelayRecords.h"

namespace clientele::relay {

// Everything the relay persists, behind one interface with a SQLite and a PostgreSQL implementation
// (SYNC.md part 2). Calls block: they run on the relay's storage threads, never on network threads.
// Ids, tokens and hashes are made by the caller, so that the store only keeps facts.
class RelayStore
{
public:
    virtual ~RelayStore() = default;

    // Creates or upgrades the schema; safe to call on every start and from several instances.
    // Runs `work` in one transaction (one commit, one fsync); the store's own calls inside it become
    // savepoints. For grouping many small writes, e.g. webhook events arriving together.
    virtual Result<void> inTransaction(const std::function<Result<void>()>& work) = 0;
    virtual Result<void> migrate() = 0;
    virtual QString backendName() const = 0; // "sqlite" or "postgresql", for logs and metrics

    // Vaults and devices
    virtual Result<void> createVault(const VaultRecord& vault, const DeviceRecord& firstDevice) = 0;
    virtual Result<VaultRecord> vault(const QString& vaultId) = 0;
    virtual Result<std::optional<DeviceRecord>> deviceByTokenHash(const QByteArray& tokenHash) = 0;
    // In the order they were added to the vault (their ordinal).
    virtual Result<QList<DeviceRecord>> devices(const QString& vaultId) = 0;
    virtual Result<void> touchDevice(const QString& deviceId, qint64 nowMs) = 0;
    // NotFound when the device is not in this vault. Revoking twice keeps the first time. The vault's
    // calendar feed goes with its last device.
    virtual Result<DeviceRecord> revokeDevice(const QString& vaultId, const QString& deviceId, qint64 nowMs) = 0;

    // Pairing: an offer is claimed at most once, before it expires; claiming adds the device.
    virtual Result<void> createPairing(const PairingRecord& pairing) = 0;
    // A claim whose proof does not match spends the offer all the same (PermissionDenied), so the rest
    // of a code cannot be guessed online.
    virtual Result<PairingRecord> claimPairing(
        const QByteArray& codeHash, const QByteArray& proofHash, const DeviceRecord& newDevice, qint64 nowMs) = 0;

    // The vault's log. Within a vault, seq is gap-free and its order is commit order, so a reader
    // that asks for seq > cursor never skips a row that commits later.
    virtual Result<AppendedBatch> appendBatch(const QString& vaultId, const BatchRecord& batch) = 0;
    virtual Result<PulledBatches> pullBatches(const QString& vaultId, qint64 afterSeq, int limit) = 0;
    virtual Result<void> setPulledSeq(const QString& deviceId, qint64 pulledSeq) = 0;

    // Webhook events: true when this (provider, event id) is new.
    virtual Result<bool> recordInboundEvent(const InboundEventRecord& event) = 0;
    virtual Result<QList<InboundEventRecord>> unprocessedInboundEvents(int limit) = 0;
    // Marks it processed and redacts the plaintext payload.
    virtual Result<void> finishInboundEvent(const QString& provider, const QString& eventId, const QString& vaultId,
        const QString& outcome, qint64 nowMs) = 0;
    virtual Result<std::optional<InboundEventRecord>> inboundEvent(const QString& provider, const QString& eventId) = 0;

    // Commands: stored once per id; a second submit returns the stored row untouched.
    virtual Result<SubmittedCommand> submitCommand(const CommandRecord& command) = 0;
    // With an empty vault id, the command of any vault.
    virtual Result<std::optional<CommandRecord>> command(const QString& vaultId, const QString& commandId) = 0;
    virtual Result<std::optional<CommandRecord>> commandByProviderRef(const QString& providerRef) = 0;
    // Claims up to `limit` commands in one of `states` whose next_attempt_at has come: moves each to
    // `claimedState`, counts the attempt and leases it until nowMs + leaseMs (another instance may
    // take it after that, e.g. when this one died). PostgreSQL skips rows other instances hold.
    virtual Result<QList<CommandRecord>> claimDueCommands(const QString& typePrefix, const QStringList& states,
        const QString& claimedState, qint64 nowMs, qint64 leaseMs, int limit) = 0;
    // Writes state, provider_ref, result, error and next_attempt_at; clears params when `final`.
    virtual Result<void> updateCommand(const CommandRecord& command, bool final) = 0;

    // The practice's Stripe connected account.
    virtual Result<std::optional<QString>> stripeAccount(const QString& vaultId) = 0;
    // Every vault's account (the sandbox brings them back after a restart).
    virtual Result<QStringList> stripeAccounts() = 0;
    virtual Result<void> setStripeAccount(const QString& vaultId, const QString& accountId, qint64 nowMs) = 0;
    // Which vault a payment intent belongs to (remembered once; the first vault stays).
    virtual Result<void> notePaymentVault(const QString& paymentIntent, const QString& vaultId, qint64 nowMs) = 0;
    virtual Result<std::optional<QString>> vaultForPayment(const QString& paymentIntent) = 0;

    // SMS consent per vault and E.164 number, from STOP/START keywords.
    virtual Result<void> setSmsOptOut(
        const QString& vaultId, const QString& phone, bool optedOut, const QString& keyword, qint64 nowMs) = 0;
    virtual Result<bool> isSmsOptedOut(const QString& vaultId, const QString& phone) = 0;
    // Remembers that this vault texted this number; the vault that did so last gets the replies.
    virtual Result<void> noteSmsContact(const QString& vaultId, const QString& phone, qint64 nowMs) = 0;
    virtual Result<std::optional<QString>> vaultForSmsReply(const QString& phone) = 0;

    // Calendar feeds, at most one per vault: putting one replaces the vault's feed (a new id is a reset
    // address, and the old one goes); Conflict when the id is another vault's. Revoking a vault's last
    // device removes its feed too (revokeDevice).
    virtual Result<void> putFeed(const FeedRecord& feed) = 0;
    virtual Result<std::optional<FeedRecord>> feed(const QString& feedId) = 0;
    // The feed is turned off; succeeds when there is none.
    virtual Result<void> deleteFeeds(const QString& vaultId) = 0;
};

} // namespace clientele::relay
