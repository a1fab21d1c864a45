#include "core/store/ServiceRepository.h"

#include "core/store/ServiceRows.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"

namespace clientele {

ServiceRepository::ServiceRepository(Store& store)
    : m_store(store)
{
}

QFuture<Result<QList<domain::Service>>> ServiceRepository::all()
{
    return m_store.run([](StoreSession& session) { return ServiceRows::loadAll(session.db()); });
}

QFuture<Result<void>> ServiceRepository::add(const domain::Service& service)
{
    return m_store.run([service](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ServiceRows::insert(scope, service); });
    });
}

QFuture<Result<void>> ServiceRepository::update(const domain::Service& before, const domain::Service& after)
{
    return m_store.run([before, after](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ServiceRows::update(scope, before, after); });
    });
}

QFuture<Result<void>> ServiceRepository::remove(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ServiceRows::remove(scope, id); });
    });
}

QFuture<Result<QList<domain::ServicePackage>>> ServiceRepository::packages()
{
    return m_store.run([](StoreSession& session) { return ServiceRows::loadPackages(session.db()); });
}

QFuture<Result<void>> ServiceRepository::savePackage(const domain::ServicePackage& package)
{
    return m_store.run([package](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ServiceRows::savePackage(scope, package); });
    });
}

QFuture<Result<void>> ServiceRepository::removePackage(const QUuid& id)
{
    return m_store.run([id](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ServiceRows::removePackage(scope, id); });
    });
}

} // namespace clientele
