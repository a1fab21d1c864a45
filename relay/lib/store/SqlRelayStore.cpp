#include "relay/lib/store/SqlRelayStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <openssl/crypto.h>

#include "core/Logging.h"

namespace clientele::relay {

namespace {

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    return !a.isEmpty() && a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

Error storageError(const QString& what, const QSqlError& error)
{
    // The driver's text names tables and constraints, never values: bound values are not echoed.
    const bool connectionLost = error.type() == QSqlError::ConnectionError;
    return Error(connectionLost ? Error::Code::Unavailable : Error::Code::Internal,
        QStringLiteral("The relay's database failed while %1").arg(what),
        error.text() + u" [" + error.nativeErrorCode() + u']', connectionLost);
}

// One prepared statement with positional values; exec() reports failures as Errors.
class Statement final
{
public:
    Statement(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
    }

    Result<void> exec(const QVariantList& values = {})
    {
        // QPSQL prepares on the server, which refuses to prepare BEGIN or DDL: statements without
        // values run as they are.
        if (values.isEmpty()) {
            if (!m_query.exec(m_sql)) {
                return storageError(QStringLiteral("running a statement"), m_query.lastError());
            }
            return {};
        }
        if (!m_query.prepare(m_sql)) {
            return storageError(QStringLiteral("preparing a statement"), m_query.lastError());
        }
        for (const QVariant& value : values) {
            m_query.addBindValue(value);
        }
        if (!m_query.exec()) {
            return storageError(QStringLiteral("running a statement"), m_query.lastError());
        }
        return {};
    }

