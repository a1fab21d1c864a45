#include "core/store/ClientTransfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include "core/Failpoint.h"
#include "core/interchange/ContactCsvExport.h"
#include "core/interchange/ContactCsvImport.h"
#include "core/interchange/VCardReader.h"
#include "core/interchange/VCardWriter.h"
#include "core/services/ContactMapping.h"
#include "core/store/ClientRows.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele::ClientTransfer {

namespace {

bool looksLikeVCard(const QByteArray& data)
{
    return data.left(4096).toUpper().contains("BEGIN:VCARD");
}

// The same email means the same person. A shared phone does not (couples, a studio's front desk), so
// phones count only for records without an email.
Result<QString> existingContact(SqlCipherDatabase& db, const domain::Client& client)
{
    QStringList contacts;
    for (const auto& email : client.emails()) {
        contacts.append(email.address());
    }
    if (contacts.isEmpty()) {
        for (const auto& phone : client.phones()) {
            contacts.append(phone.e164());
        }
    }
    for (const QString& contact : std::as_const(contacts)) {
        Result<std::optional<QUuid>> existing = ClientRows::findByContact(db, contact);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            return contact;
        }
    }
    return QString();
}

} // namespace

Result<QByteArray> readImportFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("ClientTransfer", "%1 could not be read: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > kMaxImportBytes) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ClientTransfer", "%1 is larger than 64 MiB; split it into smaller files.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return file.readAll();
}

Result<Prepared> prepare(
    const QByteArray& data, Format format, const QString& mappingSpec, const QString& region, const QDateTime& now)
{
    if (data.size() > kMaxImportBytes) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "ClientTransfer", "The file is larger than 64 MiB; split it into smaller files."));
    }
    const bool vcard = format == Format::VCard || (format == Format::Auto && looksLikeVCard(data));
    Result<interchange::ContactImportResult> read = vcard
        ? interchange::VCardReader::read(data)
        : (mappingSpec.isEmpty() ? interchange::ContactCsvImport::read(data)
                                 : interchange::ContactCsvImport::read(data, mappingSpec));
    if (!read) {
        return read.error();
    }
    ContactMapping::Mapped mapped =
        ContactMapping::toClients(read->records, region, now, []() { return sync::UuidV7::create(); });
    Prepared prepared;
    prepared.clients = mapped.clients;
    prepared.lines = mapped.lines;
    prepared.problems = read->problems + mapped.problems;
    std::sort(prepared.problems.begin(), prepared.problems.end(),
        [](const auto& a, const auto& b) { return a.line < b.line; });
    return prepared;
}

Result<Outcome> write(StoreSession& session, const Prepared& prepared, const std::function<void(int, int)>& progress)
{
    Result<WriteScope> scope = session.beginWrite();
    if (!scope) {
        return scope.error();
    }
    Outcome outcome;
    const int total = int(prepared.clients.size());
    for (int i = 0; i < total; ++i) {
        const domain::Client& client = prepared.clients.at(i);
        Result<QString> duplicateOf = existingContact(session.db(), client);
        if (!duplicateOf) {
            return duplicateOf.error();
        }
        if (!duplicateOf->isEmpty()) {
            outcome.skipped.append({prepared.lines.at(i),
                QCoreApplication::translate("ClientTransfer", "skipped: a client with %1 is already in the practice")
                    .arg(duplicateOf.value())});
        } else if (Result<void> done = ClientRows::insert(scope.value(), client); !done) {
            return Error(done.error().code(),
                QCoreApplication::translate("ClientTransfer", "Line %1: %2")
                    .arg(prepared.lines.at(i))
                    .arg(done.error().userMessage()),
                done.error().detail());
        } else {
            ++outcome.imported;
        }
        if (progress && (i % 100 == 99 || i + 1 == total)) {
            progress(i + 1, total);
        }
    }
    failpoint("import-before-commit");
    if (Result<void> committed = scope.value().commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

Result<void> writeExportFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("ClientTransfer", "%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QByteArray> exportClients(StoreSession& session, ExportFormat format)
{
    QList<interchange::ContactRecord> records;
    Result<int> visited = ClientRows::forEach(session.db(), [&records](const domain::Client& client) -> Result<void> {
        records.append(ContactMapping::toRecord(client));
        return {};
    });
    if (!visited) {
        return visited.error();
    }
    if (format == ExportFormat::Csv) {
        return interchange::ContactCsvExport::write(records);
    }
    return interchange::VCardWriter::write(records,
        format == ExportFormat::VCard3 ? interchange::VCardWriter::Version::V3 : interchange::VCardWriter::Version::V4);
}

} // namespace clientele::ClientTransfer
