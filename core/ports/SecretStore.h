#pragma once

#include <QFuture>
#include <QString>
#include <memory>

#include "core/Result.h"
#include "core/SecureBytes.h"

namespace clientele {

// SecretStore: the OS keychain (STYLE.md §7). Keys are namespaced "<appId>/<account>/<purpose>" by
// the adapter. Every call is asynchronous: a keychain can prompt the user, start late or hang, so
// callers put their own time limit on it (see probe()).
class SecretStore
{
public:
    using Secret = std::shared_ptr<const SecureBytes>;

    virtual ~SecretStore() = default;
    SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;

    // NotFound when there is no such entry; Unavailable when the keychain cannot be used.
    virtual QFuture<Result<Secret>> read(const QString& account, const QString& purpose) = 0;
    virtual QFuture<Result<void>> write(const QString& account, const QString& purpose, const SecureBytes& secret) = 0;
    // Removing an entry that does not exist succeeds.
    virtual QFuture<Result<void>> remove(const QString& account, const QString& purpose) = 0;
};

} // namespace clientele
