#pragma once

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "core/domain/PaperSize.h"
#include "core/domain/PracticeProfile.h"

namespace clientele::documents {

// How the practice's documents look, taken from its profile (Settings → Practice).
struct Branding
{
    QString practiceName; // also the PDF author
    QImage logo; // null when there is none or the stored bytes are not an image
    QColor accent;
    QString fontFamily;
    QLocale locale; // numbers, dates and money; also the reading direction of the page
    QString homeCountry; // ISO 3166 code of the practice's country: other addresses name their country
    domain::PaperSize paper = domain::PaperSize::A4;
    QString footer; // printed small on every page
    QDateTime createdAt; // UTC; the PDF's creation date
};

// Reads the profile. A logo that does not decode or an accent that does not parse falls back to
// no logo and the default colour, so a damaged setting never stops a document from printing.
Branding brandingFrom(const domain::PracticeProfile& profile, const QDateTime& createdAt);

// The practice's name and business details, one per line, as the letterhead shows them.
QStringList practiceLines(const domain::PracticeProfile& profile);

} // namespace clientele::documents
