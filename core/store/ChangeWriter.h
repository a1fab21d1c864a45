#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QUuid>

#include "core/Result.h"
#include "core/sync/Hlc.h"

namespace clientele {

class Clock;
class SqlCipherDatabase;

// Writes domain rows and their change capture in the caller's transaction (SYNC.md §3.6): the row,
// the winning stamp in crdt_field and the change in change_log, so an edit and its record of
// history commit or vanish together.
//
// One refinement over SYNC.md §3.5: creating a row writes one "_created" change holding every
// field (a CBOR map) and one "_created" register, instead of one change and one register per
// field. A field without a register of its own is stamped by "_created". Merging is unchanged (a
// field's stamp is its own register if present, else the row's _created stamp), because no other
// device can write a field of a row before it has seen the row's creation with the same id; it
// cuts the writes for a new booking from ~20 rows to 3.
class ChangeWriter final
{
public:
    ChangeWriter(SqlCipherDatabase& db, const Clock& clock, QByteArray deviceId, qint64 hlc);

    // Values: field name → value; a group is a QCborArray in column order. Unknown tables or
    // fields are programmer errors reported as Internal.
    Result<void> insert(const QString& table, const QUuid& id, const QCborMap& fields);
    Result<void> update(const QString& table, const QUuid& id, const QCborMap& fields);
    // Writes only the fields whose value differs between before and after, so an edit never
    // overwrites what another device changed in the fields this one did not touch.
    Result<void> updateChanged(const QString& table, const QUuid& id, const QCborMap& before, const QCborMap& after);
    // Tombstone (SYNC.md §3.7): the row stays, hidden, so a late edit cannot resurrect it.
    Result<void> remove(const QString& table, const QUuid& id);
    Result<void> undelete(const QString& table, const QUuid& id);

    // Takes in the largest stamp of a batch received from another device (SYNC.md §3.3), so this
    // device's next stamps order after what it has seen. False when that stamp is beyond the drift
    // allowed: merged all the same, but the clock does not follow it.
    bool observe(qint64 remoteMax);

    // The clock value to persist in sync_state before commit.
    qint64 hlc() const { return m_clock.value(); }
    const QByteArray& deviceId() const { return m_deviceId; }

private:
    Result<void> record(
        const QString& table, const QByteArray& rowId, const QString& field, const QByteArray& value, qint64 stamp);
    Result<void> setDeleted(const QString& table, const QUuid& id, bool deleted);

    SqlCipherDatabase& m_db;
    const Clock& m_wallClock;
    QByteArray m_deviceId;
    sync::Hlc m_clock;
};

} // namespace clientele
