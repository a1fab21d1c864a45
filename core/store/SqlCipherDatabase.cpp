#include "core/store/SqlCipherDatabase.h"

#include <QFileInfo>
#include <sqlcipher/sqlite3.h>

#include "core/Logging.h"
#include "core/store/SecureBytes.h"

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

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateIfMissing) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFileInfo(path).absoluteFilePath().toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    HandlePtr handle(raw);
    if (rc != SQLITE_OK) {
        return Error(Error::Code::Io, QStringLiteral("The practice database could not be opened"),
            path + u": " + sqliteMessage(raw));
    }

    rc = applyRawKey(handle.get(), key);
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

    rc = sqlite3_exec(handle.get(), "PRAGMA foreign_keys = ON;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return Error(
            Error::Code::Internal, QStringLiteral("The database could not be configured"), sqliteMessage(handle.get()));
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
        return lastError(detail);
    }
    return {};
}

Result<QString> SqlCipherDatabase::queryText(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return firstText(m_handle, utf8.constData());
}

Error SqlCipherDatabase::lastError(const QString& what) const
{
    const int rc = sqlite3_errcode(m_handle);
    Error::Code code = Error::Code::Internal;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        code = Error::Code::WrongKey;
        break;
    case SQLITE_CORRUPT:
        code = Error::Code::CorruptData;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        code = Error::Code::Io;
        break;
    case SQLITE_CONSTRAINT:
        code = Error::Code::Conflict;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(Error::Code::Unavailable, QStringLiteral("The database is busy"), what, true);
    default:
        break;
    }
    return Error(code, QStringLiteral("A database operation failed"), what);
}

} // namespace clientele
