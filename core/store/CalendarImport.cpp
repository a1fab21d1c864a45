#include "core/store/CalendarImport.h"

#include <QCoreApplication>
#include <QHash>

#include "core/interchange/IcsOccurrences.h"
#include "core/interchange/IcsReader.h"
#include "core/store/CalendarRows.h"
#include "core/store/SettingRows.h"
#include "core/store/StoreSession.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

using Key = std::pair<QString, qint64>;

bool sameBlock(const CalendarRows::Block& a, const CalendarRows::Block& b)
{
    return a.startUtc == b.startUtc && a.endUtc == b.endUtc && a.timeZoneId == b.timeZoneId && a.allDay == b.allDay
        && a.title == b.title && a.busy == b.busy;
}

} // namespace

Result<CalendarImport::Outcome> CalendarImport::importIcs(
    StoreSession& session, const QByteArray& data, const Options& options)
{
    if (options.calendarName.trimmed().isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CalendarImport", "Give the imported calendar a name."));
    }
    Result<domain::PracticeProfile> profile = SettingRows::loadProfile(session.db());
    if (!profile) {
        return profile.error();
    }
    const QString zoneId = profile.value().timeZoneId.isEmpty() ? QStringLiteral("UTC") : profile.value().timeZoneId;
    Result<interchange::IcsReader::Events> read = interchange::IcsReader::read(data, zoneId);
    if (!read) {
        return read.error();
    }
    Outcome outcome;
    outcome.events = static_cast<int>(read.value().events.size());
    outcome.problems = read.value().problems;
    const QList<interchange::IcsOccurrence> occurrences = interchange::expandOccurrences(
        read.value().events, zoneId, options.today.addDays(-kDaysBefore), options.today.addDays(kDaysAfter));

    Result<WriteScope> scope = session.beginWrite();
    if (!scope) {
        return scope.error();
    }
    Result<CalendarRows::Source> source = CalendarRows::findOrCreateSource(
        scope.value(), QStringLiteral("ics"), options.calendarName.trimmed(), sync::UuidV7::create());
    if (!source) {
        return source.error();
    }
    outcome.sourceId = source.value().id;
    Result<QList<CalendarRows::Block>> existing = CalendarRows::blocksOf(scope.value().db(), source.value().id);
    if (!existing) {
        return existing.error();
    }
    QHash<Key, CalendarRows::Block> stored;
    for (const CalendarRows::Block& block : std::as_const(existing.value())) {
        stored.insert({block.uid, block.recurrenceId}, block);
    }
    for (const interchange::IcsOccurrence& occurrence : occurrences) {
        CalendarRows::Block block {QUuid(), source.value().id, occurrence.uid, occurrence.recurrenceId,
            occurrence.startUtc, occurrence.endUtc, occurrence.timeZoneId, occurrence.allDay, occurrence.title,
            occurrence.busy, QString()};
        const auto before = stored.constFind({occurrence.uid, occurrence.recurrenceId});
        Result<void> written;
        if (before == stored.cend()) {
            block.id = sync::UuidV7::create();
            written = CalendarRows::insert(scope.value(), block);
            ++outcome.added;
        } else {
            block.id = before->id;
            if (sameBlock(*before, block)) {
                ++outcome.unchanged;
            } else {
                written = CalendarRows::update(scope.value(), *before, block);
                ++outcome.updated;
            }
        }
        if (!written) {
            return written.error();
        }
        stored.remove({occurrence.uid, occurrence.recurrenceId});
    }
    // What the file no longer has was deleted or moved out of range in the other calendar.
    for (const CalendarRows::Block& gone : std::as_const(stored)) {
        if (Result<void> removed = CalendarRows::remove(scope.value(), gone.id); !removed) {
            return removed.error();
        }
        ++outcome.removed;
    }
    if (Result<void> committed = scope.value().commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

} // namespace clientele
