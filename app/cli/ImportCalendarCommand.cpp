#include "app/cli/ImportCalendarCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include "app/cli/CliPractice.h"
#include "core/store/BookingImport.h"
#include "core/store/CalendarImport.h"
#include "core/store/ClientTransfer.h"
#include "core/store/ServiceRows.h"

namespace clientele::cli {

QString ImportCalendarCommand::name() const
{
    return QStringLiteral("import-calendar");
}

QString ImportCalendarCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Import an .ics calendar as blocked time or as sessions.");
}

namespace {

// The service named `name` (ignoring case), or an error listing the services there are.
Result<QUuid> serviceNamed(StoreSession& session, const QString& name)
{
    Result<QList<domain::Service>> services = ServiceRows::loadAll(session.db());
    if (!services) {
        return services.error();
    }
    QStringList names;
    for (const domain::Service& service : std::as_const(services.value())) {
        if (service.name().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return service.id();
        }
        names << service.name();
    }
    return Error(Error::Code::InvalidInput,
        names.isEmpty()
            ? QCoreApplication::translate("Cli", "There is no service \"%1\": the practice has no services yet.")
                  .arg(name)
            : QCoreApplication::translate("Cli", "There is no service \"%1\". The services are: %2.")
                  .arg(name, names.join(QStringLiteral(", "))));
}

int reportProblems(const QString& path, const QList<interchange::ImportProblem>& problems, QTextStream& err)
{
    for (const auto& problem : problems) {
        err << path << ':' << problem.line << ": " << problem.reason << '\n';
    }
    return static_cast<int>(problems.size());
}

} // namespace

int ImportCalendarCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli", "Usage: clientele-cli import-calendar <file.ics> [options]"),
        QCoreApplication::translate("Cli",
            "Imports the events of an iCalendar file (exported from Google Calendar, Outlook, Apple Calendar…) as "
            "time that is not free for bookings, from %1 days ago to %2 days ahead; recurring events are repeated. "
            "Importing a newer export under the same --name updates that calendar: moved events move, deleted ones "
            "go. Events the file cannot describe are reported with their line.\n"
            "With --as-sessions, each event becomes a booking of the service instead, for the client invited to it "
            "(by email; a new client unless --no-new-clients) or named in its title; importing a newer export moves "
            "the sessions that moved and adds new ones.\n"
            "Exit codes: 0 imported, 3 imported with some events refused, 1 nothing imported, 2 bad arguments.")
            .arg(CalendarImport::kDaysBefore)
            .arg(CalendarImport::kDaysAfter));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption calendarName(QStringLiteral("name"),
        QCoreApplication::translate("Cli", "The calendar's name in Clientele (default: the file's name)."),
        QCoreApplication::translate("Cli", "name"));
    parser.addOption(calendarName);
    const QCommandLineOption asSessions(QStringLiteral("as-sessions"),
        QCoreApplication::translate("Cli", "Import the events as sessions of this service."),
        QCoreApplication::translate("Cli", "service"));
    parser.addOption(asSessions);
    const QCommandLineOption noNewClients(QStringLiteral("no-new-clients"),
        QCoreApplication::translate("Cli", "With --as-sessions: do not add invited people who are not clients."));
    parser.addOption(noNewClients);
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
    if (parser.isSet(noNewClients) && !parser.isSet(asSessions)) {
        err << QCoreApplication::translate("Cli", "--no-new-clients needs --as-sessions.") << '\n';
        return kExitUsage;
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    if (parser.isSet(asSessions)) {
        const QString serviceName = parser.value(asSessions);
        const bool createClients = !parser.isSet(noNewClients);
        const QString name = options.calendarName;
        Result<BookingImport::Outcome> imported =
            opened->run([bytes = data.value(), serviceName, createClients, name](
                            StoreSession& session) -> Result<BookingImport::Outcome> {
                Result<QUuid> service = serviceNamed(session, serviceName);
                if (!service) {
                    return service.error();
                }
                return BookingImport::importIcs(
                    session, bytes, {name, service.value(), createClients, QDateTime::currentDateTimeUtc()});
            });
        if (!imported) {
            err << path << ": " << imported.error().userMessage() << '\n';
            err << QCoreApplication::translate("Cli", "Nothing was imported.") << '\n';
            return kExitFailure;
        }
        const BookingImport::Outcome& outcome = imported.value();
        const int problems = reportProblems(path, outcome.problems, err);
        out << QCoreApplication::translate("Cli",
            "Imported %1 events from %2 as sessions of \"%3\": %4 added (%5 new clients), %6 moved, %7 already "
            "here, %8 deleted since the last import and left deleted, %9 cancelled.")
                   .arg(outcome.events)
                   .arg(path, serviceName)
                   .arg(outcome.added)
                   .arg(outcome.clientsAdded)
                   .arg(outcome.moved)
                   .arg(outcome.unchanged)
                   .arg(outcome.deletedSince)
                   .arg(outcome.cancelled)
            << '\n';
        if (outcome.added + outcome.moved + outcome.unchanged + outcome.deletedSince + outcome.cancelled == 0
            && problems > 0) {
            return kExitFailure;
        }
        return problems == 0 ? kExitOk : kExitPartial;
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
    reportProblems(path, outcome.problems, err);
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
