#pragma once

#include <QList>
#include <QString>

#include "core/interchange/ContactRecord.h"
#include "core/interchange/ImportProblem.h"

namespace clientele::interchange {

// What an import read: the good records, and every bad one with its line and reason (DESIGN.md §7:
// an import reports every bad row and imports the good ones).
struct ContactImportResult final
{
    QList<ContactRecord> records;
    QList<ImportProblem> problems;
    QString format; // human name of the recognised format ("Google Contacts", "vCard 3.0"), for the summary
};

} // namespace clientele::interchange
