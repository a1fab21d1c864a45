#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Calendars outside Clientele (calendar_source) and the time their events block (busy_block).
// Runs on the storage thread inside the caller's transaction.
namespace CalendarRows {

struct Source
{
    QUuid id;
    QString kind; // "ics": an imported file
    QString name;
    bool blocks = true; // its events count against availability
};

// One occurrence of an outside event.
struct Block
{
    QUuid id;
    QUuid sourceId;
    QString uid;
    qint64 recurrenceId = 0; // the occurrence's original start (ms since the epoch); 0: not recurring
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZoneId;
    bool allDay = false;
    QString title;
    bool busy = true; // false for events marked free (TRANSP:TRANSPARENT)
    QString sourceName; // read by blocksBetween, for display
};

// The live source of this kind and name, or a new one.
Result<Source> findOrCreateSource(WriteScope& scope, const QString& kind, const QString& name, const QUuid& newId);
Result<QList<Source>> sources(SqlCipherDatabase& db);

Result<QList<Block>> blocksOf(SqlCipherDatabase& db, const QUuid& sourceId);
// Live blocks overlapping [from, to) of sources that block time, sorted by start.
Result<QList<Block>> blocksBetween(SqlCipherDatabase& db, const QDateTime& from, const QDateTime& to);

Result<void> insert(WriteScope& scope, const Block& block);
// Writes only what differs.
Result<void> update(WriteScope& scope, const Block& before, const Block& after);
Result<void> remove(WriteScope& scope, const QUuid& id);

} // namespace CalendarRows

} // namespace clientele
