#include "core/domain/Recurrence.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace clientele::domain {
namespace {

constexpr int kMaxPeriods = 50000; // about 137 years of daily sessions: a bound, not a limit users meet

constexpr std::array<const char*, 7> kDayCodes {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
// Parts of RFC 5545 a practice does not need; named so the refusal can say "not supported" rather
// than "unknown".
constexpr std::array<const char*, 7> kUnsupportedParts {
    "BYSETPOS", "BYMONTH", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND"};

Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidInput, message);
}

std::optional<Qt::DayOfWeek> dayFromCode(QStringView code)
{
    for (std::size_t i = 0; i < kDayCodes.size(); ++i) {
        if (code == QLatin1String(kDayCodes.at(i))) {
            return static_cast<Qt::DayOfWeek>(i + 1);
        }
    }
    return std::nullopt;
}

QString codeForDay(Qt::DayOfWeek day)
{
    return QLatin1String(kDayCodes.at(static_cast<std::size_t>(day) - 1));
}

Result<Recurrence::WeekdayRule> parseWeekday(const QString& entry)
{
    const Error bad = invalid(
        QCoreApplication::translate("Recurrence", "\"%1\" in BYDAY is not a day like MO, TU or 2TU").arg(entry));
    if (entry.size() < 2) {
        return bad;
    }
    const std::optional<Qt::DayOfWeek> day = dayFromCode(QStringView(entry).right(2));
    if (!day) {
        return bad;
    }
    Recurrence::WeekdayRule rule;
    rule.day = *day;
    const QString prefix = entry.left(entry.size() - 2);
    if (!prefix.isEmpty()) {
        bool ok = false;
        const int ordinal = prefix.toInt(&ok);
        if (!ok || ordinal == 0 || ordinal < -5 || ordinal > 5) {
            return invalid(QCoreApplication::translate(
                "Recurrence", "\"%1\" in BYDAY: the number before the day must be 1 to 5 or -1 to -5")
                               .arg(entry));
        }
        rule.ordinal = ordinal;
    }
    return rule;
}

Result<QList<int>> parseMonthDays(const QString& value)
{
    QList<int> days;
    const QStringList entries = value.split(QLatin1Char(','));
    for (const QString& entry : entries) {
        bool ok = false;
        const int day = entry.toInt(&ok);
        if (!ok || day == 0 || day < -31 || day > 31) {
            return invalid(QCoreApplication::translate(
                "Recurrence", "\"%1\" in BYMONTHDAY must be a day from 1 to 31 or -1 to -31")
                               .arg(entry));
        }
        if (!days.contains(day)) {
            days.append(day);
        }
    }
    return days;
}

int daysFromWeekStart(Qt::DayOfWeek day, Qt::DayOfWeek weekStart)
{
    return (static_cast<int>(day) - static_cast<int>(weekStart) + 7) % 7;
}

} // namespace

