#include "core/domain/PostalAddress.h"

#include <QCoreApplication>
#include <QLocale>

namespace clientele::domain {

bool PostalAddress::isEmpty() const
{
    for (const QString& line : streetLines) {
        if (!line.trimmed().isEmpty()) {
            return false;
        }
    }
    return city.trimmed().isEmpty() && region.trimmed().isEmpty() && postalCode.trimmed().isEmpty()
        && countryCode.trimmed().isEmpty();
}

PostalAddress PostalAddress::normalized() const
{
    PostalAddress result;
    for (const QString& line : streetLines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            result.streetLines.append(trimmed);
        }
    }
    result.city = city.trimmed();
    result.region = region.trimmed();
    result.postalCode = postalCode.trimmed();
    result.countryCode = countryCode.trimmed().toUpper();
    return result;
}

Result<void> PostalAddress::validate() const
{
    const QString code = countryCode.trimmed().toUpper();
    if (code.isEmpty()) {
        return {};
    }
    bool letters = code.size() == 2;
    for (const QChar c : code) {
        letters = letters && c >= u'A' && c <= u'Z';
    }
    if (!letters || QLocale::codeToTerritory(code) == QLocale::AnyTerritory) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "PostalAddress", "The country must be a two-letter ISO 3166 code such as US, GB or DE."),
            QStringLiteral("address.country-code"));
    }
    return {};
}

} // namespace clientele::domain
