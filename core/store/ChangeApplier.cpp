#include "core/store/ChangeApplier.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QStringList>

#include "core/Logging.h"
#include "core/store/ChangeValues.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/TableSpec.h"
#include "core/sync/Hlc.h"

namespace clientele {

namespace {

const QString kCreated = QStringLiteral("_created");
const QString kDeleted = QStringLiteral("_deleted");

bool beats(const RemoteChange& change, qint64 hlc, const QByteArray& device)
{
    return change.hlc > hlc || (change.hlc == hlc && change.device > device);
}

Result<SqlStatement*> statementFor(SqlCipherDatabase& db, const QString& sql)
{
    return db.cached(sql.toUtf8().constData());
}

} // namespace

ChangeApplier::ChangeApplier(SqlCipherDatabase& db)
    : m_db(db)
{
}

Result<ChangeApplier::Outcome> ChangeApplier::apply(const RemoteChange& change)
{
    Result<SqlStatement*> log =
        m_db.cached("INSERT OR IGNORE INTO change_log (change_id, tbl, row_id, field, value, hlc, device, origin) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)");
    if (!log) {
        return log.error();
    }
    log.value()
        ->bindBlob(1, changeIdOf(change.device, change.hlc))
        .bind(2, change.table)
        .bindBlob(3, change.rowId)
        .bind(4, change.field)
        .bindBlob(5, change.value)
        .bind(6, change.hlc)
        .bindBlob(7, change.device);
    if (Result<void> kept = log.value()->run(); !kept) {
        return kept.error();
    }
    Outcome outcome;
    if (m_db.changes() == 0) {
        outcome.duplicate = true;
        return outcome;
    }
    if (Result<void> taken = take(change, outcome); !taken) {
        return taken.error();
    }
    return outcome;
}

Result<void> ChangeApplier::take(const RemoteChange& change, Outcome& outcome)
{
    const TableSpec* table = tableSpec(change.table);
    if (!table) {
        outcome.setAside = true;
        return setAside(change, QStringLiteral("table"));
    }
    Result<bool> written = applyWithin(*table, change, outcome);
    if (!written) {
        return written.error();
    }
    outcome.written = written.value();
    if (change.field == kCreated) {
        // A creation naming fields this version does not have is taken in again after an update.
        const QCborMap fields = QCborValue::fromCbor(change.value).toMap();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!table->field(it.key().toString())) {
                outcome.setAside = true;
                return setAside(change, QStringLiteral("field"));
            }
        }
    }
    return {};
}

Result<void> ChangeApplier::setAside(const RemoteChange& change, const QString& reason)
{
    qCWarning(lcSync).noquote() << "A change to" << change.table << "field" << change.field
                                << "is kept aside until this version knows it (" << reason << ")";
    Result<SqlStatement*> keep =
        m_db.cached("INSERT OR IGNORE INTO sync_pending (change_id, reason, at) VALUES (?1, ?2, ?3)");
    if (!keep) {
        return keep.error();
    }
    keep.value()
        ->bindBlob(1, changeIdOf(change.device, change.hlc))
        .bind(2, reason)
        .bind(3, sync::Hlc::physicalMs(change.hlc));
    return keep.value()->run();
}

Result<QList<RemoteChange>> ChangeApplier::replayPending()
{
    Result<SqlStatement> query = m_db.prepare(
        QStringLiteral("SELECT c.change_id, c.tbl, c.row_id, c.field, c.value, c.hlc, c.device FROM sync_pending p "
                       "JOIN change_log c ON c.change_id = p.change_id ORDER BY c.hlc, c.device"));
    if (!query) {
        return query.error();
    }
    QList<RemoteChange> pending;
    for (;;) {
        Result<bool> row = query.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        const SqlStatement& change = query.value();
        pending.append(
            {change.text(1), change.blob(2), change.text(3), change.blob(4), change.int64(5), change.blob(6)});
    }
    if (pending.isEmpty()) {
        return QList<RemoteChange>();
    }
    if (Result<void> cleared = m_db.execute(QStringLiteral("DELETE FROM sync_pending")); !cleared) {
        return cleared.error();
    }
    QList<RemoteChange> written;
    for (const RemoteChange& change : pending) {
        Outcome outcome;
        if (Result<void> taken = take(change, outcome); !taken) {
            return taken.error();
        }
        if (outcome.written) {
            written.append(change);
        }
    }
    return written;
}

