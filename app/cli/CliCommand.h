#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace clientele::cli {

// Exit codes shared by every command, so scripts can tell failure kinds apart.
enum ExitCode : int
{
    kExitOk = 0,
    kExitFailure = 1, // the command ran and failed (a file could not be written, a store refused)
    kExitUsage = 2, // bad arguments: nothing was done
    kExitPartial = 3, // done, but some input was refused (e.g. bad rows in an import); see the messages
};

// One `clientele-cli <command>`: it parses its own arguments and reports on out/err.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    CliCommand() = default;
    CliCommand(const CliCommand&) = delete;
    CliCommand& operator=(const CliCommand&) = delete;

    virtual QString name() const = 0;
    // One translated line for the command list.
    virtual QString summary() const = 0;
    // arguments[0] is the command name.
    virtual int execute(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

// All commands, in the order `clientele-cli --help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

// Runs the command line (program name first) and returns the process exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace clientele::cli
