#pragma once

#include <QDate>
#include <QList>

#include "core/Result.h"
#include "core/domain/Money.h"
#include "core/domain/Rounding.h"

namespace clientele::domain {

// When an invoice's total is due, in instalments. The instalments always add up to the invoice
// total to the minor unit: Invoice refuses a schedule that does not, and the helpers below build
// theirs by allocation so no rounding residue is ever lost.
class PaymentSchedule final
{
public:
    struct Installment
    {
        QDate dueDate;
        Money amount;

        friend bool operator==(const Installment& a, const Installment& b)
        {
            return a.dueDate == b.dueDate && a.amount == b.amount;
        }
    };

    static constexpr int kMaxInstallments = 120;

    PaymentSchedule() = default;

    // Instalments with valid dates in non-decreasing order and positive amounts in one currency.
    static Result<PaymentSchedule> create(const QList<Installment>& installments);

    // A deposit of depositPpm of the total due on depositDue, and the rest daysBefore days before
    // eventDate (or on depositDue when that day has already passed, e.g. for a late booking).
    static Result<PaymentSchedule> depositThenRest(
        const Money& total, qint64 depositPpm, Rounding rounding, QDate depositDue, QDate eventDate, int daysBefore);

    // count equal monthly instalments from firstDue on (the same day of each month, or the month's
    // last day when it is shorter); the minor units that do not divide evenly go to the first ones.
    static Result<PaymentSchedule> equalMonthly(const Money& total, int count, QDate firstDue);

    const QList<Installment>& installments() const { return m_installments; }
    bool isEmpty() const { return m_installments.isEmpty(); }

    // The sum of all instalments (zero in no currency when empty).
    Money total() const;
    // Success when the instalments add up to exactly the given total.
    Result<void> matches(const Money& total) const;
    // What should have been paid before the given day: instalments due strictly earlier.
    Money amountDueBefore(QDate day) const;

    friend bool operator==(const PaymentSchedule& a, const PaymentSchedule& b)
    {
        return a.m_installments == b.m_installments;
    }

private:
    QList<Installment> m_installments;
};

} // namespace clientele::domain
