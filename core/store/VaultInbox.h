#pragma once

#include <QDateTime>
#include <QFuture>
#include <QString>

#include "core/Result.h"
#include "core/ports/VaultEventSource.h"
#include "core/store/InboxEvents.h"

namespace clientele {

class Store;

// The inbox's side of the practice (SYNC.md §3.10; schema v11): how far this device has read the
// vault's log, and applying what it read. A page is applied in one transaction with the cursor, so
// a crash at any moment either applies it whole and moves the cursor or does neither. Each event is
// also recorded by the batch id the relay gave it, so one read again (a cursor lost with a new
// connection, an answer repeated) is not applied twice; each is applied within a savepoint, so an
// event that fails leaves nothing half done. An event the practice refuses is recorded with the
// reason for the user (the Outbox shows it), and one that fails in a way reading it again would not
// mend is refused likewise, so it does not hold up the events after it.
class VaultInbox final
{
public:
    struct Applied
    {
        qint64 cursor = 0; // read up to here now
        qint64 headSeq = 0; // the log's end when the page was read: caught up when cursor reaches it
        int applied = 0;
        int ignored = 0; // including events seen before
        int refused = 0;
        int unreadable = 0;
        InboxChanges changes;
    };

    // A refused or unreadable event, for the user: what came and why it was not taken.
    struct Refusal
    {
        QString note;
        QDateTime at;
    };

    VaultInbox(Store& store, QString vaultId);

    QFuture<Result<qint64>> cursor();
    QFuture<Result<Applied>> apply(const VaultEventPage& page);
    // Events that could not be applied since `since`, newest first (at most 50).
    QFuture<Result<QList<Refusal>>> refusals(const QDateTime& since);

private:
    Store& m_store;
    QString m_vaultId;
};

} // namespace clientele