    QSqlQuery& query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
};

Result<void> execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    Statement statement(db, sql);
    return statement.exec(values);
}

// How deep this thread is in transactions: an inner one becomes a savepoint, so that work can be
// grouped into one commit (one fsync) while each step still rolls back alone.
thread_local int t_transactionDepth = 0;

// BEGIN … COMMIT with rollback on every early return. SQLite takes the write lock at BEGIN
// (IMMEDIATE), so two writers never deadlock upgrading a read lock. Nested, it is a savepoint.
class Transaction final
{
public:
    Transaction(const QSqlDatabase& db, SqlDialect dialect)
        : m_db(db)
        , m_dialect(dialect)
    {
    }
    ~Transaction()
    {
        if (m_open) {
            --t_transactionDepth;
            QSqlQuery rollback(m_db);
            if (m_savepoint.isEmpty()) {
                rollback.exec(QStringLiteral("ROLLBACK"));
            } else {
                rollback.exec(u"ROLLBACK TO SAVEPOINT " + m_savepoint);
                rollback.exec(u"RELEASE SAVEPOINT " + m_savepoint);
            }
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin()
    {
        if (t_transactionDepth > 0) {
            m_savepoint = QStringLiteral("step%1").arg(t_transactionDepth);
        }
        Result<void> begun = execute(m_db,
            !m_savepoint.isEmpty()                ? u"SAVEPOINT " + m_savepoint
                : m_dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("BEGIN"));
        m_open = begun.hasValue();
        if (m_open) {
            ++t_transactionDepth;
        }
        return begun;
    }
    Result<void> commit()
    {
        Result<void> committed =
            execute(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : u"RELEASE SAVEPOINT " + m_savepoint);
        if (committed) {
            m_open = false;
            --t_transactionDepth;
        }
        return committed;
    }

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_savepoint;
    bool m_open = false;
};

QVariant blobValue(const QByteArray& bytes)
{
    // A null QByteArray would bind as SQL NULL; an empty one must stay an empty value.
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

QVariant nullableBlob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QString kDeviceColumns =
    QStringLiteral("id, vault_id, name, token_hash, pulled_seq, created_at, last_seen, revoked_at, ordinal");

DeviceRecord deviceFrom(const QSqlQuery& query)
{
    DeviceRecord device;
    device.id = query.value(0).toString();
    device.vaultId = query.value(1).toString();
    device.name = query.value(2).toString();
    device.tokenHash = query.value(3).toByteArray();
    device.pulledSeq = query.value(4).toLongLong();
    device.createdAtMs = query.value(5).toLongLong();
    device.lastSeenMs = query.value(6).toLongLong();
    device.revokedAtMs = query.value(7).toLongLong();
    device.ordinal = query.value(8).isNull() ? -1 : query.value(8).toLongLong();
    return device;
}

Result<void> insertDevice(const QSqlDatabase& db, const DeviceRecord& device)
{
    return execute(db,
        QStringLiteral("INSERT INTO device (id, vault_id, name, token_hash, created_at, last_seen, ordinal) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {device.id, device.vaultId, device.name, device.tokenHash, device.createdAtMs, device.createdAtMs,
            device.ordinal});
}

const QString kEventColumns =
    QStringLiteral("provider, event_id, vault_id, payload, payload_sha256, received_at, processed_at, outcome");

InboundEventRecord eventFrom(const QSqlQuery& query)
{
    InboundEventRecord event;
    event.provider = query.value(0).toString();
    event.eventId = query.value(1).toString();
    event.vaultId = query.value(2).toString();
    event.payload = query.value(3).toByteArray();
    event.payloadSha256 = query.value(4).toByteArray();
    event.receivedAtMs = query.value(5).toLongLong();
    event.processedAtMs = query.value(6).toLongLong();
    event.outcome = query.value(7).toString();
    return event;
}

const QString kCommandColumns = QStringLiteral(
    "id, vault_id, device_id, type, params, params_sha256, state, attempts, next_attempt_at, provider_ref, result, "
    "error_code, error_message, created_at, updated_at");

CommandRecord commandFrom(const QSqlQuery& query)
{
    CommandRecord command;
    command.id = query.value(0).toString();
    command.vaultId = query.value(1).toString();
    command.deviceId = query.value(2).toString();
    command.type = query.value(3).toString();
    command.params = query.value(4).toByteArray();
    command.paramsSha256 = query.value(5).toByteArray();
    command.state = query.value(6).toString();
    command.attempts = query.value(7).toInt();
    command.nextAttemptAtMs = query.value(8).toLongLong();
    command.providerRef = query.value(9).toString();
    command.result = query.value(10).toByteArray();
    command.errorCode = query.value(11).toString();
    command.errorMessage = query.value(12).toString();
    command.createdAtMs = query.value(13).toLongLong();
    command.updatedAtMs = query.value(14).toLongLong();
    return command;
}

Error vaultNotFound(const QString& vaultId)
{
    return Error(Error::Code::NotFound, QStringLiteral("There is no vault %1 on this relay").arg(vaultId));
}

} // namespace

SqlRelayStore::SqlRelayStore(DatabaseLocation location)
    : m_location(std::move(location))
    , m_dialect(m_location.kind == DatabaseLocation::Kind::Postgresql ? SqlDialect::Postgresql : SqlDialect::Sqlite)
{
    static std::atomic<int> instances {0};
    m_connectionPrefix = QStringLiteral("relay-store-%1-").arg(++instances);
}

SqlRelayStore::~SqlRelayStore()
{
    std::lock_guard lock(m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<SqlRelayStore>> SqlRelayStore::open(const DatabaseLocation& location)
{
    const QString driver =
        location.kind == DatabaseLocation::Kind::Postgresql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error(Error::Code::Unavailable,
            QStringLiteral("The Qt Sql driver %1 is not installed (Debian: %2)")
                .arg(driver,
                    location.kind == DatabaseLocation::Kind::Postgresql ? QStringLiteral("libqt6sql6-psql")
                                                                        : QStringLiteral("libqt6sql6-sqlite")));
    }
    std::unique_ptr<SqlRelayStore> store(new SqlRelayStore(location));
    Result<QSqlDatabase> first = store->connection();
    if (!first) {
        return first.error();
    }
    return store;
}

QString SqlRelayStore::backendName() const
{
    return m_dialect == SqlDialect::Postgresql ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

Result<QSqlDatabase> SqlRelayStore::connection()
{
    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return db;
        }
        if (db.open()) {
            return db;
        }
        return storageError(QStringLiteral("reconnecting"), db.lastError());
    }
    QSqlDatabase db;
    if (m_dialect == SqlDialect::Postgresql) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(m_location.connectOptions.isEmpty() ? QStringLiteral("connect_timeout=10")
                                                                 : m_location.connectOptions + u";connect_timeout=10");
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    {
        std::lock_guard lock(m_mutex);
        m_connectionNames << name;
    }
    if (!db.open()) {
        return storageError(QStringLiteral("connecting to %1").arg(m_location.redacted()), db.lastError());
    }
    if (m_dialect == SqlDialect::Sqlite) {
        // WAL lets readers run beside the writer; FULL makes every commit durable before we answer.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (Result<void> done = execute(db, QString::fromLatin1(pragma)); !done) {
                return done.error();
            }
        }
    }
    return db;
}

Result<void> SqlRelayStore::migrate()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    if (m_dialect == SqlDialect::Postgresql) {
        // Several instances may start at once; one migrates, the others wait and find it done.
        if (Result<void> locked = execute(*db, QStringLiteral("SELECT pg_advisory_xact_lock(7212345)")); !locked) {
            return locked;
        }
    }
    if (Result<void> made = execute(*db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS relay_schema (version INTEGER "
                           "NOT NULL)"));
        !made) {
        return made;
    }
    Statement read(*db, QStringLiteral("SELECT version FROM relay_schema"));
    if (Result<void> done = read.exec(); !done) {
        return done;
    }
    const bool hasRow = read.query().next();
    const int current = hasRow ? read.query().value(0).toInt() : 0;
    const QList<QStringList> steps = relaySchemaSteps(m_dialect);
    if (current > steps.size()) {
        return Error(Error::Code::Incompatible,
            QStringLiteral("The relay's database has schema version %1, newer than this relay knows (%2); run a "
                           "newer clientele-relay")
                .arg(current)
                .arg(steps.size()));
    }
    for (qsizetype version = current; version < steps.size(); ++version) {
        for (const QString& sql : steps.at(version)) {
            if (Result<void> done = execute(*db, sql); !done) {
                return done;
            }
        }
    }
    if (current < steps.size()) {
        const QVariantList version {static_cast<int>(steps.size())};
        Result<void> recorded = hasRow ? execute(*db, QStringLiteral("UPDATE relay_schema SET version = ?"), version)
                                       : execute(*db, QStringLiteral("INSERT INTO relay_schema VALUES (?)"), version);
        if (!recorded) {
            return recorded;
        }
        qCInfo(lcRelay) << "Relay database migrated from version" << current << "to" << steps.size();
    }
    return transaction.commit();
}

