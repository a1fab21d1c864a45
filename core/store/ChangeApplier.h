#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;
struct TableSpec;

// One change another device made (SYNC.md §3.4), as it came in a batch.
struct RemoteChange
{
    QString table;
    QByteArray rowId; // 16 bytes
    QString field; // a field of the table, "_created" (a map of every field) or "_deleted"
    QByteArray value; // CBOR
    qint64 hlc = 0;
    QByteArray device; // the sync device id of the device that made it
};

// The apply path of SYNC.md §3.6, one change at a time, in the caller's transaction: the change is
// kept in change_log (a change seen before is skipped), and it wins its register when its (hlc,
// device) stamp is greater than the register's; only then is the domain row written. Because the
// outcome depends only on the stamps, any order and any repetition of the same changes ends in the
// same practice on every device.
//
// A field without a register of its own is stamped by the row's "_created" register (ChangeWriter).
// A change to a row not yet created here wins or loses its register all the same, and its value is
// taken from change_log when the row's creation arrives.
class ChangeApplier final
{
public:
    struct Outcome
    {
        bool duplicate = false; // seen before: nothing done
        bool written = false; // the domain row changed
        // Kept in change_log and named in sync_pending, not (or not wholly) applied: a table, field or
        // value this version does not know. Set aside so the changes after it still arrive, and taken
        // in by replayPending once a version knows it.
        bool setAside = false;
    };

    explicit ChangeApplier(SqlCipherDatabase& db);

    Result<Outcome> apply(const RemoteChange& change);
    // Takes in again the changes set aside (after an update); those that changed the practice now.
    Result<QList<RemoteChange>> replayPending();

private:
    struct Stamp
    {
        qint64 hlc = 0;
        QByteArray device;
        bool exists = false;
    };

    Result<Stamp> stamp(const RemoteChange& change, const QString& field);
    Result<void> setStamp(const RemoteChange& change, const QString& field, qint64 hlc, const QByteArray& device);
    Result<bool> rowExists(const TableSpec& table, const QByteArray& rowId);
    Result<void> writeField(
        const TableSpec& table, const QByteArray& rowId, const QString& field, const QByteArray& cbor);
    Result<bool> applyCreated(const TableSpec& table, const RemoteChange& change);
    Result<bool> applyField(const TableSpec& table, const RemoteChange& change);
    Result<void> take(const RemoteChange& change, Outcome& outcome);
    Result<void> setAside(const RemoteChange& change, const QString& reason);
    Result<bool> applyWithin(const TableSpec& table, const RemoteChange& change, Outcome& outcome);
    // The newest value change_log has for a register, for a row created after its fields changed.
    Result<QByteArray> latestValue(const RemoteChange& change, const QString& field);

    SqlCipherDatabase& m_db;
};

} // namespace clientele
