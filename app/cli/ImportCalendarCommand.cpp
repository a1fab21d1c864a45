#include "app/cli/ImportCalendarCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include "app/cli/CliPractice.h"
#include "core/store/CalendarImport.h"
#include "core/store/ClientTransfer.h"

namespace clientele::cli {

QString ImportCalendarCommand::name() const
{
    return QStringLiteral("import-calendar");
}

QString ImportCalendarCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Import an .ics calendar as blocked time.");
}

int ImportCalendarCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli", "Usage: clientele-cli import-calendar <file.ics> [options]"),
        QCoreApplication::translate("Cli",
            "Imports the events of an iCalendar file (exported from Google Calendar, Outlook, Apple Calendar…) as "
            "time that is not free for bookings, from %1 days ago to %2 days ahead; recurring events are repeated. "
            "Importing a newer export under the same --name updates that calendar: moved events move, deleted ones "
            "go. Events the file cannot describe are reported with their line.\n"
            "Exit codes: 0 imported, 3 imported with some events refused, 1 nothing imported, 2 bad arguments.")
            .arg(CalendarImport::kDaysBefore)
            .arg(CalendarImport::kDaysAfter));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption calendarName(QStringLiteral("name"),
        QCoreApplication::translate("Cli", "The calendar's name in Clientele (default: the file's name)."),
        QCoreApplication::translate("Cli", "name"));
    parser.addOption(calendarName);
    if (auto stop = parser.parse(arguments, 1, 1, out, err)) {
        return *stop;
    }
    const QString path = parser.positional().constFirst();
    const Result<QByteArray> data = ClientTransfer::readImportFile(path);
    if (!data) {
        err << data.error().userMessage() << '\n';
        return kExitFailure;
    }
    CalendarImport::Options options;
    options.calendarName = parser.isSet(calendarName) ? parser.value(calendarName) : QFileInfo(path).completeBaseName();
    options.today = QDate::currentDate();
    if (options.calendarName.trimmed().isEmpty()) {
        err << QCoreApplication::translate("Cli", "--name must not be empty.") << '\n';
        return kExitUsage;
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<CalendarImport::Outcome> imported = opened->run([bytes = data.value(), options](StoreSession& session) {
        return CalendarImport::importIcs(session, bytes, options);
    });
    if (!imported) {
        err << path << ": " << imported.error().userMessage() << '\n';
        err << QCoreApplication::translate("Cli", "Nothing was imported.") << '\n';
        return kExitFailure;
    }
    const CalendarImport::Outcome& outcome = imported.value();
    for (const auto& problem : outcome.problems) {
        err << path << ':' << problem.line << ": " << problem.reason << '\n';
    }
    out << QCoreApplication::translate("Cli",
        "Imported %1 events from %2 into \"%3\": %4 times blocked (%5 new, %6 moved or changed, %7 removed, "
        "%8 unchanged).")
               .arg(outcome.events)
               .arg(path, options.calendarName)
               .arg(outcome.added + outcome.updated + outcome.unchanged)
               .arg(outcome.added)
               .arg(outcome.updated)
               .arg(outcome.removed)
               .arg(outcome.unchanged)
        << '\n';
    if (outcome.events == 0 && !outcome.problems.isEmpty()) {
        return kExitFailure;
    }
    return outcome.problems.isEmpty() ? kExitOk : kExitPartial;
}

} // namespace clientele::cli
