#include "core/domain/Service.h"

#include <utility>

#include <QCoreApplication>

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxNameLength = 200;

Error invalid(const QString& message, const char* detail)
{
    return Error(Error::Code::InvalidInput, message, QLatin1String(detail));
}

} // namespace

Service::Service(QUuid id, QString name, int durationMinutes, Money price)
    : m_id(id)
    , m_name(std::move(name))
    , m_durationMinutes(durationMinutes)
    , m_price(std::move(price))
{
}

Result<void> Service::validate() const
{
    if (m_id.isNull()) {
        return invalid(QCoreApplication::translate("Service", "The service has no identifier."), "null service id");
    }
    if (m_name.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("Service", "Give the service a name."), "empty service name");
    }
    if (m_name.size() > kMaxNameLength) {
        return invalid(QCoreApplication::translate("Service", "A service name can have at most %1 characters.")
                           .arg(kMaxNameLength),
            "service name too long");
    }
    if (m_durationMinutes <= 0) {
        return invalid(QCoreApplication::translate("Service", "A session must last at least one minute."),
            "duration not positive");
    }
    if (m_durationMinutes > kMaxDurationMinutes) {
        return invalid(
            QCoreApplication::translate("Service", "A session can last at most 7 days."), "duration too long");
    }
    if (m_bufferBeforeMinutes < 0 || m_bufferAfterMinutes < 0) {
        return invalid(
            QCoreApplication::translate("Service", "The time kept free before and after a session cannot be negative."),
            "negative buffer");
    }
    if (m_bufferBeforeMinutes > kMaxBufferMinutes || m_bufferAfterMinutes > kMaxBufferMinutes) {
        return invalid(QCoreApplication::translate(
                           "Service", "The time kept free before or after a session can be at most 24 hours."),
            "buffer too long");
    }
    if (!m_price.currency().isValid()) {
        return invalid(
            QCoreApplication::translate("Service", "Choose a currency for the price."), "price without currency");
    }
    if (m_price.isNegative()) {
        return invalid(QCoreApplication::translate("Service", "The price cannot be negative."), "negative price");
    }
    if (Result<void> deposit = validateDeposit(); !deposit) {
        return deposit;
    }
    for (qsizetype i = 0; i < m_reminderPlan.size(); ++i) {
        const ReminderRule& rule = m_reminderPlan.at(i);
        if (rule.offsetMinutes <= 0) {
            return invalid(QCoreApplication::translate("Service", "A reminder must be sent before the session starts."),
                "reminder offset not positive");
        }
        if (rule.offsetMinutes > kMaxReminderOffsetMinutes) {
            return invalid(
                QCoreApplication::translate("Service", "A reminder can be sent at most 90 days before the session."),
                "reminder offset too large");
        }
        if (m_reminderPlan.indexOf(rule) != i) {
            return invalid(QCoreApplication::translate("Service", "The reminder plan lists the same reminder twice."),
                "duplicate reminder");
        }
    }
    // The coding's own refusal names the bad code, which says more than "the coding is invalid".
    if (!m_procedureCoding.isEmpty()) {
        return m_procedureCoding.validate();
    }
    return {};
}

Result<void> Service::validateDeposit() const
{
    switch (m_deposit.kind()) {
    case Deposit::Kind::None:
        return {};
    case Deposit::Kind::Fixed:
        if (m_deposit.amount().currency() != m_price.currency()) {
            return invalid(
                QCoreApplication::translate("Service", "The deposit must be in the currency of the price (%1).")
                    .arg(m_price.currency().code()),
                "deposit currency mismatch");
        }
        if (!m_deposit.amount().isPositive()) {
            return invalid(QCoreApplication::translate("Service", "A fixed deposit must be more than zero."),
                "deposit not positive");
        }
        if (m_deposit.amount().minorUnits() > m_price.minorUnits()) {
            return invalid(QCoreApplication::translate("Service", "The deposit cannot be more than the price."),
                "deposit above price");
        }
        return {};
    case Deposit::Kind::Percentage:
        if (m_deposit.ratePpm() <= 0 || m_deposit.ratePpm() > Money::kPpm) {
            return invalid(
                QCoreApplication::translate("Service", "A deposit percentage must be more than 0 % and at most 100 %."),
                "deposit percentage out of range");
        }
        return {};
    }
    return {};
}

Result<Money> Service::depositAmount(Rounding rounding) const
{
    if (Result<void> deposit = validateDeposit(); !deposit) {
        return deposit.error();
    }
    switch (m_deposit.kind()) {
    case Deposit::Kind::None:
        return Money::zero(m_price.currency());
    case Deposit::Kind::Fixed:
        return m_deposit.amount();
    case Deposit::Kind::Percentage:
        return m_price.applyRate(m_deposit.ratePpm(), rounding);
    }
    return Money::zero(m_price.currency());
}

} // namespace clientele::domain
