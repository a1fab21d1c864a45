#include "core/domain/ServicePackage.h"

#include <utility>

#include <QCoreApplication>

namespace clientele::domain {

ServicePackage::ServicePackage(QUuid id, QUuid serviceId, int sessions, Money price, std::optional<int> validityDays)
    : m_id(id)
    , m_serviceId(serviceId)
    , m_sessions(sessions)
    , m_price(std::move(price))
    , m_validityDays(validityDays)
{
}

Result<void> ServicePackage::validate() const
{
    if (m_id.isNull() || m_serviceId.isNull()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ServicePackage", "The package is not linked to a service."),
            QStringLiteral("null package or service id"));
    }
    if (m_sessions < 1 || m_sessions > kMaxSessions) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ServicePackage", "A package holds between 1 and %1 sessions.")
                .arg(kMaxSessions),
            QStringLiteral("sessions out of range"));
    }
    if (!m_price.currency().isValid()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ServicePackage", "Choose a currency for the package price."),
            QStringLiteral("price without currency"));
    }
    if (m_price.isNegative()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ServicePackage", "The package price cannot be negative."),
            QStringLiteral("negative price"));
    }
    if (m_validityDays && (*m_validityDays < 1 || *m_validityDays > kMaxValidityDays)) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "ServicePackage", "A package is valid for 1 day to 10 years, or without limit."),
            QStringLiteral("validity out of range"));
    }
    return {};
}

Result<QList<Money>> ServicePackage::pricePerSession() const
{
    if (Result<void> valid = validate(); !valid) {
        return valid.error();
    }
    return m_price.allocate(m_sessions);
}

} // namespace clientele::domain