Result<void> SqlRelayStore::createVault(const VaultRecord& vault, const DeviceRecord& firstDevice)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    if (Result<void> done = execute(*db,
            QStringLiteral(
                "INSERT INTO vault (id, public_key, recovery_blob, created_at, device_count) VALUES (?, ?, ?, ?, 1)"),
            {vault.id, vault.publicKey, nullableBlob(vault.recoveryBlob), vault.createdAtMs});
        !done) {
        return done;
    }
    DeviceRecord device = firstDevice;
    device.vaultId = vault.id;
    device.ordinal = 0;
    if (Result<void> done = insertDevice(*db, device); !done) {
        return done;
    }
    return transaction.commit();
}

Result<VaultRecord> SqlRelayStore::vault(const QString& vaultId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(
        *db, QStringLiteral("SELECT id, public_key, recovery_blob, head_seq, created_at FROM vault WHERE id = ?"));
    if (Result<void> done = select.exec({vaultId}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return vaultNotFound(vaultId);
    }
    const QSqlQuery& row = select.query();
    return VaultRecord {row.value(0).toString(), row.value(1).toByteArray(), row.value(2).toByteArray(),
        row.value(3).toLongLong(), row.value(4).toLongLong()};
}

Result<std::optional<DeviceRecord>> SqlRelayStore::deviceByTokenHash(const QByteArray& tokenHash)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, u"SELECT " + kDeviceColumns + u" FROM device WHERE token_hash = ?");
    if (Result<void> done = select.exec({blobValue(tokenHash)}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<DeviceRecord>();
    }
    return std::optional<DeviceRecord>(deviceFrom(select.query()));
}

