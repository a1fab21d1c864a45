#include "core/store/SearchIndex.h"

#include <QRegularExpression>

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoredValues.h"

namespace clientele {

namespace {

// Per table: the SQL that yields (deleted, title, body) for one row id.
const char* documentQuery(const QString& table)
{
    if (table == u"client") {
        return "SELECT c.deleted, trim(coalesce(c.given_name,'') || ' ' || coalesce(c.family_name,'') || ' ' || "
               "coalesce(c.company,'')), "
               "coalesce((SELECT group_concat(value, ' ') FROM client_contact WHERE client_id = c.id AND deleted = 0), "
               "'') "
               "|| ' ' || coalesce((SELECT group_concat(tag, ' ') FROM client_tag WHERE client_id = c.id AND deleted = "
               "0), "
               "'') || ' ' || coalesce(c.notes, '') "
               "FROM client c WHERE c.id = ?1";
    }
    if (table == u"booking") {
        return "SELECT b.deleted, trim(coalesce(c.given_name,'') || ' ' || coalesce(c.family_name,'') || ' ' || "
               "coalesce(c.company,'') || ' ' || coalesce(s.name,'')), "
               "strftime('%Y-%m-%d', b.start_utc / 1000, 'unixepoch') || ' ' || coalesce(b.status,'') || ' ' || "
               "coalesce(b.location,'') || ' ' || coalesce(b.phone,'') || ' ' || coalesce(b.notes,'') "
               "FROM booking b LEFT JOIN client c ON c.id = b.client_id LEFT JOIN service s ON s.id = b.service_id "
               "WHERE b.id = ?1";
    }
    if (table == u"invoice") {
        return "SELECT i.deleted, trim(coalesce(i.number,'') || ' ' || coalesce(c.given_name,'') || ' ' || "
               "coalesce(c.family_name,'') || ' ' || coalesce(c.company,'')), "
               "coalesce(i.po_number,'') || ' ' || coalesce(i.status,'') || ' ' || coalesce(i.notes,'') || ' ' || "
               "coalesce((SELECT group_concat(description, ' ') FROM invoice_line WHERE invoice_id = i.id AND "
               "deleted = 0), '') "
               "FROM invoice i LEFT JOIN client c ON c.id = i.client_id WHERE i.id = ?1";
    }
    return nullptr;
}

// Clients are indexed apart from bookings and invoices (see Schema.cpp, version 2).
bool isClient(const QString& table)
{
    return table == u"client";
}

} // namespace

SearchIndex::SearchIndex(SqlCipherDatabase& db)
    : m_db(db)
{
}

Result<void> SearchIndex::refresh(const QString& table, const QUuid& id)
{
    const char* query = documentQuery(table);
    if (!query) {
        return {};
    }
    const QByteArray rowId = id.toRfc4122();
    Result<SqlStatement*> statement = m_db.cached(query);
    if (!statement) {
        return statement.error();
    }
    SqlStatement& row = *statement.value();
    row.bindBlob(1, rowId);
    Result<bool> found = row.step();
    if (!found) {
        return found.error();
    }
    if (!found.value() || row.int64(0) != 0) {
        row.reset();
        return drop(table, rowId);
    }
    const QString title = row.text(1).simplified();
    const QString body = row.text(2).simplified();
    row.reset();
    return put(table, rowId, title, body);
}

Result<void> SearchIndex::refreshClientAndDependents(const QUuid& clientId)
{
    if (Result<void> done = refresh(QStringLiteral("client"), clientId); !done) {
        return done;
    }
    for (const QString& table : {QStringLiteral("booking"), QStringLiteral("invoice")}) {
        const Result<QList<QUuid>> ids =
            StoredValues::rowIds(m_db, u"SELECT id FROM " + table + u" WHERE client_id = ?1 AND deleted = 0", clientId);
        if (!ids) {
            return ids.error();
        }
        for (const QUuid& id : ids.value()) {
            if (Result<void> done = refresh(table, id); !done) {
                return done;
            }
        }
    }
    return {};
}

Result<void> SearchIndex::put(const QString& table, const QByteArray& rowId, const QString& title, const QString& body)
{
    Result<SqlStatement*> lookup = m_db.cached("SELECT docid FROM search_doc WHERE tbl = ?1 AND row_id = ?2");
    if (!lookup) {
        return lookup.error();
    }
    lookup.value()->bind(1, table).bindBlob(2, rowId);
    Result<bool> exists = lookup.value()->step();
    if (!exists) {
        return exists.error();
    }
    qint64 docid = exists.value() ? lookup.value()->int64(0) : 0;
    lookup.value()->reset();
    if (exists.value()) {
        Result<SqlStatement*> update =
            m_db.cached(isClient(table) ? "UPDATE search_client_fts SET title = ?2, body = ?3 WHERE docid = ?1"
                                        : "UPDATE search_record_fts SET title = ?2, body = ?3 WHERE docid = ?1");
        if (!update) {
            return update.error();
        }
        update.value()->bind(1, docid).bind(2, title).bind(3, body);
        return update.value()->run();
    }
    Result<SqlStatement*> insertDoc = m_db.cached("INSERT INTO search_doc (tbl, row_id) VALUES (?1, ?2)");
    if (!insertDoc) {
        return insertDoc.error();
    }
    insertDoc.value()->bind(1, table).bindBlob(2, rowId);
    if (Result<void> done = insertDoc.value()->run(); !done) {
        return done;
    }
    docid = m_db.lastInsertRowId();
    Result<SqlStatement*> insertText =
        m_db.cached(isClient(table) ? "INSERT INTO search_client_fts (docid, title, body) VALUES (?1, ?2, ?3)"
                                    : "INSERT INTO search_record_fts (docid, title, body) VALUES (?1, ?2, ?3)");
    if (!insertText) {
        return insertText.error();
    }
    insertText.value()->bind(1, docid).bind(2, title).bind(3, body);
    return insertText.value()->run();
}

Result<void> SearchIndex::drop(const QString& table, const QByteArray& rowId)
{
    Result<SqlStatement*> removeText =
        m_db.cached(isClient(table) ? "DELETE FROM search_client_fts WHERE docid = (SELECT docid FROM search_doc WHERE "
                                      "tbl = ?1 AND row_id = ?2)"
                                    : "DELETE FROM search_record_fts WHERE docid = (SELECT docid FROM search_doc WHERE "
                                      "tbl = ?1 AND row_id = ?2)");
    if (!removeText) {
        return removeText.error();
    }
    removeText.value()->bind(1, table).bindBlob(2, rowId);
    if (Result<void> done = removeText.value()->run(); !done) {
        return done;
    }
    Result<SqlStatement*> removeDoc = m_db.cached("DELETE FROM search_doc WHERE tbl = ?1 AND row_id = ?2");
    if (!removeDoc) {
        return removeDoc.error();
    }
    removeDoc.value()->bind(1, table).bindBlob(2, rowId);
    return removeDoc.value()->run();
}

Result<void> SearchIndex::rebuild()
{
    if (Result<void> done = m_db.execute(
            QStringLiteral("DELETE FROM search_client_fts; DELETE FROM search_record_fts; DELETE FROM search_doc;"));
        !done) {
        return done;
    }
    for (const QString& table : {QStringLiteral("client"), QStringLiteral("booking"), QStringLiteral("invoice")}) {
        const Result<QList<QUuid>> ids =
            StoredValues::rowIds(m_db, u"SELECT id FROM " + table + u" WHERE deleted = 0", {});
        if (!ids) {
            return ids.error();
        }
        for (const QUuid& id : ids.value()) {
            if (Result<void> done = refresh(table, id); !done) {
                return done;
            }
        }
    }
    return m_db.execute(QStringLiteral("DELETE FROM sync_state WHERE k = 'search_rebuild';"));
}

QString SearchIndex::matchExpression(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words) {
        terms.append(word.toLower() + u'*');
        if (terms.size() == 8) {
            break; // more words narrow nothing further and only cost time
        }
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> SearchIndex::search(const QString& text, int limit, Scope scope) const
{
    const QString match = matchExpression(text);
    QList<SearchHit> hits;
    if (match.isEmpty()) {
        return hits;
    }
    const char* queries[] = {
        "SELECT d.tbl, d.row_id, f.title FROM search_client_fts f JOIN search_doc d ON d.docid = f.docid "
        "WHERE search_client_fts MATCH ?1 LIMIT ?2",
        "SELECT d.tbl, d.row_id, f.title FROM search_record_fts f JOIN search_doc d ON d.docid = f.docid "
        "WHERE search_record_fts MATCH ?1 LIMIT ?2",
    };
    for (const char* sql : queries) {
        if (hits.size() >= limit || (scope == Scope::ClientsOnly && sql != queries[0])) {
            break;
        }
        Result<SqlStatement*> statement = m_db.cached(sql);
        if (!statement) {
            return statement.error();
        }
        SqlStatement& query = *statement.value();
        query.bind(1, match).bind(2, static_cast<qint64>(limit - hits.size()));
        Result<bool> step = query.step();
        while (step && step.value()) {
            hits.append(SearchHit {query.text(0), QUuid::fromRfc4122(query.blob(1)), query.text(2)});
            step = query.step();
        }
        query.reset();
        if (!step) {
            return step.error();
        }
    }
    return hits;
}

} // namespace clientele
