#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

#include "core/Result.h"

namespace clientele {

// An append-only log file that rotates by size: "name.log" is renamed to "name.1.log", older
// files shift up, and the oldest beyond the limit is deleted. Safe to call from any thread, since
// Qt's message handler runs on whichever thread logs.
class RotatingLogFile final
{
public:
    struct Limits
    {
        qint64 maxBytes = 2LL * 1024 * 1024; // size at which the current file is rotated
        int keepFiles = 5; // rotated files kept besides the current one
    };

    RotatingLogFile(QString directory, QString baseName, Limits limits);
    ~RotatingLogFile();
    RotatingLogFile(const RotatingLogFile&) = delete;
    RotatingLogFile& operator=(const RotatingLogFile&) = delete;

    // Creates the directory (owner-only) and opens the current file for appending.
    Result<void> open();
    // Appends one line (a newline is added) and rotates first if the line would exceed maxBytes.
    void writeLine(const QByteArray& line);
    QString currentPath() const;
    // Path of the rotated file with the given index (1 = most recent).
    QString rotatedPath(int index) const;

private:
    void rotateLocked();

    QString m_directory;
    QString m_baseName;
    Limits m_limits;
    QFile m_file;
    QMutex m_mutex;
};

} // namespace clientele
