#pragma once

#include <QFuture>
#include <QList>
#include <optional>

#include "core/Result.h"
#include "core/domain/Client.h"
#include "core/store/SearchIndex.h"

namespace clientele {

class Store;

// Clients for callers on other threads (the UI): every call is a job on the storage thread and comes
// back as a future, to be continued with .then(context, …).
class ClientRepository final
{
public:
    explicit ClientRepository(Store& store);

    QFuture<Result<void>> add(const domain::Client& client);
    // before: the client as the caller loaded it, so only the fields the user changed are written.
    QFuture<Result<void>> update(const domain::Client& before, const domain::Client& after);
    QFuture<Result<void>> remove(const QUuid& id);
    // Brings a removed client back (Edit → Undo), with their contacts, tags and search entry.
    QFuture<Result<void>> undelete(const QUuid& id);
    // Merges a duplicate into `keepId` in one transaction: emails, phones and tags are added to the
    // kept client, notes appended, bookings, invoices, contracts, messages and questionnaire answers
    // moved over, and the duplicate removed. Returns the kept client as it is now.
    QFuture<Result<domain::Client>> merge(const QUuid& keepId, const QUuid& duplicateId);
    QFuture<Result<std::optional<domain::Client>>> find(const QUuid& id);
    QFuture<Result<QList<SearchHit>>> search(const QString& text, int limit);

private:
    Store& m_store;
};

} // namespace clientele
