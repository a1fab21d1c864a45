#include "core/store/ChangeBatches.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <utility>

#include "core/Failpoint.h"
#include "core/Logging.h"
#include "core/ports/BatchSealer.h"
#include "core/ports/Clock.h"
#include "core/store/ChangeApplier.h"
#include "core/store/SearchIndex.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

constexpr int kFormat = 1;
constexpr qsizetype kChangeOverhead = 64; // ids, names and stamp of one change, roughly

struct Cursor
{
    qint64 sealedUpto = 0;
    qint64 pulledSeq = 0;
};

Result<Cursor> readCursor(SqlCipherDatabase& db, const QString& vaultId)
{
    Result<SqlStatement> query =
        db.prepare(QStringLiteral("SELECT sealed_upto, pulled_seq FROM sync_cursor WHERE vault_id = ?1"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, vaultId);
    Result<bool> found = query.value().step();
    if (!found) {
        return found.error();
    }
    Cursor cursor;
    if (found.value()) {
        cursor = {query.value().int64(0), query.value().int64(1)};
    }
    return cursor;
}

Result<void> writeCursor(WriteScope& scope, const QString& vaultId, const Cursor& cursor)
{
    Result<SqlStatement> write = scope.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_cursor (vault_id, sealed_upto, pulled_seq, updated_at) VALUES (?1, ?2, ?3, ?4)"));
    if (!write) {
        return write.error();
    }
    write.value()
        .bind(1, vaultId)
        .bind(2, cursor.sealedUpto)
        .bind(3, cursor.pulledSeq)
        .bind(4, scope.clock().nowUtc().toMSecsSinceEpoch());
    return write.value().run();
}

Result<std::optional<ChangeBatches::Outgoing>> oldestUnacknowledged(SqlCipherDatabase& db, const QString& vaultId)
{
    Result<SqlStatement> query =
        db.prepare(QStringLiteral("SELECT batch_id, ciphertext, hlc_max, last_seq - first_seq + 1 FROM push_batch "
                                  "WHERE vault_id = ?1 AND state = 'sealed' ORDER BY first_seq LIMIT 1"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, vaultId);
    Result<bool> found = query.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<ChangeBatches::Outgoing>();
    }
    return std::optional<ChangeBatches::Outgoing>(ChangeBatches::Outgoing {query.value().text(0), query.value().blob(1),
        query.value().int64(2), static_cast<int>(query.value().int64(3))});
}

// Seals the changes after the cursor into a new batch, or nothing when there are none.
Result<std::optional<ChangeBatches::Outgoing>> sealNew(
    WriteScope& scope, const QString& vaultId, const QString& relayDeviceId, const BatchSealer& cipher)
{
    Result<Cursor> cursor = readCursor(scope.db(), vaultId);
    if (!cursor) {
        return cursor.error();
    }
    Result<SqlStatement> query =
        scope.db().prepare(QStringLiteral("SELECT local_seq, tbl, row_id, field, value, hlc FROM change_log "
                                          "WHERE origin = 0 AND local_seq > ?1 ORDER BY local_seq LIMIT ?2"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, cursor->sealedUpto).bind(2, ChangeBatches::kMaxBatchChanges);
    QCborArray changes;
    qsizetype size = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 hlcMax = 0;
    while (size < ChangeBatches::kMaxBatchBytes) {
        Result<bool> row = query.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        const SqlStatement& change = query.value();
        lastSeq = change.int64(0);
        firstSeq = firstSeq == 0 ? lastSeq : firstSeq;
        const QByteArray value = change.blob(4);
        changes.append(QCborArray {change.text(1), change.blob(2), change.text(3), value, change.int64(5)});
        hlcMax = std::max(hlcMax, change.int64(5));
        size += value.size() + kChangeOverhead;
    }
    if (changes.isEmpty()) {
        return std::optional<ChangeBatches::Outgoing>();
    }
    const QCborMap batch {{QStringLiteral("v"), kFormat}, {QStringLiteral("device"), scope.changes().deviceId()},
        {QStringLiteral("changes"), changes}};
    ChangeBatches::Outgoing outgoing {
        sync::UuidV7::create().toString(QUuid::WithoutBraces), {}, hlcMax, static_cast<int>(changes.size())};
    outgoing.sealed = cipher.seal(vaultId, relayDeviceId, outgoing.batchId, qCompress(QCborValue(batch).toCbor()));
    Result<SqlStatement> insert = scope.db().prepare(
        QStringLiteral("INSERT INTO push_batch (batch_id, first_seq, last_seq, ciphertext, hlc_max, state, vault_id) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, 'sealed', ?6)"));
    if (!insert) {
        return insert.error();
    }
    insert.value()
        .bind(1, outgoing.batchId)
        .bind(2, firstSeq)
        .bind(3, lastSeq)
        .bindBlob(4, outgoing.sealed)
        .bind(5, hlcMax)
        .bind(6, vaultId);
    if (Result<void> kept = insert.value().run(); !kept) {
        return kept.error();
    }
    if (Result<void> moved = writeCursor(scope, vaultId, {lastSeq, cursor->pulledSeq}); !moved) {
        return moved.error();
    }
    return std::optional<ChangeBatches::Outgoing>(outgoing);
}

Result<void> markAcknowledged(SqlCipherDatabase& db, const QString& vaultId, const QString& batchId, qint64 seq)
{
    Result<SqlStatement> update = db.prepare(
        QStringLiteral("UPDATE push_batch SET state = 'acked', relay_seq = ?3 WHERE vault_id = ?1 AND batch_id = ?2"));
    if (!update) {
        return update.error();
    }
    update.value().bind(1, vaultId).bind(2, batchId).bind(3, seq);
    return update.value().run();
}

// The changes of a batch that opened; nothing when its content is not a batch of this format.
std::optional<QList<RemoteChange>> decoded(const QByteArray& plain)
{
    const QCborMap batch = QCborValue::fromCbor(qUncompress(plain)).toMap();
    const QByteArray device = batch.value(QStringLiteral("device")).toByteArray();
    if (batch.value(QStringLiteral("v")).toInteger() != kFormat || device.isEmpty()) {
        return std::nullopt;
    }
    QList<RemoteChange> changes;
    for (const auto& item : batch.value(QStringLiteral("changes")).toArray()) {
        const QCborArray change = item.toArray();
        if (change.size() != 5 || !change.at(0).isString() || !change.at(1).isByteArray() || !change.at(2).isString()
            || !change.at(4).isInteger()) {
            return std::nullopt;
        }
        changes.append({change.at(0).toString(), change.at(1).toByteArray(), change.at(2).toString(),
            change.at(3).toByteArray(), change.at(4).toInteger(), device});
    }
    return changes;
}

// The search documents of what changed: a client's name also titles their bookings and invoices.
Result<void> refreshSearch(SearchIndex& search, const QSet<std::pair<QString, QByteArray>>& rows)
{
    for (const auto& [table, rowId] : rows) {
        const QUuid id = QUuid::fromRfc4122(rowId);
        Result<void> done =
            table == QLatin1String("client") ? search.refreshClientAndDependents(id) : search.refresh(table, id);
        if (!done) {
            return done;
        }
    }
    return {};
}

} // namespace

ChangeBatches::ChangeBatches(
    Store& store, QString vaultId, QString relayDeviceId, std::shared_ptr<const BatchSealer> cipher)
    : m_store(store)
    , m_vaultId(std::move(vaultId))
    , m_relayDeviceId(std::move(relayDeviceId))
    , m_cipher(std::move(cipher))
{
}

QFuture<Result<std::optional<ChangeBatches::Outgoing>>> ChangeBatches::next()
{
    return m_store.run([vaultId = m_vaultId, deviceId = m_relayDeviceId, cipher = m_cipher](
                           StoreSession& session) -> Result<std::optional<Outgoing>> {
        Result<std::optional<Outgoing>> waiting = oldestUnacknowledged(session.db(), vaultId);
        if (!waiting || waiting->has_value()) {
            return waiting;
        }
        return inTransaction(session, [&](WriteScope& scope) { return sealNew(scope, vaultId, deviceId, *cipher); });
    });
}

QFuture<Result<void>> ChangeBatches::acknowledged(const QString& batchId, qint64 seq)
{
    return m_store.run([vaultId = m_vaultId, batchId, seq](
                           StoreSession& session) { return markAcknowledged(session.db(), vaultId, batchId, seq); });
}

QFuture<Result<qint64>> ChangeBatches::unsent()
{
    return m_store.run([vaultId = m_vaultId](StoreSession& session) -> Result<qint64> {
        Result<SqlStatement> query = session.db().prepare(
            QStringLiteral("SELECT COUNT(*) FROM change_log WHERE origin = 0 AND local_seq > COALESCE("
                           "(SELECT MIN(first_seq) - 1 FROM push_batch WHERE vault_id = ?1 AND state = 'sealed'), "
                           "(SELECT sealed_upto FROM sync_cursor WHERE vault_id = ?1), 0)"));
        if (!query) {
            return query.error();
        }
        query.value().bind(1, vaultId);
        Result<bool> row = query.value().step();
        if (!row) {
            return row.error();
        }
        return query.value().int64(0);
    });
}

QFuture<Result<ChangeBatches::Applied>> ChangeBatches::replayPending()
{
    return m_store.run([](StoreSession& session) {
        return inTransaction(session, [](WriteScope& scope) -> Result<Applied> {
            Result<QList<RemoteChange>> written = ChangeApplier(scope.db()).replayPending();
            if (!written) {
                return written.error();
            }
            Applied replayed;
            QSet<std::pair<QString, QByteArray>> touched;
            for (const RemoteChange& change : written.value()) {
                ++replayed.written;
                replayed.tables.insert(change.table);
                touched.insert({change.table, change.rowId});
            }
            if (Result<void> refreshed = refreshSearch(scope.search(), touched); !refreshed) {
                return refreshed.error();
            }
            return replayed;
        });
    });
}

QFuture<Result<qint64>> ChangeBatches::cursor()
{
    return m_store.run([vaultId = m_vaultId](StoreSession& session) -> Result<qint64> {
        Result<Cursor> cursor = readCursor(session.db(), vaultId);
        if (!cursor) {
            return cursor.error();
        }
        return cursor->pulledSeq;
    });
}

QFuture<Result<ChangeBatches::Applied>> ChangeBatches::apply(const RelayBatchPage& page)
{
    return m_store.run([vaultId = m_vaultId, deviceId = m_relayDeviceId, cipher = m_cipher, page](
                           StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Applied> {
            Applied applied;
            applied.cursor = page.lastSeq;
            ChangeApplier applier(scope.db());
            QSet<std::pair<QString, QByteArray>> touched;
            Result<Cursor> cursor = readCursor(scope.db(), vaultId);
            if (!cursor) {
                return cursor.error();
            }
            if (page.lastSeq == 0 && cursor->pulledSeq > 0) {
                applied.relayReset = true;
                qCWarning(lcSync).noquote() << "The relay's log was reset; this device's batches go out again";
                Result<SqlStatement> again = scope.db().prepare(
                    QStringLiteral("UPDATE push_batch SET state = 'sealed', relay_seq = NULL WHERE vault_id = ?1"));
                if (!again) {
                    return again.error();
                }
                again.value().bind(1, vaultId);
                if (Result<void> done = again.value().run(); !done) {
                    return done.error();
                }
            }
            for (const RelayBatch& batch : page.batches) {
                if (batch.deviceId == deviceId) {
                    // This device's own batch: its changes are here already; it only confirms the push.
                    if (Result<void> done = markAcknowledged(scope.db(), vaultId, batch.batchId, batch.seq); !done) {
                        return done.error();
                    }
                    continue;
                }
                ++applied.batches;
                const std::optional<QByteArray> plain =
                    cipher->open(vaultId, batch.deviceId, batch.batchId, batch.sealed);
                if (!plain) {
                    // Not sealed by a device of this practice for this place in the log (damaged, or
                    // forged): no change of the practice is in it, so it is passed over.
                    qCWarning(lcSync).noquote() << "Batch" << batch.seq << "of device" << batch.deviceId
                                                << "does not open with this vault's key; passed over";
                    ++applied.unreadable;
                    continue;
                }
                const std::optional<QList<RemoteChange>> changes = decoded(*plain);
                if (!changes) {
                    // A device of the practice wrote it, in a format this version does not know: reading
                    // on would lose its changes, so the cursor stops before it until an update.
                    qCWarning(lcSync).noquote() << "Batch" << batch.seq << "of device" << batch.deviceId
                                                << "is of a format this version cannot read; waiting for an update";
                    applied.blocked = true;
                    applied.cursor = batch.seq - 1;
                    break;
                }
                qint64 hlcMax = 0;
                for (const RemoteChange& change : *changes) {
                    hlcMax = std::max(hlcMax, change.hlc);
                }
                if (!scope.changes().observe(hlcMax)) {
                    qCWarning(lcSync).noquote()
                        << "Device" << batch.deviceId << "stamps changes more than 10 minutes ahead of this clock";
                }
                for (const RemoteChange& change : *changes) {
                    Result<ChangeApplier::Outcome> outcome = applier.apply(change);
                    if (!outcome) {
                        return outcome.error();
                    }
                    applied.changes += outcome->duplicate ? 0 : 1;
                    applied.setAside += outcome->setAside ? 1 : 0;
                    if (outcome->written) {
                        ++applied.written;
                        applied.tables.insert(change.table);
                        touched.insert({change.table, change.rowId});
                    }
                }
            }
            if (Result<void> refreshed = refreshSearch(scope.search(), touched); !refreshed) {
                return refreshed.error();
            }
            // Fault tests stop the desktop here: nothing of the page is kept, and it is applied again.
            failpoint("desktop.sync.before_commit");
            if (Result<void> moved = writeCursor(scope, vaultId, {cursor->sealedUpto, applied.cursor}); !moved) {
                return moved.error();
            }
            applied.headSeq = page.headSeq;
            return applied;
        });
    });
}

} // namespace clientele
