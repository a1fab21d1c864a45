#pragma once

#include <optional>

#include <QString>

namespace clientele::domain {

// The sheet a practice's documents are laid out for. Two sizes cover every practice we serve: the
// Americas' Letter countries and A4 everywhere else.
enum class PaperSize
{
    A4,
    Letter,
};

// Stable names for storage and the command line: "a4", "letter".
QString paperSizeName(PaperSize size);
// Reads a name in any case; nullopt for one that is not a paper size.
std::optional<PaperSize> paperSizeFromName(const QString& name);
// What a practice in this locale ("en_US", "es-MX", "de_DE") prints on: Letter in the countries that
// use it (the US and its territories, Canada, Mexico, the Philippines and parts of Central and South
// America), A4 elsewhere and for a locale without a country.
PaperSize defaultPaperSize(const QString& localeName);

} // namespace clientele::domain
