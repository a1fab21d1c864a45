#pragma once

#include <optional>

#include <QtGlobal>

namespace clientele::domain {

// How an exact quotient becomes a whole number of minor units. Every mode is symmetric around zero,
// so -2.5 rounds the same way as 2.5 with the sign flipped; accountants expect a refund of a rounded
// amount to be the negation of that amount, never one cent off.
enum class Rounding
{
    HalfUp, // commercial rounding: .5 goes away from zero (2.5 -> 3, -2.5 -> -3)
    HalfEven, // banker's rounding: .5 goes to the even neighbour (2.5 -> 2, 3.5 -> 4)
    Down, // toward zero: the fraction is dropped (2.9 -> 2, -2.9 -> -2)
    Up, // away from zero: any fraction counts (2.1 -> 3, -2.1 -> -3)
};

namespace detail {

// Quotient and remainder of a full 128-bit product divided by a 64-bit divisor. Money amounts times
// rates or weights overflow 64 bits long before the result does, so we never form the product in a
// 64-bit integer (and we avoid __int128, which MSVC lacks).
struct WideQuotient
{
    quint64 quotient = 0;
    quint64 remainder = 0;
};

// a * b / d on magnitudes; std::nullopt when d is 0 or the quotient needs more than 64 bits.
std::optional<WideQuotient> mulDivMagnitude(quint64 a, quint64 b, quint64 d);

// |v| without undefined behaviour for the most negative value.
constexpr quint64 magnitude(qint64 v)
{
    return v < 0 ? quint64(0) - static_cast<quint64>(v) : static_cast<quint64>(v);
}

// Gives a magnitude its sign back; std::nullopt when the value does not fit in qint64.
std::optional<qint64> withSign(quint64 magnitude, bool negative);

// Whether a quotient with this remainder is incremented (in magnitude) under the rounding mode.
bool roundsAwayFromZero(quint64 quotient, quint64 remainder, quint64 divisor, Rounding mode);

} // namespace detail

// a * b / d rounded in the given mode, computed exactly in integers. std::nullopt when d is 0 or the
// result does not fit in qint64.
std::optional<qint64> mulDivRounded(qint64 a, qint64 b, qint64 d, Rounding mode);

} // namespace clientele::domain
