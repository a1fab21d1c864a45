#include "app/cli/PrintCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <variant>

#include "app/cli/CliPractice.h"
#include "core/documents/DocumentRenderer.h"
#include "core/store/ClientRows.h"
#include "core/store/DocumentSources.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoredValues.h"

namespace clientele::cli {

namespace {

Error notFound(const QString& message)
{
    return Error(Error::Code::NotFound, message, QStringLiteral("print.not-found"));
}

// The first id a one-parameter query returns, or nullopt.
Result<std::optional<QUuid>> firstId(SqlCipherDatabase& db, const QString& sql, const QString& value)
{
    Result<SqlStatement> query = db.prepare(sql);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, value);
    Result<bool> found = query.value().step();
    if (!found) {
        return found.error();
    }
    return found.value() ? std::optional<QUuid>(QUuid::fromRfc4122(query.value().blob(0))) : std::nullopt;
}

// An invoice by number ("INV-2026-0042") or id.
Result<QUuid> findInvoice(SqlCipherDatabase& db, const QString& which)
{
    if (const QUuid id(which); !id.isNull()) {
        return id;
    }
    Result<std::optional<QUuid>> id =
        firstId(db, QStringLiteral("SELECT id FROM invoice WHERE number = ?1 AND deleted = 0"), which);
    if (!id) {
        return id.error();
    }
    if (!id.value()) {
        return notFound(QCoreApplication::translate("Cli", "No invoice has the number %1.").arg(which));
    }
    return *id.value();
}

// A client by id, e-mail address or phone number (E.164).
Result<QUuid> findClient(SqlCipherDatabase& db, const QString& which)
{
    if (const QUuid id(which); !id.isNull()) {
        return id;
    }
    Result<std::optional<QUuid>> id = ClientRows::findByContact(db, which.trimmed().toLower());
    if (!id) {
        return id.error();
    }
    if (!id.value()) {
        return notFound(
            QCoreApplication::translate("Cli", "No client has the e-mail address or phone number %1.").arg(which));
    }
    return *id.value();
}

// A contract by id, or the newest contract of a client (given as for findClient).
Result<QUuid> findContract(SqlCipherDatabase& db, const QString& which)
{
    if (const QUuid id(which); !id.isNull()) {
        Result<QList<QUuid>> contract =
            StoredValues::rowIds(db, QStringLiteral("SELECT id FROM contract WHERE id = ?1 AND deleted = 0"), id);
        if (!contract) {
            return contract.error();
        }
        if (!contract.value().isEmpty()) {
            return id;
        }
    }
    Result<QUuid> client = findClient(db, which);
    if (!client) {
        return notFound(
            QCoreApplication::translate("Cli", "No contract, and no client with a contract, matches %1.").arg(which));
    }
    // UUIDv7 ids sort by creation time: the greatest is the newest contract.
    Result<QList<QUuid>> ids = StoredValues::rowIds(db,
        QStringLiteral("SELECT id FROM contract WHERE client_id = ?1 AND deleted = 0 ORDER BY id DESC LIMIT 1"),
        client.value());
    if (!ids) {
        return ids.error();
    }
    if (ids.value().isEmpty()) {
        return notFound(QCoreApplication::translate("Cli", "%1 has no contract.").arg(which));
    }
    return ids.value().constFirst();
}

QDate parseDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// "name.pdf", or "name (2).pdf" and so on when a file of that name was already written.
QString freeFileName(const QDir& folder, const QString& fileName)
{
    const QFileInfo info(fileName);
    QString candidate = fileName;
    for (int n = 2; folder.exists(candidate); ++n) {
        candidate = QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    }
    return candidate;
}

// What a document is built from, read from the store in one job.
using Source = std::variant<documents::InvoiceSource, documents::ContractSource, documents::StatementSource,
    documents::SuperbillSource>;

template<typename T>
Result<Source> asSource(Result<T> loaded)
{
    if (!loaded) {
        return loaded.error();
    }
    return Source(std::move(loaded).value());
}

Result<documents::Document> build(const Source& source, const QString& kind, const QUuid& paymentId)
{
    if (const auto* invoice = std::get_if<documents::InvoiceSource>(&source)) {
        return kind == u"receipt" ? documents::receiptDocument(*invoice, paymentId)
                                  : documents::invoiceDocument(*invoice);
    }
    if (const auto* contract = std::get_if<documents::ContractSource>(&source)) {
        return documents::contractDocument(*contract);
    }
    if (const auto* statement = std::get_if<documents::StatementSource>(&source)) {
        return documents::statementDocument(*statement);
    }
    return documents::superbillDocument(std::get<documents::SuperbillSource>(source));
}

} // namespace

