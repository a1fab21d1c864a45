#include "core/store/Backup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/store/KeyFile.h"
#include "core/store/Schema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"

namespace clientele::Backup {

namespace {

constexpr char kMagic[] = "CLIENTELE-BACKUP 1\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;

Error damaged(const QString& detail)
{
    return Error(Error::Code::CorruptData,
        QCoreApplication::translate("Backup", "The backup file is damaged or is not a Clientele backup."), detail);
}

QByteArray lengthPrefixed(const QByteArray& bytes)
{
    QByteArray out(4, '\0');
    qToBigEndian(static_cast<quint32>(bytes.size()), out.data());
    return out + bytes;
}

// Reads a 4-byte length and that many bytes at offset, advancing it.
bool takeChunk(const QByteArray& data, qsizetype& offset, QByteArray& chunk)
{
    if (offset + 4 > data.size()) {
        return false;
    }
    const quint32 size = qFromBigEndian<quint32>(data.constData() + offset);
    offset += 4;
    if (size > static_cast<quint32>(data.size() - offset)) {
        return false;
    }
    chunk = data.mid(offset, size);
    offset += size;
    return true;
}

Result<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io, QCoreApplication::translate("Backup", "%1 could not be read.").arg(what),
            path + u": " + file.errorString());
    }
    return file.readAll();
}

void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal");
    QFile::remove(path + u"-shm");
    QFile::remove(path + u"-journal");
}

} // namespace

Result<Written> write(StoreSession& session, const QString& backupPath)
{
    SqlCipherDatabase& db = session.db();
    const QString exportPath = backupPath + u".part-db";
    removeDatabaseFiles(exportPath);
    Result<QByteArray> keyFile = readFile(session.files().keyFilePath(), QStringLiteral("The key file"));
    if (!keyFile) {
        return keyFile.error();
    }
    // ATTACH without KEY uses the main database's key, so the copy is encrypted like the original
    // and the key never appears in a statement.
    Result<SqlStatement> attach = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS backup"));
    if (!attach) {
        return attach.error();
    }
    attach.value().bind(1, QFileInfo(exportPath).absoluteFilePath());
    if (Result<void> done = attach.value().run(); !done) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backup", "The backup could not be written to %1.").arg(backupPath),
            done.error().detail());
    }
    Result<qint64> version = db.queryInt(QStringLiteral("PRAGMA main.user_version;"));
    Result<void> exported =
        db.execute(QStringLiteral("PRAGMA backup.cipher_page_size = %1; SELECT sqlcipher_export('backup'); PRAGMA "
                                  "backup.user_version = %2;")
                       .arg(SqlCipherDatabase::kPageSize)
                       .arg(version ? version.value() : 0));
    const Result<void> detached = db.execute(QStringLiteral("DETACH DATABASE backup;"));
    if (!version || !exported || !detached) {
        removeDatabaseFiles(exportPath);
        const Error cause = !version ? version.error() : (!exported ? exported.error() : detached.error());
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backup", "The backup could not be written to %1.").arg(backupPath),
            cause.detail());
    }
    Result<QByteArray> database = readFile(exportPath, QStringLiteral("The backup copy"));
    removeDatabaseFiles(exportPath);
    if (!database) {
        return database.error();
    }
    const QJsonObject header {{QStringLiteral("vault"), session.vaultId().toString(QUuid::WithoutBraces)},
        {QStringLiteral("createdAt"), session.clock().nowUtc().toString(Qt::ISODate)},
        {QStringLiteral("schemaVersion"), version.value()},
        {QStringLiteral("databaseBytes"), static_cast<qint64>(database.value().size())},
        {QStringLiteral("databaseSha256"),
            QString::fromLatin1(QCryptographicHash::hash(database.value(), QCryptographicHash::Sha256).toHex())}};
    QSaveFile out(backupPath);
    const QByteArray prefix = QByteArray(kMagic, kMagicSize)
        + lengthPrefixed(QJsonDocument(header).toJson(QJsonDocument::Compact)) + lengthPrefixed(keyFile.value());
    if (!out.open(QIODevice::WriteOnly) || out.write(prefix) != prefix.size()
        || out.write(database.value()) != database.value().size() || !out.commit()) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backup", "The backup could not be written to %1.").arg(backupPath),
            out.errorString());
    }
    QFile::setPermissions(backupPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStorage) << "Backup written," << prefix.size() + database.value().size() << "bytes";
    return Written {prefix.size() + database.value().size(), static_cast<int>(version.value())};
}

