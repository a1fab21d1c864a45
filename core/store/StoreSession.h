#pragma once

#include <QByteArray>
#include <QUuid>
#include <memory>

#include "core/Result.h"
#include "core/store/ChangeWriter.h"
#include "core/store/PracticeFiles.h"
#include "core/store/SearchIndex.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlTransaction.h"

namespace clientele {

class Clock;
class StoreSession;

// One write: a transaction with its change capture. commit() persists the clock in sync_state in
// the same transaction (SYNC.md §3.3), so a stamp is never issued twice, even after a crash.
class WriteScope final
{
public:
    WriteScope(StoreSession& session, SqlTransaction transaction);
    ChangeWriter& changes() { return m_changes; }
    SearchIndex& search();
    SqlCipherDatabase& db();
    const Clock& clock() const;
    Result<void> commit();

private:
    StoreSession* m_session;
    SqlTransaction m_transaction;
    ChangeWriter m_changes;
};

// The open practice as the storage thread sees it: the connection, the sync identity and the
// search index. Lives on the storage thread only.
class StoreSession final
{
public:
    StoreSession(std::unique_ptr<SqlCipherDatabase> db, PracticeFiles files, const Clock& clock, QUuid vaultId,
        QByteArray deviceId, qint64 hlc);

    SqlCipherDatabase& db() { return *m_db; }
    SearchIndex& search() { return m_search; }
    const PracticeFiles& files() const { return m_files; }
    const Clock& clock() const { return m_clock; }
    const QUuid& vaultId() const { return m_vaultId; }
    const QByteArray& deviceId() const { return m_deviceId; }
    qint64 hlc() const { return m_hlc; }

    Result<WriteScope> beginWrite();

private:
    friend class WriteScope;
    std::unique_ptr<SqlCipherDatabase> m_db;
    PracticeFiles m_files;
    const Clock& m_clock;
    SearchIndex m_search;
    QUuid m_vaultId;
    QByteArray m_deviceId;
    qint64 m_hlc = 0;
};

} // namespace clientele
