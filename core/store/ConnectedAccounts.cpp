#include "core/store/ConnectedAccounts.h"

#include "core/ports/Clock.h"
#include "core/store/CalendarSyncRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

QDateTime fromMs(const SqlStatement& row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

Result<QList<ConnectedAccount>> readAll(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows = db.prepare(
        QStringLiteral("SELECT id, provider, account, keychain_purpose, connected_at, last_sync_at, last_error "
                       "FROM connected_account ORDER BY provider, account"));
    if (!rows) {
        return rows.error();
    }
    QList<ConnectedAccount> found;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        const SqlStatement& r = rows.value();
        found.append(
            {QUuid::fromRfc4122(r.blob(0)), r.text(1), r.text(2), r.text(3), fromMs(r, 4), fromMs(r, 5), r.text(6)});
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return found;
}

} // namespace

ConnectedAccounts::ConnectedAccounts(Store& store)
    : m_store(store)
{
}

QFuture<Result<QList<ConnectedAccount>>> ConnectedAccounts::list()
{
    return m_store.run([](StoreSession& session) { return readAll(session.db()); });
}

QFuture<Result<ConnectedAccount>> ConnectedAccounts::save(const ConnectedAccount& account)
{
    return m_store.run([account](StoreSession& session) -> Result<ConnectedAccount> {
        // A reconnect of the same account keeps its id (and so, later, its calendars). SQLite 3.15
        // (SQLCipher 3.4) has no UPSERT; jobs run one at a time, so look first.
        Result<QList<ConnectedAccount>> existing = readAll(session.db());
        if (!existing) {
            return existing.error();
        }
        bool known = false;
        for (const ConnectedAccount& stored : existing.value()) {
            known = known || (stored.providerId == account.providerId && stored.account == account.account);
        }
        Result<SqlStatement> write = session.db().prepare(known
                ? QStringLiteral(
                    "UPDATE connected_account SET keychain_purpose = ?4, connected_at = ?5, last_error = NULL "
                    "WHERE provider = ?2 AND account = ?3 AND ?1 IS NOT NULL")
                : QStringLiteral(
                    "INSERT INTO connected_account (id, provider, account, keychain_purpose, connected_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!write) {
            return write.error();
        }
        write.value()
            .bindBlob(1, account.id.toRfc4122())
            .bind(2, account.providerId)
            .bind(3, account.account)
            .bind(4, account.keychainPurpose)
            .bind(5, account.connectedAtUtc.toMSecsSinceEpoch());
        if (Result<void> ran = write.value().run(); !ran) {
            return ran.error();
        }
        Result<QList<ConnectedAccount>> all = readAll(session.db());
        if (!all) {
            return all.error();
        }
        for (const ConnectedAccount& stored : all.value()) {
            if (stored.providerId == account.providerId && stored.account == account.account) {
                return stored;
            }
        }
        return Error(Error::Code::Internal, QStringLiteral("connected account vanished after saving"));
    });
}

QFuture<Result<void>> ConnectedAccounts::remove(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) -> Result<void> {
        return inTransaction(session, [&](WriteScope& scope) -> Result<void> {
            Result<SqlStatement> found =
                scope.db().prepare(QStringLiteral("SELECT provider, account FROM connected_account WHERE id = ?1"));
            if (!found) {
                return found.error();
            }
            found.value().bindBlob(1, id.toRfc4122());
            const Result<bool> exists = found.value().step();
            if (!exists) {
                return exists.error();
            }
            if (!exists.value()) {
                return {};
            }
            const QString provider = found.value().text(0);
            const QString account = found.value().text(1);
            Result<SqlStatement> removal =
                scope.db().prepare(QStringLiteral("DELETE FROM connected_account WHERE id = ?1"));
            if (!removal) {
                return removal.error();
            }
            if (Result<void> removed = removal.value().bindBlob(1, id.toRfc4122()).run(); !removed) {
                return removed;
            }
            Result<int> forgotten = CalendarSyncRows::forgetAccount(scope, provider, account, session.clock().nowUtc());
            if (!forgotten) {
                return forgotten.error();
            }
            return {};
        });
    });
}

QFuture<Result<void>> ConnectedAccounts::recordSync(const QUuid& id, const QDateTime& atUtc, const QString& error)
{
    return m_store.run([id, atUtc, error](StoreSession& session) -> Result<void> {
        Result<SqlStatement> update = session.db().prepare(QStringLiteral(
            "UPDATE connected_account SET last_sync_at = CASE WHEN ?3 IS NULL THEN ?2 ELSE last_sync_at END, "
            "last_error = ?3 WHERE id = ?1"));
        if (!update) {
            return update.error();
        }
        update.value().bindBlob(1, id.toRfc4122()).bind(2, atUtc.toMSecsSinceEpoch());
        if (error.isEmpty()) {
            update.value().bindNull(3);
        } else {
            update.value().bind(3, error);
        }
        return update.value().run();
    });
}

} // namespace clientele
