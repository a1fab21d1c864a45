#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/WorkerThread.h"
#include "core/store/PracticeFiles.h"
#include "core/store/StoreSession.h"

namespace clientele {

class Clock;

// The practice store: one storage thread owns the SQLCipher connection (STYLE.md §6), and every
// operation is a job on that thread that returns a future. Nothing here blocks the caller.
// The key is used to open the database and then wiped; lock() closes the connection, which makes
// SQLCipher wipe its copy, so a locked practice has no key in memory.
class Store final
{
public:
    // Produces the database key on the storage thread (keychain read, or key-file unwrap with the
    // passphrase: a KDF that must not run on the UI thread).
    using KeySource = std::function<Result<std::shared_ptr<const SecureBytes>>()>;

    explicit Store(const Clock& clock);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QFuture<Result<void>> open(const PracticeFiles& files, const KeySource& keySource);
    // Creates the database; keyFileBytes are written beside it only once the database exists.
    QFuture<Result<void>> create(const PracticeFiles& files, const QUuid& vaultId,
        const std::shared_ptr<const SecureBytes>& key, const QByteArray& keyFileBytes);
    QFuture<Result<void>> lock();
    bool isOpen() const { return m_open->load(); }

    // Runs work(StoreSession&) on the storage thread. work returns a Result<T>; when the practice is
    // locked the future holds a Locked error instead.
    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, StoreSession&>>
    {
        using R = std::invoke_result_t<Work, StoreSession&>;
        auto state = m_state;
        return m_thread.run([state, work]() mutable -> R {
            if (!state->session) {
                return R(lockedError());
            }
            return work(*state->session);
        });
    }

    static Error lockedError();

private:
    struct State
    {
        std::unique_ptr<StoreSession> session;
    };

    const Clock& m_clock;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    std::shared_ptr<std::atomic_bool> m_open = std::make_shared<std::atomic_bool>(false);
    WorkerThread m_thread {QStringLiteral("storage")};
};

} // namespace clientele
