#include "core/store/CalendarRows.h"

#include <QCborArray>
#include <QCborMap>

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"

namespace clientele::CalendarRows {

namespace {

QCborMap blockFields(const Block& block)
{
    return QCborMap {{QStringLiteral("source_id"), StoredValues::uuid(block.sourceId)},
        {QStringLiteral("uid"), block.uid}, {QStringLiteral("recurrence_id"), block.recurrenceId},
        {QStringLiteral("schedule"),
            QCborArray {block.startUtc.toMSecsSinceEpoch(), block.endUtc.toMSecsSinceEpoch(), block.timeZoneId}},
        {QStringLiteral("all_day"), block.allDay}, {QStringLiteral("title"), StoredValues::text(block.title)},
        {QStringLiteral("busy"), block.busy}};
}

constexpr auto kSelectBlock =
    "SELECT b.id, b.source_id, b.uid, b.recurrence_id, b.start_utc, b.end_utc, b.tz, b.all_day, b.title, b.busy, "
    "s.name FROM busy_block b LEFT JOIN calendar_source s ON s.id = b.source_id ";

Block readBlock(const SqlStatement& r)
{
    Block block;
    block.id = QUuid::fromRfc4122(r.blob(0));
    block.sourceId = r.isNull(1) ? QUuid() : QUuid::fromRfc4122(r.blob(1));
    block.uid = r.text(2);
    block.recurrenceId = r.int64(3);
    block.startUtc = QDateTime::fromMSecsSinceEpoch(r.int64(4), Qt::UTC);
    block.endUtc = QDateTime::fromMSecsSinceEpoch(r.int64(5), Qt::UTC);
    block.timeZoneId = r.text(6);
    block.allDay = r.int64(7) != 0;
    block.title = r.text(8);
    block.busy = r.isNull(9) || r.int64(9) != 0;
    block.sourceName = r.text(10);
    return block;
}

template<typename Bind>
Result<QList<Block>> readBlocks(SqlCipherDatabase& db, const QString& sql, Bind bind)
{
    Result<SqlStatement> rows = db.prepare(sql);
    if (!rows) {
        return rows.error();
    }
    bind(rows.value());
    QList<Block> blocks;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        blocks.append(readBlock(rows.value()));
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return blocks;
}

} // namespace

Result<Source> findOrCreateSource(WriteScope& scope, const QString& kind, const QString& name, const QUuid& newId)
{
    Result<SqlStatement> find = scope.db().prepare(QStringLiteral(
        "SELECT id, blocks FROM calendar_source WHERE kind = ?1 AND name = ?2 AND deleted = 0 ORDER BY id LIMIT 1"));
    if (!find) {
        return find.error();
    }
    find.value().bind(1, kind).bind(2, name);
    Result<bool> found = find.value().step();
    if (!found) {
        return found.error();
    }
    if (found.value()) {
        return Source {QUuid::fromRfc4122(find.value().blob(0)), kind, name, find.value().int64(1) != 0};
    }
    const Source source {newId, kind, name, true};
    Result<void> inserted = scope.changes().insert(QStringLiteral("calendar_source"), source.id,
        QCborMap {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}, {QStringLiteral("blocks"), true},
            {QStringLiteral("receives"), false}});
    if (!inserted) {
        return inserted.error();
    }
    return source;
}

Result<QList<Source>> sources(SqlCipherDatabase& db)
{
    Result<SqlStatement> rows = db.prepare(
        QStringLiteral("SELECT id, kind, name, blocks FROM calendar_source WHERE deleted = 0 ORDER BY name"));
    if (!rows) {
        return rows.error();
    }
    QList<Source> found;
    Result<bool> step = rows.value().step();
    while (step && step.value()) {
        const SqlStatement& r = rows.value();
        found.append({QUuid::fromRfc4122(r.blob(0)), r.text(1), r.text(2), r.isNull(3) || r.int64(3) != 0});
        step = rows.value().step();
    }
    if (!step) {
        return step.error();
    }
    return found;
}

Result<QList<Block>> blocksOf(SqlCipherDatabase& db, const QUuid& sourceId)
{
    return readBlocks(db, QString::fromLatin1(kSelectBlock) + u"WHERE b.source_id = ?1 AND b.deleted = 0",
        [&sourceId](SqlStatement& s) { s.bindBlob(1, sourceId.toRfc4122()); });
}

Result<QList<Block>> blocksBetween(SqlCipherDatabase& db, const QDateTime& from, const QDateTime& to)
{
    return readBlocks(db,
        QString::fromLatin1(kSelectBlock)
            + u"WHERE s.deleted = 0 AND s.blocks = 1 AND b.deleted = 0 AND b.start_utc < ?2 AND b.end_utc > ?1 "
              u"ORDER BY b.start_utc",
        [&from, &to](SqlStatement& s) { s.bind(1, from.toMSecsSinceEpoch()).bind(2, to.toMSecsSinceEpoch()); });
}

Result<void> insert(WriteScope& scope, const Block& block)
{
    return scope.changes().insert(QStringLiteral("busy_block"), block.id, blockFields(block));
}

Result<void> update(WriteScope& scope, const Block& before, const Block& after)
{
    return scope.changes().updateChanged(
        QStringLiteral("busy_block"), after.id, blockFields(before), blockFields(after));
}

Result<void> remove(WriteScope& scope, const QUuid& id)
{
    return scope.changes().remove(QStringLiteral("busy_block"), id);
}

} // namespace clientele::CalendarRows
