#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "translations/Translations.h"

namespace clientele {

namespace {

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

DesktopOptions failure(const QString& text)
{
    DesktopOptions options;
    options.action = DesktopOptions::Action::Fail;
    options.text = text;
    return options;
}

} // namespace

DesktopOptions parseDesktopCommandLine(const QStringList& arguments)
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
        QCoreApplication::translate("CommandLine", "Language of the interface: %1 (default: the system's).")
            .arg(availableLanguages().join(QStringLiteral(", "))),
        QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
        QCoreApplication::translate("CommandLine", "Section to open: %1.").arg(sectionNames.join(QStringLiteral(", "))),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption practiceOption(QStringLiteral("practice"),
        QCoreApplication::translate("CommandLine", "Folder of the practice to open (default: %1).")
            .arg(QStringLiteral("~/.local/share/Clientele/Clientele/practice")),
        QCoreApplication::translate("CommandLine", "folder"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
            "Open the demo practice, a separate practice with fictional clients, bookings and invoices "
            "(generated on first use)."));
    const QCommandLineOption demoSizeOption(QStringLiteral("demo-size"),
        QCoreApplication::translate("CommandLine",
            "Size of a new demo practice: small (200 clients) or big (20,000 clients, 200,000 bookings)."),
        QCoreApplication::translate("CommandLine", "size"), QStringLiteral("small"));
    parser.addOption(practiceOption);
    parser.addOption(demoOption);
    parser.addOption(demoSizeOption);
    parser.addOption(themeOption);
    parser.addOption(languageOption);
    parser.addOption(sectionOption);

    const bool parsed = parser.parse(arguments);
    const QString language = parser.value(languageOption);
    DesktopOptions options;
    if (!parsed) {
        options = failure(parser.errorText() + u'\n'
            + QCoreApplication::translate("CommandLine", "Run \"clientele --help\" for the options."));
    } else if (parser.isSet(helpOption)) {
        options.action = DesktopOptions::Action::ShowHelp;
        options.text = parser.helpText();
    } else if (parser.isSet(versionOption)) {
        options.action = DesktopOptions::Action::ShowVersion;
    } else if (!parser.positionalArguments().isEmpty()) {
        options = failure(QCoreApplication::translate(
            "CommandLine", "Unexpected argument \"%1\". Run \"clientele --help\" for the options.")
                              .arg(parser.positionalArguments().constFirst()));
    } else {
        ui::Theme::Mode mode = ui::Theme::Mode::System;
        ui::Section section = ui::Section::Today;
        if (parser.isSet(themeOption) && !ui::Theme::modeFromString(parser.value(themeOption), mode)) {
            options = failure(
                QCoreApplication::translate("CommandLine", "Unknown colour scheme \"%1\": use system, light or dark.")
                    .arg(parser.value(themeOption)));
        } else if (parser.isSet(sectionOption) && !ui::sectionFromKey(parser.value(sectionOption), section)) {
            options = failure(QCoreApplication::translate("CommandLine", "Unknown section \"%1\": use one of %2.")
                                  .arg(parser.value(sectionOption), sectionNames.join(QStringLiteral(", "))));
        } else if (parser.value(demoSizeOption) != u"small" && parser.value(demoSizeOption) != u"big") {
            options = failure(QCoreApplication::translate("CommandLine", "Unknown demo size \"%1\": use small or big.")
                                  .arg(parser.value(demoSizeOption)));
        } else if (parser.isSet(demoOption) && parser.isSet(practiceOption)) {
            options = failure(QCoreApplication::translate(
                "CommandLine", "--demo opens the demo practice; it cannot be combined with --practice."));
        } else {
            options.practiceDirectory = parser.value(practiceOption);
            options.demo = parser.isSet(demoOption);
            options.bigDemo = parser.value(demoSizeOption) == u"big";
            if (parser.isSet(themeOption)) {
                options.theme = mode;
            }
            if (parser.isSet(sectionOption)) {
                options.section = section;
            }
        }
    }
    options.language = language;
    return options;
}

} // namespace clientele
