#include "ui/invoices/InvoiceDraft.h"

#include <QCoreApplication>

#include "core/text/MoneyText.h"

namespace clientele::ui {

using domain::Currency;
using domain::Invoice;
using domain::InvoiceDiscount;
using domain::InvoiceLine;
using domain::Money;
using domain::PaymentSchedule;
using domain::TaxRate;

namespace {

// Parses a decimal number with up to `decimals` places in the locale, as whole units of
// 10^-decimals. Borrowing a currency with that exponent reuses Money's strict locale parser.
std::optional<qint64> parseScaled(QString text, const QLocale& locale, const char* currencyCode)
{
    text.remove(u'%');
    text = text.trimmed();
    const Result<Currency> currency = Currency::fromCode(QLatin1String(currencyCode));
    if (!currency || text.isEmpty()) {
        return std::nullopt;
    }
    const Result<Money> parsed = Money::parse(text, currency.value(), locale);
    if (!parsed) {
        return std::nullopt;
    }
    return parsed->minorUnits();
}

QString scaledText(qint64 value, qint64 scale, const QLocale& locale)
{
    const bool negative = value < 0;
    const qint64 magnitude = negative ? -value : value;
    QString text = QString::number(magnitude / scale);
    qint64 fraction = magnitude % scale;
    if (fraction != 0) {
        int digits = 0;
        for (qint64 s = scale; s > 1; s /= 10) {
            ++digits;
        }
        QString fractionText = QString::number(fraction).rightJustified(digits, u'0');
        while (fractionText.endsWith(u'0')) {
            fractionText.chop(1);
        }
        text += locale.decimalPoint() + fractionText;
    }
    return negative ? locale.negativeSign() + text : text;
}

QString columnName(int column)
{
    switch (column) {
    case InvoiceDraft::DescriptionColumn:
        return InvoiceDraft::tr("description");
    case InvoiceDraft::QuantityColumn:
        return InvoiceDraft::tr("quantity");
    case InvoiceDraft::UnitPriceColumn:
        return InvoiceDraft::tr("unit price");
    case InvoiceDraft::TaxesColumn:
        return InvoiceDraft::tr("taxes");
    default:
        break;
    }
    return {};
}

// The column a domain refusal of a line belongs to, from its (stable, technical) detail.
int columnForLineError(const Error& error)
{
    const QString& detail = error.detail();
    if (detail.contains(QLatin1String("tax code"))) {
        return InvoiceDraft::TaxesColumn;
    }
    if (detail.contains(QLatin1String("quantity"))) {
        return InvoiceDraft::QuantityColumn;
    }
    if (detail.contains(QLatin1String("price")) || detail.contains(QLatin1String("currency"))
        || detail.contains(QLatin1String("overflow"))) {
        return InvoiceDraft::UnitPriceColumn;
    }
    return InvoiceDraft::DescriptionColumn;
}

QString positionFor(int index)
{
    return QStringLiteral("p%1").arg(index + 1, 6, 10, QLatin1Char('0'));
}

} // namespace

QString InvoiceDraft::amountText(const Money& amount, const QLocale& locale)
{
    return scaledText(amount.minorUnits(), qMax<qint64>(1, amount.currency().minorPerMajor()), locale);
}

QString InvoiceDraft::quantityText(qint64 thousandths, const QLocale& locale)
{
    return scaledText(thousandths, Money::kQuantityOne, locale);
}

QString InvoiceDraft::percentText(qint64 ppm, const QLocale& locale)
{
    return scaledText(ppm, 10'000, locale);
}

std::optional<qint64> InvoiceDraft::parsePercent(const QString& text, const QLocale& locale)
{
    return parseScaled(text, locale, "CLF"); // four decimals: 1 % = 10'000 ppm
}

std::optional<qint64> InvoiceDraft::parseQuantity(const QString& text, const QLocale& locale)
{
    return parseScaled(text, locale, "KWD"); // three decimals: thousandths
}

QStringList InvoiceDraft::splitTaxCodes(const QString& text)
{
    QStringList codes;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        if (!code.isEmpty()) {
            codes.append(code);
        }
    }
    return codes;
}

InvoiceDraft InvoiceDraft::fromInvoice(const Invoice& invoice, const QLocale& locale)
{
    InvoiceDraft draft;
    for (const InvoiceLine& line : invoice.lines()) {
        draft.lines.append(Line {line.id, line.description, quantityText(line.quantityThousandths, locale),
            amountText(line.unitPrice, locale), line.taxCodes.join(QStringLiteral(", ")), line.position});
    }
    for (const TaxRate& rate : invoice.taxRates()) {
        draft.taxes.append(Tax {rate.code(), rate.name(), percentText(rate.ratePpm(), locale), rate.isInclusive()});
    }
    switch (invoice.discount().kind()) {
    case InvoiceDiscount::Kind::None:
        break;
    case InvoiceDiscount::Kind::Percentage:
        draft.discountKind = DiscountKind::Percentage;
        draft.discountValue = percentText(invoice.discount().ratePpm(), locale);
        break;
    case InvoiceDiscount::Kind::Fixed:
        draft.discountKind = DiscountKind::Amount;
        draft.discountValue = amountText(invoice.discount().amount(), locale);
        break;
    }
    if (invoice.paymentSchedule() && !invoice.paymentSchedule()->isEmpty()) {
        draft.scheduled = true;
        for (const PaymentSchedule::Installment& installment : invoice.paymentSchedule()->installments()) {
            draft.installments.append(Installment {installment.dueDate, amountText(installment.amount, locale)});
        }
    }
    draft.dueDate = invoice.dueDate();
    draft.poNumber = invoice.poNumber();
    draft.notes = invoice.notes();
    return draft;
}

bool InvoiceDraftCheck::isValid() const
{
    return cellErrors.isEmpty() && lineErrors.isEmpty() && taxError.isEmpty() && discountError.isEmpty()
        && scheduleError.isEmpty() && dueDateError.isEmpty() && totalsError.isEmpty();
}

QString InvoiceDraftCheck::firstProblem() const
{
    for (const QString& problem :
        {lineErrors.value(0), taxError, discountError, totalsError, scheduleError, dueDateError}) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

InvoiceDraftCheck checkInvoiceDraft(const Invoice& base, const InvoiceDraft& draft, const QLocale& locale)
{
    InvoiceDraftCheck check;
    Invoice invoice = base;
    const Currency& currency = base.currency();

    // Start from empty content, then replay the draft through the domain's checks.
    for (const InvoiceLine& line : base.lines()) {
        (void)invoice.removeLine(line.id);
    }
    (void)invoice.setPaymentSchedule(std::nullopt);
    (void)invoice.setDiscount(InvoiceDiscount::none());

    // Tax table.
    QList<TaxRate> rates;
    QStringList taxProblems;
    for (int row = 0; row < draft.taxes.size(); ++row) {
        const InvoiceDraft::Tax& tax = draft.taxes.at(row);
        const std::optional<qint64> ppm = InvoiceDraft::parsePercent(tax.rate, locale);
        if (!ppm) {
            taxProblems.append(InvoiceDraft::tr("Tax %1: enter the rate as a number of percent, such as 19 or %2.")
                                   .arg(row + 1)
                                   .arg(QStringLiteral("7") + locale.decimalPoint() + QStringLiteral("25")));
            continue;
        }
        Result<TaxRate> rate = TaxRate::create(tax.code.trimmed(), tax.name.trimmed(), ppm.value(),
            tax.inclusive ? TaxRate::Inclusion::Inclusive : TaxRate::Inclusion::Exclusive);
        if (!rate) {
            taxProblems.append(InvoiceDraft::tr("Tax %1: %2").arg(row + 1).arg(rate.error().userMessage()));
            continue;
        }
        const bool duplicate = std::any_of(
            rates.cbegin(), rates.cend(), [&rate](const TaxRate& other) { return other.code() == rate->code(); });
        if (duplicate) {
            taxProblems.append(InvoiceDraft::tr("Tax %1: the code “%2” is used twice; give each tax its own code.")
                                   .arg(row + 1)
                                   .arg(rate->code()));
            continue;
        }
        rates.append(rate.value());
    }
    if (Result<void> set = invoice.setTaxRates(rates); !set) {
        taxProblems.append(set.error().userMessage());
    }
    check.taxError = taxProblems.join(u'\n');

    // Lines, in the order shown. Keep their positions while they are still in order, else renumber.
    bool positionsInOrder = true;
    for (int row = 0; row < draft.lines.size(); ++row) {
        const QString& position = draft.lines.at(row).position;
        if (position.isEmpty() || (row > 0 && !(draft.lines.at(row - 1).position < position))) {
            positionsInOrder = false;
        }
    }
    for (int row = 0; row < draft.lines.size(); ++row) {
        const InvoiceDraft::Line& line = draft.lines.at(row);
        auto fail = [&check, row](int column, const QString& message) {
            check.cellErrors.insert({row, column}, message);
            check.lineErrors.append(InvoiceDraft::tr("Line %1, %2: %3").arg(row + 1).arg(columnName(column), message));
        };
        check.lineAmounts.append(std::nullopt);
        bool parsed = true;
        const std::optional<qint64> quantity = InvoiceDraft::parseQuantity(line.quantity, locale);
        if (!quantity) {
            fail(InvoiceDraft::QuantityColumn,
                InvoiceDraft::tr("enter a quantity such as 2 or %1 (up to three decimals).")
                    .arg(QStringLiteral("1") + locale.decimalPoint() + QStringLiteral("5")));
            parsed = false;
        }
        const Result<Money> price = Money::parse(line.unitPrice, currency, locale);
        if (!price) {
            const QString example = InvoiceDraft::amountText(Money(123'450, currency), locale);
            fail(InvoiceDraft::UnitPriceColumn,
                line.unitPrice.trimmed().isEmpty()
                    ? InvoiceDraft::tr("enter a price.")
                    : InvoiceDraft::tr("“%1” is not a price; type it like %2.").arg(line.unitPrice.trimmed(), example));
            parsed = false;
        }
        if (line.description.trimmed().isEmpty()) {
            fail(InvoiceDraft::DescriptionColumn, InvoiceDraft::tr("describe what the line is for."));
            parsed = false;
        }
        if (!parsed) {
            continue;
        }
        InvoiceLine domainLine;
        domainLine.id = line.id;
        domainLine.description = line.description.trimmed();
        domainLine.quantityThousandths = quantity.value();
        domainLine.unitPrice = price.value();
        domainLine.taxCodes = InvoiceDraft::splitTaxCodes(line.taxCodes);
        domainLine.position = positionsInOrder ? line.position : positionFor(row);
        if (Result<void> added = invoice.addLine(domainLine); !added) {
            fail(columnForLineError(added.error()), added.error().userMessage());
            continue;
        }
        if (Result<Money> amount = domainLine.amount()) {
            check.lineAmounts.last() = amount.value();
        }
    }

    // Discount.
    switch (draft.discountKind) {
    case InvoiceDraft::DiscountKind::None:
        break;
    case InvoiceDraft::DiscountKind::Percentage:
        if (const std::optional<qint64> ppm = InvoiceDraft::parsePercent(draft.discountValue, locale)) {
            if (Result<void> set = invoice.setDiscount(InvoiceDiscount::percentage(ppm.value())); !set) {
                check.discountError = set.error().userMessage();
            }
        } else {
            check.discountError = InvoiceDraft::tr("Enter the discount in percent, such as 10.");
        }
        break;
    case InvoiceDraft::DiscountKind::Amount:
        if (const Result<Money> amount = Money::parse(draft.discountValue, currency, locale)) {
            if (Result<void> set = invoice.setDiscount(InvoiceDiscount::fixed(amount.value())); !set) {
                check.discountError = set.error().userMessage();
            }
        } else {
            check.discountError = InvoiceDraft::tr("Enter the discount as an amount, such as %1.")
                                      .arg(InvoiceDraft::amountText(Money(5'000, currency), locale));
        }
        break;
    }

    Result<domain::InvoiceTotals> totals = invoice.totals();
    if (totals) {
        check.totals = totals.value();
    } else if (draft.discountKind != InvoiceDraft::DiscountKind::None && check.discountError.isEmpty()) {
        check.discountError = totals.error().userMessage();
    } else {
        check.totalsError = totals.error().userMessage();
    }

    // Payment schedule.
    if (draft.scheduled) {
        QList<PaymentSchedule::Installment> installments;
        QStringList problems;
        qint64 scheduledMinor = 0;
        for (int row = 0; row < draft.installments.size(); ++row) {
            const InvoiceDraft::Installment& installment = draft.installments.at(row);
            const Result<Money> amount = Money::parse(installment.amount, currency, locale);
            if (!amount) {
                problems.append(InvoiceDraft::tr("Instalment %1: enter an amount such as %2.")
                                    .arg(row + 1)
                                    .arg(InvoiceDraft::amountText(Money(10'000, currency), locale)));
                continue;
            }
            if (!installment.dueDate.isValid()) {
                problems.append(InvoiceDraft::tr("Instalment %1: choose the day it is due.").arg(row + 1));
                continue;
            }
            scheduledMinor += amount->minorUnits();
            installments.append({installment.dueDate, amount.value()});
        }
        if (draft.installments.isEmpty()) {
            problems.append(InvoiceDraft::tr("Add at least one instalment, or choose to be paid in full."));
        }
        if (check.totals) {
            const Money total = check.totals->grandTotal();
            const qint64 left = total.minorUnits() - scheduledMinor;
            check.scheduleSummary = left == 0
                ? InvoiceDraft::tr("The instalments add up to the total of %1.").arg(moneyText(total, locale))
                : (left > 0 ? InvoiceDraft::tr("Scheduled %1 of %2 — %3 left to schedule.")
                                  .arg(moneyText(Money(scheduledMinor, currency), locale), moneyText(total, locale),
                                      moneyText(Money(left, currency), locale))
                            : InvoiceDraft::tr("Scheduled %1, which is %3 more than the total of %2.")
                                  .arg(moneyText(Money(scheduledMinor, currency), locale), moneyText(total, locale),
                                      moneyText(Money(-left, currency), locale)));
            if (problems.isEmpty() && left != 0) {
                problems.append(left > 0
                        ? InvoiceDraft::tr("The instalments must add up to the total: add %1 to one of them.")
                              .arg(moneyText(Money(left, currency), locale))
                        : InvoiceDraft::tr("The instalments must add up to the total: take %1 off one of them.")
                              .arg(moneyText(Money(-left, currency), locale)));
            }
        }
        if (problems.isEmpty()) {
            Result<PaymentSchedule> schedule = PaymentSchedule::create(installments);
            if (!schedule) {
                problems.append(schedule.error().userMessage());
            } else if (Result<void> set = invoice.setPaymentSchedule(schedule.value()); !set) {
                problems.append(set.error().userMessage());
            }
        }
        check.scheduleError = problems.join(u'\n');
    }

    if (draft.dueDate.isValid()) {
        if (Result<void> set = invoice.setDueDate(draft.dueDate); !set) {
            check.dueDateError = set.error().userMessage();
        }
    }
    invoice.setPoNumber(draft.poNumber.trimmed());
    invoice.setNotes(draft.notes);
    check.invoice = invoice;
    return check;
}

} // namespace clientele::ui
