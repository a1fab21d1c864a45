#pragma once

#include <QLocale>

class QCoreApplication;

namespace clientele {

// Installs Clientele's catalogue and Qt's own (standard buttons, dialogs) for the locale's first
// UI language that has one; English, the source language, needs none. Returns the language used.
QString installTranslations(QCoreApplication& app, const QLocale& locale);

// Languages with a catalogue, as codes ("de"); English is always available.
QStringList availableLanguages();

} // namespace clientele
