#pragma once

#include <QFuture>
#include <QList>
#include <QString>
#include <chrono>
#include <memory>

#include "core/Result.h"

namespace clientele {

class BatchSealer;

// The key the batches are sealed with (BatchCipher), as the relay records it: a new key after a
// device is lost gets the next number (SYNC.md §3.8, key rotation).
inline constexpr int kChangeBatchKeyId = 1;

// One device's sealed change batch in the vault's log (SYNC.md §3.6), as the relay keeps it: the
// relay sees ids, sizes and times, never what is inside.
struct RelayBatch
{
    qint64 seq = 0;
    QString batchId;
    QString deviceId; // the relay's id of the device that pushed it
    QByteArray sealed;
};

struct RelayBatchPage
{
    QList<RelayBatch> batches; // other devices' and this one's; never the relay's own events
    // The last seq this page covers (the relay's events are passed over): the cursor to ask from next.
    // 0 when the relay's log ends before the cursor asked from (reset or restored): read it again.
    qint64 lastSeq = 0;
    qint64 headSeq = 0;
};

// The practice's change batches at the relay: push this device's sealed batches (a batch id pushed
// again answers with the seq it got the first time), and pull everything after a cursor, waiting up
// to `wait` for something new (a long-poll). Errors are retryable when the relay could not be reached;
// PermissionDenied when it no longer accepts this device; Conflict ("clock_skew") when this computer's
// clock is too far ahead. Futures finish on the calling thread.
class ChangeRelay
{
public:
    virtual ~ChangeRelay() = default;

    // The relay's id of this device and vault, which sealed batches are bound to.
    virtual QString deviceId() const = 0;
    virtual QString vaultId() const = 0;
    // Seals and opens batches with the vault's key; usable on any thread, for as long as it is held.
    virtual std::shared_ptr<const BatchSealer> sealer() const = 0;

    virtual QFuture<Result<qint64>> push(const QString& batchId, const QByteArray& sealed, qint64 hlcMax) = 0;
    virtual QFuture<Result<RelayBatchPage>> pull(qint64 after, std::chrono::seconds wait) = 0;
};

} // namespace clientele
