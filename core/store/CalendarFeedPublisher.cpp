#include "core/store/CalendarFeedPublisher.h"

#include "core/FutureWatch.h"
#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/ports/FeedHost.h"
#include "core/store/CalendarFeed.h"
#include "core/store/Store.h"

namespace clientele {

CalendarFeedPublisher::CalendarFeedPublisher(
    Store& store, const Clock& clock, FeedHost& host, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_host(host)
    , m_options(options)
{
    m_periodic.setInterval(m_options.interval);
    connect(&m_periodic, &QTimer::timeout, this, &CalendarFeedPublisher::publishNow);
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &CalendarFeedPublisher::publishNow);
}

CalendarFeedPublisher::~CalendarFeedPublisher() = default;

void CalendarFeedPublisher::start()
{
    m_periodic.start();
    publishNow();
}

void CalendarFeedPublisher::changedLocally()
{
    if (!m_soon.isActive() || m_retryDelay.count() == 0) {
        m_soon.start(m_options.afterChange);
    }
}

void CalendarFeedPublisher::publishNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_soon.stop();
    round();
}

void CalendarFeedPublisher::round()
{
    const QDateTime now = m_clock.nowUtc();
    onFinished(this, m_store.run([now](StoreSession& session) { return CalendarFeed::render(session, now); }),
        [this](const Result<std::optional<CalendarFeed::Body>>& body) {
            if (!body) {
                Q_EMIT failed(body.error());
                finishRound();
                return;
            }
            if (!body.value() || (!body.value()->published && body.value()->feedId == m_withdrawn)) {
                // Off, and nothing (more) to remove: say so, so whoever asked hears back.
                Q_EMIT withdrawn();
                finishRound();
                return;
            }
            if (!body.value()->published) {
                // Off: the relay forgets the feed, also one published before this start.
                const QString feedId = body.value()->feedId;
                onFinished(this, m_host.remove(feedId), [this, feedId](const Result<void>& removed) {
                    if (!removed) {
                        Q_EMIT failed(removed.error());
                        retryLater();
                    } else {
                        qCInfo(lcFeed) << "calendar feed withdrawn";
                        m_withdrawn = feedId;
                        m_feedId.clear();
                        m_digest.clear();
                        m_publishedAt = {};
                        m_retryDelay = {};
                        Q_EMIT withdrawn();
                    }
                    finishRound();
                });
                return;
            }
            const CalendarFeed::Body& current = *body.value();
            if (current.feedId == m_feedId && current.digest == m_digest) {
                Q_EMIT published(m_publishedAt);
                finishRound();
                return;
            }
            const QString feedId = current.feedId;
            const QByteArray digest = current.digest;
            onFinished(this, m_host.put(feedId, current.sealed), [this, feedId, digest](const Result<void>& put) {
                if (!put) {
                    Q_EMIT failed(put.error());
                    retryLater();
                    finishRound();
                    return;
                }
                m_feedId = feedId;
                m_digest = digest;
                m_withdrawn.clear();
                m_publishedAt = m_clock.nowUtc();
                m_retryDelay = {};
                Q_EMIT published(m_publishedAt);
                finishRound();
            });
        });
}

void CalendarFeedPublisher::finishRound()
{
    m_running = false;
    if (m_again) {
        m_again = false;
        publishNow();
    }
}

void CalendarFeedPublisher::retryLater()
{
    m_retryDelay = m_retryDelay.count() == 0 ? m_options.firstRetry : std::min(m_retryDelay * 2, m_options.interval);
    m_soon.start(m_retryDelay);
}

} // namespace clientele
