#pragma once

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <chrono>

#include "core/Result.h"

namespace clientele {

// One event the relay put in the vault's log (SYNC.md §3.10): a provider's webhook or a command's
// outcome, sealed to the vault's key and opened here. `seq` is its place in the log; `batchId` names it
// for good (the relay derives it from the event, so a redelivery has the same one).
struct VaultEvent
{
    qint64 seq = 0;
    QString batchId;
    QJsonObject body; // {"provider", "type", …}; empty when it could not be opened
    bool unreadable = false; // sealed to another key, or damaged
};

struct VaultEventPage
{
    QList<VaultEvent> events;
    // The last seq this page covers, events or not (other devices' change batches are passed over):
    // the cursor to ask from next. Equal to the cursor asked from when nothing came; 0 when the relay's
    // log ends before the cursor (reset or restored), so it is read again from the start.
    qint64 lastSeq = 0;
    qint64 headSeq = 0; // the log's end at the relay when it answered
};

// The vault's log as the inbox reads it: everything after a cursor, waiting up to `wait` for
// something new when there is nothing yet (a long-poll). Errors are retryable when the relay could
// not be reached; PermissionDenied when it no longer accepts this device. Futures finish on the
// calling thread; destroying the source cancels a pull under way.
class VaultEventSource
{
public:
    virtual ~VaultEventSource() = default;

    virtual QFuture<Result<VaultEventPage>> pull(qint64 after, std::chrono::seconds wait) = 0;
};

} // namespace clientele
