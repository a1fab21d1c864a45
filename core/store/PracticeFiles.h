#pragma once

#include <QDir>
#include <QString>

namespace clientele {

// Where one practice lives: the encrypted database and, beside it, the key file that opens it with
// the recovery code when the keychain is gone. SQLite adds "-wal" and "-shm" files next to the
// database while it is open.
struct PracticeFiles
{
    QString directory;

    QString databasePath() const { return QDir(directory).filePath(QStringLiteral("practice.clientele")); }
    QString keyFilePath() const { return QDir(directory).filePath(QStringLiteral("practice.clientele-key")); }
};

} // namespace clientele
