#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/Currency.h"
#include "core/domain/InvoiceDiscount.h"
#include "core/domain/InvoiceLine.h"
#include "core/domain/InvoiceStatus.h"
#include "core/domain/InvoiceTotals.h"
#include "core/domain/Money.h"
#include "core/domain/Payment.h"
#include "core/domain/PaymentSchedule.h"
#include "core/domain/Refund.h"
#include "core/domain/Rounding.h"
#include "core/domain/TaxRate.h"

namespace clientele::domain {

// An invoice to one client, in one currency, with its lines, discount, taxes, payment schedule,
// payments and refunds. Every change goes through a method that checks it against the status and
// returns an Error a user understands when it is refused; nothing changes on refusal.
//
// Content (lines, discount, tax table and rounding) is editable only in Draft: an issued invoice is a
// legal document, corrected by voiding it or by a refund, never by editing. The store rebuilds a
// saved invoice by replaying the same calls (content, assignNumber, issue, payments, refunds, void)
// so a loaded invoice passes the same checks as a new one.
class Invoice final
{
public:
    Invoice() = default;
    // A new draft. The ids come from the store; the domain never makes one up.
    Invoice(QUuid id, QUuid clientId, Currency currency);

    const QUuid& id() const { return m_id; }
    const QUuid& clientId() const { return m_clientId; }
    // Null when the invoice is not for a booking.
    const QUuid& bookingId() const { return m_bookingId; }
    const Currency& currency() const { return m_currency; }
    InvoiceStatus status() const { return m_status; }
    const QString& series() const { return m_series; }
    // Empty until the store assigns one from the series' gapless counter.
    const QString& number() const { return m_number; }
    const QDate& issueDate() const { return m_issueDate; }
    const QDate& dueDate() const { return m_dueDate; }
    const QString& poNumber() const { return m_poNumber; }
    const QString& notes() const { return m_notes; }

    // Free text and links that do not change what is owed; allowed until the invoice is void.
    void setBookingId(const QUuid& bookingId) { m_bookingId = bookingId; }
    void setPoNumber(const QString& poNumber) { m_poNumber = poNumber; }
    void setNotes(const QString& notes) { m_notes = notes; }
    // Before issue any valid date; after issue not before the issue date (an extension).
    Result<void> setDueDate(const QDate& dueDate);

    // Numbering: Draft only.
    Result<void> setSeries(const QString& series);
    Result<void> assignNumber(const QString& number);

    // Content: Draft only.
    // Lines in display order: by position, then by id.
    const QList<InvoiceLine>& lines() const { return m_lines; }
    Result<void> addLine(const InvoiceLine& line);
    Result<void> updateLine(const InvoiceLine& line);
    Result<void> removeLine(const QUuid& lineId);
    const InvoiceDiscount& discount() const { return m_discount; }
    Result<void> setDiscount(const InvoiceDiscount& discount);
    const QList<TaxRate>& taxRates() const { return m_taxRates; }
    Result<void> setTaxRates(const QList<TaxRate>& taxRates);
    TaxRoundingPolicy taxRoundingPolicy() const { return m_taxRoundingPolicy; }
    Result<void> setTaxRoundingPolicy(TaxRoundingPolicy policy);
    Rounding rounding() const { return m_rounding; }
    Result<void> setRounding(Rounding rounding);

    // The schedule must add up to the grand total; it can change until the invoice is paid, void or
    // refunded (a client may renegotiate instalments). std::nullopt removes it.
    const std::optional<PaymentSchedule>& paymentSchedule() const { return m_schedule; }
    Result<void> setPaymentSchedule(const std::optional<PaymentSchedule>& schedule);

    // Subtotal, discount, taxes per rate and grand total. Fails only when the content is
    // inconsistent (an unknown tax code, a discount above the subtotal, an overflow).
    Result<InvoiceTotals> totals() const;

    const QList<Payment>& payments() const { return m_payments; }
    const QList<Refund>& refunds() const { return m_refunds; }
    Money amountPaid() const;
    Money amountRefunded() const;
    // Paid minus refunded: what the practice keeps.
    Money netPaid() const;
    // What the client still owes: grand total minus net paid while the invoice is Issued,
    // PartiallyPaid or Paid; zero for a draft (nothing is owed yet) and for a void or refunded
    // invoice (it is closed).
    Result<Money> balanceDue() const;
    // What is left of one payment to refund; zero for an unknown payment.
    Money refundableAmount(const QUuid& paymentId) const;

    // Draft -> Issued. Needs at least one line, an assigned number, a total that is not negative and
    // a schedule (if any) that adds up to it. A missing due date becomes the issue date.
    Result<void> issue(const QDate& issueDate);
    // Issued/PartiallyPaid -> PartiallyPaid, or Paid when the balance reaches zero. A payment above
    // the balance is refused: the practice refunds or credits the difference explicitly.
    Result<void> recordPayment(const Payment& payment);
    // PartiallyPaid/Paid -> PartiallyPaid, or Refunded when nothing paid remains.
    Result<void> recordRefund(const Refund& refund);
    // Issued -> Void, only while nothing is paid. ("void" is a keyword, hence the name.)
    Result<void> voidInvoice();

    // True when money is owed and its due day (of the invoice, or of an instalment when there is a
    // schedule) lies before today.
    bool isOverdue(const QDate& today) const;

private:
    Result<void> requireDraft() const;
    Result<void> checkLine(const InvoiceLine& line, bool isNew) const;
    void sortLines();
    Error invalid(const QString& message, const char* detail) const;

    QUuid m_id;
    QUuid m_clientId;
    QUuid m_bookingId;
    Currency m_currency;
    InvoiceStatus m_status = InvoiceStatus::Draft;
    QString m_series;
    QString m_number;
    QDate m_issueDate;
    QDate m_dueDate;
    QString m_poNumber;
    QString m_notes;
    QList<InvoiceLine> m_lines;
    InvoiceDiscount m_discount;
    QList<TaxRate> m_taxRates;
    TaxRoundingPolicy m_taxRoundingPolicy = TaxRoundingPolicy::PerLine;
    Rounding m_rounding = Rounding::HalfUp;
    std::optional<PaymentSchedule> m_schedule;
    QList<Payment> m_payments;
    QList<Refund> m_refunds;
};

} // namespace clientele::domain