Result<Recurrence> Recurrence::parse(const QString& rrule)
{
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive)) {
        text = text.mid(6);
    }
    if (text.isEmpty()) {
        return invalid(QCoreApplication::translate("Recurrence", "The repeat rule is empty"));
    }

    Recurrence rule;
    bool hasFrequency = false;
    QSet<QString> seen;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return invalid(QCoreApplication::translate("Recurrence", "\"%1\" is not of the form NAME=VALUE").arg(part));
        }
        const QString name = part.left(equals).trimmed().toUpper();
        const QString value = part.mid(equals + 1).trimmed().toUpper();
        if (seen.contains(name)) {
            return invalid(QCoreApplication::translate("Recurrence", "%1 appears more than once").arg(name));
        }
        seen.insert(name);
        if (value.isEmpty()) {
            return invalid(QCoreApplication::translate("Recurrence", "%1 has no value").arg(name));
        }

        if (name == QLatin1String("FREQ")) {
            hasFrequency = true;
            if (value == QLatin1String("DAILY")) {
                rule.m_frequency = Frequency::Daily;
            } else if (value == QLatin1String("WEEKLY")) {
                rule.m_frequency = Frequency::Weekly;
            } else if (value == QLatin1String("MONTHLY")) {
                rule.m_frequency = Frequency::Monthly;
            } else {
                return invalid(QCoreApplication::translate(
                    "Recurrence", "Repeating %1 is not supported; use DAILY, WEEKLY or MONTHLY")
                                   .arg(value));
            }
        } else if (name == QLatin1String("INTERVAL")) {
            bool ok = false;
            const int interval = value.toInt(&ok);
            if (!ok || interval < 1 || interval > kMaxInterval) {
                return invalid(QCoreApplication::translate("Recurrence", "INTERVAL must be a whole number from 1 to %1")
                                   .arg(kMaxInterval));
            }
            rule.m_interval = interval;
        } else if (name == QLatin1String("COUNT")) {
            bool ok = false;
            const int count = value.toInt(&ok);
            if (!ok || count < 1) {
                return invalid(QCoreApplication::translate("Recurrence", "COUNT must be a whole number of at least 1"));
            }
            rule.m_count = count;
        } else if (name == QLatin1String("UNTIL")) {
            if (value.size() == 8) {
                rule.m_untilDate = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
            } else if (value.size() == 16 && value.endsWith(QLatin1Char('Z'))) {
                QDateTime until = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
                until.setTimeSpec(Qt::UTC);
                rule.m_untilUtc = until;
            }
            if (!rule.m_untilDate.isValid() && !rule.m_untilUtc.isValid()) {
                return invalid(QCoreApplication::translate(
                    "Recurrence", "UNTIL must be a date like 20250131 or a UTC time like 20250131T235959Z"));
            }
        } else if (name == QLatin1String("BYDAY")) {
            const QStringList entries = value.split(QLatin1Char(','));
            for (const QString& entry : entries) {
                const Result<WeekdayRule> weekday = parseWeekday(entry.trimmed());
                if (!weekday) {
                    return weekday.error();
                }
                if (!rule.m_byDay.contains(*weekday)) {
                    rule.m_byDay.append(*weekday);
                }
            }
        } else if (name == QLatin1String("BYMONTHDAY")) {
            const Result<QList<int>> days = parseMonthDays(value);
            if (!days) {
                return days.error();
            }
            rule.m_byMonthDay = *days;
        } else if (name == QLatin1String("WKST")) {
            const std::optional<Qt::DayOfWeek> day = dayFromCode(value);
            if (!day) {
                return invalid(QCoreApplication::translate("Recurrence", "WKST must be a day like MO or SU"));
            }
            rule.m_weekStart = *day;
        } else if (std::any_of(kUnsupportedParts.begin(), kUnsupportedParts.end(),
                       [&name](const char* unsupported) { return name == QLatin1String(unsupported); })) {
            return invalid(QCoreApplication::translate("Recurrence", "%1 is not supported in repeat rules").arg(name));
        } else {
            return invalid(
                QCoreApplication::translate("Recurrence", "%1 is not a known part of a repeat rule").arg(name));
        }
    }

    if (!hasFrequency) {
        return invalid(
            QCoreApplication::translate("Recurrence", "The repeat rule needs FREQ (DAILY, WEEKLY or MONTHLY)"));
    }
    if (rule.m_count && (rule.m_untilDate.isValid() || rule.m_untilUtc.isValid())) {
        return invalid(QCoreApplication::translate("Recurrence", "A repeat rule can have COUNT or UNTIL, not both"));
    }
    if (!rule.m_byMonthDay.isEmpty() && rule.m_frequency != Frequency::Monthly) {
        return invalid(QCoreApplication::translate("Recurrence", "BYMONTHDAY only works with FREQ=MONTHLY"));
    }
    if (!rule.m_byMonthDay.isEmpty() && !rule.m_byDay.isEmpty()) {
        return invalid(QCoreApplication::translate("Recurrence", "Use BYDAY or BYMONTHDAY, not both"));
    }
    const bool numberedDay = std::any_of(
        rule.m_byDay.cbegin(), rule.m_byDay.cend(), [](const WeekdayRule& weekday) { return weekday.ordinal != 0; });
    if (numberedDay && rule.m_frequency != Frequency::Monthly) {
        return invalid(QCoreApplication::translate("Recurrence", "Numbered days like 2TU only work with FREQ=MONTHLY"));
    }
    return rule;
}

