#include "core/store/AutoLock.h"

#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/store/Store.h"

namespace clientele {

namespace {
constexpr int kCheckIntervalMs = 15000;
}

AutoLock::AutoLock(Store& store, const Clock& clock, std::chrono::minutes idleLimit, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_limit(idleLimit)
    , m_lastActivityMs(clock.nowUtc().toMSecsSinceEpoch())
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this]() { (void)lockIfIdle(); });
    m_timer.start();
}

void AutoLock::noteActivity()
{
    m_lastActivityMs = m_clock.nowUtc().toMSecsSinceEpoch();
}

void AutoLock::setIdleLimit(std::chrono::minutes limit)
{
    m_limit = limit;
    noteActivity();
}

bool AutoLock::lockIfIdle()
{
    if (m_limit.count() <= 0 || !m_store.isOpen()) {
        return false;
    }
    const qint64 idleMs = m_clock.nowUtc().toMSecsSinceEpoch() - m_lastActivityMs;
    if (idleMs < std::chrono::duration_cast<std::chrono::milliseconds>(m_limit).count()) {
        return false;
    }
    qCInfo(lcStorage) << "Locking the practice after" << m_limit.count() << "idle minutes";
    (void)m_store.lock();
    Q_EMIT locked();
    return true;
}

} // namespace clientele
