#include "core/text/DocumentText.h"

#include <QTimeZone>

#include "core/domain/PhoneNumber.h"
#include "core/text/MoneyText.h"

namespace clientele {

namespace {

// The locale's short date pattern with the year widened to four digits: "dd.MM.yy" would make a
// 1990 birth date ambiguous on a superbill.
QString fourDigitYearFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

} // namespace

QString documentDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, fourDigitYearFormat(locale)) : QString();
}

QDate localDate(const QDateTime& utc, const QString& timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    return (zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime()).date();
}

QString documentDateTime(const QDateTime& utc, const QString& timeZoneId, const QLocale& locale)
{
    if (!utc.isValid()) {
        return {};
    }
    const QTimeZone zone(timeZoneId.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    return documentDate(local.date(), locale) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}

QString documentMoney(const domain::Money& money, const QLocale& locale)
{
    return moneyText(money, locale);
}

QString documentQuantity(qint64 thousandths, const QLocale& locale)
{
    // Integer arithmetic, like the money it multiplies: 1'500 → "1.5".
    const bool negative = thousandths < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(thousandths) : quint64(thousandths);
    QString text = locale.toString(qulonglong(magnitude / 1000));
    if (const quint64 fraction = magnitude % 1000; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, u'0');
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        text += locale.decimalPoint() + digits;
    }
    return negative ? locale.negativeSign() + text : text;
}

QString documentPercent(qint64 ratePpm, const QLocale& locale)
{
    // ppm → percent with up to four decimals, exact in decimal (10'000 ppm = 1 %).
    return documentQuantity(ratePpm / 10, locale) + QStringLiteral("\u00a0%");
}

QString homeCountry(const domain::PostalAddress& practiceAddress, const QLocale& locale)
{
    if (!practiceAddress.countryCode.isEmpty()) {
        return practiceAddress.countryCode.toUpper();
    }
    return locale.territory() == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(locale.territory());
}

QStringList addressLines(const domain::PostalAddress& address, const QString& homeCountry)
{
    const domain::PostalAddress a = address.normalized();
    QStringList lines = a.streetLines;
    const QString country = a.countryCode.isEmpty() ? homeCountry : a.countryCode;
    if (country == u"US" || country == u"CA" || country == u"AU") {
        QString line = a.city;
        if (!a.region.isEmpty()) {
            line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + a.region;
        }
        if (!a.postalCode.isEmpty()) {
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + a.postalCode;
        }
        lines << line;
    } else if (country == u"GB" || country == u"IE") {
        lines << a.city << a.region << a.postalCode;
    } else {
        lines << QStringList {a.postalCode, a.city}.join(u' ').trimmed() << a.region;
    }
    // The country is written out only for mail that crosses a border.
    if (!a.countryCode.isEmpty() && a.countryCode != homeCountry) {
        const QLocale::Territory territory = QLocale::codeToTerritory(a.countryCode);
        lines << (territory == QLocale::AnyTerritory ? a.countryCode : QLocale::territoryToString(territory));
    }
    lines.removeAll(QString());
    return lines;
}

QString documentPhone(const QString& e164)
{
    if (e164.isEmpty()) {
        return {};
    }
    const Result<domain::PhoneNumber> phone = domain::PhoneNumber::fromE164(e164);
    return phone ? phone.value().formatted(domain::PhoneNumber::Format::International) : e164;
}

} // namespace clientele
