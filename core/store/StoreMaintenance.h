#pragma once

#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele {

class StoreSession;

// Checks, counts and the complete data export of an open practice. Storage thread only.
namespace StoreMaintenance {

struct CheckReport
{
    QStringList problems; // empty when everything is consistent
};

struct Stats
{
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    qint64 changeLogEntries = 0;
    QList<QPair<QString, qint64>> liveRows; // table → rows not deleted
};

// SQLite's integrity check, the search index's own check, and our invariants: every synced row
// has a creation stamp and every change-log entry a register.
Result<CheckReport> check(StoreSession& session);
Result<Stats> stats(StoreSession& session);
// Every live row of every table as JSON: the whole practice in an open format, not just contacts.
// Ids are written as UUID strings, CBOR values as JSON. Returns the number of rows written.
Result<qint64> exportJson(StoreSession& session, QIODevice& out);

} // namespace StoreMaintenance

} // namespace clientele
