#pragma once

#include <QString>

namespace clientele {

// Installs Qt's message handler: every log line goes to stderr and to a rotating file
// (<app data>/logs/clientele.log, 2 MiB × 6). Rules come from QT_LOGGING_RULES or the "logging/rules"
// setting. Returns the log file's path, or an empty string if the file could not be opened (then
// logging continues on stderr only).
QString installLogHandler(const QString& directory);

// Flushes and detaches the file; the default handler takes over.
void removeLogHandler();

} // namespace clientele
