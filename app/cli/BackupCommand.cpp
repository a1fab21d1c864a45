#include "app/cli/BackupCommand.h"

#include <QCoreApplication>

#include "app/cli/CliPractice.h"
#include "core/store/Backup.h"

namespace clientele::cli {

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Write an encrypted backup of the whole practice to one file.");
}

int BackupCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(QCoreApplication::translate("Cli", "Usage: clientele-cli backup <file> [options]"),
        QCoreApplication::translate("Cli",
            "Writes a consistent, encrypted copy of the practice and its key file to one file. It can be restored "
            "on any computer with the recovery code (or passphrase); nothing in it is readable without it."));
    const PracticeOptions practice;
    practice.addTo(parser);
    if (auto stop = parser.parse(arguments, 1, 1, out, err)) {
        return *stop;
    }
    const QString path = parser.positional().constFirst();
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<Backup::Written> written =
        opened->run([path](StoreSession& session) { return Backup::write(session, path); });
    if (!written) {
        printError(err, written.error());
        return kExitFailure;
    }
    out << QCoreApplication::translate("Cli", "Backup written to %1 (%2 bytes).").arg(path).arg(written->bytes) << '\n';
    return kExitOk;
}

} // namespace clientele::cli
