#pragma once

#include <QByteArray>
#include <QUuid>
#include <array>

namespace clientele::sync {

// Row ids (SYNC.md §3.2): UUID version 7 (RFC 9562), 48 bits of Unix milliseconds then random
// bits, so ids made on any device never collide and new rows land at the end of the B-tree.
class UuidV7 final
{
public:
    // Pure form for tests: the id for this millisecond with these 10 random bytes.
    static QUuid fromParts(qint64 unixMs, const std::array<unsigned char, 10>& random);
    // A fresh id from the system clock and the system's random source. Ids from one process are
    // strictly increasing, even within one millisecond.
    static QUuid create();
    // The 16 bytes as stored in BLOB columns.
    static QByteArray toBytes(const QUuid& id) { return id.toRfc4122(); }
    static QUuid fromBytes(const QByteArray& bytes) { return QUuid::fromRfc4122(bytes); }
    static qint64 unixMs(const QUuid& id);
};

} // namespace clientele::sync
