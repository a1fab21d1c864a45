#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/domain/Schedule.h"

namespace clientele::domain {

// A recurrence rule for a series of sessions: the RFC 5545 RRULE subset a practice uses.
//   FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, COUNT or UNTIL, WKST,
//   BYDAY (a filter for DAILY, the days for WEEKLY, "2TU"/"-1FR" or plain days for MONTHLY),
//   BYMONTHDAY (MONTHLY only; 31 is skipped in months without a 31st, as RFC 5545 says).
// Occurrences are expanded on the wall clock of the first session's zone, so a weekly 10:00
// Europe/Berlin session stays at 10:00 local across DST and its UTC instant moves.
// EXDATE is kept as a list of excluded occurrence starts (UTC instants).
class Recurrence final
{
public:
    enum class Frequency
    {
        Daily,
        Weekly,
        Monthly,
    };

    struct WeekdayRule
    {
        int ordinal = 0; // 0: every such day; 2: the second in the month; -1: the last
        Qt::DayOfWeek day = Qt::Monday;

        friend bool operator==(const WeekdayRule& a, const WeekdayRule& b)
        {
            return a.ordinal == b.ordinal && a.day == b.day;
        }
    };

    static constexpr int kMaxInterval = 1000;

    // Accepts an optional "RRULE:" prefix. Each refusal names the part that is wrong.
    static Result<Recurrence> parse(const QString& rrule);

    // The canonical form: FREQ, INTERVAL (when not 1), COUNT or UNTIL, BYDAY, BYMONTHDAY, WKST (when
    // not MO). parse(toString()) gives back an equal rule.
    QString toString() const;

    Frequency frequency() const { return m_frequency; }
    int interval() const { return m_interval; }
    std::optional<int> count() const { return m_count; }
    // UNTIL as a date (inclusive, in the schedule's zone) or as a UTC instant (inclusive).
    QDate untilDate() const { return m_untilDate; }
    QDateTime untilUtc() const { return m_untilUtc; }
    const QList<WeekdayRule>& byDay() const { return m_byDay; }
    const QList<int>& byMonthDay() const { return m_byMonthDay; }
    Qt::DayOfWeek weekStart() const { return m_weekStart; }

    // EXDATE: occurrence starts that are left out, such as a session skipped for a holiday.
    // COUNT still counts them, as RFC 5545 applies EXDATE after the rule.
    const QList<QDateTime>& exclusions() const { return m_exclusions; }
    void addExclusion(const QDateTime& occurrenceStart);
    void setExclusions(const QList<QDateTime>& occurrenceStarts);

    // The sessions of the series that start on local dates from `from` to `to` (inclusive, in the
    // zone of `first`), at most `max` of them. `first` is the first session (DTSTART) and is always
    // part of the series. An occurrence in a DST gap moves later by the gap; one in a fall-back
    // overlap takes the earlier instant; every occurrence lasts as long as `first`.
    QList<Schedule> occurrences(const Schedule& first, QDate from, QDate to, int max) const;

    friend bool operator==(const Recurrence& a, const Recurrence& b)
    {
        return a.m_frequency == b.m_frequency && a.m_interval == b.m_interval && a.m_count == b.m_count
            && a.m_untilDate == b.m_untilDate && a.m_untilUtc == b.m_untilUtc && a.m_byDay == b.m_byDay
            && a.m_byMonthDay == b.m_byMonthDay && a.m_weekStart == b.m_weekStart && a.m_exclusions == b.m_exclusions;
    }

private:
    Recurrence() = default;

    // The local dates the rule produces in the period (day, week or month) that starts at
    // `periodStart`, in order; `firstDate` is DTSTART's date.
    QList<QDate> datesInPeriod(QDate periodStart, QDate firstDate) const;

    Frequency m_frequency = Frequency::Weekly;
    int m_interval = 1;
    std::optional<int> m_count;
    QDate m_untilDate;
    QDateTime m_untilUtc;
    QList<WeekdayRule> m_byDay;
    QList<int> m_byMonthDay;
    Qt::DayOfWeek m_weekStart = Qt::Monday;
    QList<QDateTime> m_exclusions;
};

} // namespace clientele::domain
