#include "app/cli/SearchCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/CliPractice.h"
#include "core/store/SearchIndex.h"

namespace clientele::cli {

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}

QString SearchCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Find clients, bookings and invoices by any words they contain.");
}

int SearchCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(QCoreApplication::translate("Cli", "Usage: clientele-cli search <text> [--limit n] [--json]"),
        QCoreApplication::translate("Cli",
            "Every word is a prefix: \"jan mar\" finds Jane Marple. Prints one line per match: kind, id, title."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption limit(QStringLiteral("limit"),
        QCoreApplication::translate("Cli", "At most this many results (default 50)."),
        QCoreApplication::translate("Cli", "n"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOption(limit);
    parser.addOption(json);
    if (auto stop = parser.parse(arguments, 1, 1, out, err)) {
        return *stop;
    }
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max <= 0 || max > 10000) {
        err << QCoreApplication::translate("Cli", "--limit needs a number from 1 to 10000.") << '\n';
        return kExitUsage;
    }
    const QString text = parser.positional().constFirst();
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<QList<SearchHit>> hits =
        opened->run([text, max](StoreSession& session) { return session.search().search(text, max); });
    if (!hits) {
        printError(err, hits.error());
        return kExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit& hit : hits.value()) {
            array.append(QJsonObject {{QStringLiteral("kind"), hit.table},
                {QStringLiteral("id"), hit.id.toString(QUuid::WithoutBraces)}, {QStringLiteral("title"), hit.title}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    for (const SearchHit& hit : hits.value()) {
        out << hit.table << '\t' << hit.id.toString(QUuid::WithoutBraces) << '\t' << hit.title << '\n';
    }
    if (hits->isEmpty()) {
        err << QCoreApplication::translate("Cli", "Nothing matches \"%1\".").arg(text) << '\n';
    }
    return kExitOk;
}

} // namespace clientele::cli
