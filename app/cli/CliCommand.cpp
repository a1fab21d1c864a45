#include "app/cli/CliCommand.h"

#include <QCoreApplication>

#include "app/cli/VersionCommand.h"
#include "core/AppInfo.h"

namespace clientele::cli {

namespace {

QString usage(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QCoreApplication::translate("Cli", "Usage: clientele-cli <command> [options]") + u"\n\n"
        + QCoreApplication::translate("Cli", "Scripting and automation for a Clientele practice.") + u"\n\n"
        + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const auto& command : commands) {
        text += u"  " + command->name().leftJustified(12) + command->summary() + u'\n';
    }
    text += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n';
    text += u"  " + QStringLiteral("-h, --help").leftJustified(16)
        + QCoreApplication::translate("Cli", "Show this help.") + u'\n';
    text += u"  " + QStringLiteral("-v, --version").leftJustified(16)
        + QCoreApplication::translate("Cli", "Show the version.") + u'\n';
    text += u'\n'
        + QCoreApplication::translate("Cli", "Run \"clientele-cli <command> --help\" for a command's options.") + u'\n';
    return text;
}

} // namespace

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<VersionCommand>());
    return commands;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto commands = allCommands();
    if (arguments.size() < 2) {
        err << usage(commands);
        return kExitUsage;
    }
    const QString& first = arguments.at(1);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        out << usage(commands);
        return kExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        out << AppInfo::name() << ' ' << AppInfo::version() << '\n';
        return kExitOk;
    }
    for (const auto& command : commands) {
        if (command->name() == first) {
            return command->execute(arguments.mid(1), out, err);
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(first) << '\n' << usage(commands);
    return kExitUsage;
}

} // namespace clientele::cli
