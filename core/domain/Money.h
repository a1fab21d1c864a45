#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include "core/Result.h"
#include "core/domain/Currency.h"
#include "core/domain/Rounding.h"

namespace clientele::domain {

// An amount of money as a whole number of minor units (cents, yen, fils) in one currency. There is
// no floating point anywhere on this path: every operation is exact or rounds once, in a named
// mode, and every operation that could overflow or mix currencies says so through its Result.
class Money final
{
public:
    // Parts per million: 19 % = 190'000 ppm, 7.25 % = 72'500 ppm.
    static constexpr qint64 kPpm = 1'000'000;
    // Quantities are thousandths: 1'000 = one unit, 1'500 = one and a half hours.
    static constexpr qint64 kQuantityOne = 1'000;
    // allocate() refuses more parts than this; nobody pays in more instalments.
    static constexpr int kMaxParts = 10'000;

    // Zero in no currency: a placeholder for containers, not an amount anybody owes.
    Money() = default;
    Money(qint64 minorUnits, Currency currency);
    static Money zero(const Currency& currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Result<Money> add(const Money& other) const;
    Result<Money> subtract(const Money& other) const;
    Result<Money> negated() const;
    // Unit price times a quantity in thousandths (1'500 = 1.5), rounded once.
    Result<Money> multiply(qint64 quantityThousandths, Rounding rounding = Rounding::HalfUp) const;
    // This amount times ratePpm / 1'000'000, rounded once: the 19 % of a price.
    Result<Money> applyRate(qint64 ratePpm, Rounding rounding) const;
    // This amount times numerator / denominator, rounded once (tax contained in a gross price).
    Result<Money> scaled(qint64 numerator, qint64 denominator, Rounding rounding) const;

    // Splits the amount into parts that add up to exactly this amount: each part gets its exact share
    // rounded toward zero, and the minor units left over go one each to the parts with the largest
    // remainders (earlier parts first on ties), so nothing is lost or created (largest remainder).
    Result<QList<Money>> allocate(int parts) const;
    // Same, proportionally to non-negative weights that are not all zero.
    Result<QList<Money>> allocate(const QList<qint64>& weights) const;

    // Reads "1234.5", "1,234.50" or "-3" in the C locale.
    static Result<Money> parse(const QString& text, const Currency& currency);
    // Reads an amount written in the given locale ("1.234,50" in German). Group separators must sit
    // between groups of digits, so "1234.50" typed into a German field is refused instead of being
    // read as 123'450. More decimals than the currency has are refused, never rounded away.
    static Result<Money> parse(const QString& text, const Currency& currency, const QLocale& locale);

    // Plain decimal without grouping or symbol, for files and logs: "1234.50", JPY "1234", KWD "1.250".
    QString toDecimalString() const;

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }

private:
    Result<void> checkSameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace clientele::domain
