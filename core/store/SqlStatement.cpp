#include "core/store/SqlStatement.h"

#include <sqlcipher/sqlite3.h>

#include "core/store/SqlError.h"

namespace clientele {

SqlStatement::SqlStatement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindBlob(int index, const QByteArray& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).left(80);
    return sqlError(m_db, rc, sql);
}

Result<void> SqlStatement::run()
{
    Result<bool> stepped = step();
    while (stepped && stepped.value()) {
        stepped = step();
    }
    reset();
    if (!stepped) {
        return stepped.error();
    }
    return {};
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqlStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto* raw = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!raw) {
        return {};
    }
    return QString::fromUtf8(raw, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const void* raw = sqlite3_column_blob(m_stmt, column);
    if (!raw) {
        return {};
    }
    return QByteArray(static_cast<const char*>(raw), sqlite3_column_bytes(m_stmt, column));
}

} // namespace clientele
