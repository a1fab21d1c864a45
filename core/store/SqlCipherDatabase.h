#pragma once

#include <QString>
#include <memory>

#include "core/Result.h"

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

    const QString& path() const { return m_path; }

private:
    SqlCipherDatabase(sqlite3* handle, QString path);
    Error lastError(const QString& what) const;

    sqlite3* m_handle = nullptr;
    QString m_path;
};

} // namespace clientele
