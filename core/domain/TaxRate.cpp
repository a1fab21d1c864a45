#include "core/domain/TaxRate.h"

#include <QCoreApplication>

namespace clientele::domain {

Result<TaxRate> TaxRate::create(const QString& code, const QString& name, qint64 ratePpm, Inclusion inclusion)
{
    const QString trimmedCode = code.trimmed();
    if (trimmedCode.isEmpty()) {
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("TaxRate", "A tax rate needs a code."),
            QStringLiteral("empty tax code"));
    }
    if (trimmedCode.size() > 32) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("TaxRate", "A tax code can have at most 32 characters."),
            QStringLiteral("tax code too long"));
    }
    if (ratePpm < 0 || ratePpm > kMaxRatePpm) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("TaxRate", "The tax rate “%1” must be between 0 % and 1000 %.")
                .arg(trimmedCode),
            QStringLiteral("tax rate %1 ppm out of range").arg(ratePpm));
    }
    TaxRate rate;
    rate.m_code = trimmedCode;
    rate.m_name = name.trimmed().isEmpty() ? trimmedCode : name.trimmed();
    rate.m_ratePpm = ratePpm;
    rate.m_inclusion = inclusion;
    return rate;
}

Result<Money> TaxRate::taxOnNet(const Money& net, Rounding rounding) const
{
    return net.applyRate(m_ratePpm, rounding);
}

Result<Money> TaxRate::taxContainedIn(const Money& gross, qint64 inclusiveRatesSumPpm, Rounding rounding) const
{
    Q_ASSERT(inclusiveRatesSumPpm >= m_ratePpm);
    return gross.scaled(m_ratePpm, Money::kPpm + inclusiveRatesSumPpm, rounding);
}

} // namespace clientele::domain
