#pragma once

#include <QString>

#include "core/Error.h"

struct sqlite3;

namespace clientele {

// Maps an SQLite result code to our Error codes: NOTADB → WrongKey, CORRUPT → CorruptData,
// I/O and disk full → Io, constraint → Conflict, busy → Unavailable (retryable).
Error sqlError(sqlite3* db, int resultCode, const QString& what);

} // namespace clientele
