#include "core/text/MoneyText.h"

#include <QHash>

#include "core/domain/Currency.h"

namespace clientele {

namespace {

// Symbols for the currencies practices use most; others are shown by their ISO code, which is never
// ambiguous. QLocale only knows the symbol of each locale's own currency.
QString knownSymbol(const QString& code)
{
    static const QHash<QString, QString> symbols {
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("ILS"), QStringLiteral("₪")},
        {QStringLiteral("NGN"), QStringLiteral("₦")},
        {QStringLiteral("PHP"), QStringLiteral("₱")},
        {QStringLiteral("UAH"), QStringLiteral("₴")},
        {QStringLiteral("VND"), QStringLiteral("₫")},
    };
    return symbols.value(code);
}

} // namespace

QString currencySymbol(const QString& currencyCode, const QLocale& locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode) {
        return locale.currencySymbol(QLocale::CurrencySymbol);
    }
    if (currencyCode == u"USD") {
        return locale.territory() == QLocale::UnitedStates ? QStringLiteral("$") : QStringLiteral("US$");
    }
    const QString known = knownSymbol(currencyCode);
    return known.isEmpty() ? currencyCode : known;
}

QString moneyText(qint64 minorUnits, const QString& currencyCode, const QLocale& locale)
{
    const Result<domain::Currency> currency = domain::Currency::fromCode(currencyCode);
    const int exponent = currency ? currency.value().exponent() : 2;
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i) {
        scale *= 10;
    }
    const bool negative = minorUnits < 0;
    // Work on the magnitude as unsigned so the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (exponent > 0) {
        number += locale.decimalPoint() + QString::number(magnitude % quint64(scale)).rightJustified(exponent, u'0');
    }
    // Let the locale place the symbol and the sign: format 1 and put our digits where the 1 is.
    QString pattern = locale.toCurrencyString(negative ? -1LL : 1LL, currencySymbol(currencyCode, locale));
    const qsizetype one = pattern.indexOf(locale.toString(1));
    if (one < 0) {
        return (negative ? QStringLiteral("-") : QString()) + number + u' ' + currencyCode;
    }
    pattern.replace(one, locale.toString(1).size(), number);
    return pattern;
}

QString moneyText(const domain::Money& money, const QLocale& locale)
{
    return moneyText(money.minorUnits(), money.currency().code(), locale);
}

} // namespace clientele
