#pragma once

#include <QFuture>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

#include "core/Result.h"
#include "core/ports/ChangeRelay.h"

namespace clientele {

class BatchSealer;
class Store;

// The store's side of syncing the practice through one vault (SYNC.md §3.6; schema v16).
//
// Outgoing: this device's changes not yet sent are sealed into a batch (compressed CBOR, encrypted
// by BatchSealer) in one transaction with the "sealed up to" cursor, so a batch once sealed is sent
// with the same id and bytes however often it is retried, and no change is sealed twice.
//
// Incoming: a page of other devices' batches is applied in one transaction with the "pulled up to"
// cursor (ChangeApplier decides each change by its stamp), so a crash at any moment applies a page
// whole or not at all, and a page read again changes nothing. The cursor never moves past a batch
// this device could not read.
class ChangeBatches final
{
public:
    struct Outgoing
    {
        QString batchId;
        QByteArray sealed;
        qint64 hlcMax = 0;
        int changes = 0;
    };

    struct Applied
    {
        qint64 cursor = 0;
        qint64 headSeq = 0;
        int batches = 0;
        int changes = 0; // new to this device
        int written = 0; // that changed what the practice shows
        int unreadable = 0; // batches that did not open with the vault's key: passed over
        int setAside = 0; // changes kept but not applied (ChangeApplier::Outcome::setAside)
        // A batch of the practice in a format this version cannot read: the cursor stops before it, so
        // its changes are not passed over; reading on needs an update.
        bool blocked = false;
        // The relay's log ended before this device's cursor (reset or restored): this device's
        // batches it had acknowledged are sent again, and the log is read from the start.
        bool relayReset = false;
        QSet<QString> tables; // the tables written
    };

    // Largest plain size of one batch (SYNC.md §3.6), and most changes in one.
    static constexpr qsizetype kMaxBatchBytes = qsizetype {512} * 1024;
    static constexpr int kMaxBatchChanges = 5000;

    ChangeBatches(Store& store, QString vaultId, QString relayDeviceId, std::shared_ptr<const BatchSealer> cipher);

    // The oldest batch sealed for this vault and not yet acknowledged; else a new batch of the
    // changes not yet sealed; nothing when every change has been sent.
    QFuture<Result<std::optional<Outgoing>>> next();
    QFuture<Result<void>> acknowledged(const QString& batchId, qint64 seq);
    // This device's changes the relay has not acknowledged yet.
    QFuture<Result<qint64>> unsent();

    QFuture<Result<qint64>> cursor();
    // Takes in the changes set aside by an earlier version (ChangeApplier::replayPending), with the
    // search documents of what they changed; `written` and `tables` say what that was.
    QFuture<Result<Applied>> replayPending();
    QFuture<Result<Applied>> apply(const RelayBatchPage& page);

private:
    Store& m_store;
    QString m_vaultId;
    QString m_relayDeviceId;
    std::shared_ptr<const BatchSealer> m_cipher;
};

} // namespace clientele
