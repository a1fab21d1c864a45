#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace clientele::relay {

// What the relay keeps about a vault: its public key (to seal inbound events to it), an opaque
// recovery blob it cannot open, and the head of its gap-free log.
struct VaultRecord
{
    QString id;
    QByteArray publicKey; // X25519, 32 bytes
    QByteArray recoveryBlob; // sealed by the desktop; opaque here
    qint64 headSeq = 0;
    qint64 createdAtMs = 0;
};

struct DeviceRecord
{
    QString id;
    QString vaultId;
    QString name;
    QByteArray tokenHash; // SHA-256 of the bearer token; the token itself is never stored
    qint64 pulledSeq = 0;
    qint64 createdAtMs = 0;
    qint64 lastSeenMs = 0;
    qint64 revokedAtMs = 0; // 0: active
    qint64 ordinal = -1; // its place in the vault: 0 made it, then 1, 2, … in the order devices joined

    bool isRevoked() const { return revokedAtMs != 0; }
};

// A pairing offer made by a device of the vault for a new device: the existing device shows a code,
// seals the vault keys with a key derived from the whole code, and leaves them here under the hash
// of the code's first part (the claim), with the hash of a proof derived from the whole code
// (desktop: core/adapters/relay/PairingCode). Claiming needs both, so seeing the first part of the
// code is not enough to join. Single use, short-lived.
struct PairingRecord
{
    QString id;
    QString vaultId;
    QByteArray codeHash;
    QByteArray sealedKeys;
    QString createdByDeviceId;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    QByteArray proofHash; // SHA-256 of the proof; a claim must present the proof
    qint64 claimedOrdinal = -1; // set by claimPairing: the new device's place in the vault
};

// One entry of a vault's log: a device's sealed change batch, or an event sealed by the relay.
struct BatchRecord
{
    qint64 seq = 0;
    QString batchId;
    QString deviceId; // kRelayDeviceId for events sealed by the relay
    int keyId = 0; // 0: sealed to the vault's public key by the relay
    qint64 hlcMax = 0;
    qint64 receivedAtMs = 0;
    QByteArray blob;
};

struct AppendedBatch
{
    qint64 seq = 0;
    qint64 headSeq = 0;
    bool duplicate = false; // the same batch id was stored before; seq is the stored one
};

struct PulledBatches
{
    QList<BatchRecord> batches;
    qint64 headSeq = 0;
};

// A provider's webhook event, stored once per (provider, event id). The plaintext payload is kept
// only until the event is processed, then redacted; its SHA-256 stays for audit.
struct InboundEventRecord
{
    QString provider;
    QString eventId;
    QString vaultId; // empty until resolved
    QByteArray payload; // empty once redacted
    QByteArray payloadSha256;
    qint64 receivedAtMs = 0;
    qint64 processedAtMs = 0; // 0: not processed yet
    QString outcome; // "delivered", "no_vault", "ignored"
};

// A side-effect command from a device (SYNC.md §3.9): its id is the device's idempotency key.
struct CommandRecord
{
    QString id;
    QString vaultId;
    QString deviceId;
    QString type; // "stripe.checkout.create", "twilio.sms.send", …
    QByteArray params; // JSON; empty once the command is final (redacted)
    QByteArray paramsSha256;
    QString state; // see CommandState.h
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString providerRef; // cs_…, re_…, SM…
    QByteArray result; // JSON
    QString errorCode;
    QString errorMessage;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct SubmittedCommand
{
    CommandRecord command; // as stored: the new row, or the one a retried POST finds
    bool inserted = false;
};

// The device id the relay signs its own log entries with (SYNC.md §3.10: device `relay`).
inline const QString kRelayDeviceId = QStringLiteral("00000000-0000-0000-0000-000000000000");

// A subscribable calendar feed (core/feeds/CalendarFeedSeal): filed under an id derived from the
// feed's secret token, its body sealed with a key derived from the same token. Neither the token nor
// the key is here.
struct FeedRecord
{
    QString id; // 64 hex characters
    QString vaultId;
    QByteArray sealed;
    qint64 updatedAtMs = 0;
};

} // namespace clientele::relay
