#pragma once

#include <QList>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Service.h"
#include "core/domain/ServicePackage.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Services and service packages in the store. Price and deposit are field groups (amount with its
// currency). Runs on the storage thread inside the caller's transaction.
namespace ServiceRows {

Result<void> insert(WriteScope& scope, const domain::Service& service);
// Writes only the fields that differ between before and after.
Result<void> update(WriteScope& scope, const domain::Service& before, const domain::Service& after);
// Tombstones the service; bookings that name it keep their link (the name stays readable for them).
Result<void> remove(WriteScope& scope, const QUuid& id);
Result<std::optional<domain::Service>> load(SqlCipherDatabase& db, const QUuid& id);
// Every live service, active and inactive, sorted by name.
Result<QList<domain::Service>> loadAll(SqlCipherDatabase& db);

// Packages: insert or update by id (only changed fields are written).
Result<void> savePackage(WriteScope& scope, const domain::ServicePackage& package);
Result<void> removePackage(WriteScope& scope, const QUuid& id);
Result<QList<domain::ServicePackage>> loadPackages(SqlCipherDatabase& db);

} // namespace ServiceRows

} // namespace clientele
