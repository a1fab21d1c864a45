#include "core/store/StoreOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>

#include "core/Logging.h"
#include "core/store/KeyFile.h"
#include "core/store/Schema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlTransaction.h"
#include "core/store/StoreSession.h"

namespace clientele::StoreOpener {

namespace {

// One value of sync_state: its integer and blob readings (a missing key reads as 0 and empty).
struct StateValue
{
    qint64 integer = 0;
    QByteArray blob;
};

Result<StateValue> stateValue(SqlCipherDatabase& db, const char* key)
{
    Result<SqlStatement*> query = db.cached("SELECT v FROM sync_state WHERE k = ?1");
    if (!query) {
        return query.error();
    }
    query.value()->bind(1, QString::fromLatin1(key));
    Result<bool> row = query.value()->step();
    if (!row) {
        return row.error();
    }
    StateValue value;
    if (row.value()) {
        value.integer = query.value()->int64(0);
        value.blob = query.value()->blob(0);
    }
    query.value()->reset();
    return value;
}

Result<std::unique_ptr<StoreSession>> finishOpening(
    std::unique_ptr<SqlCipherDatabase> db, const PracticeFiles& files, const Clock& clock)
{
    Result<StateValue> vault = stateValue(*db, "vault_id");
    Result<StateValue> device = stateValue(*db, "device_id");
    Result<StateValue> hlc = stateValue(*db, "hlc");
    Result<StateValue> rebuild = stateValue(*db, "search_rebuild");
    if (!vault || !device || !hlc || !rebuild) {
        return !vault ? vault.error() : (!device ? device.error() : (!hlc ? hlc.error() : rebuild.error()));
    }
    if (vault->blob.size() != 16 || device->blob.size() != 16) {
        return Error(Error::Code::CorruptData,
            QCoreApplication::translate("StoreOpener", "The practice database is damaged."),
            QStringLiteral("sync identity missing"));
    }
    auto session = std::make_unique<StoreSession>(
        std::move(db), files, clock, QUuid::fromRfc4122(vault->blob), device->blob, hlc->integer);
    if (rebuild->integer != 0) {
        qCInfo(lcStorage) << "Rebuilding the search index";
        Result<SqlTransaction> transaction = SqlTransaction::begin(session->db());
        if (!transaction) {
            return transaction.error();
        }
        if (Result<void> rebuilt = session->search().rebuild(); !rebuilt) {
            return rebuilt.error();
        }
        if (Result<void> committed = transaction.value().commit(); !committed) {
            return committed.error();
        }
    }
    return session;
}

} // namespace

Result<void> migrate(SqlCipherDatabase& db, int targetVersion)
{
    Result<qint64> current = db.queryInt(QStringLiteral("PRAGMA user_version;"));
    if (!current) {
        return current.error();
    }
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current.value() || migration.version > targetVersion) {
            continue;
        }
        Result<SqlTransaction> transaction = SqlTransaction::begin(db);
        if (!transaction) {
            return transaction.error();
        }
        if (Result<void> applied = db.execute(QString::fromUtf8(migration.sql)); !applied) {
            qCWarning(lcStorage) << "Migration to version" << migration.version
                                 << "failed:" << applied.error().detail();
            return applied;
        }
        if (Result<void> versioned = db.execute(QStringLiteral("PRAGMA user_version = %1;").arg(migration.version));
            !versioned) {
            return versioned;
        }
        if (Result<void> committed = transaction.value().commit(); !committed) {
            return committed;
        }
        qCInfo(lcStorage) << "Migrated the practice database to version" << migration.version << "("
                          << migration.description << ")";
    }
    return {};
}

