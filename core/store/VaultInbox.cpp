#include "core/store/VaultInbox.h"

#include <QCoreApplication>
#include <utility>

#include "core/Failpoint.h"
#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlError.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

const QString kOutcomeApplied = QStringLiteral("applied");
const QString kOutcomeIgnored = QStringLiteral("ignored");
const QString kOutcomeRefused = QStringLiteral("refused");
const QString kOutcomeUnreadable = QStringLiteral("unreadable");

Result<bool> seenBefore(SqlCipherDatabase& db, const QString& batchId)
{
    Result<SqlStatement> query = db.prepare(QStringLiteral("SELECT 1 FROM inbox_event WHERE batch_id = ?1"));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, batchId);
    return query.value().step();
}

Result<void> remember(SqlCipherDatabase& db, const QString& vaultId, const VaultEvent& event, const QString& outcome,
    const QString& note, qint64 nowMs)
{
    Result<SqlStatement> insert = db.prepare(
        QStringLiteral("INSERT INTO inbox_event (batch_id, vault_id, seq, provider, type, outcome, note, applied_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert) {
        return insert.error();
    }
    insert.value()
        .bind(1, event.batchId)
        .bind(2, vaultId)
        .bind(3, event.seq)
        .bind(4, event.body.value(QStringLiteral("provider")).toString())
        .bind(5, event.body.value(QStringLiteral("type")).toString())
        .bind(6, outcome)
        .bind(7, note)
        .bind(8, nowMs);
    return insert.value().run();
}

// Applies one event within a savepoint. An event that fails in a way retrying will not mend (a
// damaged record, a bug) is undone and refused with the reason, so it does not hold up every event
// after it; a failure of the store fails the page, which is read again.
Result<InboxOutcome> applyOne(WriteScope& scope, const VaultEvent& event)
{
    SqlCipherDatabase& db = scope.db();
    if (Result<void> opened = db.execute(QStringLiteral("SAVEPOINT inbox_event")); !opened) {
        return opened.error();
    }
    Result<InboxOutcome> outcome = InboxEvents::apply(scope, event.body);
    if (!outcome && isPassingTrouble(outcome.error())) {
        return outcome; // the caller rolls the whole page back
    }
    if (!outcome) {
        if (Result<void> undone = db.execute(QStringLiteral("ROLLBACK TO inbox_event")); !undone) {
            return undone.error();
        }
        qCWarning(lcStorage).noquote() << "Inbox event" << event.seq
                                       << "could not be applied:" << outcome.error().detail();
        outcome = InboxOutcome {InboxOutcome::Kind::Refused,
            QCoreApplication::translate("VaultInbox",
                "Something that came in through the relay could not be "
                "applied: %1")
                .arg(outcome.error().userMessage()),
            InboxChange::None};
    }
    if (Result<void> released = db.execute(QStringLiteral("RELEASE inbox_event")); !released) {
        return released.error();
    }
    return outcome;
}

Result<void> moveCursor(SqlCipherDatabase& db, const QString& vaultId, qint64 seq, qint64 nowMs)
{
    Result<SqlStatement> write = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO vault_inbox (vault_id, seq, updated_at) VALUES (?1, ?2, ?3)"));
    if (!write) {
        return write.error();
    }
    write.value().bind(1, vaultId).bind(2, seq).bind(3, nowMs);
    return write.value().run();
}

Result<void> take(WriteScope& scope, const QString& vaultId, const VaultEvent& event, VaultInbox::Applied& applied)
{
    const qint64 nowMs = scope.clock().nowUtc().toMSecsSinceEpoch();
    Result<bool> seen = seenBefore(scope.db(), event.batchId);
    if (!seen) {
        return seen.error();
    }
    if (seen.value()) {
        ++applied.ignored;
        return {};
    }
    if (event.unreadable) {
        // Sealed to a key this device does not have: nothing to apply, and asking again will not help.
        qCWarning(lcStorage).noquote() << "Inbox event" << event.seq << "could not be opened with the vault key";
        ++applied.unreadable;
        return remember(scope.db(), vaultId, event, kOutcomeUnreadable,
            QCoreApplication::translate("VaultInbox",
                "Something came in through the relay that this computer's key cannot open. If the practice's "
                "keys were renewed on another computer, connect this one to the relay again."),
            nowMs);
    }
    Result<InboxOutcome> outcome = applyOne(scope, event);
    if (!outcome) {
        return outcome.error();
    }
    QString recorded = kOutcomeIgnored;
    // An event refused or ignored may still have moved something on (a link marked paid, a request
    // marked failed): the views showing it refresh either way.
    applied.changes |= outcome->changes;
    switch (outcome->kind) {
    case InboxOutcome::Kind::Applied:
        ++applied.applied;
        recorded = kOutcomeApplied;
        break;
    case InboxOutcome::Kind::Ignored:
        ++applied.ignored;
        break;
    case InboxOutcome::Kind::Refused:
        ++applied.refused;
        recorded = kOutcomeRefused;
        break;
    }
    // The seq and the event's type only: its content may name a client.
    qCInfo(lcStorage).noquote() << "Inbox event" << event.seq << event.body.value(QStringLiteral("type")).toString()
                                << recorded;
    return remember(scope.db(), vaultId, event, recorded, outcome->note, nowMs);
}

} // namespace

