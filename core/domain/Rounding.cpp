#include "core/domain/Rounding.h"

#include <limits>

namespace clientele::domain {

namespace detail {

std::optional<WideQuotient> mulDivMagnitude(quint64 a, quint64 b, quint64 d)
{
    if (d == 0) {
        return std::nullopt;
    }
    // 64 x 64 -> 128 bits from four 32-bit partial products.
    constexpr quint64 kLow32 = 0xffffffffULL;
    const quint64 aLow = a & kLow32;
    const quint64 aHigh = a >> 32;
    const quint64 bLow = b & kLow32;
    const quint64 bHigh = b >> 32;
    const quint64 p0 = aLow * bLow;
    const quint64 p1 = aLow * bHigh;
    const quint64 p2 = aHigh * bLow;
    const quint64 p3 = aHigh * bHigh;
    const quint64 middle = (p0 >> 32) + (p1 & kLow32) + (p2 & kLow32);
    const quint64 low = (p0 & kLow32) | (middle << 32);
    const quint64 high = p3 + (p1 >> 32) + (p2 >> 32) + (middle >> 32);

    // The quotient fits in 64 bits exactly when the high half is below the divisor.
    if (high >= d) {
        return std::nullopt;
    }
    // Restoring long division, one bit at a time; the remainder stays below d throughout.
    quint64 remainder = high;
    quint64 quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        const bool carry = (remainder >> 63) != 0;
        remainder = (remainder << 1) | ((low >> bit) & 1U);
        quotient <<= 1;
        if (carry || remainder >= d) {
            remainder -= d; // wraps back into range when carry was set
            quotient |= 1U;
        }
    }
    return WideQuotient {quotient, remainder};
}

std::optional<qint64> withSign(quint64 magnitude, bool negative)
{
    constexpr quint64 kMaxPositive = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (!negative) {
        if (magnitude > kMaxPositive) {
            return std::nullopt;
        }
        return static_cast<qint64>(magnitude);
    }
    if (magnitude > kMaxPositive + 1) {
        return std::nullopt;
    }
    if (magnitude == kMaxPositive + 1) {
        return std::numeric_limits<qint64>::min();
    }
    return -static_cast<qint64>(magnitude);
}

bool roundsAwayFromZero(quint64 quotient, quint64 remainder, quint64 divisor, Rounding mode)
{
    if (remainder == 0) {
        return false;
    }
    // remainder < divisor, so divisor - remainder cannot underflow; comparing against it avoids 2 * r.
    const quint64 rest = divisor - remainder;
    switch (mode) {
    case Rounding::Down:
        return false;
    case Rounding::Up:
        return true;
    case Rounding::HalfUp:
        return remainder >= rest;
    case Rounding::HalfEven:
        return remainder > rest || (remainder == rest && (quotient & 1U) != 0);
    }
    return false;
}

} // namespace detail

std::optional<qint64> mulDivRounded(qint64 a, qint64 b, qint64 d, Rounding mode)
{
    const bool negative = ((a < 0) != (b < 0)) != (d < 0);
    const std::optional<detail::WideQuotient> division =
        detail::mulDivMagnitude(detail::magnitude(a), detail::magnitude(b), detail::magnitude(d));
    if (!division) {
        return std::nullopt;
    }
    quint64 quotient = division->quotient;
    if (detail::roundsAwayFromZero(quotient, division->remainder, detail::magnitude(d), mode)) {
        if (quotient == std::numeric_limits<quint64>::max()) {
            return std::nullopt;
        }
        ++quotient;
    }
    if (quotient == 0) {
        return qint64(0);
    }
    return detail::withSign(quotient, negative);
}

} // namespace clientele::domain
