#pragma once

#include <QUuid>
#include <memory>

#include "core/Result.h"
#include "core/store/PracticeFiles.h"

namespace clientele {

class Clock;
class SecureBytes;
class SqlCipherDatabase;
class StoreSession;

// Opening and creating a practice database, on the storage thread. Every refusal happens before the
// first write, so a wrong key, a damaged file or a database from a newer version leaves the file
// byte-for-byte as it was.
namespace StoreOpener {

// Opens an existing practice: checks the key against the key file, reads the schema version,
// refuses newer versions, then migrates forward in transactions.
Result<std::unique_ptr<StoreSession>> open(const PracticeFiles& files, const SecureBytes& key, const Clock& clock);

// Creates a new practice database (the key file is written by the caller, see PracticeVault).
Result<std::unique_ptr<StoreSession>> create(
    const PracticeFiles& files, const SecureBytes& key, const Clock& clock, const QUuid& vaultId);

// Brings an open database to the latest schema; used by open() and by tests that build old schemas.
Result<void> migrate(SqlCipherDatabase& db, int targetVersion);

} // namespace StoreOpener

} // namespace clientele
