#pragma once

#include <QDateTime>
#include <QMutex>

#include "core/ports/Clock.h"

namespace clientele {

// A clock that only moves when told to. Tests move it on their thread while the storage thread reads
// it, so it is guarded.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime& startUtc);

    QDateTime nowUtc() const override;

    void setNow(const QDateTime& utc);
    void advance(qint64 milliseconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace clientele
