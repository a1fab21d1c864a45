#pragma once

#include <QString>

#include "core/Result.h"
#include "core/domain/Money.h"
#include "core/domain/Rounding.h"

namespace clientele::domain {

// Where rounding happens when an invoice has several lines under the same rate.
//
// PerLine: each line's tax is rounded on its own and the rounded amounts are added up. The invoice
// then shows a tax figure per line that the client can check line by line, but the rate's total can
// differ by a minor unit (or more, with many lines) from the rate applied to the sum of the lines.
// Example at 15 %: three lines of 0.10 give 0.015 -> 0.02 each, 0.06 in tax.
//
// PerInvoice: the lines' amounts under each rate are added first and the rate is applied to that
// sum once, rounded once. The tax matches "rate x taxable amount" exactly as tax authorities in
// many countries (e.g. the EU VAT directive's invoice totals) expect, but individual lines carry no
// rounded tax of their own. Same example: 0.30 x 15 % = 0.045 -> 0.05 in tax.
enum class TaxRoundingPolicy
{
    PerLine,
    PerInvoice,
};

// A tax that invoice lines refer to by code ("VAT19"): its display name, its rate in parts per
// million, and whether line prices already include it (consumer prices in the EU) or it is added on
// top (US sales tax, business-to-business prices).
class TaxRate final
{
public:
    enum class Inclusion
    {
        Exclusive, // added on top of the price
        Inclusive, // contained in the price
    };

    // The highest rate accepted (1'000 %): above it a typo is far more likely than a real tax.
    static constexpr qint64 kMaxRatePpm = 10 * Money::kPpm;

    TaxRate() = default;
    static Result<TaxRate> create(const QString& code, const QString& name, qint64 ratePpm, Inclusion inclusion);

    const QString& code() const { return m_code; }
    const QString& name() const { return m_name; }
    qint64 ratePpm() const { return m_ratePpm; }
    Inclusion inclusion() const { return m_inclusion; }
    bool isInclusive() const { return m_inclusion == Inclusion::Inclusive; }

    // Exclusive tax on a net amount: net x rate.
    Result<Money> taxOnNet(const Money& net, Rounding rounding) const;
    // Tax contained in a gross amount that includes this rate and, optionally, other inclusive
    // rates on the same line: gross x rate / (1 + sum of the line's inclusive rates).
    Result<Money> taxContainedIn(const Money& gross, qint64 inclusiveRatesSumPpm, Rounding rounding) const;

    friend bool operator==(const TaxRate& a, const TaxRate& b)
    {
        return a.m_code == b.m_code && a.m_name == b.m_name && a.m_ratePpm == b.m_ratePpm
            && a.m_inclusion == b.m_inclusion;
    }

private:
    QString m_code;
    QString m_name;
    qint64 m_ratePpm = 0;
    Inclusion m_inclusion = Inclusion::Exclusive;
};

} // namespace clientele::domain
