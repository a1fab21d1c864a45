#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "core/interchange/ContactRecord.h"
#include "core/interchange/CsvWriter.h"

namespace clientele::interchange {

// Writes contacts as CSV with a fixed header that ContactCsvImport recognises (preset Clientele).
// The primary email and phone get their own columns so that spreadsheets and mail merges can use
// them; further ones are joined with "; ", as are tags. Birthday is ISO 8601 (yyyy-MM-dd).
class ContactCsvExport final
{
public:
    static QStringList header();
    static QByteArray write(const QList<ContactRecord>& records, const CsvWriterOptions& options = {});
};

} // namespace clientele::interchange
