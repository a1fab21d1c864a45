#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace clientele::interchange::icsvalue {

// The DATE, DATE-TIME, DURATION and UTC-OFFSET value types of RFC 5545 §3.3.

// A DATE ("20260105") or DATE-TIME ("20260105T090000", with "Z" for UTC) as written: what it means
// depends on its TZID parameter, which the caller resolves.
struct DateTimeValue
{
    QDate date;
    QTime time; // invalid for a DATE
    bool utc = false;

    bool isDate() const { return !time.isValid(); }
};

std::optional<DateTimeValue> parseDateTime(const QString& value);
// "P1W", "PT1H30M", "-P1D", "P1DT12H": seconds, negative when it says so.
std::optional<qint64> parseDuration(const QString& value);
// "+0100", "-0530", "+013000": seconds east of UTC.
std::optional<int> parseUtcOffset(const QString& value);

QString formatUtc(const QDateTime& instant); // 20260105T080000Z
QString formatLocal(const QDateTime& wallClock); // 20260105T090000, the wall clock as given
QString formatDate(QDate date); // 20260105
QString formatUtcOffset(int seconds); // +0100, or +013015 when seconds are not whole minutes

} // namespace clientele::interchange::icsvalue
