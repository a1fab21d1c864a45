#pragma once

#include <QString>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/Result.h"
#include "core/store/SqlStatement.h"

struct sqlite3;

namespace clientele {

class SecureBytes;

// An open SQLCipher database: the RAII owner of one sqlite3 connection, keyed with a raw 256-bit
// key so no KDF sits in front of it (DESIGN.md §4). It talks to SQLCipher's C API directly and never
// through Qt's QSQLITE plugin, which would bind to the wrong library (TOOLCHAIN.md).
// Not thread-safe: one storage thread owns it.
class SqlCipherDatabase final
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly,
    };

    struct LibraryVersions
    {
        QString cipher; // PRAGMA cipher_version
        QString sqlite; // sqlite_version()
    };

    static constexpr std::size_t kKeySize = 32;
    // Set explicitly rather than left to the library default (1 KiB in SQLCipher 3), so a later
    // SQLCipher reads the file with the same parameters. 4 KiB pages cost a quarter of the HMACs.
    static constexpr int kPageSize = 4096;

    // Opens (or creates) the database at path with the raw key. A wrong key, or a file that is not
    // a database, fails with Error::Code::WrongKey and leaves the file untouched.
    static Result<std::unique_ptr<SqlCipherDatabase>> open(const QString& path, const SecureBytes& key, OpenMode mode);

    // Versions of the linked library, read from a throwaway in-memory database. Fails if the
    // sqlite3 library in the process is not SQLCipher.
    static Result<LibraryVersions> libraryVersions();

    ~SqlCipherDatabase();
    SqlCipherDatabase(const SqlCipherDatabase&) = delete;
    SqlCipherDatabase& operator=(const SqlCipherDatabase&) = delete;

    // Runs statements that return no rows.
    Result<void> execute(const QString& sql);
    // Runs a query and returns the first column of its first row as text (empty if no row).
    Result<QString> queryText(const QString& sql);
    // Runs a query and returns the first column of its first row as an integer (0 if no row).
    Result<qint64> queryInt(const QString& sql);

    // A new prepared statement, owned by the caller.
    Result<SqlStatement> prepare(const QString& sql);
    // A prepared statement kept for the life of the connection, for hot paths. The pointer stays
    // valid until the database is closed; it comes back reset and with no bindings.
    Result<SqlStatement*> cached(const char* sql);

    // Write-ahead logging with full sync: a commit is on disk when it returns, and a killed process
    // or power loss at any moment loses no committed transaction. Called once the caller has checked
    // that it may write to this file (key and schema version accepted), because switching the
    // journal mode writes to the file header.
    Result<void> enableDurableWrites();

    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    qint64 lastInsertRowId() const;
    bool inTransaction() const;

    const QString& path() const { return m_path; }

private:
    SqlCipherDatabase(sqlite3* handle, QString path);
    Error lastError(const QString& what) const;

    sqlite3* m_handle = nullptr;
    QString m_path;
    std::unordered_map<std::string, SqlStatement> m_cache;
};

} // namespace clientele