QString Recurrence::toString() const
{
    QStringList parts;
    switch (m_frequency) {
    case Frequency::Daily:
        parts.append(QStringLiteral("FREQ=DAILY"));
        break;
    case Frequency::Weekly:
        parts.append(QStringLiteral("FREQ=WEEKLY"));
        break;
    case Frequency::Monthly:
        parts.append(QStringLiteral("FREQ=MONTHLY"));
        break;
    }
    if (m_interval != 1) {
        parts.append(QStringLiteral("INTERVAL=") + QString::number(m_interval));
    }
    if (m_count) {
        parts.append(QStringLiteral("COUNT=") + QString::number(*m_count));
    }
    if (m_untilDate.isValid()) {
        parts.append(QStringLiteral("UNTIL=") + m_untilDate.toString(QStringLiteral("yyyyMMdd")));
    } else if (m_untilUtc.isValid()) {
        parts.append(QStringLiteral("UNTIL=") + m_untilUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
    if (!m_byDay.isEmpty()) {
        QStringList days;
        for (const WeekdayRule& weekday : m_byDay) {
            days.append(weekday.ordinal == 0 ? codeForDay(weekday.day)
                                             : QString(QString::number(weekday.ordinal) + codeForDay(weekday.day)));
        }
        parts.append(QStringLiteral("BYDAY=") + days.join(QLatin1Char(',')));
    }
    if (!m_byMonthDay.isEmpty()) {
        QStringList days;
        for (const int day : m_byMonthDay) {
            days.append(QString::number(day));
        }
        parts.append(QStringLiteral("BYMONTHDAY=") + days.join(QLatin1Char(',')));
    }
    if (m_weekStart != Qt::Monday) {
        parts.append(QStringLiteral("WKST=") + codeForDay(m_weekStart));
    }
    return parts.join(QLatin1Char(';'));
}

void Recurrence::addExclusion(const QDateTime& occurrenceStart)
{
    const QDateTime utc = occurrenceStart.toUTC();
    if (!m_exclusions.contains(utc)) {
        m_exclusions.append(utc);
    }
}

void Recurrence::setExclusions(const QList<QDateTime>& occurrenceStarts)
{
    m_exclusions.clear();
    for (const QDateTime& start : occurrenceStarts) {
        addExclusion(start);
    }
}

QList<QDate> Recurrence::datesInPeriod(QDate periodStart, QDate firstDate) const
{
    QList<QDate> dates;
    switch (m_frequency) {
    case Frequency::Daily: {
        const bool dayMatches = m_byDay.isEmpty()
            || std::any_of(m_byDay.cbegin(), m_byDay.cend(),
                [&periodStart](const WeekdayRule& weekday) { return weekday.day == periodStart.dayOfWeek(); });
        if (dayMatches) {
            dates.append(periodStart);
        }
        break;
    }
    case Frequency::Weekly: {
        if (m_byDay.isEmpty()) {
            dates.append(
                periodStart.addDays(daysFromWeekStart(static_cast<Qt::DayOfWeek>(firstDate.dayOfWeek()), m_weekStart)));
        }
        for (const WeekdayRule& weekday : m_byDay) {
            dates.append(periodStart.addDays(daysFromWeekStart(weekday.day, m_weekStart)));
        }
        break;
    }
    case Frequency::Monthly: {
        const int daysInMonth = periodStart.daysInMonth();
        if (!m_byMonthDay.isEmpty()) {
            for (const int day : m_byMonthDay) {
                const int dayOfMonth = day > 0 ? day : daysInMonth + 1 + day;
                // RFC 5545: a day the month does not have (the 31st in April) is skipped, not moved.
                if (dayOfMonth >= 1 && dayOfMonth <= daysInMonth) {
                    dates.append(periodStart.addDays(dayOfMonth - 1));
                }
            }
        } else if (!m_byDay.isEmpty()) {
            for (const WeekdayRule& weekday : m_byDay) {
                const int firstMatch =
                    1 + daysFromWeekStart(weekday.day, static_cast<Qt::DayOfWeek>(periodStart.dayOfWeek()));
                if (weekday.ordinal == 0) {
                    for (int day = firstMatch; day <= daysInMonth; day += 7) {
                        dates.append(periodStart.addDays(day - 1));
                    }
                } else if (weekday.ordinal > 0) {
                    const int day = firstMatch + 7 * (weekday.ordinal - 1);
                    if (day <= daysInMonth) {
                        dates.append(periodStart.addDays(day - 1));
                    }
                } else {
                    const int lastMatch = firstMatch + 7 * ((daysInMonth - firstMatch) / 7);
                    const int day = lastMatch - 7 * (-weekday.ordinal - 1);
                    if (day >= 1) {
                        dates.append(periodStart.addDays(day - 1));
                    }
                }
            }
        } else if (firstDate.day() <= daysInMonth) {
            dates.append(periodStart.addDays(firstDate.day() - 1));
        }
        break;
    }
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

QList<Schedule> Recurrence::occurrences(const Schedule& first, QDate from, QDate to, int max) const
{
    QList<Schedule> result;
    if (first.isNull() || !from.isValid() || !to.isValid() || to < from || max <= 0) {
        return result;
    }
    const QTimeZone zone = first.timeZone();
    const QDateTime localFirst = first.localStart();
    const QDate firstDate = localFirst.date();
    const QTime time = localFirst.time();

    // DTSTART is always the first occurrence and counts towards COUNT (RFC 5545 §3.8.5.3).
    int generated = 1;
    if (firstDate >= from && firstDate <= to && !m_exclusions.contains(first.start())) {
        result.append(first);
    }

    QDate periodOrigin;
    switch (m_frequency) {
    case Frequency::Daily:
        periodOrigin = firstDate;
        break;
    case Frequency::Weekly:
        periodOrigin =
            firstDate.addDays(-daysFromWeekStart(static_cast<Qt::DayOfWeek>(firstDate.dayOfWeek()), m_weekStart));
        break;
    case Frequency::Monthly:
        periodOrigin = QDate(firstDate.year(), firstDate.month(), 1);
        break;
    }

    for (int period = 0; period < kMaxPeriods; ++period) {
        if (result.size() >= max || (m_count && generated >= *m_count)) {
            break;
        }
        const qint64 step = qint64 {period} * m_interval;
        QDate periodStart;
        switch (m_frequency) {
        case Frequency::Daily:
            periodStart = periodOrigin.addDays(step);
            break;
        case Frequency::Weekly:
            periodStart = periodOrigin.addDays(step * 7);
            break;
        case Frequency::Monthly:
            periodStart = periodOrigin.addMonths(static_cast<int>(step));
            break;
        }
        if (!periodStart.isValid() || periodStart > to || (m_untilDate.isValid() && periodStart > m_untilDate)) {
            break;
        }
        const QList<QDate> dates = datesInPeriod(periodStart, firstDate);
        for (const QDate& date : dates) {
            if (date <= firstDate) {
                continue;
            }
            if (date > to || (m_untilDate.isValid() && date > m_untilDate) || (m_count && generated >= *m_count)) {
                return result;
            }
            // Same wall-clock time on every date; RFC 5545 shifts a time in a DST gap forward by the
            // gap and takes the first of two fall-back readings.
            const QDateTime start = WallClock::toUtcShifting(date, time, zone, OverlapPolicy::Earlier);
            if (m_untilUtc.isValid() && start > m_untilUtc) {
                return result;
            }
            ++generated;
            if (date >= from && !m_exclusions.contains(start)) {
                result.append(first.movedTo(start));
                if (result.size() >= max) {
                    return result;
                }
            }
        }
    }
    return result;
}

} // namespace clientele::domain
