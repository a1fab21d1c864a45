#include "relay/lib/events/InboundEventIngest.h"

#include <boost/asio/post.hpp>

#include "relay/lib/RelayContext.h"
#include "relay/lib/events/InboundEventProcessor.h"

namespace clientele::relay {

InboundEventIngest::InboundEventIngest(RelayContext& context)
    : m_context(context)
{
}

void InboundEventIngest::add(InboundEventRecord event, Done done)
{
    std::lock_guard lock(m_mutex);
    m_queue.emplace_back(std::move(event), std::move(done));
    if (!m_drainQueued) {
        m_drainQueued = true;
        boost::asio::post(m_context.storage, [this] { drain(); });
    }
}

void InboundEventIngest::drain()
{
    std::vector<std::pair<InboundEventRecord, Done>> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_queue);
        m_drainQueued = false;
    }
    std::vector<bool> inserted(batch.size(), false);
    const Result<void> stored = m_context.store.inTransaction([&]() -> Result<void> {
        for (std::size_t i = 0; i < batch.size(); ++i) {
            Result<bool> fresh = m_context.store.recordInboundEvent(batch[i].first);
            if (!fresh) {
                return fresh.error();
            }
            inserted[i] = *fresh;
        }
        return {};
    });
    bool anyNew = false;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (stored) {
            anyNew = anyNew || inserted[i];
            batch[i].second(static_cast<bool>(inserted[i]));
        } else {
            batch[i].second(stored.error()); // not stored: the provider delivers it again
        }
    }
    if (anyNew) {
        scheduleProcessing();
    }
}

void InboundEventIngest::scheduleProcessing()
{
    if (m_processingQueued.exchange(true)) {
        return;
    }
    boost::asio::post(m_context.storage, [this] {
        m_processingQueued = false;
        while (processInboundEvents(m_context) > 0) { }
    });
}

} // namespace clientele::relay
