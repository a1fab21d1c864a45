#include "core/store/StoredValues.h"

#include <QStringList>

#include "core/store/SqlCipherDatabase.h"

namespace clientele::StoredValues {

QString qualified(const char* columns, const QString& alias)
{
    QStringList names = QString::fromLatin1(columns).split(QStringLiteral(", "));
    for (QString& name : names) {
        name.prepend(alias + u'.');
    }
    return names.join(QStringLiteral(", "));
}

Result<std::optional<SqlStatement>> findRow(SqlCipherDatabase& db, const QString& sql, const QUuid& id)
{
    Result<SqlStatement> statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    statement.value().bindBlob(1, id.toRfc4122());
    Result<bool> found = statement.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<SqlStatement>();
    }
    return std::optional<SqlStatement>(std::move(statement).value());
}

Result<QList<QUuid>> rowIds(SqlCipherDatabase& db, const QString& sql, const QUuid& parentId)
{
    Result<SqlStatement> rows = db.prepare(sql);
    if (!rows) {
        return rows.error();
    }
    if (!parentId.isNull()) {
        rows.value().bindBlob(1, parentId.toRfc4122());
    }
    QList<QUuid> ids;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        ids.append(QUuid::fromRfc4122(rows.value().blob(0)));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return ids;
}

Result<void> forEachRow(SqlCipherDatabase& db, const char* sql, const QUuid& parentId,
    const std::function<Result<void>(SqlStatement&)>& visit)
{
    Result<SqlStatement*> query = db.cached(sql);
    if (!query) {
        return query.error();
    }
    SqlStatement& statement = *query.value();
    statement.bindBlob(1, parentId.toRfc4122());
    Result<bool> step = statement.step();
    while (step && step.value()) {
        if (Result<void> visited = visit(statement); !visited) {
            statement.reset();
            return visited;
        }
        step = statement.step();
    }
    statement.reset();
    if (!step) {
        return step.error();
    }
    return {};
}

} // namespace clientele::StoredValues