Result<std::unique_ptr<StoreSession>> open(const PracticeFiles& files, const SecureBytes& key, const Clock& clock)
{
    const QString path = files.databasePath();
    if (!QFileInfo::exists(path)) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("StoreOpener", "There is no practice in %1.").arg(files.directory),
            QStringLiteral("database file missing"));
    }
    // The key file records a check value of the key. When it matches, a database that still cannot
    // be read is damaged, not opened with the wrong key; the two need different advice.
    bool keyConfirmed = false;
    QFile keyFile(files.keyFilePath());
    if (keyFile.open(QIODevice::ReadOnly)) {
        Result<KeyFile::Contents> contents = KeyFile::inspect(keyFile.readAll());
        if (contents) {
            if (contents->keyCheck != KeyFile::keyCheckOf(key)) {
                return Error(Error::Code::WrongKey,
                    QCoreApplication::translate("StoreOpener", "This key belongs to a different practice."),
                    QStringLiteral("key check mismatch"));
            }
            keyConfirmed = true;
        }
    }
    Result<std::unique_ptr<SqlCipherDatabase>> db =
        SqlCipherDatabase::open(path, key, SqlCipherDatabase::OpenMode::ExistingOnly);
    if (!db) {
        if (db.error().code() == Error::Code::WrongKey && keyConfirmed) {
            return Error(Error::Code::CorruptData,
                QCoreApplication::translate(
                    "StoreOpener", "The practice database is damaged and cannot be opened. Restore it from a backup."),
                db.error().detail());
        }
        return db.error();
    }
    Result<qint64> version = db.value()->queryInt(QStringLiteral("PRAGMA user_version;"));
    if (!version) {
        return version.error();
    }
    if (version.value() > latestSchemaVersion()) {
        return Error(Error::Code::Incompatible,
            QCoreApplication::translate(
                "StoreOpener", "This practice was saved by a newer version of Clientele. Update Clientele to open it."),
            QStringLiteral("schema %1, this build knows up to %2").arg(version.value()).arg(latestSchemaVersion()));
    }
    if (version.value() < 1) {
        return Error(Error::Code::CorruptData,
            QCoreApplication::translate("StoreOpener", "The practice database is damaged."),
            QStringLiteral("schema version 0 in an existing file"));
    }
    if (Result<void> durable = db.value()->enableDurableWrites(); !durable) {
        return durable.error();
    }
    if (Result<void> migrated = migrate(*db.value(), latestSchemaVersion()); !migrated) {
        return migrated.error();
    }
    return finishOpening(std::move(db).value(), files, clock);
}

Result<std::unique_ptr<StoreSession>> create(
    const PracticeFiles& files, const SecureBytes& key, const Clock& clock, const QUuid& vaultId)
{
    const QString path = files.databasePath();
    if (QFileInfo::exists(path)) {
        return Error(Error::Code::Conflict,
            QCoreApplication::translate("StoreOpener", "A practice already exists in %1.").arg(files.directory),
            QStringLiteral("database file exists"));
    }
    if (!QDir().mkpath(files.directory)) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("StoreOpener", "The folder %1 could not be created.").arg(files.directory),
            QStringLiteral("mkpath failed"));
    }
    QFile::setPermissions(files.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Result<std::unique_ptr<SqlCipherDatabase>> db =
        SqlCipherDatabase::open(path, key, SqlCipherDatabase::OpenMode::CreateIfMissing);
    if (!db) {
        return db.error();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Result<void> durable = db.value()->enableDurableWrites(); !durable) {
        return durable.error();
    }
    if (Result<void> migrated = migrate(*db.value(), latestSchemaVersion()); !migrated) {
        return migrated.error();
    }
    QByteArray deviceId(16, '\0');
    if (sodium_init() < 0) {
        return Error(
            Error::Code::Internal, QStringLiteral("Crypto library failed to start"), QStringLiteral("sodium_init"));
    }
    randombytes_buf(deviceId.data(), static_cast<size_t>(deviceId.size()));
    Result<SqlStatement> identity = db.value()->prepare(
        QStringLiteral("INSERT INTO sync_state (k, v) VALUES ('vault_id', ?1), ('device_id', ?2), ('hlc', 0), "
                       "('pulled_seq', 0), ('sealed_upto', 0)"));
    if (!identity) {
        return identity.error();
    }
    identity.value().bindBlob(1, vaultId.toRfc4122()).bindBlob(2, deviceId);
    if (Result<void> done = identity.value().run(); !done) {
        return done.error();
    }
    return finishOpening(std::move(db).value(), files, clock);
}

} // namespace clientele::StoreOpener
