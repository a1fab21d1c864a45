#include "core/store/StoreMaintenance.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/TableSpec.h"

namespace clientele::StoreMaintenance {

namespace {

bool isIdColumn(const QString& column)
{
    return column == u"id" || column.endsWith(u"_id") || column == u"refund_of";
}

bool isCborColumn(const QString& column)
{
    return column == u"reminder_plan" || column == u"questions" || column == u"answers";
}

} // namespace

Result<CheckReport> check(StoreSession& session)
{
    SqlCipherDatabase& db = session.db();
    CheckReport report;
    Result<SqlStatement> integrity = db.prepare(QStringLiteral("PRAGMA integrity_check;"));
    if (!integrity) {
        return integrity.error();
    }
    Result<bool> step = integrity.value().step();
    while (step && step.value()) {
        const QString line = integrity.value().text(0);
        if (line != u"ok") {
            report.problems.append(u"database: " + line);
        }
        step = integrity.value().step();
    }
    if (!step) {
        return step.error();
    }
    for (const QString& fts : {QStringLiteral("search_client_fts"), QStringLiteral("search_record_fts")}) {
        if (Result<void> checked = db.execute(u"INSERT INTO " + fts + u'(' + fts + u") VALUES('integrity-check');");
            !checked) {
            report.problems.append(u"search index: " + checked.error().detail());
        }
    }
    for (const TableSpec& table : syncedTables()) {
        Result<qint64> unstamped = db.queryInt(u"SELECT count(*) FROM " + table.name
            + u" t WHERE NOT EXISTS (SELECT 1 FROM crdt_field f WHERE f.tbl = '" + table.name
            + u"' AND f.row_id = t.id AND f.field = '_created')");
        if (!unstamped) {
            return unstamped.error();
        }
        if (unstamped.value() > 0) {
            report.problems.append(
                QStringLiteral("%1: %2 rows without a change record").arg(table.name).arg(unstamped.value()));
        }
    }
    Result<qint64> orphans = db.queryInt(QStringLiteral(
        "SELECT count(*) FROM change_log c WHERE NOT EXISTS (SELECT 1 FROM crdt_field f WHERE f.tbl = c.tbl AND "
        "f.row_id = c.row_id AND f.field = c.field)"));
    if (!orphans) {
        return orphans.error();
    }
    if (orphans.value() > 0) {
        report.problems.append(QStringLiteral("change log: %1 entries without a register").arg(orphans.value()));
    }
    return report;
}

Result<Stats> stats(StoreSession& session)
{
    SqlCipherDatabase& db = session.db();
    Stats stats;
    Result<qint64> version = db.queryInt(QStringLiteral("PRAGMA user_version;"));
    Result<qint64> changes = db.queryInt(QStringLiteral("SELECT count(*) FROM change_log;"));
    if (!version || !changes) {
        return !version ? version.error() : changes.error();
    }
    stats.schemaVersion = static_cast<int>(version.value());
    stats.changeLogEntries = changes.value();
    stats.databaseBytes =
        QFileInfo(session.files().databasePath()).size() + QFileInfo(session.files().databasePath() + u"-wal").size();
    for (const TableSpec& table : syncedTables()) {
        Result<qint64> rows = db.queryInt(u"SELECT count(*) FROM " + table.name + u" WHERE deleted = 0");
        if (!rows) {
            return rows.error();
        }
        stats.liveRows.append({table.name, rows.value()});
    }
    return stats;
}

Result<qint64> exportJson(StoreSession& session, QIODevice& out)
{
    SqlCipherDatabase& db = session.db();
    qint64 written = 0;
    out.write("{\"format\":\"clientele-export\",\"version\":1,\"vault\":\"");
    out.write(session.vaultId().toString(QUuid::WithoutBraces).toLatin1());
    out.write("\",\"tables\":{");
    bool firstTable = true;
    for (const TableSpec& table : syncedTables()) {
        QStringList columns {QStringLiteral("id")};
        for (const FieldSpec& field : table.fields) {
            columns += field.columns;
        }
        Result<SqlStatement> rows =
            db.prepare(u"SELECT " + columns.join(u',') + u" FROM " + table.name + u" WHERE deleted = 0 ORDER BY id");
        if (!rows) {
            return rows.error();
        }
        out.write(firstTable ? "\n\"" : ",\n\"");
        firstTable = false;
        out.write(table.name.toLatin1());
        out.write("\":[");
        bool firstRow = true;
        Result<bool> step = rows.value().step();
        while (step && step.value()) {
            SqlStatement& row = rows.value();
            QJsonObject object;
            for (int i = 0; i < columns.size(); ++i) {
                const QString& column = columns.at(i);
                if (row.isNull(i)) {
                    continue;
                }
                if (isIdColumn(column)) {
                    object.insert(column, QUuid::fromRfc4122(row.blob(i)).toString(QUuid::WithoutBraces));
                } else if (isCborColumn(column)) {
                    // Converted through the container types: QCborValue::toJsonValue() on a decoded
                    // array crashes in Qt 6.4.
                    const QCborValue value = QCborValue::fromCbor(row.blob(i));
                    if (value.isArray()) {
                        object.insert(column, value.toArray().toJsonArray());
                    } else if (value.isMap()) {
                        object.insert(column, value.toMap().toJsonObject());
                    } else if (value.isInvalid()) {
                        object.insert(column, QString::fromLatin1(row.blob(i).toBase64()));
                    } else {
                        object.insert(column, value.toJsonValue());
                    }
                } else {
                    const QString value = row.text(i);
                    bool isNumber = false;
                    const qint64 number = value.toLongLong(&isNumber);
                    if (isNumber && QString::number(number) == value) {
                        object.insert(column, number);
                    } else {
                        object.insert(column, value);
                    }
                }
            }
            out.write(firstRow ? "\n" : ",\n");
            firstRow = false;
            out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
            ++written;
            step = row.step();
        }
        if (!step) {
            return step.error();
        }
        out.write("]");
    }
    if (out.write("}}\n") < 0) {
        return Error(Error::Code::Io, QStringLiteral("The export could not be written."), out.errorString());
    }
    return written;
}

} // namespace clientele::StoreMaintenance
