#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

#include "core/Error.h"
#include "core/store/VaultInbox.h"

namespace clientele {

class Clock;
class Store;
class VaultEventSource;

// Keeps the practice up to date with the vault's events (SYNC.md §3.10): a long-poll that waits at
// the relay for the next event, applies what came with the cursor in one transaction (VaultInbox),
// and asks again from the new cursor. Offline or relay down: asks again after a pause that doubles
// from `firstRetry` up to `maxRetry`, with ±`jitter`. A relay that no longer accepts this device stops
// it (`refused`). Lives on the UI thread; the store and the network never block it. The event source
// must outlive the puller.
class InboxPuller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPuller)

public:
    struct Options
    {
        std::chrono::seconds wait {25}; // the longest the relay holds a poll
        std::chrono::milliseconds firstRetry {std::chrono::seconds(5)};
        std::chrono::milliseconds maxRetry {std::chrono::minutes(5)};
        double jitter = 0.2;
        // Between polls that came back at once with nothing (a relay that does not hold them).
        std::chrono::milliseconds idlePause {std::chrono::seconds(1)};
    };

    InboxPuller(Store& store, VaultEventSource& source, QString vaultId, Options options, QObject* parent = nullptr);
    ~InboxPuller() override;

    void start();
    // The network came back, or the user asked: poll now instead of after the pause.
    void wake();

    // How far the practice has taken in the other computers' changes (ChangeSync's cursor; negative
    // while not known). The log holds both, in one order: an event is applied only once the changes
    // before it are here, so a payment for an invoice made on another computer finds that invoice.
    // Without one, events are applied as they come. Wake the puller when the limit moves.
    void setReadUpTo(std::function<qint64()> limit) { m_readUpTo = std::move(limit); }

    bool isRunning() const { return m_polling || m_timer.isActive(); }
    qint64 cursor() const { return m_cursor; }

Q_SIGNALS:
    // A page was applied; `applied.changes` says which views to refresh.
    void applied(const clientele::VaultInbox::Applied& applied);
    // The relay could not be reached or the store could not be written; tried again later.
    void failed(const clientele::Error& error);
    // The relay shut this device out: no more polls until the connection is made again.
    void refused(const clientele::Error& error);

private:
    void poll();
    void pulled(const Result<VaultEventPage>& page, qint64 startedMs);
    void retryLater(const Error& error);

    VaultEventSource& m_source;
    VaultInbox m_inbox;
    Options m_options;
    std::function<qint64()> m_readUpTo;
    QTimer m_timer;
    qint64 m_cursor = -1; // -1: not read from the store yet
    int m_failures = 0;
    bool m_polling = false;
    bool m_stopped = false;
};

} // namespace clientele
