#include "core/domain/Invoice.h"

#include <algorithm>
#include <utility>

#include <QCoreApplication>

namespace clientele::domain {

namespace {

Error conflict(const QString& message, const char* detail)
{
    return Error(Error::Code::Conflict, message, QLatin1String(detail));
}

QString amountText(const Money& amount)
{
    return amount.toDecimalString() + u' ' + amount.currency().code();
}

// The refusal for an action the status does not allow, in words that say what to do instead.
Error closedInvoice(InvoiceStatus status)
{
    if (status == InvoiceStatus::Void) {
        return conflict(QCoreApplication::translate("Invoice", "This invoice is void and can no longer be changed."),
            "invoice is void");
    }
    return conflict(QCoreApplication::translate(
                        "Invoice", "This invoice was refunded and is closed; create a new invoice instead."),
        "invoice is refunded");
}

} // namespace

Invoice::Invoice(QUuid id, QUuid clientId, Currency currency)
    : m_id(id)
    , m_clientId(clientId)
    , m_currency(std::move(currency))
{
}

Error Invoice::invalid(const QString& message, const char* detail) const
{
    return Error(Error::Code::InvalidInput, message, QLatin1String(detail));
}

Result<void> Invoice::requireDraft() const
{
    switch (m_status) {
    case InvoiceStatus::Draft:
        return {};
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return closedInvoice(m_status);
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        break;
    }
    return conflict(QCoreApplication::translate("Invoice",
                        "An issued invoice cannot be changed. Void it and issue a corrected one, or refund instead."),
        "invoice not in draft");
}

Result<void> Invoice::setDueDate(const QDate& dueDate)
{
    if (m_status == InvoiceStatus::Void || m_status == InvoiceStatus::Refunded) {
        return closedInvoice(m_status);
    }
    if (!dueDate.isValid()) {
        return invalid(QCoreApplication::translate("Invoice", "Choose a due date."), "invalid due date");
    }
    if (m_issueDate.isValid() && dueDate < m_issueDate) {
        return invalid(QCoreApplication::translate("Invoice", "The due date cannot be before the issue date."),
            "due date before issue date");
    }
    m_dueDate = dueDate;
    return {};
}

Result<void> Invoice::setSeries(const QString& series)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    m_series = series;
    return {};
}

Result<void> Invoice::assignNumber(const QString& number)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    if (number.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("Invoice", "An invoice number cannot be empty."), "empty number");
    }
    m_number = number.trimmed();
    return {};
}

Result<void> Invoice::checkLine(const InvoiceLine& line, bool isNew) const
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    if (line.id.isNull()) {
        return invalid(QCoreApplication::translate("Invoice", "The line has no identifier."), "null line id");
    }
    const bool exists = std::any_of(
        m_lines.cbegin(), m_lines.cend(), [&line](const InvoiceLine& other) { return other.id == line.id; });
    if (isNew && exists) {
        return conflict(
            QCoreApplication::translate("Invoice", "This line is already on the invoice."), "duplicate line id");
    }
    if (!isNew && !exists) {
        return Error(Error::Code::NotFound, QCoreApplication::translate("Invoice", "This line is not on the invoice."),
            QStringLiteral("unknown line id"));
    }
    if (line.description.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("Invoice", "Describe what the line is for."), "empty description");
    }
    if (line.quantityThousandths <= 0) {
        return invalid(
            QCoreApplication::translate("Invoice", "The quantity must be more than zero."), "quantity not positive");
    }
    if (line.unitPrice.currency() != m_currency) {
        return invalid(
            QCoreApplication::translate("Invoice", "The line must be priced in %1, the currency of the invoice.")
                .arg(m_currency.code()),
            "line currency mismatch");
    }
    if (line.unitPrice.isNegative()) {
        return invalid(QCoreApplication::translate(
                           "Invoice", "A price cannot be negative; give a discount on the invoice instead."),
            "negative unit price");
    }
    for (qsizetype i = 0; i < line.taxCodes.size(); ++i) {
        const QString& code = line.taxCodes.at(i);
        if (line.taxCodes.indexOf(code) != i) {
            return invalid(QCoreApplication::translate("Invoice", "The line lists the tax “%1” twice.").arg(code),
                "duplicate tax code on line");
        }
        const bool known = std::any_of(
            m_taxRates.cbegin(), m_taxRates.cend(), [&code](const TaxRate& rate) { return rate.code() == code; });
        if (!known) {
            return invalid(
                QCoreApplication::translate("Invoice", "The tax “%1” is not in the invoice's tax table.").arg(code),
                "unknown tax code");
        }
    }
    if (Result<Money> amount = line.amount(); !amount) {
        return amount.error();
    }
    return {};
}

