#include "app/cli/ExportCommand.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include "app/cli/CliPractice.h"
#include "core/store/CalendarExport.h"
#include "core/store/ClientTransfer.h"
#include "core/store/StoreMaintenance.h"

namespace clientele::cli {

namespace {

// Reads --from, --to, --client-names and --include-canceled; prints what is wrong and returns nullopt.
std::optional<CalendarExport::Options> calendarOptions(const CommandParser& parser, const QCommandLineOption& from,
    const QCommandLineOption& to, const QCommandLineOption& names, const QCommandLineOption& canceled, QTextStream& err)
{
    CalendarExport::Options options;
    const auto date = [&parser, &err](const QCommandLineOption& option, QDate& into) {
        if (!parser.isSet(option)) {
            return true;
        }
        const QDate value = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!value.isValid()) {
            err << QCoreApplication::translate("Cli", "--%1 must be a date such as 2026-03-01.")
                       .arg(option.names().constFirst())
                << '\n';
            return false;
        }
        into = value;
        return true;
    };
    if (!date(from, options.from) || !date(to, options.to)) {
        return std::nullopt;
    }
    const QString label = parser.value(names);
    if (label.isEmpty() || label == u"full") {
        options.label = CalendarExport::ClientLabel::Name;
    } else if (label == u"initials") {
        options.label = CalendarExport::ClientLabel::Initials;
    } else if (label == u"code") {
        options.label = CalendarExport::ClientLabel::Code;
    } else {
        err << QCoreApplication::translate("Cli", "--client-names must be full, initials or code.") << '\n';
        return std::nullopt;
    }
    options.includeCanceled = parser.isSet(canceled);
    return options;
}

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Export clients as CSV or vCard, bookings as iCalendar, or the whole practice as JSON.");
}

int ExportCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli", "Usage: clientele-cli export --format <format> [--output file]"),
        QCoreApplication::translate("Cli",
            "Writes clients as CSV (readable by spreadsheets and by \"import\") or vCard 4.0/3.0, bookings as "
            "iCalendar (.ics, for Google Calendar, Outlook and Apple Calendar), or every record of the practice "
            "(clients, services, bookings, invoices, payments, messages, files…) as JSON. The export is not "
            "encrypted: keep it somewhere safe."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("Cli", "csv, vcard (4.0), vcard3, ics or json."),
        QCoreApplication::translate("Cli", "format"));
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("Cli", "ics: only sessions on or after this date (YYYY-MM-DD)."),
        QCoreApplication::translate("Cli", "date"));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("Cli", "ics: only sessions before the end of this date (YYYY-MM-DD)."),
        QCoreApplication::translate("Cli", "date"));
    const QCommandLineOption names(QStringLiteral("client-names"),
        QCoreApplication::translate("Cli", "ics: how events name the client: full (default), initials or code."),
        QCoreApplication::translate("Cli", "how"));
    const QCommandLineOption canceled(QStringLiteral("include-canceled"),
        QCoreApplication::translate("Cli", "ics: include canceled sessions, marked as cancelled."));
    const QCommandLineOption output(QStringLiteral("output"),
        QCoreApplication::translate("Cli", "Write to this file instead of standard output."),
        QCoreApplication::translate("Cli", "file"));
    parser.addOption(format);
    parser.addOption(output);
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(names);
    parser.addOption(canceled);
    if (auto stop = parser.parse(arguments, 0, 0, out, err)) {
        return *stop;
    }
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"vcard" && kind != u"vcard3" && kind != u"ics" && kind != u"json") {
        err << QCoreApplication::translate("Cli", "Choose --format csv, vcard, vcard3, ics or json.") << '\n';
        return kExitUsage;
    }
    std::optional<CalendarExport::Options> calendar;
    if (kind == u"ics") {
        calendar = calendarOptions(parser, from, to, names, canceled, err);
        if (!calendar) {
            return kExitUsage;
        }
        if (calendar->from.isValid() && calendar->to.isValid() && calendar->to < calendar->from) {
            err << QCoreApplication::translate("Cli", "--to is before --from.") << '\n';
            return kExitUsage;
        }
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<QByteArray> bytes = opened->run([kind, calendar](StoreSession& session) -> Result<QByteArray> {
        if (calendar) {
            return CalendarExport::write(session, *calendar);
        }
        if (kind == u"json") {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            Result<qint64> rows = StoreMaintenance::exportJson(session, buffer);
            if (!rows) {
                return rows.error();
            }
            return buffer.data();
        }
        const auto exportFormat = kind == u"csv" ? ClientTransfer::ExportFormat::Csv
            : kind == u"vcard3"                  ? ClientTransfer::ExportFormat::VCard3
                                                 : ClientTransfer::ExportFormat::VCard4;
        return ClientTransfer::exportClients(session, exportFormat);
    });
    if (!bytes) {
        printError(err, bytes.error());
        return kExitFailure;
    }
    if (!parser.isSet(output) || parser.value(output) == u"-") {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes.value()) != bytes.value().size()) {
            err << QCoreApplication::translate("Cli", "The export could not be written.") << '\n';
            return kExitFailure;
        }
        return kExitOk;
    }
    if (Result<void> written = ClientTransfer::writeExportFile(parser.value(output), bytes.value()); !written) {
        err << written.error().userMessage() << '\n';
        return kExitFailure;
    }
    err << QCoreApplication::translate("Cli", "Exported to %1.").arg(parser.value(output)) << '\n';
    return kExitOk;
}

} // namespace clientele::cli
