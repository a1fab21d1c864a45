#include "core/store/ChangeWriter.h"

#include <QCborValue>

#include "core/ports/Clock.h"
#include "core/store/ChangeValues.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/TableSpec.h"

namespace clientele {

namespace {

Error programmerError(const QString& detail)
{
    return Error(Error::Code::Internal, QStringLiteral("The change could not be saved."), detail);
}

} // namespace

ChangeWriter::ChangeWriter(SqlCipherDatabase& db, const Clock& clock, QByteArray deviceId, qint64 hlc)
    : m_db(db)
    , m_wallClock(clock)
    , m_deviceId(std::move(deviceId))
    , m_clock(hlc)
{
}

bool ChangeWriter::observe(qint64 remoteMax)
{
    return m_clock.observe(remoteMax, m_wallClock.nowUtc().toMSecsSinceEpoch());
}

Result<void> ChangeWriter::record(
    const QString& table, const QByteArray& rowId, const QString& field, const QByteArray& value, qint64 stamp)
{
    Result<SqlStatement*> stampRegister =
        m_db.cached("INSERT OR REPLACE INTO crdt_field (tbl, row_id, field, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stampRegister) {
        return stampRegister.error();
    }
    stampRegister.value()->bind(1, table).bindBlob(2, rowId).bind(3, field).bind(4, stamp).bindBlob(5, m_deviceId);
    if (Result<void> done = stampRegister.value()->run(); !done) {
        return done;
    }
    Result<SqlStatement*> log =
        m_db.cached("INSERT INTO change_log (change_id, tbl, row_id, field, value, hlc, device, "
                    "origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)");
    if (!log) {
        return log.error();
    }
    log.value()
        ->bindBlob(1, changeIdOf(m_deviceId, stamp))
        .bind(2, table)
        .bindBlob(3, rowId)
        .bind(4, field)
        .bindBlob(5, value)
        .bind(6, stamp)
        .bindBlob(7, m_deviceId);
    return log.value()->run();
}

Result<void> ChangeWriter::insert(const QString& table, const QUuid& id, const QCborMap& fields)
{
    const TableSpec* spec = tableSpec(table);
    if (!spec) {
        return programmerError(QStringLiteral("unknown table %1").arg(table));
    }
    QStringList columns {QStringLiteral("id")};
    QList<QCborValue> values;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldSpec* field = spec->field(it.key().toString());
        if (!field) {
            return programmerError(QStringLiteral("unknown field %1.%2").arg(table, it.key().toString()));
        }
        Result<QList<QCborValue>> fieldValues = fieldColumnValues(*field, it.value());
        if (!fieldValues) {
            return fieldValues.error();
        }
        columns += field->columns;
        values += fieldValues.value();
    }
    QString placeholders = QStringLiteral("?1");
    for (int i = 2; i <= columns.size(); ++i) {
        placeholders += u",?" + QString::number(i);
    }
    const QByteArray sql =
        (u"INSERT INTO " + table + u" (" + columns.join(u',') + u") VALUES (" + placeholders + u')').toUtf8();
    Result<SqlStatement*> statement = m_db.cached(sql.constData());
    if (!statement) {
        return statement.error();
    }
    const QByteArray rowId = id.toRfc4122();
    statement.value()->bindBlob(1, rowId);
    for (int i = 0; i < values.size(); ++i) {
        bindChangeValue(*statement.value(), i + 2, values.at(i));
    }
    if (Result<void> done = statement.value()->run(); !done) {
        return done;
    }
    const qint64 stamp = m_clock.tick(m_wallClock.nowUtc().toMSecsSinceEpoch());
    return record(table, rowId, QStringLiteral("_created"), QCborValue(fields).toCbor(), stamp);
}

Result<void> ChangeWriter::update(const QString& table, const QUuid& id, const QCborMap& fields)
{
    const TableSpec* spec = tableSpec(table);
    if (!spec) {
        return programmerError(QStringLiteral("unknown table %1").arg(table));
    }
    const QByteArray rowId = id.toRfc4122();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldSpec* field = spec->field(it.key().toString());
        if (!field) {
            return programmerError(QStringLiteral("unknown field %1.%2").arg(table, it.key().toString()));
        }
        Result<QList<QCborValue>> values = fieldColumnValues(*field, it.value());
        if (!values) {
            return values.error();
        }
        QStringList assignments;
        for (int i = 0; i < field->columns.size(); ++i) {
            assignments.append(field->columns.at(i) + u"=?" + QString::number(i + 2));
        }
        const QByteArray sql = (u"UPDATE " + table + u" SET " + assignments.join(u',') + u" WHERE id=?1").toUtf8();
        Result<SqlStatement*> statement = m_db.cached(sql.constData());
        if (!statement) {
            return statement.error();
        }
        statement.value()->bindBlob(1, rowId);
        for (int i = 0; i < values->size(); ++i) {
            bindChangeValue(*statement.value(), i + 2, values->at(i));
        }
        if (Result<void> done = statement.value()->run(); !done) {
            return done;
        }
        if (m_db.changes() == 0) {
            return Error(Error::Code::NotFound, QStringLiteral("The record no longer exists."),
                QStringLiteral("%1 %2").arg(table, id.toString(QUuid::WithoutBraces)));
        }
        const qint64 stamp = m_clock.tick(m_wallClock.nowUtc().toMSecsSinceEpoch());
        if (Result<void> done = record(table, rowId, field->name, it.value().toCbor(), stamp); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ChangeWriter::updateChanged(
    const QString& table, const QUuid& id, const QCborMap& before, const QCborMap& after)
{
    QCborMap changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed.insert(it.key(), it.value());
        }
    }
    if (changed.isEmpty()) {
        return {};
    }
    return update(table, id, changed);
}

Result<void> ChangeWriter::setDeleted(const QString& table, const QUuid& id, bool deleted)
{
    if (!tableSpec(table)) {
        return programmerError(QStringLiteral("unknown table %1").arg(table));
    }
    const QByteArray rowId = id.toRfc4122();
    const QByteArray sql = (u"UPDATE " + table + u" SET deleted=?2 WHERE id=?1").toUtf8();
    Result<SqlStatement*> statement = m_db.cached(sql.constData());
    if (!statement) {
        return statement.error();
    }
    statement.value()->bindBlob(1, rowId).bind(2, deleted);
    if (Result<void> done = statement.value()->run(); !done) {
        return done;
    }
    if (m_db.changes() == 0) {
        return Error(Error::Code::NotFound, QStringLiteral("The record no longer exists."),
            QStringLiteral("%1 %2").arg(table, id.toString(QUuid::WithoutBraces)));
    }
    const qint64 stamp = m_clock.tick(m_wallClock.nowUtc().toMSecsSinceEpoch());
    return record(table, rowId, QStringLiteral("_deleted"), QCborValue(deleted ? 1 : 0).toCbor(), stamp);
}

Result<void> ChangeWriter::remove(const QString& table, const QUuid& id)
{
    return setDeleted(table, id, true);
}

Result<void> ChangeWriter::undelete(const QString& table, const QUuid& id)
{
    return setDeleted(table, id, false);
}

} // namespace clientele