Result<QList<DeviceRecord>> SqlRelayStore::devices(const QString& vaultId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(
        *db, u"SELECT " + kDeviceColumns + u" FROM device WHERE vault_id = ? ORDER BY ordinal, created_at, id");
    if (Result<void> done = select.exec({vaultId}); !done) {
        return done.error();
    }
    QList<DeviceRecord> result;
    while (select.query().next()) {
        result << deviceFrom(select.query());
    }
    return result;
}

Result<void> SqlRelayStore::touchDevice(const QString& deviceId, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db, QStringLiteral("UPDATE device SET last_seen = ? WHERE id = ? AND last_seen < ?"),
        {nowMs, deviceId, nowMs});
}

Result<DeviceRecord> SqlRelayStore::revokeDevice(const QString& vaultId, const QString& deviceId, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun.error();
    }
    Statement update(*db,
        u"UPDATE device SET revoked_at = CASE WHEN revoked_at = 0 THEN ? ELSE revoked_at END "
        u"WHERE id = ? AND vault_id = ? RETURNING "
            + kDeviceColumns);
    if (Result<void> done = update.exec({nowMs, deviceId, vaultId}); !done) {
        return done.error();
    }
    if (!update.query().next()) {
        return Error(Error::Code::NotFound, QStringLiteral("There is no device %1 in this vault").arg(deviceId));
    }
    DeviceRecord revoked = deviceFrom(update.query());
    update.query().finish();
    // No device left to withdraw the vault's calendar feed: it goes with the last one.
    Statement active(*db, QStringLiteral("SELECT count(*) FROM device WHERE vault_id = ? AND revoked_at = 0"));
    if (Result<void> done = active.exec({vaultId}); !done) {
        return done.error();
    }
    if (active.query().next() && active.query().value(0).toLongLong() == 0) {
        if (Result<void> gone = execute(*db, QStringLiteral("DELETE FROM calendar_feed WHERE vault_id = ?"), {vaultId});
            !gone) {
            return gone.error();
        }
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return revoked;
}

Result<void> SqlRelayStore::createPairing(const PairingRecord& pairing)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    // Expired offers go first, so their sealed keys do not linger and their codes can come back.
    if (Result<void> purged =
            execute(*db, QStringLiteral("DELETE FROM pairing WHERE expires_at <= ?"), {pairing.createdAtMs});
        !purged) {
        return purged;
    }
    Statement insert(*db,
        QStringLiteral("INSERT INTO pairing (id, vault_id, code_hash, sealed_keys, created_by, created_at, "
                       "expires_at, proof_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code_hash) DO NOTHING"));
    if (Result<void> done = insert.exec({pairing.id, pairing.vaultId, pairing.codeHash, blobValue(pairing.sealedKeys),
            pairing.createdByDeviceId, pairing.createdAtMs, pairing.expiresAtMs,
            pairing.proofHash.isEmpty() ? QVariant() : blobValue(pairing.proofHash)});
        !done) {
        return done;
    }
    if (insert.query().numRowsAffected() != 1) {
        return Error(Error::Code::Conflict,
            QStringLiteral("This pairing code is already waiting to be used; ask the new device for a new code"));
    }
    return transaction.commit();
}