QString PrintCommand::name() const
{
    return QStringLiteral("print");
}

QString PrintCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "Print an invoice, receipt, statement, superbill or contract as PDF, or all invoices of a period.");
}

int PrintCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(
        QCoreApplication::translate("Cli",
            "Usage: clientele-cli print invoice|receipt|statement|superbill|contract <which> --pdf file\n"
            "       clientele-cli print invoices --from date --to date --folder folder"),
        QCoreApplication::translate("Cli",
            "Renders a document exactly as the desktop prints it, as PDF/A with the practice's branding.\n"
            "invoice and receipt take an invoice number or id; statement and superbill a client's id, e-mail "
            "address or phone number; contract a contract id, or a client for their newest contract.\n"
            "Dates are written as 2026-11-30."));
    const PracticeOptions practice;
    practice.addTo(parser);
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        QCoreApplication::translate("Cli", "Write the PDF to this file (\"-\" for standard output)."),
        QCoreApplication::translate("Cli", "file"));
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("Cli", "First day of the period (superbill, invoices)."),
        QCoreApplication::translate("Cli", "date"));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("Cli", "Last day of the period (superbill, invoices)."),
        QCoreApplication::translate("Cli", "date"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QCoreApplication::translate("Cli", "Statement date (default: today)."),
        QCoreApplication::translate("Cli", "date"));
    const QCommandLineOption payment(QStringLiteral("payment"),
        QCoreApplication::translate("Cli", "Receipt for this payment id only (default: all payments)."),
        QCoreApplication::translate("Cli", "id"));
    const QCommandLineOption folder(QStringLiteral("folder"),
        QCoreApplication::translate("Cli", "Folder for \"print invoices\"."),
        QCoreApplication::translate("Cli", "folder"));
    for (const auto* option : {&pdf, &from, &to, &asOf, &payment, &folder}) {
        parser.addOption(*option);
    }
    if (auto stop = parser.parse(arguments, 1, 2, out, err)) {
        return *stop;
    }
    const QString kind = parser.positional().constFirst();
    const QString which = parser.positional().value(1);
    static const QStringList kKinds {QStringLiteral("invoice"), QStringLiteral("receipt"), QStringLiteral("statement"),
        QStringLiteral("superbill"), QStringLiteral("contract"), QStringLiteral("invoices")};
    if (!kKinds.contains(kind)) {
        err << QCoreApplication::translate(
            "Cli", "Choose what to print: invoice, receipt, statement, superbill, contract or invoices.")
            << '\n';
        return kExitUsage;
    }
    const bool period = kind == u"invoices" || kind == u"superbill";
    const QDate first = parseDate(parser.value(from));
    const QDate last = parseDate(parser.value(to));
    if (period && (!first.isValid() || !last.isValid())) {
        err << QCoreApplication::translate("Cli", "Give the period as --from and --to, written like 2026-11-30.")
            << '\n';
        return kExitUsage;
    }
    if (period && last < first) {
        err << QCoreApplication::translate("Cli", "The period ends (--to) before it starts (--from).") << '\n';
        return kExitUsage;
    }
    if (kind == u"invoices" ? !parser.isSet(folder) : (which.isEmpty() || !parser.isSet(pdf))) {
        err << (kind == u"invoices"
                ? QCoreApplication::translate("Cli", "Say where to write the invoices with --folder.")
                : QCoreApplication::translate(
                    "Cli", "Say which %1 to print and where, e.g. \"print %1 <which> --pdf file.pdf\".")
                      .arg(kind))
            << '\n';
        return kExitUsage;
    }
    const QDate statementDate = parser.isSet(asOf) ? parseDate(parser.value(asOf)) : QDate::currentDate();
    if (!statementDate.isValid()) {
        err << QCoreApplication::translate("Cli", "Write the statement date like 2026-11-30.") << '\n';
        return kExitUsage;
    }
    auto opened = CliPractice::open(practice, parser, err);
    if (!opened) {
        return kExitFailure;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (kind == u"invoices") {
        const QDir target(parser.value(folder));
        if (!target.exists() && !QDir().mkpath(target.path())) {
            err << QCoreApplication::translate("Cli", "Could not create the folder %1.").arg(target.path()) << '\n';
            return kExitFailure;
        }
        Result<QList<QUuid>> ids = opened->run([first, last](StoreSession& session) {
            return DocumentSources::invoicesIssuedBetween(session.db(), first, last);
        });
        if (!ids) {
            printError(err, ids.error());
            return kExitFailure;
        }
        int written = 0;
        for (const QUuid& id : ids.value()) {
            Result<documents::InvoiceSource> source = opened->run(
                [id, now](StoreSession& session) { return DocumentSources::invoice(session.db(), id, now); });
            Result<documents::Document> document =
                source ? documents::invoiceDocument(source.value()) : Result<documents::Document>(source.error());
            if (!document) {
                printError(err, document.error());
                return kExitFailure;
            }
            const QString path = target.filePath(freeFileName(target, document.value().fileName));
            if (Result<void> done = documents::DocumentRenderer::writePdf(document.value(), path); !done) {
                printError(err, done.error());
                return kExitFailure;
            }
            ++written;
            err << QCoreApplication::translate("Cli", "%1 of %2: %3")
                       .arg(written)
                       .arg(ids.value().size())
                       .arg(QFileInfo(path).fileName())
                << '\n';
        }
        out << QCoreApplication::translate("Cli", "Wrote %n invoice(s) to %1.", nullptr, written).arg(target.path())
            << '\n';
        return kExitOk;
    }

    const QUuid paymentId(parser.value(payment));
    // The sources are read on the storage thread; the document is built and painted here, on the
    // thread that owns the QGuiApplication (as "print invoices" does).
    Result<Source> source = opened->run([&](StoreSession& session) -> Result<Source> {
        SqlCipherDatabase& db = session.db();
        if (kind == u"invoice" || kind == u"receipt") {
            Result<QUuid> id = findInvoice(db, which);
            return id ? asSource(DocumentSources::invoice(db, id.value(), now)) : Result<Source>(id.error());
        }
        if (kind == u"contract") {
            Result<QUuid> id = findContract(db, which);
            return id ? asSource(DocumentSources::contract(db, id.value(), now)) : Result<Source>(id.error());
        }
        Result<QUuid> client = findClient(db, which);
        if (!client) {
            return client.error();
        }
        if (kind == u"statement") {
            return asSource(DocumentSources::statement(db, client.value(), statementDate, now));
        }
        return asSource(DocumentSources::superbill(db, client.value(), first, last, now));
    });
    Result<documents::Document> document =
        source ? build(source.value(), kind, paymentId) : Result<documents::Document>(source.error());
    if (!document) {
        printError(err, document.error());
        return kExitFailure;
    }
    if (parser.value(pdf) == u"-") {
        Result<QByteArray> bytes = documents::DocumentRenderer::pdf(document.value());
        QFile stdoutFile;
        if (!bytes || !stdoutFile.open(stdout, QIODevice::WriteOnly)
            || stdoutFile.write(bytes.value()) != bytes.value().size()) {
            err << QCoreApplication::translate("Cli", "The PDF could not be written.") << '\n';
            return kExitFailure;
        }
        return kExitOk;
    }
    if (Result<void> done = documents::DocumentRenderer::writePdf(document.value(), parser.value(pdf)); !done) {
        printError(err, done.error());
        return kExitFailure;
    }
    err << QCoreApplication::translate("Cli", "Wrote %1 (\"%2\").").arg(parser.value(pdf), document.value().fileName)
        << '\n';
    return kExitOk;
}

} // namespace clientele::cli
