#include "core/store/RelayServices.h"

#include "core/ports/ChangeRelay.h"
#include "core/ports/CommandRelay.h"
#include "core/ports/FeedHost.h"
#include "core/ports/RelayEnrollment.h"
#include "core/ports/VaultEventSource.h"
#include "core/store/RelayLinks.h"

namespace clientele {

std::unique_ptr<RelayServices> RelayServices::start(Store& store, const Clock& clock, RelayEnrollment& relay,
    const RelayLink& link, const SecureBytes& credentials, const Options& options)
{
    std::unique_ptr<RelayServices> services(new RelayServices());
    services->m_url = link.url;
    services->m_vaultId = link.vaultId;
    services->m_feedHost = relay.feedHost(link.url, link.vaultId, credentials);
    services->m_commandRelay = relay.commandRelay(link.url, link.vaultId, credentials);
    services->m_eventSource = relay.eventSource(link.url, link.vaultId, credentials);
    services->m_changeRelay = relay.changeRelay(link.url, link.vaultId, link.deviceId, credentials);
    if (!services->m_feedHost || !services->m_commandRelay || !services->m_eventSource || !services->m_changeRelay) {
        return nullptr;
    }
    services->m_feedPublisher =
        std::make_unique<CalendarFeedPublisher>(store, clock, *services->m_feedHost, options.feed);
    services->m_sender = std::make_unique<CommandSender>(store, clock, *services->m_commandRelay, options.sender);
    services->m_inbox = std::make_unique<InboxPuller>(store, *services->m_eventSource, link.vaultId, options.inbox);
    services->m_sync = std::make_unique<ChangeSync>(store, *services->m_changeRelay, options.sync);
    // Events are taken in the log's order with the other computers' changes (InboxPuller::setReadUpTo).
    ChangeSync* sync = services->m_sync.get();
    InboxPuller* inbox = services->m_inbox.get();
    inbox->setReadUpTo([sync] { return sync->cursor(); });
    QObject::connect(sync, &ChangeSync::applied, inbox, [inbox] { inbox->wake(); });
    services->m_feedPublisher->start();
    // Commands queued offline or before a restart go out now, each once; events that came meanwhile
    // are read from where this device stopped.
    services->m_sender->start();
    services->m_inbox->start();
    // Changes made here while offline go out; the other computers' changes come in.
    services->m_sync->start();
    return services;
}

RelayServices::~RelayServices()
{
    m_sync.reset();
    m_inbox.reset();
    m_sender.reset();
    m_feedPublisher.reset();
}

} // namespace clientele