Result<PairingRecord> SqlRelayStore::claimPairing(
    const QByteArray& codeHash, const QByteArray& proofHash, const DeviceRecord& newDevice, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // DELETE … RETURNING claims the offer atomically: of two racing claims, one gets the row.
    Statement claim(*db,
        QStringLiteral("DELETE FROM pairing WHERE code_hash = ? RETURNING id, vault_id, sealed_keys, created_by, "
                       "created_at, expires_at, proof_hash"));
    if (Result<void> done = claim.exec({codeHash}); !done) {
        return done.error();
    }
    const Error unknown(Error::Code::NotFound,
        QStringLiteral("This pairing code is unknown, used or expired; start pairing again on the new device"));
    if (!claim.query().next()) {
        return unknown;
    }
    const QSqlQuery& row = claim.query();
    PairingRecord pairing {row.value(0).toString(), row.value(1).toString(), codeHash, row.value(2).toByteArray(),
        row.value(3).toString(), row.value(4).toLongLong(), row.value(5).toLongLong(), row.value(6).toByteArray()};
    claim.query().finish();
    if (pairing.expiresAtMs > nowMs && !constantTimeEqual(pairing.proofHash, proofHash)) {
        // Spent: one wrong guess at the rest of the code ends the offer.
        if (Result<void> committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return Error(Error::Code::PermissionDenied,
            QStringLiteral("This code does not match the one the other device shows; make a new code there"));
    }
    Statement creator(*db, QStringLiteral("SELECT revoked_at FROM device WHERE id = ? AND vault_id = ?"));
    if (Result<void> done = creator.exec({pairing.createdByDeviceId, pairing.vaultId}); !done) {
        return done.error();
    }
    const bool creatorActive = creator.query().next() && creator.query().value(0).toLongLong() == 0;
    creator.query().finish();
    if (pairing.expiresAtMs <= nowMs || !creatorActive) {
        // Keep the deletion: an expired or orphaned offer is gone either way.
        if (Result<void> committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return unknown;
    }
    // The next place in the vault; taking it locks the vault row until COMMIT, so two devices joining
    // at once get different places.
    Statement place(
        *db, QStringLiteral("UPDATE vault SET device_count = device_count + 1 WHERE id = ? RETURNING device_count"));
    if (Result<void> done = place.exec({pairing.vaultId}); !done) {
        return done.error();
    }
    if (!place.query().next()) {
        return unknown;
    }
    DeviceRecord device = newDevice;
    device.vaultId = pairing.vaultId;
    device.ordinal = place.query().value(0).toLongLong() - 1;
    place.query().finish();
    if (Result<void> done = insertDevice(*db, device); !done) {
        return done.error();
    }
    pairing.claimedOrdinal = device.ordinal;
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return pairing;
}

Result<AppendedBatch> SqlRelayStore::appendBatch(const QString& vaultId, const BatchRecord& batch)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Taking the next seq locks the vault row until COMMIT: pushes to one vault are serialised, so
    // seq order is commit order (SYNC.md "the ordering guarantee").
    Statement next(*db, QStringLiteral("UPDATE vault SET head_seq = head_seq + 1 WHERE id = ? RETURNING head_seq"));
    if (Result<void> done = next.exec({vaultId}); !done) {
        return done.error();
    }
    if (!next.query().next()) {
        return vaultNotFound(vaultId);
    }
    const qint64 seq = next.query().value(0).toLongLong();
    next.query().finish();
    Statement existing(*db, QStringLiteral("SELECT seq FROM batch WHERE vault_id = ? AND batch_id = ?"));
    if (Result<void> done = existing.exec({vaultId, batch.batchId}); !done) {
        return done.error();
    }
    if (existing.query().next()) {
        // A retried push: answer with the stored seq; the rollback gives the new seq back.
        return AppendedBatch {existing.query().value(0).toLongLong(), seq - 1, true};
    }
    existing.query().finish();
    if (Result<void> done = execute(*db,
            QStringLiteral("INSERT INTO batch (vault_id, seq, batch_id, device_id, key_id, hlc_max, received_at, "
                           "blob) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {vaultId, seq, batch.batchId, batch.deviceId, batch.keyId, batch.hlcMax, batch.receivedAtMs,
                blobValue(batch.blob)});
        !done) {
        return done.error();
    }
    if (m_dialect == SqlDialect::Postgresql) {
        // Delivered at COMMIT to every instance listening, which wakes its long-polls on this vault.
        if (Result<void> done = execute(*db, QStringLiteral("SELECT pg_notify('vault_changed', ?)"),
                {QVariant(vaultId + u':' + QString::number(seq))});
            !done) {
            return done.error();
        }
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return AppendedBatch {seq, seq, false};
}

Result<PulledBatches> SqlRelayStore::pullBatches(const QString& vaultId, qint64 afterSeq, int limit)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    PulledBatches pulled;
    Statement select(*db,
        QStringLiteral("SELECT seq, batch_id, device_id, key_id, hlc_max, received_at, blob FROM batch "
                       "WHERE vault_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    if (Result<void> done = select.exec({vaultId, afterSeq, limit}); !done) {
        return done.error();
    }
    qint64 bytes = 0;
    while (select.query().next()) {
        const QSqlQuery& row = select.query();
        BatchRecord batch {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
            row.value(3).toInt(), row.value(4).toLongLong(), row.value(5).toLongLong(), row.value(6).toByteArray()};
        bytes += batch.blob.size();
        if (!pulled.batches.isEmpty() && bytes > kMaxPullBytes) {
            break;
        }
        pulled.batches << std::move(batch);
    }
    select.query().finish();
    // Read after the batches, so head_seq is never below the last batch returned.
    Result<VaultRecord> vaultRow = vault(vaultId);
    if (!vaultRow) {
        return vaultRow.error();
    }
    pulled.headSeq = vaultRow->headSeq;
    return pulled;
}

Result<void> SqlRelayStore::setPulledSeq(const QString& deviceId, qint64 pulledSeq)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db, QStringLiteral("UPDATE device SET pulled_seq = ? WHERE id = ? AND pulled_seq < ?"),
        {pulledSeq, deviceId, pulledSeq});
}

