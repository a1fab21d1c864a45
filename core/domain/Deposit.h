#pragma once

#include "core/domain/Money.h"

namespace clientele::domain {

// What a client pays up front to hold a booking: nothing, a fixed amount, or a share of the price.
class Deposit final
{
public:
    enum class Kind
    {
        None,
        Fixed,
        Percentage,
    };

    Deposit() = default;
    static Deposit none() { return {}; }
    static Deposit fixed(const Money& amount)
    {
        Deposit deposit;
        deposit.m_kind = Kind::Fixed;
        deposit.m_amount = amount;
        return deposit;
    }
    // ratePpm of the service price: 30 % = 300'000.
    static Deposit percentage(qint64 ratePpm)
    {
        Deposit deposit;
        deposit.m_kind = Kind::Percentage;
        deposit.m_ratePpm = ratePpm;
        return deposit;
    }

    Kind kind() const { return m_kind; }
    // Meaningful for Kind::Fixed only.
    const Money& amount() const { return m_amount; }
    // Meaningful for Kind::Percentage only.
    qint64 ratePpm() const { return m_ratePpm; }

    friend bool operator==(const Deposit& a, const Deposit& b)
    {
        return a.m_kind == b.m_kind && a.m_amount == b.m_amount && a.m_ratePpm == b.m_ratePpm;
    }

private:
    Kind m_kind = Kind::None;
    Money m_amount;
    qint64 m_ratePpm = 0;
};

} // namespace clientele::domain
