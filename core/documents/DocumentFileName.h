#pragma once

#include <QString>

namespace clientele::documents {

// A file name a person would choose, safe on every desktop file system: "Invoice INV-2026-0042 –
// Jane Doe.pdf". Path separators, characters Windows refuses (<>:"/\|?*), control characters and
// trailing dots or spaces are replaced or dropped, runs of spaces collapse, and the name is cut to
// 120 characters before the extension (long names stay readable in a file dialog). A name with
// nothing left becomes "Document".
QString documentFileName(const QString& title, const QString& extension = QStringLiteral("pdf"));

} // namespace clientele::documents