Result<bool> SqlRelayStore::recordInboundEvent(const InboundEventRecord& event)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement insert(*db,
        QStringLiteral("INSERT INTO inbound_event (provider, event_id, vault_id, payload, payload_sha256, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (provider, event_id) DO NOTHING"));
    if (Result<void> done = insert.exec({event.provider, event.eventId, nullableText(event.vaultId),
            blobValue(event.payload), event.payloadSha256, event.receivedAtMs});
        !done) {
        return done.error();
    }
    return insert.query().numRowsAffected() == 1;
}

Result<QList<InboundEventRecord>> SqlRelayStore::unprocessedInboundEvents(int limit)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(
        *db, u"SELECT " + kEventColumns + u" FROM inbound_event WHERE processed_at = 0 ORDER BY received_at LIMIT ?");
    if (Result<void> done = select.exec({limit}); !done) {
        return done.error();
    }
    QList<InboundEventRecord> events;
    while (select.query().next()) {
        events << eventFrom(select.query());
    }
    return events;
}

Result<void> SqlRelayStore::finishInboundEvent(
    const QString& provider, const QString& eventId, const QString& vaultId, const QString& outcome, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db,
        QStringLiteral("UPDATE inbound_event SET processed_at = ?, vault_id = ?, outcome = ?, payload = NULL "
                       "WHERE provider = ? AND event_id = ?"),
        {nowMs, nullableText(vaultId), outcome, provider, eventId});
}

Result<std::optional<InboundEventRecord>> SqlRelayStore::inboundEvent(const QString& provider, const QString& eventId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, u"SELECT " + kEventColumns + u" FROM inbound_event WHERE provider = ? AND event_id = ?");
    if (Result<void> done = select.exec({provider, eventId}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<InboundEventRecord>();
    }
    return std::optional<InboundEventRecord>(eventFrom(select.query()));
}

Result<SubmittedCommand> SqlRelayStore::submitCommand(const CommandRecord& command)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement insert(*db,
        QStringLiteral("INSERT INTO command (id, vault_id, device_id, type, params, params_sha256, state, "
                       "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO NOTHING"));
    if (Result<void> done = insert.exec({command.id, command.vaultId, command.deviceId, command.type,
            blobValue(command.params), command.paramsSha256, command.state, command.nextAttemptAtMs,
            command.createdAtMs, command.updatedAtMs});
        !done) {
        return done.error();
    }
    const bool inserted = insert.query().numRowsAffected() == 1;
    insert.query().finish();
    Statement select(*db, u"SELECT " + kCommandColumns + u" FROM command WHERE id = ?");
    if (Result<void> done = select.exec({command.id}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return Error(Error::Code::Internal, QStringLiteral("A stored command vanished"), command.id);
    }
    return SubmittedCommand {commandFrom(select.query()), inserted};
}

