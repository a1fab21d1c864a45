#include "core/domain/PaperSize.h"

#include <QLocale>
#include <QStringList>

namespace clientele::domain {

QString paperSizeName(PaperSize size)
{
    switch (size) {
    case PaperSize::A4:
        return QStringLiteral("a4");
    case PaperSize::Letter:
        return QStringLiteral("letter");
    }
    return QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"a4") {
        return PaperSize::A4;
    }
    if (key == u"letter") {
        return PaperSize::Letter;
    }
    return std::nullopt;
}

PaperSize defaultPaperSize(const QString& localeName)
{
    // The countries whose offices stock Letter (CLDR's paperSize data, as glibc's LC_PAPER has it).
    static const QStringList letterCountries {QStringLiteral("US"), QStringLiteral("PR"), QStringLiteral("GU"),
        QStringLiteral("VI"), QStringLiteral("AS"), QStringLiteral("MP"), QStringLiteral("UM"), QStringLiteral("CA"),
        QStringLiteral("MX"), QStringLiteral("PH"), QStringLiteral("CL"), QStringLiteral("CO"), QStringLiteral("VE"),
        QStringLiteral("CR"), QStringLiteral("GT"), QStringLiteral("SV"), QStringLiteral("NI"), QStringLiteral("PA"),
        QStringLiteral("DO")};
    // QLocale reads "en_US", "es-MX" and "en_US.UTF-8", and falls back to C (no country) otherwise.
    const QLocale locale(localeName.trimmed());
    if (locale.territory() == QLocale::AnyTerritory) {
        return PaperSize::A4;
    }
    return letterCountries.contains(QLocale::territoryToCode(locale.territory())) ? PaperSize::Letter : PaperSize::A4;
}

} // namespace clientele::domain
