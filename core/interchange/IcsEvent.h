#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

#include "core/domain/Recurrence.h"

namespace clientele::interchange {

// Someone an event invites (ATTENDEE) or is organised by (ORGANIZER): the mailbox of a mailto:
// address, lower-cased, and the common name (CN) when the file gives one.
struct IcsPerson final
{
    QString email;
    QString name;
    bool declined = false; // PARTSTAT=DECLINED
    bool isPerson = true; // CUTYPE is INDIVIDUAL or absent (not a ROOM, RESOURCE or GROUP)
};

// One VEVENT as Clientele reads and writes it: the fields a practice needs, with times already
// resolved to instants. Timed events carry UTC instants and the IANA zone they are planned in;
// all-day events carry dates (the end exclusive, as RFC 5545 says).
struct IcsEvent final
{
    enum class Status
    {
        Confirmed,
        Tentative,
        Cancelled,
    };

    int line = 0; // where its BEGIN:VEVENT is, for problems found later
    QString uid;
    int sequence = 0;
    Status status = Status::Confirmed;
    bool busy = true; // TRANSP:OPAQUE; false for TRANSPARENT (shown but not blocking time)

    QDateTime startUtc; // timed events
    QDateTime endUtc;
    QString timeZoneId; // IANA; empty or "UTC": written in UTC
    QDate startDate; // all-day events (startUtc invalid)
    QDate endDate; // exclusive

    QString summary;
    QString description;
    QString location;
    QString url;
    QStringList categories;
    QList<IcsPerson> attendees;
    IcsPerson organizer;

    std::optional<domain::Recurrence> recurrence; // with its EXDATEs
    QDateTime recurrenceIdUtc; // set on an override of one occurrence of another event's series

    bool isAllDay() const { return !startUtc.isValid(); }
};

} // namespace clientele::interchange
