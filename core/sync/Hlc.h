#pragma once

#include <QString>
#include <QtGlobal>

namespace clientele::sync {

// A hybrid logical clock (SYNC.md §3.3): hlc = (physical_ms << 16) | logical. It orders every
// change of every device totally, together with the device id, even when wall clocks disagree.
// Pure: the caller passes "now" and persists value() in the same transaction as the changes it
// stamps, so a value is never reused after a crash.
class Hlc final
{
public:
    static constexpr qint64 kMaxDriftMs = 10LL * 60 * 1000; // SYNC.md §3.3 drift policy
    static constexpr quint32 kLogicalMask = 0xFFFF;

    explicit Hlc(qint64 value = 0)
        : m_value(value)
    {
    }

    static qint64 pack(qint64 physicalMs, quint32 logical) { return (physicalMs << 16) | (logical & kLogicalMask); }
    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }
    static quint32 logical(qint64 hlc) { return static_cast<quint32>(hlc & kLogicalMask); }

    // A new stamp for a local write: greater than every stamp issued or observed before. When the
    // logical counter would overflow it borrows into the physical part instead of failing.
    qint64 tick(qint64 nowMs);

    // Takes in the largest stamp of a received batch (once per batch, not per change). A remote
    // clock more than kMaxDriftMs ahead of now is merged but not followed past now + kMaxDriftMs;
    // returns false in that case so the caller can raise a clock diagnostic.
    bool observe(qint64 remoteMax, qint64 nowMs);

    qint64 value() const { return m_value; }

    // "2025-01-31T12:00:00.123Z-0001" (time and logical counter), for logs.
    static QString toString(qint64 hlc);

private:
    qint64 m_value = 0;
};

} // namespace clientele::sync
