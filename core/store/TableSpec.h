#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

// What a synced table's registers are (SYNC.md §3.4): each field is one last-writer-wins register
// over one column, or over several columns for a field group (a booking's schedule is start, end
// and time zone together, so two devices' edits never combine into an invalid schedule).
struct FieldSpec
{
    QString name;
    QStringList columns;
};

struct TableSpec
{
    QString name;
    QList<FieldSpec> fields;

    const FieldSpec* field(const QString& fieldName) const;
};

// The registered synced tables; nullptr for a name that is not one.
const TableSpec* tableSpec(const QString& table);
const QList<TableSpec>& syncedTables();

} // namespace clientele
