#pragma once

#include <QString>

#include "core/Error.h"

struct sqlite3;

namespace clientele {

// Maps an SQLite result code to our Error codes: NOTADB → WrongKey, CORRUPT → CorruptData,
// I/O and disk full → Io, constraint → Conflict, busy → Unavailable (retryable).
Error sqlError(sqlite3* db, int resultCode, const QString& what);

// Whether a failure may pass when the same work is tried again (the disk, a lock, a timeout), rather
// than being about the data itself, which trying again will not change. Applying what came from
// elsewhere (the inbox, other computers' changes) fails the whole page on the first kind and sets
// aside only the one record on the second.
bool isPassingTrouble(const Error& error);

} // namespace clientele
