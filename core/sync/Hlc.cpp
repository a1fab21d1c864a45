#include "core/sync/Hlc.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace clientele::sync {

qint64 Hlc::tick(qint64 nowMs)
{
    qint64 physical = physicalMs(m_value);
    quint32 counter = logical(m_value);
    if (nowMs > physical) {
        physical = nowMs;
        counter = 0;
    } else if (counter == kLogicalMask) {
        ++physical;
        counter = 0;
    } else {
        ++counter;
    }
    m_value = pack(physical, counter);
    return m_value;
}

bool Hlc::observe(qint64 remoteMax, qint64 nowMs)
{
    const qint64 ceiling = pack(nowMs + kMaxDriftMs, kLogicalMask);
    const bool withinDrift = remoteMax <= ceiling;
    const qint64 followed = std::min(remoteMax, ceiling);
    if (followed > m_value) {
        m_value = followed;
    }
    return withinDrift;
}

QString Hlc::toString(qint64 hlc)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(physicalMs(hlc), Qt::UTC);
    return time.toString(Qt::ISODateWithMs) + u'-' + QStringLiteral("%1").arg(logical(hlc), 4, 16, QLatin1Char('0'));
}

} // namespace clientele::sync
