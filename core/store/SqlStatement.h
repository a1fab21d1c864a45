#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace clientele {

// A prepared statement on a SqlCipherDatabase: RAII owner of one sqlite3_stmt. Parameters are
// 1-based as in SQLite; columns are 0-based. Not thread-safe: it belongs to the storage thread.
class SqlStatement final
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3* db, sqlite3_stmt* stmt);
    ~SqlStatement();
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&& other) noexcept;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqlStatement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    // Text; a null QString binds SQL NULL.
    SqlStatement& bind(int index, const QString& value);
    // A blob; a null QByteArray binds SQL NULL.
    SqlStatement& bindBlob(int index, const QByteArray& value);
    SqlStatement& bindNull(int index);

    // Advances: true when a row is available, false when done.
    Result<bool> step();
    // Runs to completion, for statements that return no rows.
    Result<void> run();
    // Ready to run again with new bindings.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace clientele
