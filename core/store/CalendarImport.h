#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/interchange/ImportProblem.h"

namespace clientele {

class StoreSession;

// An .ics file (from Google Calendar, Outlook, Apple Calendar…) imported as time it blocks: each
// occurrence becomes a busy_block of the calendar source named after the file, which availability
// and conflict checks count (CalendarRows). Importing a newer export of the same calendar updates
// the blocks: events that moved move, events no longer in the file are removed, nothing is doubled.
// All of it is one transaction.
class CalendarImport final
{
public:
    struct Options
    {
        QString calendarName; // the source to import into; the same name replaces its events
        QDate today; // occurrences from 90 days before to 550 days after are kept
    };

    struct Outcome
    {
        QUuid sourceId;
        int added = 0;
        int updated = 0;
        int removed = 0;
        int unchanged = 0;
        int events = 0; // events read from the file
        QList<interchange::ImportProblem> problems;
    };

    static constexpr int kDaysBefore = 90;
    static constexpr int kDaysAfter = 550;

    static Result<Outcome> importIcs(StoreSession& session, const QByteArray& data, const Options& options);
};

} // namespace clientele
