#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "core/store/PracticeFiles.h"

namespace clientele {

class StoreSession;

// Encrypted backup of a whole practice in one file: a small header, the practice's key file (the
// database key wrapped under the recovery code) and a consistent SQLCipher copy of the database made
// with sqlcipher_export under the same key. Nothing in it is readable without the recovery code,
// and restoring needs nothing but the file and the code.
namespace Backup {

struct Written
{
    qint64 bytes = 0;
    int schemaVersion = 0;
};

struct Restored
{
    QString setAsidePath; // where the replaced practice was kept, if one was replaced
};

// Runs on the storage thread with the practice open. Writes atomically: the file appears complete
// or not at all.
Result<Written> write(StoreSession& session, const QString& backupPath);

// With the practice closed. Checks the whole backup (checksum, code, schema) before touching the
// practice folder; an existing practice is only replaced when replaceExisting is set, and is then
// kept beside the restored one. The restored practice gets a new device id (SYNC.md §3.2).
Result<Restored> restore(
    const QString& backupPath, const PracticeFiles& files, const SecureBytes& recoverySecret, bool replaceExisting);

} // namespace Backup

} // namespace clientele