VaultInbox::VaultInbox(Store& store, QString vaultId)
    : m_store(store)
    , m_vaultId(std::move(vaultId))
{
}

QFuture<Result<qint64>> VaultInbox::cursor()
{
    return m_store.run([vaultId = m_vaultId](StoreSession& session) -> Result<qint64> {
        Result<SqlStatement> query =
            session.db().prepare(QStringLiteral("SELECT seq FROM vault_inbox WHERE vault_id = ?1"));
        if (!query) {
            return query.error();
        }
        query.value().bind(1, vaultId);
        Result<bool> found = query.value().step();
        if (!found) {
            return found.error();
        }
        return found.value() ? query.value().int64(0) : qint64 {0};
    });
}

QFuture<Result<VaultInbox::Applied>> VaultInbox::apply(const VaultEventPage& page)
{
    return m_store.run([vaultId = m_vaultId, page](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) -> Result<Applied> {
            Applied applied;
            for (const VaultEvent& event : page.events) {
                if (Result<void> taken = take(scope, vaultId, event, applied); !taken) {
                    return taken.error();
                }
            }
            // Fault tests stop the desktop here: nothing of the page is kept, and the next start
            // applies it once.
            failpoint("desktop.inbox.before_commit");
            if (Result<void> moved =
                    moveCursor(scope.db(), vaultId, page.lastSeq, scope.clock().nowUtc().toMSecsSinceEpoch());
                !moved) {
                return moved.error();
            }
            applied.cursor = page.lastSeq;
            applied.headSeq = page.headSeq;
            return applied;
        });
    });
}

QFuture<Result<QList<VaultInbox::Refusal>>> VaultInbox::refusals(const QDateTime& since)
{
    const qint64 sinceMs = since.toMSecsSinceEpoch();
    return m_store.run([vaultId = m_vaultId, sinceMs](StoreSession& session) -> Result<QList<Refusal>> {
        Result<SqlStatement> query = session.db().prepare(QStringLiteral(
            "SELECT note, applied_at FROM inbox_event WHERE vault_id = ?1 AND outcome IN ('refused', 'unreadable') "
            "AND applied_at >= ?2 ORDER BY applied_at DESC, seq DESC LIMIT 50"));
        if (!query) {
            return query.error();
        }
        query.value().bind(1, vaultId).bind(2, sinceMs);
        QList<Refusal> refusals;
        for (;;) {
            Result<bool> row = query.value().step();
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                return refusals;
            }
            refusals.append({query.value().text(0), QDateTime::fromMSecsSinceEpoch(query.value().int64(1), Qt::UTC)});
        }
    });
}

} // namespace clientele