void Invoice::sortLines()
{
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const InvoiceLine& a, const InvoiceLine& b) {
        if (a.position != b.position) {
            return a.position < b.position;
        }
        return a.id < b.id;
    });
}

Result<void> Invoice::addLine(const InvoiceLine& line)
{
    if (Result<void> valid = checkLine(line, true); !valid) {
        return valid;
    }
    m_lines.append(line);
    sortLines();
    return {};
}

Result<void> Invoice::updateLine(const InvoiceLine& line)
{
    if (Result<void> valid = checkLine(line, false); !valid) {
        return valid;
    }
    for (InvoiceLine& existing : m_lines) {
        if (existing.id == line.id) {
            existing = line;
        }
    }
    sortLines();
    return {};
}

Result<void> Invoice::removeLine(const QUuid& lineId)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    const qsizetype removed = m_lines.removeIf([&lineId](const InvoiceLine& line) { return line.id == lineId; });
    if (removed == 0) {
        return Error(Error::Code::NotFound, QCoreApplication::translate("Invoice", "This line is not on the invoice."),
            QStringLiteral("unknown line id"));
    }
    return {};
}

Result<void> Invoice::setDiscount(const InvoiceDiscount& discount)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    switch (discount.kind()) {
    case InvoiceDiscount::Kind::None:
        break;
    case InvoiceDiscount::Kind::Percentage:
        if (discount.ratePpm() <= 0 || discount.ratePpm() > Money::kPpm) {
            return invalid(
                QCoreApplication::translate("Invoice", "A discount must be more than 0 % and at most 100 %."),
                "discount percentage out of range");
        }
        break;
    case InvoiceDiscount::Kind::Fixed:
        if (discount.amount().currency() != m_currency) {
            return invalid(
                QCoreApplication::translate("Invoice", "The discount must be in %1, the currency of the invoice.")
                    .arg(m_currency.code()),
                "discount currency mismatch");
        }
        if (!discount.amount().isPositive()) {
            return invalid(
                QCoreApplication::translate("Invoice", "A discount must be more than zero."), "discount not positive");
        }
        break;
    }
    m_discount = discount;
    return {};
}

Result<void> Invoice::setTaxRates(const QList<TaxRate>& taxRates)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    for (qsizetype i = 0; i < taxRates.size(); ++i) {
        for (qsizetype k = 0; k < i; ++k) {
            if (taxRates.at(k).code() == taxRates.at(i).code()) {
                return invalid(QCoreApplication::translate("Invoice", "The tax code “%1” is listed twice.")
                                   .arg(taxRates.at(i).code()),
                    "duplicate tax code");
            }
        }
    }
    for (const InvoiceLine& line : std::as_const(m_lines)) {
        for (const QString& code : line.taxCodes) {
            const bool kept = std::any_of(
                taxRates.cbegin(), taxRates.cend(), [&code](const TaxRate& rate) { return rate.code() == code; });
            if (!kept) {
                return invalid(
                    QCoreApplication::translate("Invoice", "The tax “%1” is still used by a line.").arg(code),
                    "tax code in use");
            }
        }
    }
    m_taxRates = taxRates;
    return {};
}

Result<void> Invoice::setTaxRoundingPolicy(TaxRoundingPolicy policy)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    m_taxRoundingPolicy = policy;
    return {};
}

Result<void> Invoice::setRounding(Rounding rounding)
{
    if (Result<void> draft = requireDraft(); !draft) {
        return draft;
    }
    m_rounding = rounding;
    return {};
}

Result<void> Invoice::setPaymentSchedule(const std::optional<PaymentSchedule>& schedule)
{
    switch (m_status) {
    case InvoiceStatus::Draft:
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
        break;
    case InvoiceStatus::Paid:
        return conflict(
            QCoreApplication::translate("Invoice", "This invoice is paid in full and needs no payment schedule."),
            "invoice paid");
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return closedInvoice(m_status);
    }
    if (schedule) {
        Result<InvoiceTotals> totals = this->totals();
        if (!totals) {
            return totals.error();
        }
        if (Result<void> matches = schedule->matches(totals->grandTotal()); !matches) {
            return matches;
        }
    }
    m_schedule = schedule;
    return {};
}

Result<InvoiceTotals> Invoice::totals() const
{
    return InvoiceTotals::compute(m_currency, m_lines, m_discount, m_taxRates, m_taxRoundingPolicy, m_rounding);
}

