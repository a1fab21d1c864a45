#include "core/interchange/IcsTimeZone.h"

#include <algorithm>
#include <functional>

#include "core/interchange/ContentLine.h"
#include "core/interchange/IcsDocument.h"
#include "core/interchange/IcsValues.h"

namespace clientele::interchange {

namespace {

std::optional<int> weekdayOf(QStringView code)
{
    static const char* const names[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    for (int i = 0; i < 7; ++i) {
        if (code.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0) {
            return i + 1;
        }
    }
    return std::nullopt;
}

// The `ordinal`-th `weekday` of the month (negative: from the end); invalid when there is none.
QDate nthWeekday(int year, int month, int weekday, int ordinal)
{
    if (ordinal > 0) {
        QDate date(year, month, 1);
        date = date.addDays((weekday - date.dayOfWeek() + 7) % 7);
        date = date.addDays(qint64 {7} * (ordinal - 1));
        return date.month() == month ? date : QDate();
    }
    QDate date(year, month, QDate(year, month, 1).daysInMonth());
    date = date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
    date = date.addDays(qint64 {7} * (ordinal + 1));
    return date.month() == month ? date : QDate();
}

QDateTime wallClock(const icsvalue::DateTimeValue& value)
{
    return QDateTime(value.date, value.isDate() ? QTime(0, 0) : value.time, Qt::UTC);
}

} // namespace

QStringList IcsTimeZone::write(const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    QStringList lines;
    lines << QStringLiteral("BEGIN:VTIMEZONE") << u"TZID:" + contentline::escapeText(QString::fromUtf8(zone.id()))
          << u"X-LIC-LOCATION:" + contentline::escapeText(QString::fromUtf8(zone.id()));
    QList<QTimeZone::OffsetData> transitions;
    const QTimeZone::OffsetData inForce = zone.previousTransition(fromUtc.addSecs(1));
    if (inForce.atUtc.isValid()) {
        transitions.append(inForce);
    }
    transitions.append(zone.transitions(fromUtc.addSecs(1), toUtc));
    const auto observance = [&lines](bool daylight, const QDateTime& onsetWallClock, int from, int to,
                                const QString& abbreviation) {
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        lines << u"BEGIN:" + kind << u"DTSTART:" + icsvalue::formatLocal(onsetWallClock)
              << u"TZOFFSETFROM:" + icsvalue::formatUtcOffset(from) << u"TZOFFSETTO:" + icsvalue::formatUtcOffset(to);
        if (!abbreviation.isEmpty()) {
            lines << u"TZNAME:" + contentline::escapeText(abbreviation);
        }
        lines << u"END:" + kind;
    };
    if (transitions.isEmpty()) {
        // A zone that has not changed its offset in the range (or ever): one observance since 1970.
        const int offset = zone.offsetFromUtc(fromUtc);
        observance(
            false, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC), offset, offset, zone.abbreviation(fromUtc));
    }
    for (const QTimeZone::OffsetData& t : transitions) {
        const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        // The onset is written as the wall clock just before the change, in the old offset.
        const QDateTime onset = t.atUtc.toUTC().addSecs(before);
        observance(t.daylightTimeOffset != 0, QDateTime(onset.date(), onset.time(), Qt::UTC), before, t.offsetFromUtc,
            t.abbreviation);
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

std::optional<IcsTimeZone> IcsTimeZone::read(const IcsComponent& vtimezone)
{
    IcsTimeZone zone;
    if (const IcsProperty* tzid = vtimezone.property("TZID")) {
        zone.m_id = contentline::unescapeText(tzid->value).trimmed();
    }
    for (const IcsComponent& child : vtimezone.children) {
        if (child.name != u"STANDARD" && child.name != u"DAYLIGHT") {
            continue;
        }
        const IcsProperty* start = child.property("DTSTART");
        const IcsProperty* from = child.property("TZOFFSETFROM");
        const IcsProperty* to = child.property("TZOFFSETTO");
        const auto onset = start ? icsvalue::parseDateTime(start->value) : std::nullopt;
        const auto offsetTo = to ? icsvalue::parseUtcOffset(to->value) : std::nullopt;
        if (!onset || !offsetTo) {
            continue;
        }
        Observance observance;
        observance.onset = wallClock(*onset);
        observance.offsetTo = *offsetTo;
        observance.offsetFrom = from ? icsvalue::parseUtcOffset(from->value).value_or(*offsetTo) : *offsetTo;
        for (const IcsProperty* rdate : child.all("RDATE")) {
            for (const QString& part : rdate->value.split(u',')) {
                if (const auto extra = icsvalue::parseDateTime(part)) {
                    observance.extraOnsets.append(wallClock(*extra));
                }
            }
        }
        if (const IcsProperty* rrule = child.property("RRULE")) {
            YearlyRule rule;
            bool yearly = false;
            for (const QString& part : rrule->value.split(u';')) {
                const QString key = part.section(u'=', 0, 0).trimmed().toUpper();
                const QString value = part.section(u'=', 1).trimmed();
                if (key == u"FREQ") {
                    yearly = value.compare(QLatin1String("YEARLY"), Qt::CaseInsensitive) == 0;
                } else if (key == u"BYMONTH") {
                    rule.month = value.toInt();
                } else if (key == u"BYDAY") {
                    const QString day = value.section(u',', 0, 0);
                    if (const auto weekday = weekdayOf(QStringView(day).right(2))) {
                        rule.weekday = *weekday;
                        rule.ordinal = day.chopped(2).toInt();
                    }
                } else if (key == u"BYMONTHDAY") {
                    for (const QString& d : value.split(u',')) {
                        rule.monthDays.append(d.toInt());
                    }
                } else if (key == u"UNTIL") {
                    if (const auto until = icsvalue::parseDateTime(value)) {
                        rule.untilUtc = wallClock(*until).addSecs(until->utc ? 0 : -observance.offsetFrom);
                    }
                }
            }
            if (yearly && rule.month >= 1 && rule.month <= 12) {
                observance.rule = rule;
            }
        }
        zone.m_observances.append(observance);
    }
    if (zone.m_observances.isEmpty()) {
        return std::nullopt;
    }
    return zone;
}

QList<IcsTimeZone::Transition> IcsTimeZone::transitionsAround(int year) const
{
    QList<Transition> transitions;
    for (const Observance& o : m_observances) {
        const auto add = [&transitions, &o](const QDateTime& wall) {
            transitions.append({wall.addSecs(-o.offsetFrom), o.offsetTo});
        };
        add(o.onset);
        for (const QDateTime& extra : o.extraOnsets) {
            add(extra);
        }
        if (!o.rule) {
            continue;
        }
        const YearlyRule& rule = *o.rule;
        for (int y = std::max(year - 1, o.onset.date().year()); y <= year + 1; ++y) {
            QDate date;
            if (rule.weekday != 0 && rule.ordinal != 0) {
                date = nthWeekday(y, rule.month, rule.weekday, rule.ordinal);
            } else if (!rule.monthDays.isEmpty()) {
                // Older files: BYDAY=SU;BYMONTHDAY=8,9,…,14 is the second Sunday.
                for (const int day : rule.monthDays) {
                    const QDate candidate(y, rule.month, day);
                    if (candidate.isValid() && (rule.weekday == 0 || candidate.dayOfWeek() == rule.weekday)) {
                        date = candidate;
                        break;
                    }
                }
            } else {
                date = QDate(y, rule.month, o.onset.date().day());
            }
            if (!date.isValid()) {
                continue;
            }
            const QDateTime wall(date, o.onset.time(), Qt::UTC);
            if (wall < o.onset || (rule.untilUtc.isValid() && wall.addSecs(-o.offsetFrom) > rule.untilUtc)) {
                continue;
            }
            add(wall);
        }
    }
    std::sort(transitions.begin(), transitions.end(),
        [](const Transition& a, const Transition& b) { return a.atUtc < b.atUtc; });
    return transitions;
}

int IcsTimeZone::offsetAt(const QDateTime& utc) const
{
    const QList<Transition> transitions = transitionsAround(utc.toUTC().date().year());
    const auto after = std::upper_bound(transitions.cbegin(), transitions.cend(), utc,
        [](const QDateTime& at, const Transition& t) { return at < t.atUtc; });
    if (after == transitions.cbegin()) {
        // Before every onset: the earliest observance's "from" offset is what applied.
        const auto earliest = std::min_element(m_observances.cbegin(), m_observances.cend(),
            [](const Observance& a, const Observance& b) { return a.onset < b.onset; });
        return earliest->offsetFrom;
    }
    return std::prev(after)->offsetTo;
}

QDateTime IcsTimeZone::toUtc(QDate date, QTime time) const
{
    const QDateTime wall(date, time, Qt::UTC);
    QList<int> offsets;
    for (const Observance& o : m_observances) {
        offsets << o.offsetFrom << o.offsetTo;
    }
    std::sort(offsets.begin(), offsets.end(), std::greater<>());
    // An offset fits when the instant it gives has that offset. In an overlap two fit, and the
    // larger gives the earlier instant; in a gap none does, and the offset before the gap (the one
    // in force at the instant the largest offset gives) moves the reading later by the gap.
    for (const int offset : offsets) {
        if (offsetAt(wall.addSecs(-offset)) == offset) {
            return wall.addSecs(-offset);
        }
    }
    return wall.addSecs(-offsetAt(wall.addSecs(-offsets.first())));
}

} // namespace clientele::interchange
