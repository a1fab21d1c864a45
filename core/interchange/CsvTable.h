#pragma once

#include <QChar>
#include <QList>
#include <QStringList>

#include "core/interchange/ImportProblem.h"

namespace clientele::interchange {

struct CsvRow final
{
    int line = 0; // 1-based line where the row starts (a quoted value may span several lines)
    QStringList fields;
};

// A parsed CSV file: the header, the rows that have as many fields as the header, and one problem
// per row that was left out.
struct CsvTable final
{
    QChar delimiter;
    int headerLine = 0;
    QStringList header;
    QList<CsvRow> rows;
    QList<ImportProblem> rowErrors;
};

} // namespace clientele::interchange