Result<bool> ChangeApplier::applyWithin(const TableSpec& table, const RemoteChange& change, Outcome& outcome)
{
    // A savepoint, so a change whose value this version cannot take leaves neither register nor row
    // half written, while the change itself stays in change_log.
    if (Result<void> opened = m_db.execute(QStringLiteral("SAVEPOINT apply_change")); !opened) {
        return opened.error();
    }
    Result<bool> written = change.field == kCreated ? applyCreated(table, change) : applyField(table, change);
    // Only a value this version cannot take is set aside; anything else (the disk, a damaged
    // database, memory) fails the page, which is read again.
    if (!written
        && (written.error().code() == Error::Code::Conflict || written.error().code() == Error::Code::Incompatible)) {
        qCWarning(lcSync).noquote() << "A change to" << change.table << "field" << change.field
                                    << "does not fit this version:" << written.error().detail();
        if (Result<void> undone = m_db.execute(QStringLiteral("ROLLBACK TO apply_change")); !undone) {
            return undone.error();
        }
        outcome.setAside = true;
        if (Result<void> kept = setAside(change, QStringLiteral("value")); !kept) {
            return kept.error();
        }
        written = false;
    }
    if (!written) {
        return written; // the caller rolls the whole page back
    }
    if (Result<void> released = m_db.execute(QStringLiteral("RELEASE apply_change")); !released) {
        return released.error();
    }
    return written;
}

Result<ChangeApplier::Stamp> ChangeApplier::stamp(const RemoteChange& change, const QString& field)
{
    Result<SqlStatement*> query =
        m_db.cached("SELECT hlc, device FROM crdt_field WHERE tbl = ?1 AND row_id = ?2 AND field = ?3");
    if (!query) {
        return query.error();
    }
    query.value()->bind(1, change.table).bindBlob(2, change.rowId).bind(3, field);
    Result<bool> found = query.value()->step();
    if (!found) {
        return found.error();
    }
    Stamp stamp;
    if (found.value()) {
        stamp = {query.value()->int64(0), query.value()->blob(1), true};
    }
    query.value()->reset();
    return stamp;
}

Result<void> ChangeApplier::setStamp(
    const RemoteChange& change, const QString& field, qint64 hlc, const QByteArray& device)
{
    Result<SqlStatement*> write =
        m_db.cached("INSERT OR REPLACE INTO crdt_field (tbl, row_id, field, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!write) {
        return write.error();
    }
    write.value()->bind(1, change.table).bindBlob(2, change.rowId).bind(3, field).bind(4, hlc).bindBlob(5, device);
    return write.value()->run();
}

Result<bool> ChangeApplier::rowExists(const TableSpec& table, const QByteArray& rowId)
{
    Result<SqlStatement*> query = statementFor(m_db, u"SELECT 1 FROM " + table.name + u" WHERE id = ?1");
    if (!query) {
        return query.error();
    }
    query.value()->bindBlob(1, rowId);
    Result<bool> found = query.value()->step();
    query.value()->reset();
    return found;
}

Result<void> ChangeApplier::writeField(
    const TableSpec& table, const QByteArray& rowId, const QString& field, const QByteArray& cbor)
{
    if (field == kDeleted) {
        Result<SqlStatement*> update = statementFor(m_db, u"UPDATE " + table.name + u" SET deleted = ?2 WHERE id = ?1");
        if (!update) {
            return update.error();
        }
        update.value()->bindBlob(1, rowId).bind(2, QCborValue::fromCbor(cbor).toInteger() != 0);
        return update.value()->run();
    }
    const FieldSpec* spec = table.field(field);
    if (!spec) {
        return {}; // a field of a newer version: its creation is set aside (take)
    }
    const QCborValue value = QCborValue::fromCbor(cbor);
    if (spec->columns.size() > 1 && (!value.isArray() || value.toArray().size() != spec->columns.size())) {
        return Error(Error::Code::Incompatible, QStringLiteral("A change this version does not know."),
            QStringLiteral("group %1.%2 of another shape").arg(table.name, field));
    }
    Result<QList<QCborValue>> values = fieldColumnValues(*spec, value);
    if (!values) {
        return values.error();
    }
    QStringList assignments;
    for (int i = 0; i < spec->columns.size(); ++i) {
        assignments.append(spec->columns.at(i) + u" = ?" + QString::number(i + 2));
    }
    Result<SqlStatement*> update =
        statementFor(m_db, u"UPDATE " + table.name + u" SET " + assignments.join(u", ") + u" WHERE id = ?1");
    if (!update) {
        return update.error();
    }
    update.value()->bindBlob(1, rowId);
    for (int i = 0; i < values->size(); ++i) {
        bindChangeValue(*update.value(), i + 2, values->at(i));
    }
    return update.value()->run();
}

