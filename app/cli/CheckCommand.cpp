#include "app/cli/CheckCommand.h"

#include <QCoreApplication>

#include "app/cli/CliPractice.h"
#include "core/store/StoreMaintenance.h"

namespace clientele::cli {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Check the practice database, its search index and its change history.");
}

int CheckCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(QCoreApplication::translate("Cli", "Usage: clientele-cli check [options]"),
        QCoreApplication::translate("Cli", "Exit code 0 when everything is consistent, 1 when a problem was found."));
    const PracticeOptions practice;
    practice.addTo(parser);
    if (auto stop = parser.parse(arguments, 0, 0, out, err)) {
        return *stop;
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<StoreMaintenance::CheckReport> report =
        opened->run([](StoreSession& session) { return StoreMaintenance::check(session); });
    if (!report) {
        printError(err, report.error());
        return kExitFailure;
    }
    if (report->problems.isEmpty()) {
        out << QCoreApplication::translate("Cli", "The practice is consistent.") << '\n';
        return kExitOk;
    }
    for (const QString& problem : report->problems) {
        out << problem << '\n';
    }
    out << QCoreApplication::translate("Cli", "%n problem(s) found. Restore from a backup if they persist.", nullptr,
        static_cast<int>(report->problems.size()))
        << '\n';
    return kExitFailure;
}

} // namespace clientele::cli
