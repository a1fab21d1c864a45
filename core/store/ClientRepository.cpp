#include "core/store/ClientRepository.h"

#include "core/store/ClientRows.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"

namespace clientele {

ClientRepository::ClientRepository(Store& store)
    : m_store(store)
{
}

QFuture<Result<void>> ClientRepository::add(const domain::Client& client)
{
    return m_store.run([client](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ClientRows::insert(scope, client); });
    });
}

QFuture<Result<void>> ClientRepository::update(const domain::Client& before, const domain::Client& after)
{
    return m_store.run([before, after](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ClientRows::update(scope, before, after); });
    });
}

QFuture<Result<void>> ClientRepository::remove(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ClientRows::remove(scope, id); });
    });
}

QFuture<Result<void>> ClientRepository::undelete(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ClientRows::undelete(scope, id); });
    });
}

QFuture<Result<domain::Client>> ClientRepository::merge(const QUuid& keepId, const QUuid& duplicateId)
{
    return m_store.run([keepId, duplicateId](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ClientRows::merge(scope, keepId, duplicateId); });
    });
}

QFuture<Result<std::optional<domain::Client>>> ClientRepository::find(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) { return ClientRows::load(session.db(), id); });
}

QFuture<Result<QList<SearchHit>>> ClientRepository::search(const QString& text, int limit)
{
    return m_store.run([text, limit](StoreSession& session) { return session.search().search(text, limit); });
}

} // namespace clientele
