#pragma once

#include "core/domain/Money.h"

namespace clientele::domain {

// A discount on the whole invoice. It is taken off before tax and spread over the lines in
// proportion to their amounts, so each line's tax is computed on what the client really pays.
class InvoiceDiscount final
{
public:
    enum class Kind
    {
        None,
        Percentage,
        Fixed,
    };

    InvoiceDiscount() = default;
    static InvoiceDiscount none() { return {}; }
    // ratePpm of the subtotal: 10 % = 100'000.
    static InvoiceDiscount percentage(qint64 ratePpm)
    {
        InvoiceDiscount discount;
        discount.m_kind = Kind::Percentage;
        discount.m_ratePpm = ratePpm;
        return discount;
    }
    static InvoiceDiscount fixed(const Money& amount)
    {
        InvoiceDiscount discount;
        discount.m_kind = Kind::Fixed;
        discount.m_amount = amount;
        return discount;
    }

    Kind kind() const { return m_kind; }
    qint64 ratePpm() const { return m_ratePpm; }
    const Money& amount() const { return m_amount; }

    friend bool operator==(const InvoiceDiscount& a, const InvoiceDiscount& b)
    {
        return a.m_kind == b.m_kind && a.m_ratePpm == b.m_ratePpm && a.m_amount == b.m_amount;
    }

private:
    Kind m_kind = Kind::None;
    qint64 m_ratePpm = 0;
    Money m_amount;
};

} // namespace clientele::domain
