#include "core/store/JoiningPractice.h"

#include <QCoreApplication>

#include "core/store/SearchIndex.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/TableSpec.h"
#include "core/store/Transactions.h"

namespace clientele {

namespace {

// What counts as the practice's own work: anything but its profile and settings.
constexpr const char* kWorkTables[] = {"client", "booking", "invoice", "service", "contract"};

Result<void> hasNoWork(SqlCipherDatabase& db)
{
    for (const char* table : kWorkTables) {
        Result<qint64> count =
            db.queryInt(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
        if (!count) {
            return count.error();
        }
        if (count.value() > 0) {
            return Error(Error::Code::Conflict,
                QCoreApplication::translate("JoiningPractice",
                    "This practice already has clients, sessions, invoices, services or contracts of its own, so "
                    "it cannot become a copy of another practice. Join from a computer whose practice is new."),
                QStringLiteral("%1 rows in %2").arg(count.value()).arg(QLatin1String(table)));
        }
    }
    return {};
}

} // namespace

namespace JoiningPractice {

QFuture<Result<void>> check(Store& store)
{
    return store.run([](StoreSession& session) { return hasNoWork(session.db()); });
}

QFuture<Result<void>> clear(Store& store)
{
    return store.run([](StoreSession& session) {
        return inTransaction(session, [](WriteScope& scope) -> Result<void> {
            if (Result<void> empty = hasNoWork(scope.db()); !empty) {
                return empty;
            }
            QStringList tables {QStringLiteral("crdt_field"), QStringLiteral("change_log"),
                QStringLiteral("push_batch"), QStringLiteral("sync_cursor"), QStringLiteral("crdt_conflict")};
            for (const TableSpec& table : syncedTables()) {
                tables.append(table.name);
            }
            for (const QString& table : tables) {
                if (Result<void> cleared = scope.db().execute(u"DELETE FROM " + table); !cleared) {
                    return cleared;
                }
            }
            // An invoice series from an earlier practice is not this one's: the place the relay gives
            // decides it (InvoiceSeries).
            if (Result<void> cleared =
                    scope.db().execute(QStringLiteral("DELETE FROM sync_state WHERE k = 'invoice_series'"));
                !cleared) {
                return cleared;
            }
            return scope.search().rebuild();
        });
    });
}

} // namespace JoiningPractice

} // namespace clientele