Result<std::optional<CommandRecord>> SqlRelayStore::command(const QString& vaultId, const QString& commandId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    // Without a vault id (webhooks, which name the command themselves) any vault's command is found.
    Statement select(*db,
        u"SELECT " + kCommandColumns + u" FROM command WHERE id = ?"
            + (vaultId.isEmpty() ? QString() : u" AND vault_id = ?"_qs));
    if (Result<void> done =
            select.exec(vaultId.isEmpty() ? QVariantList {commandId} : QVariantList {commandId, vaultId});
        !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<CommandRecord>();
    }
    return std::optional<CommandRecord>(commandFrom(select.query()));
}

Result<std::optional<CommandRecord>> SqlRelayStore::commandByProviderRef(const QString& providerRef)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, u"SELECT " + kCommandColumns + u" FROM command WHERE provider_ref = ?");
    if (Result<void> done = select.exec({providerRef}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<CommandRecord>();
    }
    return std::optional<CommandRecord>(commandFrom(select.query()));
}

Result<QList<CommandRecord>> SqlRelayStore::claimDueCommands(const QString& typePrefix, const QStringList& states,
    const QString& claimedState, qint64 nowMs, qint64 leaseMs, int limit)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    QStringList marks;
    QVariantList values {claimedState, nowMs + leaseMs, nowMs};
    for (const QString& state : states) {
        marks << QStringLiteral("?");
        values << state;
    }
    values << QVariant(typePrefix + u'%') << nowMs << limit;
    // One statement claims and leases; with SKIP LOCKED two instances never claim the same row.
    const QString lock = m_dialect == SqlDialect::Postgresql ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    Statement claim(*db,
        u"UPDATE command SET state = ?, attempts = attempts + 1, next_attempt_at = ?, updated_at = ? WHERE id IN "
        u"(SELECT id FROM command WHERE state IN ("
            + marks.join(u", ") + u") AND type LIKE ? AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?" + lock
            + u") RETURNING " + kCommandColumns);
    if (Result<void> done = claim.exec(values); !done) {
        return done.error();
    }
    QList<CommandRecord> claimed;
    while (claim.query().next()) {
        claimed << commandFrom(claim.query());
    }
    return claimed;
}

Result<void> SqlRelayStore::updateCommand(const CommandRecord& command, bool final)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db,
        u"UPDATE command SET state = ?, provider_ref = ?, result = ?, error_code = ?, error_message = ?, "
        u"next_attempt_at = ?, updated_at = ?"
            + (final ? u", params = NULL"_qs : QString()) + u" WHERE id = ?",
        {command.state, nullableText(command.providerRef), nullableBlob(command.result),
            nullableText(command.errorCode), nullableText(command.errorMessage), command.nextAttemptAtMs,
            command.updatedAtMs, command.id});
}

Result<std::optional<QString>> SqlRelayStore::stripeAccount(const QString& vaultId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, QStringLiteral("SELECT account_id FROM stripe_account WHERE vault_id = ?"));
    if (Result<void> done = select.exec({vaultId}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(select.query().value(0).toString());
}

Result<QStringList> SqlRelayStore::stripeAccounts()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, QStringLiteral("SELECT account_id FROM stripe_account ORDER BY account_id"));
    if (Result<void> done = select.exec(); !done) {
        return done.error();
    }
    QStringList accounts;
    while (select.query().next()) {
        accounts << select.query().value(0).toString();
    }
    return accounts;
}

Result<void> SqlRelayStore::setStripeAccount(const QString& vaultId, const QString& accountId, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db,
        QStringLiteral("INSERT INTO stripe_account (vault_id, account_id, created_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (vault_id) DO UPDATE SET account_id = excluded.account_id"),
        {vaultId, accountId, nowMs});
}

Result<void> SqlRelayStore::notePaymentVault(const QString& paymentIntent, const QString& vaultId, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db,
        QStringLiteral("INSERT INTO stripe_payment (payment_intent, vault_id, created_at) SELECT CAST(? AS TEXT), id, "
                       "CAST(? AS BIGINT) FROM vault WHERE id = ? ON CONFLICT (payment_intent) DO NOTHING"),
        {paymentIntent, nowMs, vaultId});
}