Result<Restored> restore(
    const QString& backupPath, const PracticeFiles& files, const SecureBytes& recoverySecret, bool replaceExisting)
{
    Result<QByteArray> data = readFile(backupPath, QStringLiteral("The backup file"));
    if (!data) {
        return data.error();
    }
    if (!data.value().startsWith(QByteArray(kMagic, kMagicSize))) {
        return damaged(QStringLiteral("magic missing"));
    }
    qsizetype offset = kMagicSize;
    QByteArray headerBytes;
    QByteArray keyFile;
    if (!takeChunk(data.value(), offset, headerBytes) || !takeChunk(data.value(), offset, keyFile)) {
        return damaged(QStringLiteral("truncated header"));
    }
    const QJsonObject header = QJsonDocument::fromJson(headerBytes).object();
    const QByteArray database = data.value().mid(offset);
    const QByteArray expectedHash =
        QByteArray::fromHex(header.value(QStringLiteral("databaseSha256")).toString().toLatin1());
    if (database.size() != header.value(QStringLiteral("databaseBytes")).toInteger()
        || QCryptographicHash::hash(database, QCryptographicHash::Sha256) != expectedHash) {
        return damaged(QStringLiteral("checksum mismatch"));
    }
    if (header.value(QStringLiteral("schemaVersion")).toInt() > latestSchemaVersion()) {
        return Error(Error::Code::Incompatible,
            QCoreApplication::translate(
                "Backup", "This backup was made by a newer version of Clientele. Update Clientele to restore it."),
            QStringLiteral("backup schema %1").arg(header.value(QStringLiteral("schemaVersion")).toInt()));
    }
    Result<SecureBytes> key = KeyFile::unwrap(keyFile, recoverySecret);
    if (!key) {
        return key.error();
    }
    const bool exists = QFileInfo::exists(files.databasePath());
    if (exists && !replaceExisting) {
        return Error(Error::Code::Conflict,
            QCoreApplication::translate("Backup",
                "A practice already exists in %1. Restore into another folder, or confirm that it may be replaced "
                "(it will be kept beside the restored one).")
                .arg(files.directory),
            QStringLiteral("practice exists"));
    }
    if (!QDir().mkpath(files.directory)) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backup", "The folder %1 could not be created.").arg(files.directory),
            QStringLiteral("mkpath"));
    }
    // Write and verify the copy under a temporary name first; the practice is replaced only by renames.
    const QString staging = files.databasePath() + u".restoring";
    removeDatabaseFiles(staging);
    {
        QFile out(staging);
        if (!out.open(QIODevice::WriteOnly) || out.write(database) != database.size() || !out.flush()) {
            removeDatabaseFiles(staging);
            return Error(Error::Code::Io,
                QCoreApplication::translate("Backup", "The practice could not be written to %1.").arg(files.directory),
                out.errorString());
        }
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    {
        Result<std::unique_ptr<SqlCipherDatabase>> copy =
            SqlCipherDatabase::open(staging, key.value(), SqlCipherDatabase::OpenMode::ExistingOnly);
        if (!copy) {
            removeDatabaseFiles(staging);
            return damaged(copy.error().detail());
        }
        Result<QString> check = copy.value()->queryText(QStringLiteral("PRAGMA quick_check;"));
        if (!check || check.value() != u"ok") {
            removeDatabaseFiles(staging);
            return damaged(QStringLiteral("quick_check failed"));
        }
        // A restored practice is a new device: reusing the old id could repeat its change ids.
        QByteArray deviceId(16, '\0');
        if (sodium_init() < 0) {
            removeDatabaseFiles(staging);
            return Error(
                Error::Code::Internal, QStringLiteral("Crypto library failed to start"), QStringLiteral("sodium_init"));
        }
        randombytes_buf(deviceId.data(), static_cast<size_t>(deviceId.size()));
        Result<SqlStatement> mint =
            copy.value()->prepare(QStringLiteral("UPDATE sync_state SET v = ?1 WHERE k = 'device_id'"));
        if (!mint || !mint.value().bindBlob(1, deviceId).run()) {
            removeDatabaseFiles(staging);
            return Error(Error::Code::Io,
                QCoreApplication::translate("Backup", "The practice could not be written to %1.").arg(files.directory),
                QStringLiteral("device id update failed"));
        }
    }
    Restored restored;
    if (exists) {
        restored.setAsidePath = files.databasePath() + u".before-restore-"
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(files.databasePath(), restored.setAsidePath)) {
            removeDatabaseFiles(staging);
            return Error(Error::Code::Io,
                QCoreApplication::translate("Backup", "The existing practice could not be set aside."),
                files.databasePath());
        }
        QFile::rename(files.databasePath() + u"-wal", restored.setAsidePath + u"-wal");
        QFile::remove(files.databasePath() + u"-shm");
        QFile::rename(files.keyFilePath(), restored.setAsidePath + u"-key");
    }
    QSaveFile keyOut(files.keyFilePath());
    if (!keyOut.open(QIODevice::WriteOnly) || keyOut.write(keyFile) != keyFile.size() || !keyOut.commit()
        || !QFile::rename(staging, files.databasePath())) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("Backup", "The practice could not be written to %1.").arg(files.directory),
            keyOut.errorString());
    }
    QFile::setPermissions(files.keyFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(staging + u"-wal");
    QFile::remove(staging + u"-shm");
    qCInfo(lcStorage) << "Practice restored from a backup";
    return restored;
}

} // namespace clientele::Backup
