#include "app/cli/RestoreCommand.h"

#include <QCoreApplication>

#include "app/cli/CliPractice.h"
#include "core/store/Backup.h"

namespace clientele::cli {

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Restore a practice from a backup file with its recovery code.");
}

int RestoreCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli", "Usage: clientele-cli restore <file> [--practice folder] [--replace]"),
        QCoreApplication::translate("Cli",
            "Reads the recovery code (or passphrase) of the backup from standard input, checks the whole backup, and "
            "only then writes the practice. An existing practice is replaced only with --replace, and is then kept "
            "beside the restored one. The restored practice counts as a new device for sync."));
    const PracticeOptions practice;
    parser.addOption(practice.practice);
    const QCommandLineOption replace(QStringLiteral("replace"),
        QCoreApplication::translate("Cli", "Replace an existing practice (it is kept as a .before-restore file)."));
    parser.addOption(replace);
    if (auto stop = parser.parse(arguments, 1, 1, out, err)) {
        return *stop;
    }
    const QString path = parser.positional().constFirst();
    const PracticeFiles files = practice.files(parser);
    const SecureBytes secret = readSecretLine();
    Result<Backup::Restored> restored = Backup::restore(path, files, secret, parser.isSet(replace));
    if (!restored) {
        printError(err, restored.error());
        if (restored.error().code() == Error::Code::Conflict) {
            err << QCoreApplication::translate("Cli", "Pass --replace to replace it.") << '\n';
        }
        err << QCoreApplication::translate("Cli", "Nothing was changed.") << '\n';
        return kExitFailure;
    }
    out << QCoreApplication::translate("Cli", "Restored the practice in %1.").arg(files.directory) << '\n';
    if (!restored->setAsidePath.isEmpty()) {
        out << QCoreApplication::translate("Cli", "The practice it replaced was kept as %1.")
                   .arg(restored->setAsidePath)
            << '\n';
    }
    return kExitOk;
}

} // namespace clientele::cli