Money Invoice::amountPaid() const
{
    qint64 sum = 0;
    for (const Payment& payment : m_payments) {
        sum += payment.amount.minorUnits(); // each payment was at most the balance, so the sum fits
    }
    return Money(sum, m_currency);
}

Money Invoice::amountRefunded() const
{
    qint64 sum = 0;
    for (const Refund& refund : m_refunds) {
        sum += refund.amount.minorUnits(); // each refund was at most what remained of its payment
    }
    return Money(sum, m_currency);
}

Money Invoice::netPaid() const
{
    return Money(amountPaid().minorUnits() - amountRefunded().minorUnits(), m_currency);
}

Result<Money> Invoice::balanceDue() const
{
    switch (m_status) {
    case InvoiceStatus::Draft:
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return Money::zero(m_currency);
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        break;
    }
    Result<InvoiceTotals> totals = this->totals();
    if (!totals) {
        return totals.error();
    }
    return totals->grandTotal().subtract(netPaid());
}

Money Invoice::refundableAmount(const QUuid& paymentId) const
{
    qint64 remaining = 0;
    for (const Payment& payment : m_payments) {
        if (payment.id == paymentId) {
            remaining += payment.amount.minorUnits();
        }
    }
    for (const Refund& refund : m_refunds) {
        if (refund.paymentId == paymentId) {
            remaining -= refund.amount.minorUnits();
        }
    }
    return Money(remaining, m_currency);
}

Result<void> Invoice::issue(const QDate& issueDate)
{
    switch (m_status) {
    case InvoiceStatus::Draft:
        break;
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return closedInvoice(m_status);
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        return conflict(
            QCoreApplication::translate("Invoice", "This invoice has already been issued."), "already issued");
    }
    if (m_lines.isEmpty()) {
        return invalid(
            QCoreApplication::translate("Invoice", "Add at least one line before issuing the invoice."), "no lines");
    }
    if (m_number.isEmpty()) {
        return invalid(
            QCoreApplication::translate("Invoice", "The invoice needs a number before it is issued."), "no number");
    }
    if (!issueDate.isValid()) {
        return invalid(QCoreApplication::translate("Invoice", "Choose an issue date."), "invalid issue date");
    }
    if (m_dueDate.isValid() && m_dueDate < issueDate) {
        return invalid(QCoreApplication::translate("Invoice", "The due date cannot be before the issue date."),
            "due date before issue date");
    }
    Result<InvoiceTotals> totals = this->totals();
    if (!totals) {
        return totals.error();
    }
    if (totals->grandTotal().isNegative()) {
        return invalid(
            QCoreApplication::translate("Invoice", "The invoice total cannot be negative."), "negative total");
    }
    if (m_schedule) {
        if (Result<void> matches = m_schedule->matches(totals->grandTotal()); !matches) {
            return matches;
        }
    }
    m_issueDate = issueDate;
    if (!m_dueDate.isValid()) {
        m_dueDate = issueDate; // due on receipt
    }
    m_status = InvoiceStatus::Issued;
    return {};
}

Result<void> Invoice::recordPayment(const Payment& payment)
{
    switch (m_status) {
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
        break;
    case InvoiceStatus::Draft:
        return conflict(QCoreApplication::translate("Invoice", "Issue the invoice before recording a payment."),
            "payment on draft");
    case InvoiceStatus::Paid:
        return conflict(
            QCoreApplication::translate("Invoice", "This invoice is already paid in full."), "payment on paid invoice");
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return closedInvoice(m_status);
    }
    if (payment.id.isNull()) {
        return invalid(QCoreApplication::translate("Invoice", "The payment has no identifier."), "null payment id");
    }
    const bool duplicate = std::any_of(m_payments.cbegin(), m_payments.cend(), [&payment](const Payment& other) {
        return other.id == payment.id
            || (!payment.externalReference.isEmpty() && other.externalReference == payment.externalReference);
    });
    if (duplicate) {
        // Webhooks are delivered at least once; the second delivery must not count twice.
        return conflict(
            QCoreApplication::translate("Invoice", "This payment has already been recorded."), "duplicate payment");
    }
    if (!payment.at.isValid()) {
        return invalid(
            QCoreApplication::translate("Invoice", "The payment needs a date and time."), "invalid payment time");
    }
    if (payment.amount.currency() != m_currency) {
        return invalid(QCoreApplication::translate("Invoice", "The payment is in %1 but the invoice is in %2.")
                           .arg(payment.amount.currency().code(), m_currency.code()),
            "payment currency mismatch");
    }
    if (!payment.amount.isPositive()) {
        return invalid(
            QCoreApplication::translate("Invoice", "A payment must be more than zero."), "payment not positive");
    }
    Result<Money> balance = balanceDue();
    if (!balance) {
        return balance.error();
    }
    if (payment.amount.minorUnits() > balance->minorUnits()) {
        return invalid(QCoreApplication::translate("Invoice", "The payment of %1 is more than the balance due of %2.")
                           .arg(amountText(payment.amount), amountText(balance.value())),
            "overpayment");
    }
    Payment stored = payment;
    stored.at = payment.at.toUTC();
    m_payments.append(stored);
    m_status = payment.amount == balance.value() ? InvoiceStatus::Paid : InvoiceStatus::PartiallyPaid;
    return {};
}

