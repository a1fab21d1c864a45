#include "core/domain/PaymentSchedule.h"

#include <algorithm>

#include <QCoreApplication>

namespace clientele::domain {

namespace {

Error invalid(const QString& message, const char* detail)
{
    return Error(Error::Code::InvalidInput, message, QLatin1String(detail));
}

Error tooSmallToSplit()
{
    return invalid(
        QCoreApplication::translate("PaymentSchedule", "The total is too small to be split into these instalments."),
        "instalment would be zero");
}

} // namespace

Result<PaymentSchedule> PaymentSchedule::create(const QList<Installment>& installments)
{
    if (installments.isEmpty() || installments.size() > kMaxInstallments) {
        return invalid(QCoreApplication::translate("PaymentSchedule", "A payment schedule has 1 to %1 instalments.")
                           .arg(kMaxInstallments),
            "instalment count out of range");
    }
    Money sum = Money::zero(installments.first().amount.currency());
    QDate previous;
    for (const Installment& installment : installments) {
        if (!installment.dueDate.isValid()) {
            return invalid(QCoreApplication::translate("PaymentSchedule", "Every instalment needs a due date."),
                "instalment without date");
        }
        if (previous.isValid() && installment.dueDate < previous) {
            return invalid(QCoreApplication::translate("PaymentSchedule", "Instalments must be listed in date order."),
                "instalments out of order");
        }
        if (!installment.amount.isPositive()) {
            return invalid(QCoreApplication::translate("PaymentSchedule", "Every instalment must be more than zero."),
                "instalment not positive");
        }
        Result<Money> next = sum.add(installment.amount);
        if (!next) {
            return next.error();
        }
        sum = next.value();
        previous = installment.dueDate;
    }
    PaymentSchedule schedule;
    schedule.m_installments = installments;
    return schedule;
}

Result<PaymentSchedule> PaymentSchedule::depositThenRest(
    const Money& total, qint64 depositPpm, Rounding rounding, QDate depositDue, QDate eventDate, int daysBefore)
{
    if (depositPpm <= 0 || depositPpm >= Money::kPpm) {
        return invalid(QCoreApplication::translate(
                           "PaymentSchedule", "A deposit must be more than 0 % and less than 100 % of the total."),
            "deposit percentage out of range");
    }
    if (daysBefore < 0) {
        return invalid(
            QCoreApplication::translate("PaymentSchedule", "The balance cannot be due after the date of the booking."),
            "negative days before");
    }
    if (!depositDue.isValid() || !eventDate.isValid()) {
        return invalid(QCoreApplication::translate("PaymentSchedule", "Every instalment needs a due date."),
            "instalment without date");
    }
    Result<Money> deposit = total.applyRate(depositPpm, rounding);
    if (!deposit) {
        return deposit.error();
    }
    Result<Money> rest = total.subtract(deposit.value());
    if (!rest) {
        return rest.error();
    }
    if (!deposit->isPositive() || !rest->isPositive()) {
        return tooSmallToSplit();
    }
    const QDate restDue = std::max(depositDue, eventDate.addDays(-daysBefore));
    return create({Installment {depositDue, deposit.value()}, Installment {restDue, rest.value()}});
}

Result<PaymentSchedule> PaymentSchedule::equalMonthly(const Money& total, int count, QDate firstDue)
{
    if (count < 1 || count > kMaxInstallments) {
        return invalid(QCoreApplication::translate("PaymentSchedule", "A payment schedule has 1 to %1 instalments.")
                           .arg(kMaxInstallments),
            "instalment count out of range");
    }
    if (!firstDue.isValid()) {
        return invalid(QCoreApplication::translate("PaymentSchedule", "Every instalment needs a due date."),
            "instalment without date");
    }
    Result<QList<Money>> shares = total.allocate(count);
    if (!shares) {
        return shares.error();
    }
    QList<Installment> installments;
    installments.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Money& share = shares->at(i);
        if (!share.isPositive()) {
            return tooSmallToSplit();
        }
        // Always from the first date, so 31 January gives 28/29 February and then 31 March again.
        installments.append(Installment {firstDue.addMonths(i), share});
    }
    return create(installments);
}

Money PaymentSchedule::total() const
{
    if (m_installments.isEmpty()) {
        return {};
    }
    qint64 sum = 0;
    for (const Installment& installment : m_installments) {
        sum += installment.amount.minorUnits(); // create() checked that the sum fits
    }
    return Money(sum, m_installments.first().amount.currency());
}

Result<void> PaymentSchedule::matches(const Money& total) const
{
    const Money scheduled = this->total();
    if (scheduled != total) {
        return invalid(QCoreApplication::translate(
                           "PaymentSchedule", "The instalments add up to %1 %2, but the invoice total is %3 %4.")
                           .arg(scheduled.toDecimalString(), scheduled.currency().code(), total.toDecimalString(),
                               total.currency().code()),
            "schedule does not match total");
    }
    return {};
}

Money PaymentSchedule::amountDueBefore(QDate day) const
{
    if (m_installments.isEmpty()) {
        return {};
    }
    qint64 sum = 0;
    for (const Installment& installment : m_installments) {
        if (installment.dueDate < day) {
            sum += installment.amount.minorUnits();
        }
    }
    return Money(sum, m_installments.first().amount.currency());
}

} // namespace clientele::domain
