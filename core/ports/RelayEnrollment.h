#pragma once

#include <QFuture>
#include <QString>
#include <QUrl>
#include <memory>

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/ports/SecretStore.h"

namespace clientele {

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
    };

    virtual ~RelayEnrollment() = default;

    // The address as it will be used (https://host/), or why it cannot be a relay address.
    virtual Result<QUrl> checkAddress(const QString& text) const = 0;
    virtual QFuture<Result<Enrolled>> createVault(const QUrl& relay, const QString& deviceName) = 0;
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
};

} // namespace clientele
