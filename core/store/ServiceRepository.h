#pragma once

#include <QFuture>
#include <QList>

#include "core/Result.h"
#include "core/domain/Service.h"
#include "core/domain/ServicePackage.h"

namespace clientele {

class Store;

// Services and packages for Settings and the booking editor.
class ServiceRepository final
{
public:
    explicit ServiceRepository(Store& store);

    // Active and inactive, sorted by name.
    QFuture<Result<QList<domain::Service>>> all();
    QFuture<Result<void>> add(const domain::Service& service);
    QFuture<Result<void>> update(const domain::Service& before, const domain::Service& after);
    QFuture<Result<void>> remove(const QUuid& id);

    QFuture<Result<QList<domain::ServicePackage>>> packages();
    QFuture<Result<void>> savePackage(const domain::ServicePackage& package);
    QFuture<Result<void>> removePackage(const QUuid& id);

private:
    Store& m_store;
};

} // namespace clientele
