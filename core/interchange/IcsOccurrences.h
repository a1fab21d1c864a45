#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/interchange/IcsEvent.h"

namespace clientele::interchange {

// One occurrence of an outside event: what blocks time.
struct IcsOccurrence
{
    QString uid;
    qint64 recurrenceId = 0; // the occurrence's original start (ms since the epoch); 0: not recurring
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZoneId;
    bool allDay = false;
    QString title;
    bool busy = true;
    qsizetype eventIndex = -1; // the event (of those expanded) it comes from: the override for a moved one
};

// Expands events into their occurrences that start on local dates from `from` to `to` (in `zoneId`,
// the practice's zone, which all-day events are placed in). Recurring events follow their rule and
// EXDATEs; an override (RECURRENCE-ID) replaces the occurrence it names, or removes it when
// cancelled; cancelled events give nothing. At most `maxPerEvent` occurrences per event, so a
// daily rule without an end cannot fill the store.
QList<IcsOccurrence> expandOccurrences(
    const QList<IcsEvent>& events, const QString& zoneId, QDate from, QDate to, int maxPerEvent = 1000);

} // namespace clientele::interchange
