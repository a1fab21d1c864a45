#pragma once

#include <QDateTime>

#include "core/ports/Clock.h"

namespace clientele {

// A clock that only moves when told to.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime& startUtc);

    QDateTime nowUtc() const override;

    void setNow(const QDateTime& utc);
    void advance(qint64 milliseconds);

private:
    QDateTime m_now;
};

} // namespace clientele
