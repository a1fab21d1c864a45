#include "relay/lib/VaultWaiters.h"

#include <algorithm>

namespace clientele::relay {

std::uint64_t VaultWaiters::add(const std::string& vaultId, Wake wake)
{
    std::lock_guard lock(m_mutex);
    const std::uint64_t id = m_nextId++;
    m_waiters[vaultId].emplace_back(id, std::move(wake));
    return id;
}

bool VaultWaiters::remove(const std::string& vaultId, std::uint64_t id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_waiters.find(vaultId);
    if (it == m_waiters.end()) {
        return false;
    }
    auto& list = it->second;
    const auto found = std::find_if(list.begin(), list.end(), [id](const auto& entry) { return entry.first == id; });
    if (found == list.end()) {
        return false;
    }
    list.erase(found);
    if (list.empty()) {
        m_waiters.erase(it);
    }
    return true;
}

void VaultWaiters::notify(const std::string& vaultId)
{
    std::vector<std::pair<std::uint64_t, Wake>> woken;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_waiters.find(vaultId);
        if (it == m_waiters.end()) {
            return;
        }
        woken = std::move(it->second);
        m_waiters.erase(it);
    }
    // Outside the lock: a wake may register a new waiter.
    for (auto& [id, wake] : woken) {
        wake();
    }
}

void VaultWaiters::notifyAll()
{
    std::unordered_map<std::string, std::vector<std::pair<std::uint64_t, Wake>>> all;
    {
        std::lock_guard lock(m_mutex);
        all.swap(m_waiters);
    }
    for (auto& [vault, list] : all) {
        for (auto& [id, wake] : list) {
            wake();
        }
    }
}

} // namespace clientele::relay
