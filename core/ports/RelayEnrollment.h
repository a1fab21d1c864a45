#pragma once

#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QUrl>
#include <memory>

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/ports/SecretStore.h"

namespace clientele {

class ChangeRelay;
class CommandRelay;
class FeedHost;
class VaultEventSource;

// Joining the practice to a relay (Settings → Relay), as the desktop needs it: check an address,
// create the practice's vault there with this device in it, leave it again, and reach the services
// that run through the relay (the calendar feed, side-effect commands, the vault's events). The credentials are opaque
// here: the adapter makes them, the app keeps them in the keychain and hands them back. RelayEnrollmentClient is the
// real one.
class RelayEnrollment
{
public:
    struct Enrolled
    {
        QString vaultId;
        QString deviceId;
        SecretStore::Secret credentials; // for the keychain, never for disk or logs
        // The device's place in the vault: 0 made it, then 1, 2, … as computers joined; -1 unknown.
        // Each computer numbers invoices in a series of its own by it (InvoiceSeries).
        int ordinal = -1;
    };

    // An offer to add a computer to the practice: the code to type there, good until it runs out.
    struct PairingOffer
    {
        QString code;
        QDateTime expiresAtUtc;
    };

    virtual ~RelayEnrollment() = default;

    // The address as it will be used (https://host/), or why it cannot be a relay address.
    virtual Result<QUrl> checkAddress(const QString& text) const = 0;
    virtual QFuture<Result<Enrolled>> createVault(const QUrl& relay, const QString& deviceName) = 0;
    // Lets another computer join this practice's vault: a new code, with the vault's keys sealed to it
    // at the relay (PairingCode). Slow on purpose (the seal's key derivation), never on the calling thread.
    virtual QFuture<Result<PairingOffer>> offerPairing(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) = 0;
    // Whether a typed pairing code is one (before anything is sent), or why not.
    virtual Result<void> checkPairingCode(const QString& code) const = 0;
    // Joins this computer to the vault whose other computer shows `code`: this device's credentials,
    // with the vault's keys. A code that the relay knows but that does not open the keys (mistyped
    // after its first part) leaves nothing behind at the relay.
    virtual QFuture<Result<Enrolled>> join(const QUrl& relay, const QString& code, const QString& deviceName) = 0;
    // Revokes this device at the relay; a device the relay no longer knows counts as gone.
    virtual QFuture<Result<void>> leave(
        const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& credentials) = 0;
    // nullptr when the credentials cannot be read (a damaged keychain entry).
    virtual std::unique_ptr<FeedHost> feedHost(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) = 0;
    virtual std::unique_ptr<CommandRelay> commandRelay(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) = 0;
    // The vault's events (payments, replies, command outcomes), opened with the vault key the
    // credentials hold.
    virtual std::unique_ptr<VaultEventSource> eventSource(
        const QUrl& relay, const QString& vaultId, const SecureBytes& credentials) = 0;
    // The practice's change batches, sealed with the vault key the credentials hold, for this device.
    virtual std::unique_ptr<ChangeRelay> changeRelay(
        const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& credentials) = 0;
};

} // namespace clientele
