#pragma once

#include <QCoreApplication>
#include <QString>

namespace clientele::interchange {

// One record (row, card) that could not be imported, with the line where it starts. The reason is
// a translated sentence without the line number, so that a UI can show both in its own columns.
struct ImportProblem final
{
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    QString reason;

    QString toString() const
    {
        if (line <= 0) {
            return reason;
        }
        return QCoreApplication::translate("ImportProblem", "Line %1: %2").arg(line).arg(reason);
    }
};

} // namespace clientele::interchange
