#pragma once

#include <QHash>
#include <QMutex>

#include "core/ports/SecretStore.h"

namespace clientele {

// The SecretStore fake: secrets in memory. setUnavailable() makes every call fail like a keychain
// without a backend; setHanging() makes calls never finish, like a keychain waiting on a dialog.
class MemorySecretStore final : public SecretStore
{
public:
    QFuture<Result<Secret>> read(const QString& account, const QString& purpose) override;
    QFuture<Result<void>> write(const QString& account, const QString& purpose, const SecureBytes& secret) override;
    QFuture<Result<void>> remove(const QString& account, const QString& purpose) override;

    void setUnavailable(bool unavailable);
    void setHanging(bool hanging);
    int entryCount() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, Secret> m_entries;
    bool m_unavailable = false;
    bool m_hanging = false;
};

} // namespace clientele
