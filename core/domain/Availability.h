#pragma once

#include <array>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include "core/Result.h"
#include "core/domain/LocalSlot.h"
#include "core/domain/TimeInterval.h"

namespace clientele::domain {

// When the practice takes bookings, on its own wall clock: weekly hours, dates with other hours or
// closed, how much notice it needs and how far ahead clients may book. freeSlots() turns that into
// bookable UTC slots, day by day in the practice's zone, so "09:00 to 17:00" means that on the clock
// on the 23-hour spring-forward day and the 25-hour fall-back day alike.
class Availability final
{
public:
    // Opening hours on one day, local. `end` is after `start` on the same day (so the last possible
    // end is 23:59; nobody works across midnight in this model).
    struct Hours
    {
        QTime start;
        QTime end;

        friend bool operator==(const Hours& a, const Hours& b) { return a.start == b.start && a.end == b.end; }
    };

    static constexpr int kDefaultSlotStepMinutes = 30;
    static constexpr int kDefaultHorizonDays = 90;

    static Result<Availability> create(const QString& timeZoneId);

    const QString& timeZoneId() const { return m_timeZoneId; }

    // Several ranges per day are fine (09:00-12:00 and 13:00-17:00); overlapping ones are refused.
    Result<void> addWeeklyHours(Qt::DayOfWeek day, QTime start, QTime end);
    void clearWeeklyHours(Qt::DayOfWeek day);
    QList<Hours> weeklyHours(Qt::DayOfWeek day) const;

    // Exceptions for one date replace that weekday's hours: other hours, or closed all day.
    Result<void> setHoursOn(QDate date, const QList<Hours>& hours);
    void closeOn(QDate date);
    void clearException(QDate date);
    // Every date with its own hours (an empty list: closed), for the store and the editor.
    const QMap<QDate, QList<Hours>>& exceptions() const { return m_exceptions; }
    // The hours that apply on `date`, exceptions included; empty when closed.
    QList<Hours> hoursOn(QDate date) const;

    // Clients can't book a slot starting sooner than this after `now`.
    Result<void> setMinimumNoticeMinutes(int minutes);
    int minimumNoticeMinutes() const { return m_minimumNoticeMinutes; }
    // Clients can book slots on local dates up to this many days after today (today is day 0).
    Result<void> setHorizonDays(int days);
    int horizonDays() const { return m_horizonDays; }
    // Slots start every this many minutes from the start of each range of hours.
    Result<void> setSlotStepMinutes(int minutes);
    int slotStepMinutes() const { return m_slotStepMinutes; }

    // Bookable slots for a session of `durationMinutes` on local dates `from` to `to` (inclusive),
    // sorted. The session itself lies within opening hours; its buffers need not, but the session
    // plus its buffers must not overlap any `busy` interval (which already include the buffers of
    // the sessions they stand for, and busy times of connected calendars).
    QList<TimeInterval> freeSlots(int durationMinutes, int bufferBeforeMinutes, int bufferAfterMinutes,
        const QList<TimeInterval>& busy, QDate from, QDate to, const QDateTime& now) const;

    // A slot as a client in `timeZoneId` reads it.
    static Result<LocalSlot> presentIn(const TimeInterval& slot, const QString& timeZoneId);

private:
    Availability() = default;

    QString m_timeZoneId;
    std::array<QList<Hours>, 7> m_weekly; // Monday first
    QMap<QDate, QList<Hours>> m_exceptions;
    int m_minimumNoticeMinutes = 0;
    int m_horizonDays = kDefaultHorizonDays;
    int m_slotStepMinutes = kDefaultSlotStepMinutes;
};

} // namespace clientele::domain
