#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/BookingStatus.h"
#include "core/domain/BookingTransitionContext.h"
#include "core/domain/Recurrence.h"
#include "core/domain/RescheduleEntry.h"
#include "core/domain/Schedule.h"
#include "core/domain/StatusChange.h"

namespace clientele::domain {

// A session booked (or asked for) by a client for a service. Its status changes only through the
// BookingStateMachine and its time only through reschedule(), so both keep a history.
// Ids come from outside (UUIDv7 from the store, SYNC.md §3.2); the domain never makes them.
class Booking final
{
public:
    // A new booking starts as an Inquiry or Pending; `schedule` may be null for an inquiry.
    static Result<Booking> create(const QUuid& id, const QUuid& clientId, const QUuid& serviceId,
        const Schedule& schedule, BookingStatus initialStatus = BookingStatus::Inquiry);
    // For the store: rebuilds a saved booking in any status without running the state machine again.
    static Booking restore(const QUuid& id, const QUuid& clientId, const QUuid& serviceId, const Schedule& schedule,
        BookingStatus status, const QList<StatusChange>& statusHistory = {},
        const QList<RescheduleEntry>& rescheduleHistory = {}, const QString& cancellationReason = {});

    const QUuid& id() const { return m_id; }
    const QUuid& clientId() const { return m_clientId; }
    const QUuid& serviceId() const { return m_serviceId; }
    const Schedule& schedule() const { return m_schedule; }
    BookingStatus status() const { return m_status; }

    // Moves the booking if BookingStateMachine allows it; the session times in `context` come from
    // this booking. `reason` is recorded; for Canceled it becomes the cancellation reason.
    Result<void> transitionTo(BookingStatus to, BookingTransitionContext context, const QString& reason = {});
    const QList<StatusChange>& statusHistory() const { return m_statusHistory; }
    const QString& cancellationReason() const { return m_cancellationReason; }

    // Moves the session to another time. Refused once the booking is completed, canceled or a no-show.
    Result<void> reschedule(const Schedule& newSchedule, const QDateTime& now, const QString& reason,
        ChangedBy by = ChangedBy::Practitioner);
    const QList<RescheduleEntry>& rescheduleHistory() const { return m_rescheduleHistory; }

    // Where the session happens: an address, or the link of its video meeting.
    const QString& location() const { return m_location; }
    void setLocation(const QString& location) { m_location = location; }
    const QString& videoLink() const { return m_videoLink; }
    void setVideoLink(const QString& link) { m_videoLink = link; }
    // The number to text about this booking, E.164 (validated by the caller; seed P3-7).
    const QString& phone() const { return m_phone; }
    void setPhone(const QString& e164) { m_phone = e164; }
    const QString& notes() const { return m_notes; }
    void setNotes(const QString& notes) { m_notes = notes; }

    // Recurring sessions: every booking of a series shares `seriesId`; the rule lives on the series.
    const QUuid& seriesId() const { return m_seriesId; }
    const std::optional<Recurrence>& recurrence() const { return m_recurrence; }
    void setSeries(const QUuid& seriesId, const std::optional<Recurrence>& recurrence);

private:
    Booking() = default;

    QUuid m_id;
    QUuid m_clientId;
    QUuid m_serviceId;
    Schedule m_schedule;
    BookingStatus m_status = BookingStatus::Inquiry;
    QList<StatusChange> m_statusHistory;
    QString m_cancellationReason;
    QList<RescheduleEntry> m_rescheduleHistory;
    QString m_location;
    QString m_videoLink;
    QString m_phone;
    QString m_notes;
    QUuid m_seriesId;
    std::optional<Recurrence> m_recurrence;
};

} // namespace clientele::domain
