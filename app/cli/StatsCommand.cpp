#include "app/cli/StatsCommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/CliPractice.h"
#include "core/store/StoreMaintenance.h"

namespace clientele::cli {

QString StatsCommand::name() const
{
    return QStringLiteral("stats");
}

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Count the records of the practice.");
}

int StatsCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(QCoreApplication::translate("Cli", "Usage: clientele-cli stats [--json] [options]"),
        QCoreApplication::translate(
            "Cli", "Counts of live records per kind, the size of the database and its change history."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOption(json);
    if (auto stop = parser.parse(arguments, 0, 0, out, err)) {
        return *stop;
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<StoreMaintenance::Stats> stats =
        opened->run([](StoreSession& session) { return StoreMaintenance::stats(session); });
    if (!stats) {
        printError(err, stats.error());
        return kExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonObject rows;
        for (const auto& [table, count] : stats->liveRows) {
            rows.insert(table, count);
        }
        out << QJsonDocument(
            QJsonObject {{QStringLiteral("schemaVersion"), stats->schemaVersion},
                {QStringLiteral("databaseBytes"), stats->databaseBytes},
                {QStringLiteral("changeLogEntries"), stats->changeLogEntries}, {QStringLiteral("records"), rows}})
                   .toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    for (const auto& [table, count] : stats->liveRows) {
        out << table.leftJustified(24) << count << '\n';
    }
    out << QStringLiteral("change_log").leftJustified(24) << stats->changeLogEntries << '\n';
    out << QCoreApplication::translate("Cli", "Database: %1 bytes, schema version %2.")
               .arg(stats->databaseBytes)
               .arg(stats->schemaVersion)
        << '\n';
    return kExitOk;
}

} // namespace clientele::cli
