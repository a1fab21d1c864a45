#include "core/store/RelayLinks.h"

#include "core/store/InvoiceSeries.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/SqlTransaction.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"

namespace clientele {

RelayLinks::RelayLinks(Store& store)
    : m_store(store)
{
}

QFuture<Result<std::optional<RelayLink>>> RelayLinks::current()
{
    return m_store.run([](StoreSession& session) -> Result<std::optional<RelayLink>> {
        Result<SqlStatement> row = session.db().prepare(QStringLiteral(
            "SELECT url, vault_id, device_id, device_name, connected_at, ordinal FROM relay_link WHERE id = 1"));
        if (!row) {
            return row.error();
        }
        Result<bool> found = row.value().step();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return std::optional<RelayLink>();
        }
        const SqlStatement& r = row.value();
        return std::optional(RelayLink {QUrl(r.text(0)), r.text(1), r.text(2), r.text(3),
            QDateTime::fromMSecsSinceEpoch(r.int64(4), Qt::UTC), r.isNull(5) ? -1 : static_cast<int>(r.int64(5))});
    });
}

QFuture<Result<void>> RelayLinks::save(const RelayLink& link)
{
    return m_store.run([link](StoreSession& session) -> Result<void> {
        Result<SqlTransaction> transaction = SqlTransaction::begin(session.db());
        if (!transaction) {
            return transaction.error();
        }
        // One connection per device: a new one replaces the old (SQLite 3.15 has no UPSERT).
        Result<SqlStatement> write = session.db().prepare(
            QStringLiteral("INSERT OR REPLACE INTO relay_link (id, url, vault_id, device_id, device_name, "
                           "connected_at, ordinal) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)"));
        if (!write) {
            return write.error();
        }
        write.value()
            .bind(1, link.url.toString())
            .bind(2, link.vaultId)
            .bind(3, link.deviceId)
            .bind(4, link.deviceName)
            .bind(5, link.connectedAtUtc.toMSecsSinceEpoch());
        if (link.ordinal >= 0) {
            write.value().bind(6, qint64(link.ordinal));
        }
        if (Result<void> done = write.value().run(); !done) {
            return done;
        }
        if (Result<void> adopted = InvoiceSeries::adopt(session.db(), link.ordinal); !adopted) {
            return adopted;
        }
        return transaction.value().commit();
    });
}

QFuture<Result<void>> RelayLinks::forget()
{
    return m_store.run([](StoreSession& session) -> Result<void> {
        Result<SqlStatement> remove = session.db().prepare(QStringLiteral("DELETE FROM relay_link"));
        if (!remove) {
            return remove.error();
        }
        return remove.value().run();
    });
}

} // namespace clientele
