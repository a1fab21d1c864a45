#include "core/documents/Branding.h"

#include "core/text/DocumentText.h"

namespace clientele::documents {

Branding brandingFrom(const domain::PracticeProfile& profile, const QDateTime& createdAt)
{
    Branding branding;
    branding.practiceName = profile.legalName.trimmed().isEmpty() ? profile.name : profile.legalName;
    if (!profile.logoPng.isEmpty()) {
        branding.logo = QImage::fromData(profile.logoPng);
    }
    branding.accent = QColor::fromString(profile.accentColor);
    if (!branding.accent.isValid()) {
        branding.accent = QColor::fromString(domain::PracticeProfile().accentColor);
    }
    branding.fontFamily =
        profile.documentFont.trimmed().isEmpty() ? domain::PracticeProfile().documentFont : profile.documentFont;
    branding.locale =
        profile.localeName.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(profile.localeName);
    branding.homeCountry = homeCountry(profile.address, branding.locale);
    branding.paper = profile.paperSize;
    branding.footer = profile.invoiceFooter.trimmed();
    branding.createdAt = createdAt.toUTC();
    return branding;
}

QStringList practiceLines(const domain::PracticeProfile& profile)
{
    const QLocale locale(profile.localeName);
    QStringList lines;
    lines << (profile.legalName.trimmed().isEmpty() ? profile.name : profile.legalName);
    lines << addressLines(profile.address, homeCountry(profile.address, locale));
    for (const QString& contact : {profile.phone, profile.email, profile.website}) {
        if (!contact.trimmed().isEmpty()) {
            lines << (contact == profile.phone ? documentPhone(contact.trimmed()) : contact.trimmed());
        }
    }
    lines.removeAll(QString());
    return lines;
}

} // namespace clientele::documents
