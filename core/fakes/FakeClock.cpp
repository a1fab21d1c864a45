#include "core/fakes/FakeClock.h"

namespace clientele {

FakeClock::FakeClock(const QDateTime& startUtc)
    : m_now(startUtc.toUTC())
{
}

QDateTime FakeClock::nowUtc() const
{
    const QMutexLocker lock(&m_mutex);
    return m_now;
}

void FakeClock::setNow(const QDateTime& utc)
{
    const QMutexLocker lock(&m_mutex);
    m_now = utc.toUTC();
}

void FakeClock::advance(qint64 milliseconds)
{
    const QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

} // namespace clientele
