#include "core/store/BookingRows.h"

#include <QCborArray>
#include <QCborMap>

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"

namespace clientele::BookingRows {

namespace {

using domain::Booking;

using StoredValues::text;
using StoredValues::uuid;

QCborArray scheduleGroup(const domain::Schedule& schedule)
{
    return {schedule.start().toMSecsSinceEpoch(), schedule.end().toMSecsSinceEpoch(), schedule.timeZoneId()};
}

QCborMap bookingFields(const Booking& booking)
{
    return QCborMap {{QStringLiteral("client_id"), uuid(booking.clientId())},
        {QStringLiteral("service_id"), uuid(booking.serviceId())},
        {QStringLiteral("schedule"), scheduleGroup(booking.schedule())},
        {QStringLiteral("status"), domain::bookingStatusKey(booking.status())},
        {QStringLiteral("phone"), text(booking.phone())}, {QStringLiteral("location"), text(booking.location())},
        {QStringLiteral("video_link"), text(booking.videoLink())}, {QStringLiteral("notes"), text(booking.notes())},
        {QStringLiteral("cancel_reason"), text(booking.cancellationReason())},
        {QStringLiteral("series_id"), uuid(booking.seriesId())},
        {QStringLiteral("recurrence"),
            booking.recurrence() ? QCborValue(booking.recurrence()->toString()) : QCborValue(QCborValue::Null)}};
}

Result<void> insertReschedules(WriteScope& scope, const Booking& booking, qsizetype from)
{
    const auto& history = booking.rescheduleHistory();
    for (qsizetype i = from; i < history.size(); ++i) {
        const domain::RescheduleEntry& entry = history.at(i);
        QCborMap fields {{QStringLiteral("booking_id"), booking.id().toRfc4122()},
            {QStringLiteral("from_schedule"), scheduleGroup(entry.from)},
            {QStringLiteral("to_schedule"), scheduleGroup(entry.to)},
            {QStringLiteral("at"), entry.at.toMSecsSinceEpoch()}, {QStringLiteral("reason"), text(entry.reason)},
            {QStringLiteral("by_whom"),
                entry.by == domain::ChangedBy::Client ? QStringLiteral("client") : QStringLiteral("practitioner")}};
        if (Result<void> done =
                scope.changes().insert(QStringLiteral("booking_reschedule"), sync::UuidV7::create(), fields);
            !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Result<void> insert(WriteScope& scope, const Booking& booking)
{
    if (Result<void> done = scope.changes().insert(QStringLiteral("booking"), booking.id(), bookingFields(booking));
        !done) {
        return done;
    }
    if (Result<void> done = insertReschedules(scope, booking, 0); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("booking"), booking.id());
}

Result<void> update(WriteScope& scope, const Booking& before, const Booking& after)
{
    if (Result<void> done = scope.changes().updateChanged(
            QStringLiteral("booking"), after.id(), bookingFields(before), bookingFields(after));
        !done) {
        return done;
    }
    if (Result<void> done = insertReschedules(scope, after, before.rescheduleHistory().size()); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("booking"), after.id());
}

Result<std::optional<Booking>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row = StoredValues::findRow(db,
        QStringLiteral("SELECT client_id, service_id, start_utc, end_utc, tz, status, phone, location, video_link, "
                       "notes, cancel_reason FROM booking WHERE id = ?1 AND deleted = 0"),
        id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<Booking>();
    }
    SqlStatement& r = *row.value();
    Result<domain::Schedule> schedule = domain::Schedule::create(QDateTime::fromMSecsSinceEpoch(r.int64(2), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(r.int64(3), Qt::UTC), r.text(4));
    if (!schedule) {
        return schedule.error();
    }
    const auto status = domain::bookingStatusFromKey(r.text(5));
    QList<domain::RescheduleEntry> reschedules;
    Result<void> history = StoredValues::forEachRow(db,
        "SELECT from_start_utc, from_end_utc, from_tz, to_start_utc, to_end_utc, to_tz, at, reason, by_whom "
        "FROM booking_reschedule WHERE booking_id = ?1 AND deleted = 0 ORDER BY at, id",
        id, [&reschedules](SqlStatement& h) -> Result<void> {
            auto from = domain::Schedule::create(QDateTime::fromMSecsSinceEpoch(h.int64(0), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(h.int64(1), Qt::UTC), h.text(2));
            auto to = domain::Schedule::create(QDateTime::fromMSecsSinceEpoch(h.int64(3), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(h.int64(4), Qt::UTC), h.text(5));
            if (!from || !to) {
                return !from ? from.error() : to.error();
            }
            reschedules.append(
                domain::RescheduleEntry {from.value(), to.value(), QDateTime::fromMSecsSinceEpoch(h.int64(6), Qt::UTC),
                    h.text(7), h.text(8) == u"client" ? domain::ChangedBy::Client : domain::ChangedBy::Practitioner});
            return {};
        });
    if (!history) {
        return history.error();
    }
    Booking booking = Booking::restore(id, QUuid::fromRfc4122(r.blob(0)), QUuid::fromRfc4122(r.blob(1)),
        schedule.value(), status.value_or(domain::BookingStatus::Inquiry), {}, reschedules);
    booking.setPhone(r.text(6));
    booking.setLocation(r.text(7));
    booking.setVideoLink(r.text(8));
    booking.setNotes(r.text(9));
    return std::optional<Booking>(std::move(booking));
}

} // namespace clientele::BookingRows
