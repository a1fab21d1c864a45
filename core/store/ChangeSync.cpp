#include "core/store/ChangeSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <utility>

#include "core/Backoff.h"
#include "core/FutureWatch.h"
#include "core/Logging.h"
#include "core/ports/ChangeRelay.h"

namespace clientele {

ChangeSync::ChangeSync(Store& store, ChangeRelay& relay, Options options, QObject* parent)
    : QObject(parent)
    , m_relay(relay)
    , m_batches(store, relay.vaultId(), relay.deviceId(), relay.sealer())
    , m_options(options)
{
    m_pushTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    connect(&m_pushTimer, &QTimer::timeout, this, &ChangeSync::push);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeSync::poll);
}

ChangeSync::~ChangeSync() = default;

void ChangeSync::start()
{
    m_stopped = false;
    // Changes an earlier version set aside are taken in first: this version may know them.
    onFinished(this, m_batches.replayPending(), [this](const Result<ChangeBatches::Applied>& replayed) {
        if (!replayed) {
            qCWarning(lcSync).noquote() << "Changes set aside could not be taken in:" << replayed.error().detail();
        } else if (replayed->written > 0) {
            qCInfo(lcSync).noquote() << "took in" << replayed->written << "changes set aside by an earlier version";
            ChangeBatches::Applied taken = replayed.value();
            taken.cursor = m_cursor;
            Q_EMIT applied(taken);
        }
        wake();
    });
}

void ChangeSync::wake()
{
    if (m_stopped) {
        return;
    }
    push();
    poll();
}

void ChangeSync::changedLocally()
{
    if (m_stopped || (m_pushFailures > 0 && m_pushTimer.isActive())) {
        return; // the retry after the pause sends it
    }
    push();
}

std::chrono::milliseconds ChangeSync::pauseAfter(int failures) const
{
    return withJitter(backoffDelay(m_options.firstRetry, m_options.maxRetry, failures), m_options.jitter);
}

void ChangeSync::stop(const Error& error)
{
    if (m_stopped) {
        return;
    }
    qCWarning(lcSync).noquote() << "The relay refused this device's changes:" << error.detail();
    m_stopped = true;
    m_pushTimer.stop();
    m_pollTimer.stop();
    Q_EMIT refused(error);
}

void ChangeSync::push()
{
    if (m_stopped) {
        return;
    }
    if (m_pushing) {
        m_pushAgain = true; // looked at again once this push ends
        return;
    }
    m_pushTimer.stop();
    m_pushing = true;
    m_pushAgain = false;
    onFinished(this, m_batches.next(), [this](const Result<std::optional<ChangeBatches::Outgoing>>& next) {
        if (!next) {
            pushLater(next.error());
            return;
        }
        if (!next->has_value()) {
            m_pushing = false;
            m_pushFailures = 0;
            Q_EMIT upToDate();
            m_pushTimer.start(m_pushAgain ? std::chrono::milliseconds(0) : m_options.pushCheck);
            return;
        }
        const ChangeBatches::Outgoing batch = **next;
        onFinished(this, m_relay.push(batch.batchId, batch.sealed, batch.hlcMax),
            [this, batch](const Result<qint64>& seq) { pushed(batch, seq); });
    });
}

void ChangeSync::pushed(const ChangeBatches::Outgoing& batch, const Result<qint64>& seq)
{
    if (!seq) {
        if (seq.error().code() == Error::Code::PermissionDenied) {
            m_pushing = false;
            stop(seq.error());
            return;
        }
        pushLater(seq.error());
        return;
    }
    onFinished(this, m_batches.acknowledged(batch.batchId, seq.value()), [this, batch](const Result<void>& kept) {
        if (!kept) {
            pushLater(kept.error()); // sent again with the same id: the relay answers with the same seq
            return;
        }
        m_pushFailures = 0;
        m_pushing = false;
        qCDebug(lcSync).noquote() << "pushed" << batch.changes << "changes in batch" << batch.batchId;
        Q_EMIT pushed(batch.changes);
        push(); // more may be waiting
    });
}

void ChangeSync::pushLater(const Error& error)
{
    m_pushing = false;
    ++m_pushFailures;
    const std::chrono::milliseconds pause = pauseAfter(m_pushFailures);
    qCInfo(lcSync).noquote() << "Sending changes waits" << pause.count() << "ms:" << error.detail();
    Q_EMIT failed(error, false);
    m_pushTimer.start(pause);
}

void ChangeSync::poll()
{
    if (m_stopped || m_polling) {
        return; // one poll at a time: a wake-up during one is answered by the next
    }
    m_pollTimer.stop();
    m_polling = true;
    if (m_cursor < 0) {
        onFinished(this, m_batches.cursor(), [this](const Result<qint64>& cursor) {
            m_polling = false;
            if (!cursor) {
                pollLater(cursor.error());
                return;
            }
            m_cursor = cursor.value();
            poll();
        });
        return;
    }
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    onFinished(this, m_relay.pull(m_cursor, m_options.wait),
        [this, startedMs](const Result<RelayBatchPage>& page) { pulled(page, startedMs); });
}

void ChangeSync::pulled(const Result<RelayBatchPage>& page, qint64 startedMs)
{
    if (!page) {
        m_polling = false;
        if (page.error().code() == Error::Code::PermissionDenied) {
            stop(page.error());
            return;
        }
        pollLater(page.error());
        return;
    }
    if (page->batches.isEmpty() && page->lastSeq == m_cursor) {
        m_polling = false;
        m_pollFailures = 0;
        Q_EMIT received();
        const bool heldForAWhile = QDateTime::currentMSecsSinceEpoch() - startedMs >= m_options.idlePause.count();
        m_pollTimer.start(heldForAWhile ? std::chrono::milliseconds(0) : m_options.idlePause);
        return;
    }
    onFinished(this, m_batches.apply(page.value()), [this](const Result<ChangeBatches::Applied>& applied) {
        m_polling = false;
        if (!applied) {
            pollLater(applied.error()); // nothing of the page was kept: it is read again
            return;
        }
        m_pollFailures = 0;
        m_cursor = applied->cursor;
        if (applied->batches > 0) {
            qCInfo(lcSync).noquote() << "applied" << applied->changes << "changes of" << applied->batches
                                     << "batches up to" << applied->cursor << "of" << applied->headSeq;
        }
        Q_EMIT this->applied(applied.value());
        if (applied->relayReset) {
            push(); // this device's batches, sent again to the relay's new log
        }
        if (applied->blocked) {
            // Reading on would pass over what this device could not read: it waits, and says why.
            pollLater(Error(Error::Code::Incompatible,
                QCoreApplication::translate("ChangeSync",
                    "Another computer of the practice sent changes this computer cannot read. Update Clientele "
                    "here; until then, changes from the other computers wait."),
                QStringLiteral("batch after seq %1 is of a newer format").arg(applied->cursor)));
            return;
        }
        Q_EMIT received();
        m_pollTimer.start(0);
    });
}

void ChangeSync::pollLater(const Error& error)
{
    ++m_pollFailures;
    const std::chrono::milliseconds pause = pauseAfter(m_pollFailures);
    qCInfo(lcSync).noquote() << "Receiving changes waits" << pause.count() << "ms:" << error.detail();
    Q_EMIT failed(error, true);
    m_pollTimer.start(pause);
}

} // namespace clientele
