#include "app/cli/ExportCommand.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include "app/cli/CliPractice.h"
#include "core/store/ClientTransfer.h"
#include "core/store/StoreMaintenance.h"

namespace clientele::cli {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Export clients as CSV or vCard, or the whole practice as JSON.");
}

int ExportCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli", "Usage: clientele-cli export --format <format> [--output file]"),
        QCoreApplication::translate("Cli",
            "Writes clients as CSV (readable by spreadsheets and by \"import\") or vCard 4.0/3.0, or every record of "
            "the "
            "practice (clients, services, bookings, invoices, payments, messages, files…) as JSON. The export is not "
            "encrypted: keep it somewhere safe."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("Cli", "csv, vcard (4.0), vcard3 or json."),
        QCoreApplication::translate("Cli", "format"));
    const QCommandLineOption output(QStringLiteral("output"),
        QCoreApplication::translate("Cli", "Write to this file instead of standard output."),
        QCoreApplication::translate("Cli", "file"));
    parser.addOption(format);
    parser.addOption(output);
    if (auto stop = parser.parse(arguments, 0, 0, out, err)) {
        return *stop;
    }
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"vcard" && kind != u"vcard3" && kind != u"json") {
        err << QCoreApplication::translate("Cli", "Choose --format csv, vcard, vcard3 or json.") << '\n';
        return kExitUsage;
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    Result<QByteArray> bytes = opened->run([kind](StoreSession& session) -> Result<QByteArray> {
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
