#include "app/cli/ImportCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include "app/cli/CliPractice.h"
#include "core/Failpoint.h"
#include "core/interchange/ContactCsvImport.h"
#include "core/interchange/VCardReader.h"
#include "core/services/ContactMapping.h"
#include "core/store/ClientRows.h"
#include "core/sync/UuidV7.h"

namespace clientele::cli {

namespace {

constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

struct Outcome
{
    int imported = 0;
    QList<interchange::ImportProblem> skipped;
};

QString defaultRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return code.size() == 2 ? code : QStringLiteral("US");
}

bool looksLikeVCard(const QByteArray& data)
{
    return data.left(4096).toUpper().contains("BEGIN:VCARD");
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("Cli", "%1 could not be read: %2").arg(path, file.errorString()) << '\n';
        return kExitFailure;
    }
    if (file.size() > kMaxFileBytes) {
        err << QCoreApplication::translate("Cli", "%1 is larger than 64 MiB; split it into smaller files.").arg(path)
            << '\n';
        return kExitFailure;
    }
    const QByteArray data = file.readAll();
    const bool vcard = formatName == u"vcard" || (formatName == u"auto" && looksLikeVCard(data));
    Result<interchange::ContactImportResult> read = vcard
        ? interchange::VCardReader::read(data)
        : (parser.isSet(mapping) ? interchange::ContactCsvImport::read(data, parser.value(mapping))
                                 : interchange::ContactCsvImport::read(data));
    if (!read) {
        err << path << ": " << read.error().userMessage() << '\n';
        return kExitFailure;
    }
    const QString regionCode = parser.isSet(region) ? parser.value(region).toUpper() : defaultRegion();
    ContactMapping::Mapped mapped = ContactMapping::toClients(
        read->records, regionCode, QDateTime::currentDateTimeUtc(), []() { return sync::UuidV7::create(); });
    QList<interchange::ImportProblem> problems = read->problems + mapped.problems;

    Outcome outcome;
    if (!parser.isSet(dryRun) && !mapped.clients.isEmpty()) {
        auto opened = CliPractice::open(practice, parser, err);
        if (!opened) {
            return kExitFailure;
        }
        // One transaction: a crash or error anywhere imports nothing, never half a file.
        Result<Outcome> written = opened->run([mapped](StoreSession& session) -> Result<Outcome> {
            Result<WriteScope> scope = session.beginWrite();
            if (!scope) {
                return scope.error();
            }
            Outcome result;
            for (qsizetype i = 0; i < mapped.clients.size(); ++i) {
                const domain::Client& client = mapped.clients.at(i);
                // The same email means the same person. A shared phone does not (couples, a studio's
                // front desk), so phones count only for records without an email.
                QStringList contacts;
                for (const auto& email : client.emails()) {
                    contacts.append(email.address());
                }
                if (contacts.isEmpty()) {
                    for (const auto& phone : client.phones()) {
                        contacts.append(phone.e164());
                    }
                }
                QString duplicateOf;
                for (const QString& contact : std::as_const(contacts)) {
                    Result<std::optional<QUuid>> existing = ClientRows::findByContact(session.db(), contact);
                    if (!existing) {
                        return existing.error();
                    }
                    if (existing.value()) {
                        duplicateOf = contact;
                        break;
                    }
                }
                if (!duplicateOf.isEmpty()) {
                    result.skipped.append({mapped.lines.at(i),
                        QCoreApplication::translate("Cli", "skipped: a client with %1 is already in the practice")
                            .arg(duplicateOf)});
                    continue;
                }
                if (Result<void> done = ClientRows::insert(scope.value(), client); !done) {
                    return Error(done.error().code(),
                        QCoreApplication::translate("Cli", "Line %1: %2")
                            .arg(mapped.lines.at(i))
                            .arg(done.error().userMessage()),
                        done.error().detail());
                }
                ++result.imported;
            }
            failpoint("import-before-commit");
            if (Result<void> committed = scope.value().commit(); !committed) {
                return committed.error();
            }
            return result;
        });
        if (!written) {
            printError(err, written.error());
            err << QCoreApplication::translate("Cli", "Nothing was imported.") << '\n';
            return kExitFailure;
        }
        outcome = written.value();
    }
    std::sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    for (const auto& problem : std::as_const(problems)) {
        err << path << ':' << problem.line << ": " << problem.reason << '\n';
    }
    for (const auto& skipped : std::as_const(outcome.skipped)) {
        out << path << ':' << skipped.line << ": " << skipped.reason << '\n';
    }
    if (parser.isSet(dryRun)) {
        out << QCoreApplication::translate("Cli", "Checked %1: %2 clients can be imported, %3 rows have problems.")
                   .arg(path)
                   .arg(mapped.clients.size())
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
    if (mapped.clients.isEmpty() && !problems.isEmpty()) {
        return kExitFailure;
    }
    return problems.isEmpty() ? kExitOk : kExitPartial;
}

} // namespace clientele::cli
