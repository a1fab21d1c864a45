#pragma once

#include <QList>
#include <QString>

namespace clientele {

// The versioned schema of the practice database. Migration N takes a database at version N-1 to
// N inside one transaction; PRAGMA user_version records the version. Migrations are append-only:
// a released one is never edited, so every database in the field upgrades along the same path.
struct Migration
{
    int version = 0;
    const char* description = nullptr;
    const char* sql = nullptr;
};

const QList<Migration>& schemaMigrations();
int latestSchemaVersion();

} // namespace clientele
