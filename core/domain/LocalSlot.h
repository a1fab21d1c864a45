#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace clientele::domain {

// A slot as someone in another time zone reads it: a client in Asia/Tokyo booking a Berlin practice
// sees Tokyo dates and times, and the date can differ from the practice's.
struct LocalSlot final
{
    QString timeZoneId;
    QDate startDate;
    QTime startTime;
    QDate endDate;
    QTime endTime;
    QString abbreviation; // "JST", "CEST"; as the system's zone data spells it
    int utcOffsetSeconds = 0; // at the start
};

} // namespace clientele::domain
