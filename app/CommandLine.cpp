#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/AppInfo.h"
#include "ui/Section.h"

namespace clientele {

namespace {
const QStringList kThemes {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

// Section keys come from the UI's own list, so that a new section needs no second edit here.
QStringList sectionKeys()
{
    QStringList keys;
    const QList<ui::SectionInfo> sections = ui::allSections();
    for (const ui::SectionInfo& info : sections) {
        keys << info.key;
    }
    return keys;
}
} // namespace

DesktopOptions parseDesktopCommandLine(const QStringList& arguments, const ComponentVersions& versions)
{
    const QStringList sectionNames = sectionKeys();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Clientele: your practice — clients, bookings, contracts, invoices and "
        "messages — kept encrypted on this computer."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QCoreApplication::translate("CommandLine", "Colour scheme: system, light or dark (default: system)."),
        QCoreApplication::translate("CommandLine", "scheme"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
            "Language of the interface, such as en or de (default: the "
            "system's)."),
        QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
        QCoreApplication::translate("CommandLine", "Section to open: %1.").arg(sectionNames.join(QStringLiteral(", "))),
        QCoreApplication::translate("CommandLine", "name"));
    parser.addOption(themeOption);
    parser.addOption(languageOption);
    parser.addOption(sectionOption);

    DesktopOptions options;
    if (!parser.parse(arguments)) {
        options.action = DesktopOptions::Action::Fail;
        options.text = parser.errorText() + u'\n'
            + QCoreApplication::translate("CommandLine", "Run \"clientele --help\" for the options.");
        return options;
    }
    if (parser.isSet(helpOption)) {
        options.action = DesktopOptions::Action::ShowText;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = DesktopOptions::Action::ShowText;
        options.text = (QStringList {AppInfo::name() + u' ' + AppInfo::version()} + versions.toLines()).join(u'\n');
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = DesktopOptions::Action::Fail;
        options.text = QCoreApplication::translate(
            "CommandLine", "Unexpected argument \"%1\". Run \"clientele --help\" for the options.")
                           .arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.theme = parser.value(themeOption).toLower();
    if (!options.theme.isEmpty() && !kThemes.contains(options.theme)) {
        options.action = DesktopOptions::Action::Fail;
        options.text =
            QCoreApplication::translate("CommandLine", "Unknown colour scheme \"%1\": use system, light or dark.")
                .arg(options.theme);
        return options;
    }
    options.section = parser.value(sectionOption).toLower();
    if (!options.section.isEmpty() && !sectionNames.contains(options.section)) {
        options.action = DesktopOptions::Action::Fail;
        options.text = QCoreApplication::translate("CommandLine", "Unknown section \"%1\": use one of %2.")
                           .arg(options.section, sectionNames.join(QStringLiteral(", ")));
        return options;
    }
    options.language = parser.value(languageOption);
    return options;
}

} // namespace clientele
