#pragma once

#include <QCborValue>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>
#include <functional>
#include <optional>
#include <utility>

#include "core/Result.h"
#include "core/store/SqlStatement.h"

namespace clientele {

class SqlCipherDatabase;

// How domain values are written to and read from the store's rows: empty text and null ids become
// SQL NULL, dates are ISO text, enums are stable lower-case keys (never their numbers, so reordering
// an enum never changes stored data).
namespace StoredValues {

inline QCborValue text(const QString& value)
{
    return value.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(value);
}

inline QCborValue uuid(const QUuid& id)
{
    return id.isNull() ? QCborValue(QCborValue::Null) : QCborValue(id.toRfc4122());
}

inline QCborValue date(const QDate& value)
{
    return value.isValid() ? QCborValue(value.toString(Qt::ISODate)) : QCborValue(QCborValue::Null);
}

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char*>, N>;

// The key of an enum value; the table's first key for a value it does not list.
template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return QString::fromLatin1(table.front().second);
}

// The enum value of a key; fallback for a key the table does not list (data from a newer version).
template<typename Enum, std::size_t N>
Enum fromKey(const KeyTable<Enum, N>& table, const QString& key, Enum fallback)
{
    for (const auto& [value, candidate] : table) {
        if (key == QLatin1String(candidate)) {
            return value;
        }
    }
    return fallback;
}

// "a, b, c" as "t.a, t.b, t.c": a table's column list for a query that joins it under an alias.
QString qualified(const char* columns, const QString& alias);

// Every row of a prepared query, each made into a T by `read`.
template<typename T, typename Read>
Result<QList<T>> readRows(SqlStatement& query, Read read)
{
    QList<T> rows;
    for (;;) {
        Result<bool> found = query.step();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return rows;
        }
        rows.append(read(query));
    }
}

// Runs a query with ?1 bound to id and returns the statement on its first row, or nullopt when
// there is none (a record that does not exist, or only as a tombstone).
Result<std::optional<SqlStatement>> findRow(SqlCipherDatabase& db, const QString& sql, const QUuid& id);

// The ids (first column, UUID blobs) that a query with ?1 bound to parentId (none when it is null)
// returns, read completely before the caller writes (a write while the statement steps would change
// what it sees).
Result<QList<QUuid>> rowIds(SqlCipherDatabase& db, const QString& sql, const QUuid& parentId);

// Runs a query with ?1 bound to parentId and hands each row to visit; stops at the first error.
Result<void> forEachRow(SqlCipherDatabase& db, const char* sql, const QUuid& parentId,
    const std::function<Result<void>(SqlStatement&)>& visit);

} // namespace StoredValues

} // namespace clientele
