#include "core/domain/Money.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QtNumeric>

namespace clientele::domain {

namespace {

Error overflowError(const char* operation)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("Money", "The amount is too large to be calculated exactly."),
        QStringLiteral("minor-unit overflow in %1").arg(QLatin1String(operation)));
}

Error notAnAmount(const QString& text)
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("Money", "“%1” is not an amount. Write it like 1234.50.").arg(text.left(40)),
        QStringLiteral("unparsable amount"));
}

// Group separators that look like a space are interchangeable: locales use U+00A0 or U+202F, which
// nobody can type, and people type a plain space instead.
bool isSpaceLike(const QString& s)
{
    return s == u" " || s == QString(QChar(0x00a0)) || s == QString(QChar(0x202f));
}

// Length of the group separator at position i of s, or 0 when there is none.
qsizetype groupSeparatorAt(const QString& s, qsizetype i, const QString& group)
{
    if (group.isEmpty()) {
        return 0;
    }
    if (isSpaceLike(group)) {
        const QChar c = s.at(i);
        return (c == u' ' || c == QChar(0x00a0) || c == QChar(0x202f)) ? 1 : 0;
    }
    return QStringView(s).mid(i).startsWith(group) ? group.size() : 0;
}

// Integer digit groups are valid when the first has 1-3 digits, the last exactly 3 and those
// between 2 or 3 (Indian grouping writes 1,23,456.00).
bool groupsAreValid(const QList<int>& groups)
{
    if (groups.size() < 2) {
        return true;
    }
    if (groups.first() < 1 || groups.first() > 3 || groups.last() != 3) {
        return false;
    }
    return std::all_of(groups.cbegin() + 1, groups.cend() - 1, [](int size) { return size == 2 || size == 3; });
}

} // namespace

Money::Money(qint64 minorUnits, Currency currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{
}

Result<void> Money::checkSameCurrency(const Money& other) const
{
    if (m_currency != other.m_currency) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Money", "Amounts in %1 and %2 cannot be combined.")
                .arg(m_currency.code(), other.m_currency.code()),
            QStringLiteral("currency mismatch %1/%2").arg(m_currency.code(), other.m_currency.code()));
    }
    return {};
}

Result<Money> Money::add(const Money& other) const
{
    if (Result<void> same = checkSameCurrency(other); !same) {
        return same.error();
    }
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum)) {
        return overflowError("add");
    }
    return Money(sum, m_currency);
}

Result<Money> Money::subtract(const Money& other) const
{
    if (Result<void> same = checkSameCurrency(other); !same) {
        return same.error();
    }
    qint64 difference = 0;
    if (qSubOverflow(m_minor, other.m_minor, &difference)) {
        return overflowError("subtract");
    }
    return Money(difference, m_currency);
}

Result<Money> Money::negated() const
{
    qint64 result = 0;
    if (qSubOverflow(qint64(0), m_minor, &result)) {
        return overflowError("negate");
    }
    return Money(result, m_currency);
}

Result<Money> Money::multiply(qint64 quantityThousandths, Rounding rounding) const
{
    return scaled(quantityThousandths, kQuantityOne, rounding);
}

Result<Money> Money::applyRate(qint64 ratePpm, Rounding rounding) const
{
    return scaled(ratePpm, kPpm, rounding);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    Q_ASSERT(denominator != 0);
    const std::optional<qint64> result = mulDivRounded(m_minor, numerator, denominator, rounding);
    if (!result) {
        return overflowError("scale");
    }
    return Money(*result, m_currency);
}

Result<QList<Money>> Money::allocate(int parts) const
{
    if (parts < 1 || parts > kMaxParts) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Money", "An amount can be split into 1 to %1 parts.").arg(kMaxParts),
            QStringLiteral("allocate into %1 parts").arg(parts));
    }
    return allocate(QList<qint64>(parts, 1));
}

