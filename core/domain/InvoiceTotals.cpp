#include "core/domain/InvoiceTotals.h"

#include <map>
#include <utility>

#include <QCoreApplication>
#include <QHash>

namespace clientele::domain {

namespace {

Error invalid(const QString& message, const QString& detail)
{
    return Error(Error::Code::InvalidInput, message, detail);
}

// into += amount, refusing overflow and foreign currencies.
Result<void> accumulate(Money& into, const Money& amount)
{
    Result<Money> sum = into.add(amount);
    if (!sum) {
        return sum.error();
    }
    into = sum.value();
    return {};
}

} // namespace

Money InvoiceTotals::taxFor(const QString& code) const
{
    for (const RateTotal& total : m_rates) {
        if (total.rate.code() == code) {
            return total.tax;
        }
    }
    return Money::zero(m_subtotal.currency());
}

Result<InvoiceTotals> InvoiceTotals::compute(const Currency& currency, const QList<InvoiceLine>& lines,
    const InvoiceDiscount& discount, const QList<TaxRate>& taxRates, TaxRoundingPolicy policy, Rounding rounding)
{
    const Money zero = Money::zero(currency);
    InvoiceTotals totals;
    totals.m_subtotal = zero;

    // 1. Line amounts and the subtotal.
    QList<qint64> weights;
    weights.reserve(lines.size());
    for (const InvoiceLine& line : lines) {
        if (line.unitPrice.currency() != currency) {
            return invalid(
                QCoreApplication::translate("InvoiceTotals", "Every line must be priced in %1.").arg(currency.code()),
                QStringLiteral("line currency mismatch"));
        }
        if (line.quantityThousandths <= 0 || line.unitPrice.isNegative()) {
            return invalid(QCoreApplication::translate(
                               "InvoiceTotals", "Line quantities must be more than zero and prices not negative."),
                QStringLiteral("line quantity or price out of range"));
        }
        Result<Money> amount = line.amount();
        if (!amount) {
            return amount.error();
        }
        if (Result<void> added = accumulate(totals.m_subtotal, amount.value()); !added) {
            return added.error();
        }
        totals.m_lines.append(LineTotal {line.id, amount.value(), zero, amount.value()});
        weights.append(amount->minorUnits());
    }

    // 2. The discount, before tax.
    totals.m_discountTotal = zero;
    switch (discount.kind()) {
    case InvoiceDiscount::Kind::None:
        break;
    case InvoiceDiscount::Kind::Percentage: {
        if (discount.ratePpm() < 0 || discount.ratePpm() > Money::kPpm) {
            return invalid(QCoreApplication::translate("InvoiceTotals", "A discount must be between 0 % and 100 %."),
                QStringLiteral("discount percentage out of range"));
        }
        Result<Money> amount = totals.m_subtotal.applyRate(discount.ratePpm(), rounding);
        if (!amount) {
            return amount.error();
        }
        totals.m_discountTotal = amount.value();
        break;
    }
    case InvoiceDiscount::Kind::Fixed:
        if (discount.amount().currency() != currency) {
            return invalid(
                QCoreApplication::translate("InvoiceTotals", "The discount must be in %1.").arg(currency.code()),
                QStringLiteral("discount currency mismatch"));
        }
        if (discount.amount().isNegative()) {
            return invalid(QCoreApplication::translate("InvoiceTotals", "A discount cannot be negative."),
                QStringLiteral("negative discount"));
        }
        if (discount.amount().minorUnits() > totals.m_subtotal.minorUnits()) {
            return invalid(QCoreApplication::translate(
                               "InvoiceTotals", "The discount cannot be more than the subtotal of the lines."),
                QStringLiteral("discount above subtotal"));
        }
        totals.m_discountTotal = discount.amount();
        break;
    }
    if (!totals.m_discountTotal.isZero()) {
        // The subtotal is positive here (the discount is positive and not above it), so the weights
        // are not all zero.
        Result<QList<Money>> shares = totals.m_discountTotal.allocate(weights);
        if (!shares) {
            return shares.error();
        }
        for (qsizetype i = 0; i < totals.m_lines.size(); ++i) {
            LineTotal& line = totals.m_lines[i];
            line.discount = shares->at(i);
            line.net = Money(line.amount.minorUnits() - line.discount.minorUnits(), currency);
        }
    }
    totals.m_netTotal = Money(totals.m_subtotal.minorUnits() - totals.m_discountTotal.minorUnits(), currency);

    // 3. Which rates each line uses.
    QHash<QString, qsizetype> rateIndex;
    for (qsizetype r = 0; r < taxRates.size(); ++r) {
        if (rateIndex.contains(taxRates.at(r).code())) {
            return invalid(QCoreApplication::translate("InvoiceTotals", "The tax code “%1” is listed twice.")
                               .arg(taxRates.at(r).code()),
                QStringLiteral("duplicate tax code"));
        }
        rateIndex.insert(taxRates.at(r).code(), r);
    }
    QList<Money> rateTaxable(taxRates.size(), zero);
    QList<Money> rateTax(taxRates.size(), zero);
    QList<bool> rateUsed(taxRates.size(), false);
    // Per invoice, lines are pooled by (rate, sum of the line's inclusive rates): the divisor for an
    // included tax depends on that sum, so only lines sharing it can be rounded together.
    std::map<std::pair<qsizetype, qint64>, Money> pools;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine& line = lines.at(i);
        const Money& net = totals.m_lines.at(i).net;
        QList<qsizetype> used;
        qint64 inclusiveSum = 0;
        bool anyInclusive = false;
        bool anyExclusive = false;
        for (const QString& code : line.taxCodes) {
            const auto found = rateIndex.constFind(code);
            if (found == rateIndex.cend()) {
                return invalid(
                    QCoreApplication::translate("InvoiceTotals", "The tax code “%1” is not in the tax table.")
                        .arg(code),
                    QStringLiteral("unknown tax code"));
            }
            if (used.contains(found.value())) {
                return invalid(
                    QCoreApplication::translate("InvoiceTotals", "A line lists the tax “%1” twice.").arg(code),
                    QStringLiteral("duplicate tax code on line"));
            }
            used.append(found.value());
            const TaxRate& rate = taxRates.at(found.value());
            if (rate.isInclusive()) {
                anyInclusive = true;
                inclusiveSum += rate.ratePpm();
            } else {
                anyExclusive = true;
            }
        }
        if (anyInclusive && anyExclusive) {
            // Whether an added tax applies to the price with or without the included one differs by
            // country; refusing the mix is safer than guessing.
            return invalid(QCoreApplication::translate("InvoiceTotals",
                               "A line cannot combine taxes included in the price with taxes added on top."),
                QStringLiteral("mixed tax inclusion on line"));
        }
        for (const qsizetype r : used) {
            const TaxRate& rate = taxRates.at(r);
            rateUsed[r] = true;
            if (Result<void> added = accumulate(rateTaxable[r], net); !added) {
                return added.error();
            }
            if (policy == TaxRoundingPolicy::PerLine) {
                Result<Money> tax = rate.isInclusive() ? rate.taxContainedIn(net, inclusiveSum, rounding)
                                                       : rate.taxOnNet(net, rounding);
                if (!tax) {
                    return tax.error();
                }
                if (Result<void> added = accumulate(rateTax[r], tax.value()); !added) {
                    return added.error();
                }
            } else {
                auto [pool, inserted] = pools.try_emplace({r, rate.isInclusive() ? inclusiveSum : 0}, zero);
                Q_UNUSED(inserted);
                if (Result<void> added = accumulate(pool->second, net); !added) {
                    return added.error();
                }
            }
        }
    }
    for (const auto& [key, base] : pools) {
        const TaxRate& rate = taxRates.at(key.first);
        Result<Money> tax =
            rate.isInclusive() ? rate.taxContainedIn(base, key.second, rounding) : rate.taxOnNet(base, rounding);
        if (!tax) {
            return tax.error();
        }
        if (Result<void> added = accumulate(rateTax[key.first], tax.value()); !added) {
            return added.error();
        }
    }

    // 4. Totals.
    totals.m_taxTotal = zero;
    totals.m_addedTaxTotal = zero;
    for (qsizetype r = 0; r < taxRates.size(); ++r) {
        if (!rateUsed.at(r)) {
            continue;
        }
        totals.m_rates.append(RateTotal {taxRates.at(r), rateTaxable.at(r), rateTax.at(r)});
        if (Result<void> added = accumulate(totals.m_taxTotal, rateTax.at(r)); !added) {
            return added.error();
        }
        if (!taxRates.at(r).isInclusive()) {
            if (Result<void> added = accumulate(totals.m_addedTaxTotal, rateTax.at(r)); !added) {
                return added.error();
            }
        }
    }
    Result<Money> grand = totals.m_netTotal.add(totals.m_addedTaxTotal);
    if (!grand) {
        return grand.error();
    }
    totals.m_grandTotal = grand.value();
    return totals;
}

} // namespace clientele::domain