Result<std::optional<QString>> SqlRelayStore::vaultForPayment(const QString& paymentIntent)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, QStringLiteral("SELECT vault_id FROM stripe_payment WHERE payment_intent = ?"));
    if (Result<void> done = select.exec({paymentIntent}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(select.query().value(0).toString());
}

Result<void> SqlRelayStore::setSmsOptOut(
    const QString& vaultId, const QString& phone, bool optedOut, const QString& keyword, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    // Keywords can arrive out of order; the latest change wins.
    return execute(*db,
        QStringLiteral(
            "INSERT INTO sms_opt_out (vault_id, phone, keyword, changed_at, opted_out) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (vault_id, phone) DO UPDATE SET keyword = excluded.keyword, changed_at = "
            "excluded.changed_at, opted_out = excluded.opted_out WHERE sms_opt_out.changed_at <= "
            "excluded.changed_at"),
        {vaultId, phone, keyword, nowMs, optedOut ? 1 : 0});
}

Result<bool> SqlRelayStore::isSmsOptedOut(const QString& vaultId, const QString& phone)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, QStringLiteral("SELECT opted_out FROM sms_opt_out WHERE vault_id = ? AND phone = ?"));
    if (Result<void> done = select.exec({vaultId, phone}); !done) {
        return done.error();
    }
    return select.query().next() && select.query().value(0).toInt() != 0;
}

Result<void> SqlRelayStore::noteSmsContact(const QString& vaultId, const QString& phone, qint64 nowMs)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db,
        QStringLiteral("INSERT INTO sms_contact (phone, vault_id, last_sent_at) VALUES (?, ?, ?) ON CONFLICT (phone, "
                       "vault_id) DO UPDATE SET last_sent_at = excluded.last_sent_at"),
        {phone, vaultId, nowMs});
}

Result<std::optional<QString>> SqlRelayStore::vaultForSmsReply(const QString& phone)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(
        *db, QStringLiteral("SELECT vault_id FROM sms_contact WHERE phone = ? ORDER BY last_sent_at DESC LIMIT 1"));
    if (Result<void> done = select.exec({phone}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(select.query().value(0).toString());
}

Result<void> SqlRelayStore::inTransaction(const std::function<Result<void>()>& work)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    if (Result<void> done = work(); !done) {
        return done;
    }
    return transaction.commit();
}

Result<void> SqlRelayStore::putFeed(const FeedRecord& feed)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db, m_dialect);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    Statement upsert(*db,
        QStringLiteral("INSERT INTO calendar_feed (id, vault_id, sealed, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at "
                       "WHERE calendar_feed.vault_id = excluded.vault_id"));
    if (Result<void> done = upsert.exec({feed.id, feed.vaultId, blobValue(feed.sealed), feed.updatedAtMs}); !done) {
        return done;
    }
    if (upsert.query().numRowsAffected() != 1) {
        return Error(Error::Code::Conflict, QStringLiteral("This feed id belongs to another vault"));
    }
    // One feed per vault: the address before a reset stops working with the first upload after it,
    // whichever device makes it and whenever.
    if (Result<void> older = execute(
            *db, QStringLiteral("DELETE FROM calendar_feed WHERE vault_id = ? AND id <> ?"), {feed.vaultId, feed.id});
        !older) {
        return older;
    }
    return transaction.commit();
}

Result<std::optional<FeedRecord>> SqlRelayStore::feed(const QString& feedId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Statement select(*db, QStringLiteral("SELECT vault_id, sealed, updated_at FROM calendar_feed WHERE id = ?"));
    if (Result<void> done = select.exec({feedId}); !done) {
        return done.error();
    }
    if (!select.query().next()) {
        return std::optional<FeedRecord>();
    }
    return std::optional(FeedRecord {feedId, select.query().value(0).toString(), select.query().value(1).toByteArray(),
        select.query().value(2).toLongLong()});
}

Result<void> SqlRelayStore::deleteFeeds(const QString& vaultId)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return execute(*db, QStringLiteral("DELETE FROM calendar_feed WHERE vault_id = ?"), {vaultId});
}

} // namespace clientele::relay
