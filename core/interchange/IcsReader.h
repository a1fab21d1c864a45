#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/Result.h"
#include "core/interchange/IcsEvent.h"
#include "core/interchange/ImportProblem.h"

namespace clientele::interchange {

// Reads the VEVENTs of an iCalendar file (RFC 5545) as exported by Google Calendar, Outlook, Apple
// Calendar, Thunderbird and Clientele itself.
//
// Times: UTC ("Z"), floating (read in `fallbackZoneId`, the practice's zone), or with a TZID that is
// an IANA zone, a prefixed IANA zone ("/mozilla.org/…/Europe/Berlin"), a Windows zone name
// ("W. Europe Standard Time"), or any name the file defines in a VTIMEZONE, whose rules are then
// applied. All-day events keep their dates; a missing DTEND means one day (dates) or no time.
// RRULE becomes a domain::Recurrence with the EXDATEs; a rule Clientele cannot repeat (YEARLY,
// hourly) is a problem and the event is read as its first occurrence. RECURRENCE-ID marks an
// override of one occurrence. An event without DTSTART, or ending before it starts, is a problem
// with its line and is skipped; a missing UID is derived from the event's content, so importing
// the same file twice finds the same events.
class IcsReader final
{
public:
    struct Events
    {
        QList<IcsEvent> events;
        QList<ImportProblem> problems;
    };

    static Result<Events> read(const QByteArray& data, const QString& fallbackZoneId);
};

} // namespace clientele::interchange
