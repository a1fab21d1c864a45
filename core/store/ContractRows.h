#pragma once

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <optional>

#include "core/Result.h"
#include "core/domain/Contract.h"
#include "core/domain/ContractTemplate.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Contract templates and contracts in the store. Runs on the storage thread inside the caller's
// transaction; the rules are the domain's (ContractTemplate, Contract), checked before anything is
// written.
//
// A contract's creation time is not a column: its id is a UUIDv7 made from that instant
// (newContractId), as every row id carries its creation millisecond (SYNC.md §3.2). The store keeps
// the time of Sent (sent_at) and Signed (signed_at) only; a loaded contract in another status reports
// the latest of those, or its creation, as statusChangedAt().
namespace ContractRows {

// Validates, then inserts the template or writes the fields that differ from the stored one.
Result<void> saveTemplate(WriteScope& scope, const domain::ContractTemplate& contractTemplate);
Result<void> removeTemplate(WriteScope& scope, const QUuid& id);
Result<std::optional<domain::ContractTemplate>> loadTemplate(SqlCipherDatabase& db, const QUuid& id);
// Every live template, sorted by name.
Result<QList<domain::ContractTemplate>> loadTemplates(SqlCipherDatabase& db);

// A UUIDv7 for a contract created at `createdAt` (random in its other bits).
QUuid newContractId(const QDateTime& createdAt);
Result<void> insert(WriteScope& scope, const domain::Contract& contract);
// Writes the fields that differ between before (as stored) and after; the domain has checked the change.
Result<void> update(WriteScope& scope, const domain::Contract& before, const domain::Contract& after);
Result<std::optional<domain::Contract>> load(SqlCipherDatabase& db, const QUuid& id);

} // namespace ContractRows

} // namespace clientele
