#include "core/store/SqlCipherDatabase.h"

#include <QFileInfo>
#include <sqlcipher/sqlite3.h>

#include "core/Logging.h"
#include "core/SecureBytes.h"
#include "core/store/SqlError.h"

namespace clientele {

namespace {

struct HandleCloser
{
    void operator()(sqlite3* handle) const { sqlite3_close(handle); }
};
using HandlePtr = std::unique_ptr<sqlite3, HandleCloser>;

QString sqliteMessage(sqlite3* handle)
{
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
}

// Keys the connection with "PRAGMA key = \"x'<hex>'\"". The statement text holds the key, so it is
// built in a SecureBytes and wiped, never in a QString.
int applyRawKey(sqlite3* handle, const SecureBytes& key)
{
    SecureBytes statement;
    statement.append("PRAGMA key = \"x'");
    const SecureBytes hex = key.toHex();
    statement.append(std::string_view(reinterpret_cast<const char*>(hex.data()), hex.size()));
    statement.append("'\";");
    statement.append(std::string_view("\0", 1));
    return sqlite3_exec(handle, reinterpret_cast<const char*>(statement.data()), nullptr, nullptr, nullptr);
}

Result<QString> firstText(sqlite3* handle, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_NOTADB) {
        // Preparing reads the schema, so a wrong key or a file that is no database shows up here.
        return Error(Error::Code::WrongKey, QStringLiteral("The database could not be read"), sqliteMessage(handle));
    }
    if (rc != SQLITE_OK) {
        return Error(Error::Code::Internal, QStringLiteral("The database refused a query"), sqliteMessage(handle));
    }
    QString text;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* raw = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        text = raw ? QString::fromUtf8(raw) : QString();
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        const Error::Code code = (rc == SQLITE_NOTADB) ? Error::Code::WrongKey : Error::Code::Io;
        return Error(code, QStringLiteral("The database could not be read"), sqliteMessage(handle));
    }
    return text;
}

} // namespace

SqlCipherDatabase::SqlCipherDatabase(sqlite3* handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
{
}

SqlCipherDatabase::~SqlCipherDatabase()
{
    m_cache.clear(); // statements are finalised before the connection closes
    sqlite3_close(m_handle);
}

Result<std::unique_ptr<SqlCipherDatabase>> SqlCipherDatabase::open(
    const QString& path, const SecureBytes& key, OpenMode mode)
{
    if (key.size() != kKeySize) {
        return Error(Error::Code::InvalidInput, QStringLiteral("The database key has the wrong length"),
            QStringLiteral("expected %1 bytes, got %2").arg(kKeySize).arg(key.size()));
    }
    if (mode == OpenMode::ExistingOnly && !QFileInfo::exists(path)) {
        return Error(Error::Code::NotFound, QStringLiteral("The practice database does not exist"), path);
    }

    // CREATE even for an existing file: ATTACH inherits these flags, and the backup attaches a new
    // file. ExistingOnly was checked above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFileInfo(path).absoluteFilePath().toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    HandlePtr handle(raw);
    if (rc != SQLITE_OK) {
        return Error(Error::Code::Io, QStringLiteral("The practice database could not be opened"),
            path + u": " + sqliteMessage(raw));
    }

    rc = applyRawKey(handle.get(), key);
    if (rc == SQLITE_OK) {
        const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(kPageSize) + ';';
        rc = sqlite3_exec(handle.get(), pageSize.constData(), nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        return Error(Error::Code::Internal, QStringLiteral("The database could not be keyed"), sqliteMessage(raw));
    }

    // A wrong key does not fail at PRAGMA key but at the first read, which leaves the file as it
    // was (TOOLCHAIN.md). Read the schema now so that a wrong key fails here, cleanly.
    Result<QString> probe = firstText(handle.get(), "SELECT count(*) FROM sqlite_master;");
    if (!probe) {
        if (probe.error().code() == Error::Code::WrongKey) {
            return Error(Error::Code::WrongKey,
                QStringLiteral("This key does not open the practice database, or the file is not a "
                               "Clientele database"),
                path);
        }
        return probe.error();
    }

    // If the process had bound plain SQLite instead of SQLCipher, PRAGMA key would be ignored and the
    // file written in plaintext. cipher_version only answers under SQLCipher.
    Result<QString> cipher = firstText(handle.get(), "PRAGMA cipher_version;");
    if (!cipher || cipher.value().isEmpty()) {
        return Error(Error::Code::Internal, QStringLiteral("The database library does not encrypt"),
            QStringLiteral("PRAGMA cipher_version returned nothing: plain SQLite is loaded"));
    }

    qCInfo(lcStorage) << "Opened encrypted database, SQLCipher" << cipher.value();
    return std::unique_ptr<SqlCipherDatabase>(new SqlCipherDatabase(handle.release(), path));
}

Result<SqlCipherDatabase::LibraryVersions> SqlCipherDatabase::libraryVersions()
{
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    HandlePtr handle(raw);
    if (rc != SQLITE_OK) {
        return Error(Error::Code::Internal, QStringLiteral("The database library could not start"), sqliteMessage(raw));
    }
    Result<QString> cipher = firstText(handle.get(), "PRAGMA cipher_version;");
    if (!cipher || cipher.value().isEmpty()) {
        return Error(Error::Code::Internal, QStringLiteral("The database library does not encrypt"),
            QStringLiteral("PRAGMA cipher_version returned nothing: plain SQLite is loaded"));
    }
    return LibraryVersions {cipher.value(), QString::fromUtf8(sqlite3_libversion())};
}

Result<void> SqlCipherDatabase::execute(const QString& sql)
{
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : sqliteMessage(m_handle);
        sqlite3_free(message);
        return lastError(sql.left(80) + u" (" + detail + u")");
    }
    return {};
}

Result<QString> SqlCipherDatabase::queryText(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return firstText(m_handle, utf8.constData());
}

Result<qint64> SqlCipherDatabase::queryInt(const QString& sql)
{
    Result<SqlStatement> statement = prepare(sql);
    if (!statement) {
        return statement.error();
    }
    Result<bool> row = statement.value().step();
    if (!row) {
        return row.error();
    }
    return row.value() ? statement.value().int64(0) : 0;
}

Result<SqlStatement> SqlCipherDatabase::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqlError(m_handle, rc, sql.left(80));
    }
    return SqlStatement(m_handle, stmt);
}

Result<SqlStatement*> SqlCipherDatabase::cached(const char* sql)
{
    auto found = m_cache.find(sql);
    if (found == m_cache.end()) {
        Result<SqlStatement> statement = prepare(QString::fromUtf8(sql));
        if (!statement) {
            return statement.error();
        }
        found = m_cache.emplace(sql, std::move(statement).value()).first;
    } else {
        found->second.reset();
    }
    return &found->second;
}

Result<void> SqlCipherDatabase::enableDurableWrites()
{
    Result<QString> mode = queryText(QStringLiteral("PRAGMA journal_mode = WAL;"));
    if (!mode) {
        return mode.error();
    }
    if (mode.value().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return Error(Error::Code::Internal, QStringLiteral("The database could not be configured"),
            QStringLiteral("journal_mode is %1, not wal").arg(mode.value()));
    }
    return execute(QStringLiteral("PRAGMA synchronous = FULL;"));
}

int SqlCipherDatabase::changes() const
{
    return sqlite3_changes(m_handle);
}

qint64 SqlCipherDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

bool SqlCipherDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_handle) == 0;
}

Error SqlCipherDatabase::lastError(const QString& what) const
{
    return sqlError(m_handle, sqlite3_errcode(m_handle), what);
}

} // namespace clientele
