#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

#include "core/Result.h"
#include "core/domain/Client.h"
#include "core/interchange/ImportProblem.h"

namespace clientele {

class StoreSession;

// Importing and exporting clients: the one engine behind `clientele-cli import/export` and File →
// Import/Export Clients in the desktop, so both read the same files the same way.
namespace ClientTransfer {

enum class Format
{
    Auto, // a vCard if the file says BEGIN:VCARD, else CSV
    Csv,
    VCard,
};

constexpr qint64 kMaxImportBytes = 64LL * 1024 * 1024;

// A file read and mapped to clients, before anything is written.
struct Prepared
{
    QList<domain::Client> clients;
    QList<int> lines; // the line (CSV) or card (vCard) each client came from
    QList<interchange::ImportProblem> problems; // rows refused, sorted by line
};

struct Outcome
{
    int imported = 0;
    QList<interchange::ImportProblem> skipped; // rows whose client is already in the practice
};

// The contents of a file to import: refused with a clear message when it cannot be read or is larger
// than kMaxImportBytes. Blocking file I/O: call it off the UI thread.
Result<QByteArray> readImportFile(const QString& path);

// Reads the file's bytes; mappingSpec is the CLI's --mapping ("name=Full Name,email=Mail"), empty for
// the recognised exports. region: the country for phone numbers without a country code.
Result<Prepared> prepare(
    const QByteArray& data, Format format, const QString& mappingSpec, const QString& region, const QDateTime& now);

// Writes the prepared clients in one transaction (all or nothing), skipping those whose email — or,
// without an email, whose phone — is already in the practice, so importing a file twice adds nothing.
// progress(done, total) is called as it goes, on the storage thread.
Result<Outcome> write(
    StoreSession& session, const Prepared& prepared, const std::function<void(int, int)>& progress = {});

enum class ExportFormat
{
    Csv,
    VCard4,
    VCard3,
};

// Every live client in the format.
Result<QByteArray> exportClients(StoreSession& session, ExportFormat format);

// Writes an export atomically (all or nothing) and readable by the owner only: it holds client
// details. Blocking file I/O: call it off the UI thread.
Result<void> writeExportFile(const QString& path, const QByteArray& bytes);

} // namespace ClientTransfer

} // namespace clientele
