#include "app/cli/CliCommand.h"

#include <algorithm>

#include <QCoreApplication>

#include "app/cli/BackupCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/GenerateDemoCommand.h"
#include "app/cli/ImportCalendarCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/InitCommand.h"
#include "app/cli/PrintCommand.h"
#include "app/cli/RestoreCommand.h"
#include "app/cli/SearchCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/VersionCommand.h"
#include "core/AppInfo.h"

namespace clientele::cli {

namespace {

QString usage(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QCoreApplication::translate("Cli", "Usage: clientele-cli <command> [options]") + u"\n\n"
        + QCoreApplication::translate("Cli", "Scripting and automation for a Clientele practice.") + u"\n\n"
        + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    // The summaries line up two spaces after the longest command name.
    qsizetype width = 0;
    for (const auto& command : commands) {
        width = std::max(width, command->name().size() + 2);
    }
    for (const auto& command : commands) {
        text += u"  " + command->name().leftJustified(width) + command->summary() + u'\n';
    }
    text += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n';
    text += u"  " + QStringLiteral("-h, --help").leftJustified(16)
        + QCoreApplication::translate("Cli", "Show this help.") + u'\n';
    text += u"  " + QStringLiteral("-v, --version").leftJustified(16)
        + QCoreApplication::translate("Cli", "Show the version.") + u'\n';
    text += u'\n'
        + QCoreApplication::translate("Cli", "Run \"clientele-cli <command> --help\" for a command's options.") + u'\n';
    text += u'\n' + QCoreApplication::translate("Cli", "Exit codes:") + u'\n';
    text += u"  0  " + QCoreApplication::translate("Cli", "success") + u'\n';
    text += u"  1  "
        + QCoreApplication::translate("Cli", "the command failed; the message says why (nothing was changed)") + u'\n';
    text += u"  2  " + QCoreApplication::translate("Cli", "bad arguments; nothing was done") + u'\n';
    text +=
        u"  3  " + QCoreApplication::translate("Cli", "done, but some input was refused (see the messages)") + u'\n';
    return text;
}

} // namespace

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ImportCalendarCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<PrintCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<GenerateDemoCommand>());
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
