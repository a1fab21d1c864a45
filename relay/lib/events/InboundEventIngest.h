#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

#include "core/Result.h"
#include "relay/lib/store/RelayRecords.h"

namespace clientele::relay {

struct RelayContext;

// Stores verified webhook events with group commit: events that arrive while the storage thread is
// busy are written together in one transaction (one fsync), and each is answered only after that
// commit, so an acknowledged event is never lost. Then processing is scheduled once for all of them.
class InboundEventIngest final
{
public:
    // Called with true when the event was new, false for a repeat, or an Error when it was not stored.
    using Done = std::function<void(Result<bool>)>;

    explicit InboundEventIngest(RelayContext& context);
    void add(InboundEventRecord event, Done done);
    // Schedules one processing pass (sealing and delivering), however many times it is asked.
    void scheduleProcessing();

private:
    void drain();

    RelayContext& m_context;
    std::mutex m_mutex;
    std::vector<std::pair<InboundEventRecord, Done>> m_queue;
    bool m_drainQueued = false;
    std::atomic<bool> m_processingQueued {false};
};

} // namespace clientele::relay
