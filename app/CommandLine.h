#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "ui/Section.h"
#include "ui/Theme.h"

namespace clientele {

// What the desktop app was asked to do on its command line.
struct DesktopOptions final
{
    enum class Action
    {
        Run, // open the window
        ShowHelp, // print `text` to stdout and exit 0
        ShowVersion, // print the version report to stdout and exit 0
        Fail, // print `text` to stderr and exit 2 (bad arguments)
    };

    Action action = Action::Run;
    QString text;
    std::optional<ui::Theme::Mode> theme; // unset: from settings
    QString language; // e.g. "de"; empty: from the system
    std::optional<ui::Section> section; // unset: the one used last
    QString practiceDirectory; // empty: the standard place in the user's data folder
    bool demo = false; // open the demo practice, generating it on first use
    bool bigDemo = false; // the demo is the big practice of the benchmarks
};

// Parses the arguments (argv as strings, program name first). Needs a QCoreApplication for the
// translated help text, but no display, so --help, --version and argument errors work on a
// headless machine. `language` is filled in even when the arguments are otherwise wrong, so a
// caller can install that language and parse again to explain the error in it.
DesktopOptions parseDesktopCommandLine(const QStringList& arguments);

} // namespace clientele
