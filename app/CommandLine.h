#pragma once

#include <QString>
#include <QStringList>

#include "core/ComponentVersions.h"

namespace clientele {

// What the desktop app was asked to do on its command line.
struct DesktopOptions final
{
    enum class Action
    {
        Run, // open the window
        ShowText, // print `text` to stdout and exit 0 (--help, --version)
        Fail, // print `text` to stderr and exit 2 (bad arguments)
    };

    Action action = Action::Run;
    QString text;
    QString theme; // "system", "light" or "dark"; empty: from settings
    QString language; // e.g. "de"; empty: from the system
    QString section; // section key to open at; empty: last used
};

// Parses the arguments (argv as strings, program name first). Needs a QCoreApplication for the
// translated help text, but no display, so --help and --version work on a headless machine.
DesktopOptions parseDesktopCommandLine(const QStringList& arguments, const ComponentVersions& versions);

} // namespace clientele
