#pragma once

#include <QFuture>
#include <chrono>
#include <memory>
#include <optional>

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/store/KeyFile.h"
#include "core/store/PracticeFiles.h"

namespace clientele {

class SecretStore;
class Store;

// Creating and unlocking a practice (DESIGN.md §4): a random 256-bit database key kept in the OS
// keychain, and wrapped in the key file under the recovery code (or the user's own passphrase).
// Unlocking tries the keychain within a time limit, so a keychain that is missing, locked or
// hanging is reported quickly and the caller can ask for the passphrase instead.
class PracticeVault final
{
public:
    static constexpr auto kKeychainPurpose = "database-key";

    struct Created
    {
        // The recovery code to show once and have the user write down; empty when they chose a
        // passphrase of their own.
        std::shared_ptr<const SecureBytes> recoveryCode;
        // Why the key is not in the keychain (empty when it is): the user will need the code to unlock.
        QString keychainProblem;
    };

    struct Unlocked
    {
        QString keychainProblem; // after a passphrase unlock: why the key could not be put back
    };

    PracticeVault(Store& store, SecretStore* keychain, std::chrono::milliseconds keychainTimeout);

    QFuture<Result<Created>> create(const PracticeFiles& files, const std::shared_ptr<const SecureBytes>& ownPassphrase,
        KeyFile::KdfProfile profile);
    // Unavailable or Timeout when the keychain cannot be used, NotFound when it has no key for this
    // practice: in each case ask for the passphrase.
    QFuture<Result<void>> unlockWithKeychain(const PracticeFiles& files);
    // Also stores the key in the keychain again when it was missing (best effort).
    QFuture<Result<Unlocked>> unlockWithPassphrase(
        const PracticeFiles& files, const std::shared_ptr<const SecureBytes>& passphrase);

    // The vault id recorded in the key file.
    static Result<QUuid> vaultIdOf(const PracticeFiles& files);

private:
    Store& m_store;
    SecretStore* m_keychain;
    std::chrono::milliseconds m_timeout;
};

} // namespace clientele
