#include "core/store/BookingRows.h"

#include <QCborArray>
#include <QCborMap>

#include "core/store/ServiceRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/sync/UuidV7.h"

namespace clientele::BookingRows {

namespace {

using domain::Booking;

using StoredValues::text;
using StoredValues::uuid;

// A booking without a time yet (an inquiry) stores nulls, so it never matches a calendar window.
QCborArray scheduleGroup(const domain::Schedule& schedule)
{
    if (schedule.isNull()) {
        return {QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), QCborValue(QCborValue::Null)};
    }
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

Result<void> insertStatusChanges(WriteScope& scope, const Booking& booking, qsizetype from)
{
    const auto& history = booking.statusHistory();
    for (qsizetype i = from; i < history.size(); ++i) {
        const domain::StatusChange& change = history.at(i);
        QCborMap fields {{QStringLiteral("booking_id"), booking.id().toRfc4122()},
            {QStringLiteral("from_status"), domain::bookingStatusKey(change.from)},
            {QStringLiteral("to_status"), domain::bookingStatusKey(change.to)},
            {QStringLiteral("at"), change.at.toMSecsSinceEpoch()}, {QStringLiteral("reason"), text(change.reason)}};
        if (Result<void> done =
                scope.changes().insert(QStringLiteral("booking_status_change"), sync::UuidV7::create(), fields);
            !done) {
            return done;
        }
    }
    return {};
}

Result<domain::Schedule> readSchedule(const SqlStatement& row, int column)
{
    if (row.isNull(column) || row.isNull(column + 1)) {
        return domain::Schedule();
    }
    return domain::Schedule::create(QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(row.int64(column + 1), Qt::UTC), row.text(column + 2));
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
    if (Result<void> done = insertStatusChanges(scope, booking, 0); !done) {
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
    if (Result<void> done = insertStatusChanges(scope, after, before.statusHistory().size()); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("booking"), after.id());
}

Result<void> remove(WriteScope& scope, const QUuid& id)
{
    if (Result<void> done = scope.changes().remove(QStringLiteral("booking"), id); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("booking"), id);
}

Result<void> undelete(WriteScope& scope, const QUuid& id)
{
    if (Result<void> done = scope.changes().undelete(QStringLiteral("booking"), id); !done) {
        return done;
    }
    return scope.search().refresh(QStringLiteral("booking"), id);
}

Result<std::optional<Booking>> load(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row = StoredValues::findRow(db,
        QStringLiteral("SELECT client_id, service_id, start_utc, end_utc, tz, status, phone, location, video_link, "
                       "notes, cancel_reason, series_id, recurrence FROM booking WHERE id = ?1 AND deleted = 0"),
        id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<Booking>();
    }
    SqlStatement& r = *row.value();
    Result<domain::Schedule> schedule = readSchedule(r, 2);
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
    QList<domain::StatusChange> statusChanges;
    Result<void> statusHistory = StoredValues::forEachRow(db,
        "SELECT from_status, to_status, at, reason FROM booking_status_change WHERE booking_id = ?1 AND deleted = 0 "
        "ORDER BY at, id",
        id, [&statusChanges](SqlStatement& h) -> Result<void> {
            statusChanges.append(
                domain::StatusChange {domain::bookingStatusFromKey(h.text(0)).value_or(domain::BookingStatus::Inquiry),
                    domain::bookingStatusFromKey(h.text(1)).value_or(domain::BookingStatus::Inquiry),
                    QDateTime::fromMSecsSinceEpoch(h.int64(2), Qt::UTC), h.text(3)});
            return {};
        });
    if (!statusHistory) {
        return statusHistory.error();
    }
    Booking booking = Booking::restore(id, QUuid::fromRfc4122(r.blob(0)), QUuid::fromRfc4122(r.blob(1)),
        schedule.value(), status.value_or(domain::BookingStatus::Inquiry), statusChanges, reschedules, r.text(10));
    booking.setPhone(r.text(6));
    booking.setLocation(r.text(7));
    booking.setVideoLink(r.text(8));
    booking.setNotes(r.text(9));
    if (!r.isNull(11)) {
        std::optional<domain::Recurrence> recurrence;
        if (!r.isNull(12)) {
            if (Result<domain::Recurrence> rule = domain::Recurrence::parse(r.text(12))) {
                recurrence = rule.value();
            }
        }
        booking.setSeries(QUuid::fromRfc4122(r.blob(11)), recurrence);
    }
    return std::optional<Booking>(std::move(booking));
}

Result<domain::BookingTransitionContext> transitionContext(
    SqlCipherDatabase& db, const Booking& booking, const QDateTime& now)
{
    domain::BookingTransitionContext context;
    context.now = now;
    Result<std::optional<domain::Service>> service = ServiceRows::load(db, booking.serviceId());
    if (!service) {
        return service.error();
    }
    if (!service.value()) {
        return context;
    }
    const domain::Service& s = *service.value();
    context.contractRequired = !s.requiredContractTemplateId().isNull();
    if (context.contractRequired) {
        Result<SqlStatement*> signedContract =
            db.cached("SELECT count(*) FROM contract WHERE deleted = 0 AND status = 'signed' AND (booking_id = ?1 "
                      "OR (booking_id IS NULL AND client_id = ?2 AND template_id = ?3))");
        if (!signedContract) {
            return signedContract.error();
        }
        signedContract.value()
            ->bindBlob(1, booking.id().toRfc4122())
            .bindBlob(2, booking.clientId().toRfc4122())
            .bindBlob(3, s.requiredContractTemplateId().toRfc4122());
        Result<bool> row = signedContract.value()->step();
        context.contractSigned = row && row.value() && signedContract.value()->int64(0) > 0;
        signedContract.value()->reset();
        if (!row) {
            return row.error();
        }
    }
    Result<domain::Money> deposit = s.depositAmount();
    context.depositRequired = deposit && deposit->isPositive();
    if (context.depositRequired) {
        Result<SqlStatement*> paid = db.cached("SELECT coalesce(sum(paid_minor), 0) FROM invoice WHERE booking_id = ?1 "
                                               "AND deleted = 0 AND status NOT IN ('draft', 'void')");
        if (!paid) {
            return paid.error();
        }
        paid.value()->bindBlob(1, booking.id().toRfc4122());
        Result<bool> row = paid.value()->step();
        context.depositPaid = row && row.value() && paid.value()->int64(0) >= deposit->minorUnits();
        paid.value()->reset();
        if (!row) {
            return row.error();
        }
    }
    return context;
}

} // namespace clientele::BookingRows
