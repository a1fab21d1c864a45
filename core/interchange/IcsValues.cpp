#include "core/interchange/IcsValues.h"

#include <QRegularExpression>

namespace clientele::interchange::icsvalue {

namespace {

std::optional<int> digits(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<DateTimeValue> parseDateTime(const QString& value)
{
    const QStringView text = QStringView(value).trimmed();
    if (text.size() != 8 && text.size() != 15 && text.size() != 16) {
        return std::nullopt;
    }
    const auto year = digits(text.sliced(0, 4));
    const auto month = digits(text.sliced(4, 2));
    const auto day = digits(text.sliced(6, 2));
    if (!year || !month || !day) {
        return std::nullopt;
    }
    DateTimeValue parsed;
    parsed.date = QDate(*year, *month, *day);
    if (!parsed.date.isValid()) {
        return std::nullopt;
    }
    if (text.size() == 8) {
        return parsed;
    }
    if (text.at(8) != u'T' && text.at(8) != u't') {
        return std::nullopt;
    }
    const auto hour = digits(text.sliced(9, 2));
    const auto minute = digits(text.sliced(11, 2));
    auto second = digits(text.sliced(13, 2));
    if (!hour || !minute || !second) {
        return std::nullopt;
    }
    if (*second == 60) {
        second = 59; // a leap second (RFC 5545 allows it); Qt has none
    }
    parsed.time = QTime(*hour, *minute, *second);
    if (!parsed.time.isValid()) {
        return std::nullopt;
    }
    if (text.size() == 16) {
        if (text.at(15) != u'Z' && text.at(15) != u'z') {
            return std::nullopt;
        }
        parsed.utc = true;
    }
    return parsed;
}

std::optional<qint64> parseDuration(const QString& value)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^([+-])?P(?:(\d{1,6})W|(?:(\d{1,6})D)?(?:T(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,10})S)?)?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(value.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString text = value.trimmed();
    if (text.endsWith(u'T', Qt::CaseInsensitive) || text.endsWith(u'P', Qt::CaseInsensitive)) {
        return std::nullopt; // "P" and "P1DT" name no amount
    }
    const auto part = [&match](int group) { return match.captured(group).toLongLong(); };
    const qint64 seconds = part(2) * 7 * 86400 + part(3) * 86400 + part(4) * 3600 + part(5) * 60 + part(6);
    return match.captured(1) == u"-" ? -seconds : seconds;
}

std::optional<int> parseUtcOffset(const QString& value)
{
    const QStringView text = QStringView(value).trimmed();
    if ((text.size() != 5 && text.size() != 7) || (text.at(0) != u'+' && text.at(0) != u'-')) {
        return std::nullopt;
    }
    const auto hours = digits(text.sliced(1, 2));
    const auto minutes = digits(text.sliced(3, 2));
    const auto seconds = text.size() == 7 ? digits(text.sliced(5, 2)) : std::optional<int>(0);
    if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59) {
        return std::nullopt;
    }
    const int total = *hours * 3600 + *minutes * 60 + *seconds;
    return text.at(0) == u'-' ? -total : total;
}

QString formatUtc(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString formatLocal(const QDateTime& wallClock)
{
    return wallClock.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString formatDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString formatUtcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int magnitude = std::abs(seconds);
    QString text = sign
        + QStringLiteral("%1%2")
              .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
              .arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0'));
    if (magnitude % 60 != 0) {
        text += QStringLiteral("%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

} // namespace clientele::interchange::icsvalue
