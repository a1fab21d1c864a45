#include "core/domain/ProcedureCoding.h"

#include <QCoreApplication>

#include "core/domain/ClinicalCodes.h"

namespace clientele::domain {

namespace {

Error codingError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

} // namespace

Result<void> ProcedureCoding::validate() const
{
    Result<ProcedureCoding> checked = normalized(*this);
    if (!checked) {
        return checked.error();
    }
    return {};
}

Result<ProcedureCoding> ProcedureCoding::normalized(const ProcedureCoding& coding)
{
    if (coding.isEmpty()) {
        return ProcedureCoding();
    }
    ProcedureCoding result;
    Result<QString> code = normalizeProcedureCode(coding.code);
    if (!code) {
        return code.error();
    }
    result.code = std::move(code).value();
    if (coding.modifiers.size() > kMaxModifiers) {
        return codingError("coding.too-many-modifiers",
            QCoreApplication::translate("ProcedureCoding", "A procedure can have at most %1 modifiers.")
                .arg(kMaxModifiers));
    }
    for (const QString& modifier : coding.modifiers) {
        Result<QString> normalizedModifier = normalizeModifier(modifier);
        if (!normalizedModifier) {
            return normalizedModifier.error();
        }
        result.modifiers.append(std::move(normalizedModifier).value());
    }
    if (coding.placeOfService.trimmed().isEmpty()) {
        return codingError("coding.needs-place-of-service",
            QCoreApplication::translate(
                "ProcedureCoding", "Choose where the service takes place (the place-of-service code, e.g. 11)."));
    }
    Result<QString> place = normalizePlaceOfService(coding.placeOfService);
    if (!place) {
        return place.error();
    }
    result.placeOfService = std::move(place).value();
    if (coding.units < 1 || coding.units > kMaxUnits) {
        return codingError("coding.bad-units",
            QCoreApplication::translate("ProcedureCoding", "A session counts for 1 to %1 units.").arg(kMaxUnits));
    }
    result.units = coding.units;
    return result;
}

} // namespace clientele::domain
