#include "core/store/SqlTransaction.h"

#include <utility>

#include "core/Logging.h"
#include "core/store/SqlCipherDatabase.h"

namespace clientele {

SqlTransaction::SqlTransaction(SqlCipherDatabase* db)
    : m_db(db)
{
}

Result<SqlTransaction> SqlTransaction::begin(SqlCipherDatabase& db)
{
    Result<void> begun = db.execute(QStringLiteral("BEGIN IMMEDIATE;"));
    if (!begun) {
        return begun.error();
    }
    return SqlTransaction(&db);
}

SqlTransaction::~SqlTransaction()
{
    if (m_db && m_db->inTransaction()) {
        Result<void> rolledBack = m_db->execute(QStringLiteral("ROLLBACK;"));
        if (!rolledBack) {
            qCWarning(lcStorage) << "Rollback failed:" << rolledBack.error().detail();
        }
    }
}

SqlTransaction::SqlTransaction(SqlTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Result<void> SqlTransaction::commit()
{
    Q_ASSERT(m_db);
    Result<void> committed = m_db->execute(QStringLiteral("COMMIT;"));
    if (committed) {
        m_db = nullptr;
    }
    return committed;
}

} // namespace clientele
