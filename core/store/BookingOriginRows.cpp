#include "core/store/BookingOriginRows.h"

#include <QCborMap>

#include "core/store/ChangeWriter.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/StoreSession.h"

namespace clientele::BookingOriginRows {

Result<std::optional<Origin>> find(SqlCipherDatabase& db, const QString& uid, qint64 recurrenceId)
{
    Result<SqlStatement*> query = db.cached("SELECT id, booking_id, calendar FROM booking_origin "
                                            "WHERE uid = ?1 AND recurrence_id = ?2 AND deleted = 0 LIMIT 1");
    if (!query) {
        return query.error();
    }
    SqlStatement& row = *query.value();
    row.bind(1, uid).bind(2, recurrenceId);
    Result<bool> found = row.step();
    if (!found) {
        row.reset();
        return found.error();
    }
    std::optional<Origin> origin;
    if (found.value()) {
        origin =
            Origin {QUuid::fromRfc4122(row.blob(0)), QUuid::fromRfc4122(row.blob(1)), row.text(2), uid, recurrenceId};
    }
    row.reset();
    return origin;
}

Result<QList<Origin>> ofEvent(SqlCipherDatabase& db, const QString& uid)
{
    Result<SqlStatement*> query =
        db.cached("SELECT id, booking_id, calendar, recurrence_id FROM booking_origin WHERE uid = ?1 AND deleted = 0");
    if (!query) {
        return query.error();
    }
    SqlStatement& row = *query.value();
    row.bind(1, uid);
    QList<Origin> origins;
    Result<bool> step = row.step();
    while (step && step.value()) {
        origins.append(
            {QUuid::fromRfc4122(row.blob(0)), QUuid::fromRfc4122(row.blob(1)), row.text(2), uid, row.int64(3)});
        step = row.step();
    }
    row.reset();
    if (!step) {
        return step.error();
    }
    return origins;
}

Result<void> setRecurrenceId(WriteScope& scope, const Origin& origin, qint64 recurrenceId)
{
    return scope.changes().update(
        QStringLiteral("booking_origin"), origin.id, QCborMap {{QStringLiteral("recurrence_id"), recurrenceId}});
}

Result<void> insert(WriteScope& scope, const Origin& origin)
{
    return scope.changes().insert(QStringLiteral("booking_origin"), origin.id,
        QCborMap {{QStringLiteral("booking_id"), origin.bookingId.toRfc4122()},
            {QStringLiteral("calendar"), origin.calendar}, {QStringLiteral("uid"), origin.uid},
            {QStringLiteral("recurrence_id"), origin.recurrenceId}});
}

} // namespace clientele::BookingOriginRows
