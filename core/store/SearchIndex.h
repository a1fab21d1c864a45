#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;

struct SearchHit
{
    QString table; // "client", "booking" or "invoice"
    QUuid id;
    QString title;
};

// Full-text search over clients, bookings and invoices (FTS4 with prefix indexes, so each keystroke
// of search-as-you-type is one index lookup). Documents are refreshed in the same transaction as
// the edit that changes them; the index is derived data and is not synced.
class SearchIndex final
{
public:
    explicit SearchIndex(SqlCipherDatabase& db);

    // Re-reads the row and updates its document (removes it when the row is deleted or gone).
    Result<void> refresh(const QString& table, const QUuid& id);
    // Refreshes a client's own document and those of its bookings and invoices (their titles name it).
    Result<void> refreshClientAndDependents(const QUuid& clientId);
    // Rebuilds every document, e.g. after a migration or restore.
    Result<void> rebuild();

    enum class Scope
    {
        Everything, // clients first, then bookings and invoices
        ClientsOnly, // the client list's search-as-you-type
    };

    // Every word of the text is a prefix: "jan mar" finds "Jane Marple". Punctuation is ignored, so
    // no text can inject FTS query syntax. An empty query finds nothing.
    Result<QList<SearchHit>> search(const QString& text, int limit, Scope scope = Scope::Everything) const;

    // The FTS4 MATCH expression for the text (empty when nothing is searchable).
    static QString matchExpression(const QString& text);

private:
    Result<void> put(const QString& table, const QByteArray& rowId, const QString& title, const QString& body);
    Result<void> drop(const QString& table, const QByteArray& rowId);

    SqlCipherDatabase& m_db;
};

} // namespace clientele
