#include "core/store/InboxPuller.h"

#include <QDateTime>
#include <algorithm>
#include <utility>

#include "core/Backoff.h"
#include "core/FutureWatch.h"
#include "core/Logging.h"
#include "core/ports/VaultEventSource.h"

namespace clientele {

InboxPuller::InboxPuller(Store& store, VaultEventSource& source, QString vaultId, Options options, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_inbox(store, std::move(vaultId))
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InboxPuller::poll);
}

InboxPuller::~InboxPuller() = default;

void InboxPuller::start()
{
    m_stopped = false;
    wake();
}

void InboxPuller::wake()
{
    if (m_polling || m_stopped) {
        return;
    }
    m_timer.stop();
    poll();
}

void InboxPuller::poll()
{
    m_polling = true;
    if (m_cursor < 0) {
        onFinished(this, m_inbox.cursor(), [this](const Result<qint64>& cursor) {
            m_polling = false;
            if (!cursor) {
                retryLater(cursor.error());
                return;
            }
            m_cursor = cursor.value();
            poll();
        });
        return;
    }
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    onFinished(this, m_source.pull(m_cursor, m_options.wait),
        [this, startedMs](const Result<VaultEventPage>& page) { pulled(page, startedMs); });
}

void InboxPuller::pulled(const Result<VaultEventPage>& page, qint64 startedMs)
{
    if (!page) {
        m_polling = false;
        if (page.error().code() == Error::Code::PermissionDenied) {
            qCWarning(lcRelay).noquote() << "The relay refused this device's inbox:" << page.error().detail();
            m_stopped = true;
            Q_EMIT refused(page.error());
            return;
        }
        retryLater(page.error());
        return;
    }
    VaultEventPage taken = page.value();
    if (m_readUpTo) {
        const qint64 limit = m_readUpTo();
        if (limit < taken.lastSeq) {
            taken.lastSeq = std::max(m_cursor, limit);
            taken.events.erase(std::remove_if(taken.events.begin(), taken.events.end(),
                                   [&taken](const VaultEvent& event) { return event.seq > taken.lastSeq; }),
                taken.events.end());
            if (taken.events.isEmpty() && taken.lastSeq == m_cursor) {
                // The other computers' changes before the next event are not here yet: the sync wakes
                // this puller when they are; a look now and then covers a sync that is not running.
                m_polling = false;
                m_timer.start(m_options.firstRetry);
                return;
            }
        }
    }
    if (taken.events.isEmpty() && taken.lastSeq == m_cursor) { // nothing new
        m_polling = false;
        m_failures = 0;
        // Normally the relay held the poll until its wait ran out: ask again at once. One that answers
        // at once with nothing is not asked again in a tight loop.
        const bool heldForAWhile = QDateTime::currentMSecsSinceEpoch() - startedMs >= m_options.idlePause.count();
        m_timer.start(heldForAWhile ? std::chrono::milliseconds(0) : m_options.idlePause);
        return;
    }
    onFinished(this, m_inbox.apply(taken), [this](const Result<VaultInbox::Applied>& applied) {
        m_polling = false;
        if (!applied) {
            retryLater(applied.error()); // nothing of the page was kept: it is read again
            return;
        }
        m_failures = 0;
        m_cursor = applied->cursor;
        Q_EMIT this->applied(applied.value());
        m_timer.start(0);
    });
}

void InboxPuller::retryLater(const Error& error)
{
    ++m_failures;
    const std::chrono::milliseconds pause =
        withJitter(backoffDelay(m_options.firstRetry, m_options.maxRetry, m_failures), m_options.jitter);
    qCInfo(lcRelay).noquote() << "Inbox waits" << pause.count() << "ms:" << error.detail();
    Q_EMIT failed(error);
    m_timer.start(pause);
}

} // namespace clientele
