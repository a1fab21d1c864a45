#pragma once

#include <QList>
#include <QUuid>
#include <functional>
#include <optional>

#include "core/Result.h"
#include "core/domain/Client.h"
#include "core/sync/UuidV7.h"

namespace clientele {

class SqlCipherDatabase;
class WriteScope;

// Clients in the store: the client row, its emails and phones (client_contact), tags (client_tag)
// and consent history (client_consent) as child rows (SYNC.md §3.4: collections are rows). Runs on
// the storage thread inside the caller's transaction; keeps the search index current.
namespace ClientRows {

// newId makes the ids of the child rows (UUIDv7 by default; the demo generator passes its seeded one).
Result<void> insert(
    WriteScope& scope, const domain::Client& client, const std::function<QUuid()>& newId = &sync::UuidV7::create);
// Writes only what differs between before and after, so concurrent edits of other fields on other
// devices survive the merge.
Result<void> update(WriteScope& scope, const domain::Client& before, const domain::Client& after);
Result<void> remove(WriteScope& scope, const QUuid& id);
// Brings a removed client back with the contacts, tags and consents that were live when it was
// removed (child rows tombstoned by the same removal or later are restored too), and its search entry.
Result<void> undelete(WriteScope& scope, const QUuid& id);
// Merges duplicateId into keepId (see ClientRepository::merge) and returns the kept client as stored.
Result<domain::Client> merge(WriteScope& scope, const QUuid& keepId, const QUuid& duplicateId);

// Adds one decision to the client's consent history (a reply STOP or START, say).
Result<void> addConsent(WriteScope& scope, const QUuid& clientId, const domain::Consent& consent);
// The live clients with this phone number (E.164): usually one, several for a family phone.
Result<QList<QUuid>> clientsWithPhone(SqlCipherDatabase& db, const QString& e164);
Result<std::optional<domain::Client>> load(SqlCipherDatabase& db, const QUuid& id);
// Every live client in creation order, one at a time (exports of large practices stay small in memory).
// Stops early and returns the callback's error if it fails.
Result<int> forEach(SqlCipherDatabase& db, const std::function<Result<void>(const domain::Client&)>& visit);
// The live client with this email or phone (E.164), for duplicate detection on import.
Result<std::optional<QUuid>> findByContact(SqlCipherDatabase& db, const QString& value);

} // namespace ClientRows

} // namespace clientele
