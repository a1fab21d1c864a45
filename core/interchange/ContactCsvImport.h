#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"
#include "core/interchange/ContactColumnMapping.h"
#include "core/interchange/ContactImportResult.h"
#include "core/interchange/CsvTable.h"

namespace clientele::interchange {

// Reads contacts from a CSV export (HoneyBook, Dubsado, Google, Outlook, our own, or any CSV with
// recognisable column names). Fails as a whole only when the file cannot be read or its columns
// cannot be mapped; otherwise every good row becomes a ContactRecord and every bad row (wrong
// number of values, no name/company/email) becomes a problem with its line.
//
// Cells are trimmed; a leading single quote that protects a formula-like value (see
// CsvWriterOptions::protectFormulas) is removed; multi-value cells are split: Google's " ::: ",
// and commas, semicolons or spaces between email addresses and tags; Google's system labels
// ("* myContacts") are dropped. Columns without a field of their own are kept in extra.
class ContactCsvImport final
{
public:
    // Columns detected from the header (ContactColumnMapping::detect).
    static Result<ContactImportResult> read(const QByteArray& data);
    // Columns from a user's mapping spec (ContactColumnMapping::fromSpec).
    static Result<ContactImportResult> read(const QByteArray& data, const QString& mappingSpec);
    static ContactImportResult read(const CsvTable& table, const ContactColumnMapping& mapping);
};

} // namespace clientele::interchange