Result<QByteArray> ChangeApplier::latestValue(const RemoteChange& change, const QString& field)
{
    Result<SqlStatement*> query = m_db.cached("SELECT value FROM change_log WHERE tbl = ?1 AND row_id = ?2 AND "
                                              "field = ?3 ORDER BY hlc DESC, device DESC LIMIT 1");
    if (!query) {
        return query.error();
    }
    query.value()->bind(1, change.table).bindBlob(2, change.rowId).bind(3, field);
    Result<bool> found = query.value()->step();
    if (!found) {
        return found.error();
    }
    QByteArray value = found.value() ? query.value()->blob(0) : QByteArray();
    query.value()->reset();
    return value;
}

Result<bool> ChangeApplier::applyCreated(const TableSpec& table, const RemoteChange& change)
{
    const QCborMap fields = QCborValue::fromCbor(change.value).toMap();
    Result<bool> exists = rowExists(table, change.rowId);
    if (!exists) {
        return exists.error();
    }
    Result<Stamp> created = stamp(change, kCreated);
    if (!created) {
        return created.error();
    }
    if (!exists.value()) {
        Result<SqlStatement*> insert = statementFor(m_db, u"INSERT INTO " + table.name + u" (id) VALUES (?1)");
        if (!insert) {
            return insert.error();
        }
        insert.value()->bindBlob(1, change.rowId);
        if (Result<void> inserted = insert.value()->run(); !inserted) {
            return inserted.error();
        }
    }
    bool written = !exists.value();
    // Each field: the creation's value, unless a change of that field (or an earlier creation of the
    // same row, for a row id every device derives alike) has a newer stamp.
    for (const FieldSpec& field : table.fields) {
        Result<Stamp> own = stamp(change, field.name);
        if (!own) {
            return own.error();
        }
        const Stamp& held = own->exists ? own.value() : created.value();
        const bool inCreation = fields.contains(field.name);
        if (inCreation && (!held.exists || beats(change, held.hlc, held.device))) {
            if (Result<void> done =
                    writeField(table, change.rowId, field.name, QCborValue(fields.value(field.name)).toCbor());
                !done) {
                return done.error();
            }
            if (own->exists) {
                // The field's register now holds the creation's stamp, which its value came with.
                if (Result<void> kept = setStamp(change, field.name, change.hlc, change.device); !kept) {
                    return kept.error();
                }
            }
            written = true;
            continue;
        }
        if (!exists.value() && own->exists) {
            // The field changed before this device saw the row made: its newest value is in the log.
            Result<QByteArray> value = latestValue(change, field.name);
            if (!value) {
                return value.error();
            }
            if (Result<void> done = writeField(table, change.rowId, field.name, value.value()); !done) {
                return done.error();
            }
        } else if (!own->exists && created->exists && beats(change, created->hlc, created->device)) {
            // Kept from this device's creation while the row's stamp moves on: it keeps its own.
            if (Result<void> kept = setStamp(change, field.name, created->hlc, created->device); !kept) {
                return kept.error();
            }
        }
    }
    if (!exists.value()) {
        Result<Stamp> deleted = stamp(change, kDeleted);
        if (!deleted) {
            return deleted.error();
        }
        if (deleted->exists) {
            Result<QByteArray> value = latestValue(change, kDeleted);
            if (!value) {
                return value.error();
            }
            if (Result<void> done = writeField(table, change.rowId, kDeleted, value.value()); !done) {
                return done.error();
            }
        }
    }
    if (!created->exists || beats(change, created->hlc, created->device)) {
        if (Result<void> kept = setStamp(change, kCreated, change.hlc, change.device); !kept) {
            return kept.error();
        }
    }
    return written;
}

Result<bool> ChangeApplier::applyField(const TableSpec& table, const RemoteChange& change)
{
    if (change.field != kDeleted && !table.field(change.field)) {
        return Error(Error::Code::Incompatible, QStringLiteral("A change this version does not know."),
            QStringLiteral("unknown field %1.%2").arg(change.table, change.field));
    }
    Result<Stamp> own = stamp(change, change.field);
    if (!own) {
        return own.error();
    }
    Stamp held = own.value();
    if (!held.exists && change.field != kDeleted) {
        Result<Stamp> created = stamp(change, kCreated);
        if (!created) {
            return created.error();
        }
        held = created.value();
    }
    if (held.exists && !beats(change, held.hlc, held.device)) {
        return false;
    }
    if (Result<void> kept = setStamp(change, change.field, change.hlc, change.device); !kept) {
        return kept.error();
    }
    Result<bool> exists = rowExists(table, change.rowId);
    if (!exists) {
        return exists.error();
    }
    if (!exists.value()) {
        return false; // written when the row's creation arrives
    }
    if (Result<void> done = writeField(table, change.rowId, change.field, change.value); !done) {
        return done.error();
    }
    return true;
}

} // namespace clientele
