#pragma once

#include <memory>

#include "core/ports/SecretStore.h"

namespace clientele {

class WorkerThread;

// SecretStore on the OS keychain through QtKeychain (libsecret/Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Jobs run on a thread of their own, so a keychain daemon
// that never answers blocks nothing but that thread; callers bound their wait. The insecure
// plaintext fallback is off.
class KeychainSecretStore final : public SecretStore
{
public:
    // service: the keychain's service name, normally the app id.
    explicit KeychainSecretStore(QString service);
    ~KeychainSecretStore() override;

    QFuture<Result<Secret>> read(const QString& account, const QString& purpose) override;
    QFuture<Result<void>> write(const QString& account, const QString& purpose, const SecureBytes& secret) override;
    QFuture<Result<void>> remove(const QString& account, const QString& purpose) override;

private:
    QString keyOf(const QString& account, const QString& purpose) const;

    QString m_service;
    std::unique_ptr<WorkerThread> m_thread;
};

} // namespace clientele
