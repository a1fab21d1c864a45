#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/InvoiceDiscount.h"
#include "core/domain/InvoiceLine.h"
#include "core/domain/Money.h"
#include "core/domain/Rounding.h"
#include "core/domain/TaxRate.h"

namespace clientele::domain {

// The exact figures of an invoice, computed from its lines, discount and tax rates:
//
//   subtotal       = sum of line amounts (quantity x unit price, each rounded half up)
//   discount total = the invoice discount, spread over the lines by largest remainder
//   net total      = subtotal - discount total
//   tax per rate   = per line or per invoice (TaxRoundingPolicy), on the discounted line amounts
//   grand total    = net total + taxes added on top (taxes included in prices are already inside)
//
// Every figure is in the invoice's currency and adds up to the minor unit.
class InvoiceTotals final
{
public:
    struct LineTotal
    {
        QUuid lineId;
        Money amount; // quantity x unit price
        Money discount; // this line's share of the invoice discount
        Money net; // amount - discount: what the taxes of the line apply to
    };

    struct RateTotal
    {
        TaxRate rate;
        // The discounted line amounts the rate applies to, as written on the lines: without tax for
        // exclusive rates, with the tax inside for inclusive ones.
        Money taxable;
        Money tax;
    };

    static Result<InvoiceTotals> compute(const Currency& currency, const QList<InvoiceLine>& lines,
        const InvoiceDiscount& discount, const QList<TaxRate>& taxRates, TaxRoundingPolicy policy, Rounding rounding);

    const Money& subtotal() const { return m_subtotal; }
    const Money& discountTotal() const { return m_discountTotal; }
    const Money& netTotal() const { return m_netTotal; }
    // All tax, added on top or contained in prices.
    const Money& taxTotal() const { return m_taxTotal; }
    // Only the tax added on top of the prices.
    const Money& addedTaxTotal() const { return m_addedTaxTotal; }
    const Money& grandTotal() const { return m_grandTotal; }
    // In the order of the lines given.
    const QList<LineTotal>& lines() const { return m_lines; }
    // The rates at least one line uses, in the order of the tax-rate table.
    const QList<RateTotal>& rates() const { return m_rates; }
    // The tax of one rate, or zero when no line uses it.
    Money taxFor(const QString& code) const;

private:
    Money m_subtotal;
    Money m_discountTotal;
    Money m_netTotal;
    Money m_taxTotal;
    Money m_addedTaxTotal;
    Money m_grandTotal;
    QList<LineTotal> m_lines;
    QList<RateTotal> m_rates;
};

} // namespace clientele::domain
