#pragma once

#include <QJsonObject>
#include <QString>

namespace clientele::test {

// Independent iCalendar implementations run as processes on a file, each printing the events as
// JSON (uid, summary, description, location, status, start/end as {"utc"|"date"|"floating"}, tzid,
// rrule, exdates; ical.js also the first occurrences): tests/interchange/ics-parse.py with Debian's
// python3-icalendar, and tests/node/ics-parse.mjs with ical.js from npm.
enum class IcsParser
{
    PythonIcalendar,
    IcalJs,
};

// An empty object, with a warning saying why, when the parser fails or prints no JSON.
QJsonObject parseIcs(IcsParser parser, const QString& path);

} // namespace clientele::test
