#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace clientele::relay {

// Long-polls waiting for a vault's log to grow. A waiter holds no thread: it is a callback that
// notify() runs once (and forgets), on the notifying thread.
class VaultWaiters final
{
public:
    using Wake = std::function<void()>;

    std::uint64_t add(const std::string& vaultId, Wake wake);
    // False if it was already woken (or never there).
    bool remove(const std::string& vaultId, std::uint64_t id);
    void notify(const std::string& vaultId);
    // On shutdown, and after the PostgreSQL LISTEN connection was lost (a notification may be missed).
    void notifyAll();

private:
    mutable std::mutex m_mutex;
    std::uint64_t m_nextId = 1;
    std::unordered_map<std::string, std::vector<std::pair<std::uint64_t, Wake>>> m_waiters;
};

} // namespace clientele::relay
