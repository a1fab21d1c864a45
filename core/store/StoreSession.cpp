#include "core/store/StoreSession.h"

namespace clientele {

WriteScope::WriteScope(StoreSession& session, SqlTransaction transaction)
    : m_session(&session)
    , m_transaction(std::move(transaction))
    , m_changes(session.db(), session.clock(), session.deviceId(), session.hlc())
{
}

SearchIndex& WriteScope::search()
{
    return m_session->search();
}

const Clock& WriteScope::clock() const
{
    return m_session->clock();
}

SqlCipherDatabase& WriteScope::db()
{
    return m_session->db();
}

Result<void> WriteScope::commit()
{
    const qint64 hlc = m_changes.hlc();
    if (hlc != m_session->m_hlc) {
        Result<SqlStatement*> saveClock =
            m_session->db().cached("INSERT OR REPLACE INTO sync_state (k, v) VALUES ('hlc', ?1)");
        if (!saveClock) {
            return saveClock.error();
        }
        saveClock.value()->bind(1, hlc);
        if (Result<void> saved = saveClock.value()->run(); !saved) {
            return saved;
        }
    }
    if (Result<void> committed = m_transaction.commit(); !committed) {
        return committed;
    }
    m_session->m_hlc = hlc;
    return {};
}

StoreSession::StoreSession(std::unique_ptr<SqlCipherDatabase> db, PracticeFiles files, const Clock& clock,
    QUuid vaultId, QByteArray deviceId, qint64 hlc)
    : m_db(std::move(db))
    , m_files(std::move(files))
    , m_clock(clock)
    , m_search(*m_db)
    , m_vaultId(vaultId)
    , m_deviceId(std::move(deviceId))
    , m_hlc(hlc)
{
}

Result<WriteScope> StoreSession::beginWrite()
{
    Result<SqlTransaction> transaction = SqlTransaction::begin(*m_db);
    if (!transaction) {
        return transaction.error();
    }
    return WriteScope(*this, std::move(transaction).value());
}

} // namespace clientele
