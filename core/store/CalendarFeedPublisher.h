#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

#include "core/Error.h"

namespace clientele {

class Clock;
class FeedHost;
class Store;

// Keeps the subscribable calendar feed (CalendarFeed) current on its host while the practice is open:
// once at start, soon after a local change, and every `interval` (the feed starts a month back, so
// it moves with the days). A body that did not change is not uploaded again. Turning the feed off
// removes it from the host (also when it was published before this start); after a reset, the host
// keeps only the feed at the new address (one feed per vault on the relay). A failed upload (offline,
// relay down) is retried with growing pauses; the last good one stays served meanwhile. Lives on the
// UI thread; the store and the network never block it.
class CalendarFeedPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeedPublisher)

public:
    struct Options
    {
        std::chrono::milliseconds interval {std::chrono::minutes(15)};
        std::chrono::milliseconds afterChange {std::chrono::seconds(3)};
        std::chrono::milliseconds firstRetry {std::chrono::seconds(30)};
    };

    CalendarFeedPublisher(Store& store, const Clock& clock, FeedHost& host, Options options, QObject* parent = nullptr);
    ~CalendarFeedPublisher() override;

    void start();
    // Bookings, clients, services or the feed's settings changed here: publish in `afterChange`.
    void changedLocally();
    // Publishes now; while a round runs, one more follows it.
    void publishNow();

    const QDateTime& lastPublishedAt() const { return m_publishedAt; }

Q_SIGNALS:
    // The host serves what the practice holds now (also when nothing had to be uploaded).
    void published(const QDateTime& at);
    // The feed is off and the host no longer has it (also: it was off already).
    void withdrawn();
    void failed(const clientele::Error& error);

private:
    void round();
    void finishRound();
    void retryLater();

    Store& m_store;
    const Clock& m_clock;
    FeedHost& m_host;
    Options m_options;
    QTimer m_periodic;
    QTimer m_soon;
    bool m_running = false;
    bool m_again = false;
    std::chrono::milliseconds m_retryDelay {};
    QString m_feedId; // what this publisher last put, and with which content
    QByteArray m_digest;
    QString m_withdrawn; // the feed this publisher last removed (turned off): not asked again
    QDateTime m_publishedAt;
};

} // namespace clientele
