#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"
#include "core/interchange/ImportProblem.h"

namespace clientele::interchange {

// One iCalendar property: NAME;PARAM=a,b:VALUE with its line in the file. The value is as written
// (escapes intact), because how to read it depends on its type (TEXT, DATE-TIME, RECUR…).
struct IcsProperty final
{
    int line = 0;
    QString name; // upper case
    QHash<QString, QStringList> parameters; // upper-case names, values without their quotes
    QString value;

    QString parameter(const char* key) const { return parameters.value(QLatin1String(key)).value(0); }
};

// A component (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, VALARM…) with its properties and children.
struct IcsComponent final
{
    int line = 0;
    QString name; // upper case
    QList<IcsProperty> properties;
    QList<IcsComponent> children;

    const IcsProperty* property(const char* key) const;
    QList<const IcsProperty*> all(const char* key) const;
};

// An iCalendar file (RFC 5545) parsed into its components: lines unfolded (CRLF or LF followed by a
// space or tab), each content line split into name, parameters and value, BEGIN/END nested.
// Lenient where files in the wild are (bare LF, lower-case names, a missing final END), strict about
// what would make the result wrong: a line that is not a content line, or an END that closes
// something else, is a problem with its line, and the component it breaks is dropped.
// The file fails as a whole only when it is not text, is too large, or holds no VCALENDAR.
class IcsDocument final
{
public:
    static constexpr qsizetype kMaxInputBytes = qsizetype(64) * 1024 * 1024;
    static constexpr int kMaxDepth = 16; // VCALENDAR > VEVENT > VALARM is 3; more is not a calendar
    static constexpr qsizetype kMaxComponents = 1'000'000;

    struct Parsed
    {
        QList<IcsComponent> calendars;
        QList<ImportProblem> problems;
    };

    static Result<Parsed> parse(const QByteArray& data);
};

} // namespace clientele::interchange
