#include "core/store/PracticeVault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "core/FutureWait.h"
#include "core/Logging.h"
#include "core/ports/SecretStore.h"
#include "core/store/RecoveryCode.h"
#include "core/store/Store.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

Result<QByteArray> readKeyFile(const PracticeFiles& files)
{
    QFile file(files.keyFilePath());
    if (!QFileInfo::exists(files.keyFilePath())) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("PracticeVault", "The key file %1 is missing.").arg(files.keyFilePath()),
            QStringLiteral("key file missing"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("PracticeVault", "The key file %1 could not be read.").arg(files.keyFilePath()),
            file.errorString());
    }
    return file.readAll();
}

Error keychainTimeout()
{
    return Error(Error::Code::Timeout,
        QCoreApplication::translate("PracticeVault", "The system keychain did not answer in time."),
        QStringLiteral("keychain timeout"), true);
}

// Waits for a keychain call on the storage thread, within the time limit.
template<typename T>
Result<T> keychainCall(QFuture<Result<T>> future, std::chrono::milliseconds timeout)
{
    std::optional<Result<T>> outcome = waitFor(std::move(future), timeout);
    if (!outcome) {
        return keychainTimeout();
    }
    return *outcome;
}

} // namespace

PracticeVault::PracticeVault(Store& store, SecretStore* keychain, std::chrono::milliseconds keychainTimeout)
    : m_store(store)
    , m_keychain(keychain)
    , m_timeout(keychainTimeout)
{
}

Result<QUuid> PracticeVault::vaultIdOf(const PracticeFiles& files)
{
    Result<QByteArray> bytes = readKeyFile(files);
    if (!bytes) {
        return bytes.error();
    }
    Result<KeyFile::Contents> contents = KeyFile::inspect(bytes.value());
    if (!contents) {
        return contents.error();
    }
    return contents->vaultId;
}

QFuture<Result<PracticeVault::Created>> PracticeVault::create(
    const PracticeFiles& files, const std::shared_ptr<const SecureBytes>& ownPassphrase, KeyFile::KdfProfile profile)
{
    SecretStore* keychain = m_keychain;
    const auto timeout = m_timeout;
    Store* store = &m_store;
    // Key generation and the KDF run on the thread pool, never on the caller's (UI) thread.
    return QtConcurrent::run([files, ownPassphrase, profile, keychain, timeout, store]() -> Result<Created> {
        if (QFileInfo::exists(files.databasePath()) || QFileInfo::exists(files.keyFilePath())) {
            return Error(Error::Code::Conflict,
                QCoreApplication::translate("PracticeVault", "A practice already exists in %1.").arg(files.directory),
                QStringLiteral("create over existing files"));
        }
        const QUuid vaultId = sync::UuidV7::create();
        auto key = std::make_shared<SecureBytes>(KeyFile::randomKey());
        Created created;
        std::shared_ptr<const SecureBytes> secret = ownPassphrase;
        KeyFile::SecretKind kind = KeyFile::SecretKind::Passphrase;
        if (!secret || secret->isEmpty()) {
            created.recoveryCode = std::make_shared<SecureBytes>(RecoveryCode::generate());
            secret = created.recoveryCode;
            kind = KeyFile::SecretKind::RecoveryCode;
        }
        Result<QByteArray> keyFile = KeyFile::wrap(vaultId, *key, *secret, kind, profile);
        if (!keyFile) {
            return keyFile.error();
        }
        std::optional<Result<void>> made =
            waitFor(store->create(files, vaultId, key, keyFile.value()), std::chrono::hours(1));
        if (!made || !made->hasValue()) {
            return made ? made->error() : Store::lockedError();
        }
        if (keychain) {
            Result<void> stored = keychainCall(
                keychain->write(vaultId.toString(QUuid::WithoutBraces), QLatin1String(kKeychainPurpose), *key),
                timeout);
            if (!stored) {
                created.keychainProblem = stored.error().userMessage();
                qCWarning(lcStorage) << "Database key not stored in the keychain:" << stored.error().detail();
            }
        } else {
            created.keychainProblem = QCoreApplication::translate("PracticeVault", "No system keychain is in use.");
        }
        return created;
    });
}

QFuture<Result<void>> PracticeVault::unlockWithKeychain(const PracticeFiles& files)
{
    SecretStore* keychain = m_keychain;
    const auto timeout = m_timeout;
    return m_store.open(files, [files, keychain, timeout]() -> Result<std::shared_ptr<const SecureBytes>> {
        if (!keychain) {
            return Error(Error::Code::Unavailable,
                QCoreApplication::translate("PracticeVault", "No system keychain is in use."),
                QStringLiteral("no keychain"));
        }
        Result<QUuid> vaultId = vaultIdOf(files);
        if (!vaultId) {
            return vaultId.error();
        }
        Result<SecretStore::Secret> key = keychainCall(
            keychain->read(vaultId->toString(QUuid::WithoutBraces), QLatin1String(kKeychainPurpose)), timeout);
        if (!key) {
            return key.error();
        }
        return std::shared_ptr<const SecureBytes>(key.value());
    });
}

namespace {
constexpr std::chrono::milliseconds kKeychainPutBackWait {500};
} // namespace

QFuture<Result<PracticeVault::Unlocked>> PracticeVault::unlockWithPassphrase(
    const PracticeFiles& files, const std::shared_ptr<const SecureBytes>& passphrase)
{
    SecretStore* keychain = m_keychain;
    const auto timeout = m_timeout;
    auto problem = std::make_shared<QString>();
    QFuture<Result<void>> opened = m_store.open(
        files, [files, passphrase, keychain, timeout, problem]() -> Result<std::shared_ptr<const SecureBytes>> {
            Result<QByteArray> bytes = readKeyFile(files);
            if (!bytes) {
                return bytes.error();
            }
            Result<KeyFile::Contents> contents = KeyFile::inspect(bytes.value());
            if (!contents) {
                return contents.error();
            }
            Result<SecureBytes> key = KeyFile::unwrap(bytes.value(), *passphrase);
            if (!key) {
                return key.error();
            }
            auto shared = std::make_shared<const SecureBytes>(std::move(key).value());
            if (keychain) {
                // Putting the key back is a convenience for the next start: a keychain that hangs must not
                // hold up this unlock, so it gets a short wait (a working one answers in milliseconds).
                Result<void> stored = keychainCall(keychain->write(contents->vaultId.toString(QUuid::WithoutBraces),
                                                       QLatin1String(kKeychainPurpose), *shared),
                    std::min(timeout, kKeychainPutBackWait));
                if (!stored) {
                    *problem = stored.error().userMessage();
                }
            }
            return shared;
        });
    return opened.then([problem](const Result<void>& result) -> Result<Unlocked> {
        if (!result) {
            return result.error();
        }
        return Unlocked {*problem};
    });
}

} // namespace clientele
