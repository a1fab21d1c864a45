#include "core/domain/Booking.h"

#include <QCoreApplication>

#include "core/domain/BookingStateMachine.h"

namespace clientele::domain {

Result<Booking> Booking::create(const QUuid& id, const QUuid& clientId, const QUuid& serviceId,
    const Schedule& schedule, BookingStatus initialStatus)
{
    if (id.isNull() || clientId.isNull() || serviceId.isNull()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Booking", "A booking needs a client and a service"),
            QStringLiteral("null id"));
    }
    if (initialStatus != BookingStatus::Inquiry && initialStatus != BookingStatus::Pending) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Booking", "A new booking starts as an inquiry or as pending"));
    }
    if (initialStatus == BookingStatus::Pending && schedule.isNull()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Booking", "A pending booking needs a session time"));
    }
    return restore(id, clientId, serviceId, schedule, initialStatus);
}

Booking Booking::restore(const QUuid& id, const QUuid& clientId, const QUuid& serviceId, const Schedule& schedule,
    BookingStatus status, const QList<StatusChange>& statusHistory, const QList<RescheduleEntry>& rescheduleHistory,
    const QString& cancellationReason)
{
    Booking booking;
    booking.m_id = id;
    booking.m_clientId = clientId;
    booking.m_serviceId = serviceId;
    booking.m_schedule = schedule;
    booking.m_status = status;
    booking.m_statusHistory = statusHistory;
    booking.m_rescheduleHistory = rescheduleHistory;
    booking.m_cancellationReason = cancellationReason;
    return booking;
}

Result<void> Booking::transitionTo(BookingStatus to, BookingTransitionContext context, const QString& reason)
{
    // The booking knows its own times better than any caller.
    context.sessionStart = m_schedule.start();
    context.sessionEnd = m_schedule.end();
    Result<void> allowed = BookingStateMachine::check(m_status, to, context);
    if (!allowed) {
        return allowed;
    }
    m_statusHistory.append(StatusChange {m_status, to, context.now.toUTC(), reason});
    m_status = to;
    if (to == BookingStatus::Canceled) {
        m_cancellationReason = reason;
    } else {
        // Reopened: the reason is no longer current but stays in the status history.
        m_cancellationReason.clear();
    }
    return {};
}

Result<void> Booking::reschedule(const Schedule& newSchedule, const QDateTime& now, const QString& reason, ChangedBy by)
{
    if (isFinalBookingStatus(m_status)) {
        return Error(Error::Code::Conflict,
            QCoreApplication::translate("Booking", "A booking that is %1 can't be rescheduled")
                .arg(bookingStatusName(m_status)));
    }
    if (newSchedule.isNull()) {
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("Booking", "Choose a new time first"));
    }
    if (newSchedule == m_schedule) {
        return Error(
            Error::Code::InvalidInput, QCoreApplication::translate("Booking", "The booking is already at that time"));
    }
    m_rescheduleHistory.append(RescheduleEntry {m_schedule, newSchedule, now.toUTC(), reason, by});
    m_schedule = newSchedule;
    return {};
}

void Booking::setSeries(const QUuid& seriesId, const std::optional<Recurrence>& recurrence)
{
    m_seriesId = seriesId;
    m_recurrence = recurrence;
}

} // namespace clientele::domain
