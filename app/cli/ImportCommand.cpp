#include "app/cli/ImportCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include "app/cli/CliPractice.h"
#include "core/store/ClientTransfer.h"
#include "core/store/StoreSession.h"

namespace clientele::cli {

namespace {

QString defaultRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return code.size() == 2 ? code : QStringLiteral("US");
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Import clients from CSV (HoneyBook, Dubsado, Google, generic) or vCard.");
}

int ImportCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(QCoreApplication::translate("Cli", "Usage: clientele-cli import <file> [options]"),
        QCoreApplication::translate("Cli",
            "Imports clients from a CSV export (HoneyBook, Dubsado, Google Contacts, Outlook are recognised from "
            "their columns; any other CSV with --mapping) or a vCard 3.0/4.0 file. Every bad row is reported with "
            "its line and reason and the good rows are imported, all in one transaction. Clients whose email "
            "is already in the practice (or, without an email, whose phone is) are skipped, so importing the same file "
            "twice adds nothing.\n"
            "Exit codes: 0 all rows imported, 3 imported with some rows refused, 1 nothing imported, 2 bad "
            "arguments."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("Cli", "auto (default), csv or vcard."),
        QCoreApplication::translate("Cli", "format"), QStringLiteral("auto"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        QCoreApplication::translate("Cli",
            "Columns of a CSV, e.g. \"name=Full Name,email=Mail,phone=Mobile,tags=Groups\". Fields: given, family, "
            "name, company, email, phone, street, city, region, postal, country, tags, notes, stage, source, "
            "birthday."),
        QCoreApplication::translate("Cli", "spec"));
    const QCommandLineOption region(QStringLiteral("region"),
        QCoreApplication::translate(
            "Cli", "Country for phone numbers without a country code, e.g. US or DE (default: %1).")
            .arg(defaultRegion()),
        QCoreApplication::translate("Cli", "code"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Check the file and report; import nothing."));
    parser.addOption(format);
    parser.addOption(mapping);
    parser.addOption(region);
    parser.addOption(dryRun);
    if (auto stop = parser.parse(arguments, 1, 1, out, err)) {
        return *stop;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"auto" && formatName != u"csv" && formatName != u"vcard") {
        err << QCoreApplication::translate("Cli", "Unknown --format \"%1\": use auto, csv or vcard.").arg(formatName)
            << '\n';
        return kExitUsage;
    }
    const QString path = parser.positional().constFirst();
    const Result<QByteArray> data = ClientTransfer::readImportFile(path);
    if (!data) {
        err << data.error().userMessage() << '\n';
        return kExitFailure;
    }
    const ClientTransfer::Format fileFormat = formatName == u"vcard" ? ClientTransfer::Format::VCard
        : formatName == u"csv"                                       ? ClientTransfer::Format::Csv
                                                                     : ClientTransfer::Format::Auto;
    const QString regionCode = parser.isSet(region) ? parser.value(region).toUpper() : defaultRegion();
    Result<ClientTransfer::Prepared> prepared = ClientTransfer::prepare(
        data.value(), fileFormat, parser.value(mapping), regionCode, QDateTime::currentDateTimeUtc());
    if (!prepared) {
        err << path << ": " << prepared.error().userMessage() << '\n';
        return kExitFailure;
    }
    const QList<interchange::ImportProblem>& problems = prepared->problems;

    ClientTransfer::Outcome outcome;
    if (!parser.isSet(dryRun) && !prepared->clients.isEmpty()) {
        auto opened = CliPractice::open(practice, parser, err);
        if (!opened) {
            return kExitFailure;
        }
        // One transaction: a crash or error anywhere imports nothing, never half a file.
        const ClientTransfer::Prepared clients = prepared.value();
        Result<ClientTransfer::Outcome> written =
            opened->run([clients](StoreSession& session) { return ClientTransfer::write(session, clients); });
        if (!written) {
            printError(err, written.error());
            err << QCoreApplication::translate("Cli", "Nothing was imported.") << '\n';
            return kExitFailure;
        }
        outcome = written.value();
    }
    for (const auto& problem : std::as_const(problems)) {
        err << path << ':' << problem.line << ": " << problem.reason << '\n';
    }
    for (const auto& skipped : std::as_const(outcome.skipped)) {
        out << path << ':' << skipped.line << ": " << skipped.reason << '\n';
    }
    if (parser.isSet(dryRun)) {
        out << QCoreApplication::translate("Cli", "Checked %1: %2 clients can be imported, %3 rows have problems.")
                   .arg(path)
                   .arg(prepared->clients.size())
                   .arg(problems.size())
            << '\n';
    } else {
        out << QCoreApplication::translate("Cli", "Imported %1 clients from %2 (%3 already there, %4 rows refused).")
                   .arg(outcome.imported)
                   .arg(path)
                   .arg(outcome.skipped.size())
                   .arg(problems.size())
            << '\n';
    }
    if (prepared->clients.isEmpty() && !problems.isEmpty()) {
        return kExitFailure;
    }
    return problems.isEmpty() ? kExitOk : kExitPartial;
}

} // namespace clientele::cli
