#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Which calendar event occurrence an imported booking came from (booking_origin, schema version 8).
// Runs on the storage thread inside the caller's transaction.
namespace BookingOriginRows {

struct Origin
{
    QUuid id;
    QUuid bookingId;
    QString calendar; // the name it was imported under
    QString uid;
    qint64 recurrenceId = 0; // the occurrence's original start (ms since the epoch); 0: not recurring
};

// The booking an occurrence was imported as, whether or not that booking still exists.
Result<std::optional<Origin>> find(SqlCipherDatabase& db, const QString& uid, qint64 recurrenceId);
// Every occurrence of this event that was imported, whether or not its booking still exists.
Result<QList<Origin>> ofEvent(SqlCipherDatabase& db, const QString& uid);
Result<void> insert(WriteScope& scope, const Origin& origin);
// The event's series moved: this booking now stands for the occurrence at `recurrenceId`.
Result<void> setRecurrenceId(WriteScope& scope, const Origin& origin, qint64 recurrenceId);

} // namespace BookingOriginRows

} // namespace clientele