Result<QList<Money>> Money::allocate(const QList<qint64>& weights) const
{
    const Error badWeights(Error::Code::InvalidInput,
        QCoreApplication::translate("Money", "An amount can only be split by shares that are not negative."),
        QStringLiteral("invalid allocation weights"));
    if (weights.isEmpty() || weights.size() > kMaxParts) {
        return badWeights;
    }
    qint64 totalWeight = 0;
    for (const qint64 weight : weights) {
        if (weight < 0 || qAddOverflow(totalWeight, weight, &totalWeight)) {
            return badWeights;
        }
    }
    if (totalWeight == 0) {
        return badWeights;
    }

    const quint64 amount = detail::magnitude(m_minor);
    const auto count = static_cast<std::size_t>(weights.size());
    std::vector<quint64> shares(count, 0);
    std::vector<quint64> remainders(count, 0);
    quint64 distributed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        // weight <= totalWeight, so the share never exceeds the amount and always fits.
        const std::optional<detail::WideQuotient> share = detail::mulDivMagnitude(
            amount, static_cast<quint64>(weights.at(static_cast<qsizetype>(i))), static_cast<quint64>(totalWeight));
        Q_ASSERT(share.has_value());
        shares[i] = share->quotient;
        remainders[i] = share->remainder;
        distributed += share->quotient;
    }

    // Fewer minor units are left than there are parts; hand them out by largest remainder.
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
        [&remainders](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    quint64 leftover = amount - distributed;
    for (std::size_t k = 0; leftover > 0; ++k, --leftover) {
        ++shares[order[k % count]];
    }

    QList<Money> result;
    result.reserve(weights.size());
    for (const quint64 share : shares) {
        const std::optional<qint64> signedShare = detail::withSign(share, m_minor < 0);
        Q_ASSERT(signedShare.has_value());
        result.append(Money(signedShare.value_or(0), m_currency));
    }
    return result;
}

Result<Money> Money::parse(const QString& text, const Currency& currency)
{
    return parse(text, currency, QLocale::c());
}

Result<Money> Money::parse(const QString& text, const Currency& currency, const QLocale& locale)
{
    if (!currency.isValid()) {
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("Money", "Choose a currency first."),
            QStringLiteral("parse without currency"));
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("Money", "Enter an amount."),
            QStringLiteral("empty amount"));
    }

    QStringView rest(trimmed);
    bool negative = false;
    const QString negativeSign = locale.negativeSign();
    const QString positiveSign = locale.positiveSign();
    if (rest.startsWith(u'-') || rest.startsWith(QChar(0x2212))) {
        negative = true;
        rest = rest.mid(1);
    } else if (!negativeSign.isEmpty() && rest.startsWith(negativeSign)) {
        negative = true;
        rest = rest.mid(negativeSign.size());
    } else if (rest.startsWith(u'+')) {
        rest = rest.mid(1);
    } else if (!positiveSign.isEmpty() && rest.startsWith(positiveSign)) {
        rest = rest.mid(positiveSign.size());
    }
    const QString digitsText = rest.toString();

    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    qint64 value = 0;
    bool anyDigit = false;
    bool inFraction = false;
    int fractionDigits = 0;
    QList<int> groups {0};
    qsizetype i = 0;
    while (i < digitsText.size()) {
        const QChar c = digitsText.at(i);
        if (c.isDigit()) {
            if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(c.digitValue()), &value)) {
                return overflowError("parse");
            }
            anyDigit = true;
            if (inFraction) {
                ++fractionDigits;
            } else {
                ++groups.last();
            }
            ++i;
            continue;
        }
        if (!inFraction && QStringView(digitsText).mid(i).startsWith(decimalPoint)) {
            inFraction = true;
            i += decimalPoint.size();
            continue;
        }
        if (!inFraction) {
            if (const qsizetype length = groupSeparatorAt(digitsText, i, groupSeparator); length > 0) {
                if (groups.last() == 0) {
                    return notAnAmount(text); // separator first, or two in a row
                }
                groups.append(0);
                i += length;
                continue;
            }
        }
        return notAnAmount(text);
    }
    if (!anyDigit || !groupsAreValid(groups)) {
        return notAnAmount(text);
    }

    if (fractionDigits > currency.exponent()) {
        if (currency.exponent() == 0) {
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("Money", "Amounts in %1 have no decimal places.").arg(currency.code()),
                QStringLiteral("too many decimals"));
        }
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "Money", "Amounts in %1 have at most %n decimal place(s).", nullptr, currency.exponent())
                .arg(currency.code()),
            QStringLiteral("too many decimals"));
    }
    for (int scale = fractionDigits; scale < currency.exponent(); ++scale) {
        if (qMulOverflow(value, qint64(10), &value)) {
            return overflowError("parse");
        }
    }
    return Money(negative ? -value : value, currency);
}

QString Money::toDecimalString() const
{
    const quint64 amount = detail::magnitude(m_minor);
    const auto factor = static_cast<quint64>(m_currency.minorPerMajor());
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    const QString whole = QString::number(amount / factor);
    if (m_currency.exponent() == 0) {
        return sign + whole;
    }
    const QString fraction = QString::number(amount % factor).rightJustified(m_currency.exponent(), u'0');
    return sign + whole + u'.' + fraction;
}

} // namespace clientele::domain
