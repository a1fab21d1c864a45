#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include "core/Logging.h"

namespace clientele {

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    // The C locale (a bare shell, a test) reads English: its catalogue gives the plural forms.
    const QLocale catalogue = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    if (!own->load(catalogue, QStringLiteral("clientele"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    // Qt's catalogue translates the standard buttons (OK, Cancel, Close) and dialogs; it is optional.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return own->language();
}

QStringList availableLanguages()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("clientele_*.qm")});
    for (const QString& file : files) {
        const QString language = file.mid(10, file.size() - 13);
        if (!languages.contains(language)) {
            languages << language; // English has a catalogue too, for its plural forms
        }
    }
    return languages;
}

} // namespace clientele