Result<void> Invoice::recordRefund(const Refund& refund)
{
    switch (m_status) {
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        break;
    case InvoiceStatus::Draft:
    case InvoiceStatus::Issued:
        return conflict(QCoreApplication::translate("Invoice", "There is no payment on this invoice to refund."),
            "refund without payment");
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return closedInvoice(m_status);
    }
    if (refund.id.isNull()) {
        return invalid(QCoreApplication::translate("Invoice", "The refund has no identifier."), "null refund id");
    }
    const bool duplicate = std::any_of(
        m_refunds.cbegin(), m_refunds.cend(), [&refund](const Refund& other) { return other.id == refund.id; });
    if (duplicate) {
        return conflict(
            QCoreApplication::translate("Invoice", "This refund has already been recorded."), "duplicate refund");
    }
    const bool paymentKnown = std::any_of(m_payments.cbegin(), m_payments.cend(),
        [&refund](const Payment& payment) { return payment.id == refund.paymentId; });
    if (!paymentKnown) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("Invoice", "The payment to refund is not on this invoice."),
            QStringLiteral("unknown payment id"));
    }
    if (refund.reason.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("Invoice", "Give a reason for the refund."), "empty refund reason");
    }
    if (!refund.at.isValid()) {
        return invalid(
            QCoreApplication::translate("Invoice", "The refund needs a date and time."), "invalid refund time");
    }
    if (refund.amount.currency() != m_currency) {
        return invalid(QCoreApplication::translate("Invoice", "The refund is in %1 but the invoice is in %2.")
                           .arg(refund.amount.currency().code(), m_currency.code()),
            "refund currency mismatch");
    }
    if (!refund.amount.isPositive()) {
        return invalid(
            QCoreApplication::translate("Invoice", "A refund must be more than zero."), "refund not positive");
    }
    const Money refundable = refundableAmount(refund.paymentId);
    if (refund.amount.minorUnits() > refundable.minorUnits()) {
        return invalid(QCoreApplication::translate("Invoice", "Only %1 of this payment is left to refund.")
                           .arg(amountText(refundable)),
            "refund above payment");
    }
    Refund stored = refund;
    stored.at = refund.at.toUTC();
    m_refunds.append(stored);
    m_status = netPaid().isZero() ? InvoiceStatus::Refunded : InvoiceStatus::PartiallyPaid;
    return {};
}

Result<void> Invoice::voidInvoice()
{
    switch (m_status) {
    case InvoiceStatus::Issued:
        break;
    case InvoiceStatus::Draft:
        return conflict(
            QCoreApplication::translate("Invoice", "A draft has no number yet and is not voided; delete it instead."),
            "void draft");
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Paid:
        return conflict(QCoreApplication::translate(
                            "Invoice", "Payments were made on this invoice; refund them before voiding it."),
            "void with payments");
    case InvoiceStatus::Void:
    case InvoiceStatus::Refunded:
        return closedInvoice(m_status);
    }
    // Issued means nothing is paid: every payment moves the status on, and refunding all of them
    // ends in Refunded, never back in Issued.
    Q_ASSERT(netPaid().isZero());
    m_status = InvoiceStatus::Void;
    return {};
}

bool Invoice::isOverdue(const QDate& today) const
{
    if (m_status != InvoiceStatus::Issued && m_status != InvoiceStatus::PartiallyPaid) {
        return false;
    }
    const Result<Money> balance = balanceDue();
    if (!balance || !balance->isPositive() || !today.isValid()) {
        return false;
    }
    if (m_schedule && !m_schedule->isEmpty()) {
        return m_schedule->amountDueBefore(today).minorUnits() > netPaid().minorUnits();
    }
    return m_dueDate.isValid() && m_dueDate < today;
}

} // namespace clientele::domain
