#pragma once

#include <QUrl>
#include <memory>

#include "core/store/CalendarFeedPublisher.h"
#include "core/store/ChangeSync.h"
#include "core/store/CommandSender.h"
#include "core/store/InboxPuller.h"

namespace clientele {

class ChangeRelay;
class Clock;
class CommandRelay;
class FeedHost;
class RelayEnrollment;
class SecureBytes;
class Store;
class VaultEventSource;
struct RelayLink;

// What runs through the relay while the practice is open and connected (SYNC.md part 2): the
// calendar feed's publisher, the outbox's sender, the inbox's puller and the sync of the practice's
// changes with its other computers, each with the relay client
// it uses. Made for this device's link from its keychain credentials, started at once, and torn down
// in the right order (each worker before the client it uses).
class RelayServices final
{
public:
    struct Options
    {
        CalendarFeedPublisher::Options feed {};
        CommandSender::Options sender {};
        InboxPuller::Options inbox {};
        ChangeSync::Options sync {};
    };

    // Nothing when the credentials cannot be read (a damaged keychain entry).
    static std::unique_ptr<RelayServices> start(Store& store, const Clock& clock, RelayEnrollment& relay,
        const RelayLink& link, const SecureBytes& credentials, const Options& options);
    ~RelayServices();
    Q_DISABLE_COPY_MOVE(RelayServices)

    const QUrl& url() const { return m_url; }
    const QString& vaultId() const { return m_vaultId; }
    FeedHost& feedHost() { return *m_feedHost; }
    CalendarFeedPublisher& feedPublisher() { return *m_feedPublisher; }
    CommandSender& sender() { return *m_sender; }
    InboxPuller& inbox() { return *m_inbox; }
    ChangeSync& sync() { return *m_sync; }

private:
    RelayServices() = default;

    QUrl m_url;
    QString m_vaultId;
    std::unique_ptr<FeedHost> m_feedHost;
    std::unique_ptr<CommandRelay> m_commandRelay;
    std::unique_ptr<VaultEventSource> m_eventSource;
    std::unique_ptr<ChangeRelay> m_changeRelay;
    std::unique_ptr<CalendarFeedPublisher> m_feedPublisher;
    std::unique_ptr<CommandSender> m_sender;
    std::unique_ptr<InboxPuller> m_inbox;
    std::unique_ptr<ChangeSync> m_sync;
};

} // namespace clientele
