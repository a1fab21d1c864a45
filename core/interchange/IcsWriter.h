#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/interchange/IcsEvent.h"

namespace clientele::interchange {

// Writes events as an iCalendar object (RFC 5545): UTF-8, CRLF, TEXT escaped, lines folded at 75
// octets, one VTIMEZONE for every zone an event uses (covering the events' span), DTSTAMP on every
// event, METHOD:PUBLISH. Parsed back by IcsReader, python-icalendar and ical.js in the tests.
class IcsWriter final
{
public:
    struct Calendar
    {
        QString name; // X-WR-CALNAME: what a subscribing calendar app shows
        QString timeZoneId; // X-WR-TIMEZONE: the practice's zone
        QDateTime stamp; // DTSTAMP of every event: when the file was made
        // For a subscribed feed: how often calendar apps should fetch it again (RFC 7986
        // REFRESH-INTERVAL, and X-PUBLISHED-TTL, which Outlook and Apple Calendar read); 0: not written.
        int refreshMinutes = 0;
    };

    static QByteArray write(const QList<IcsEvent>& events, const Calendar& calendar);
};

} // namespace clientele::interchange
