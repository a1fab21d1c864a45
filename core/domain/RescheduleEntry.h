#pragma once

#include <QDateTime>
#include <QString>

#include "core/domain/Schedule.h"

namespace clientele::domain {

// Who asked for a change to a booking: the reschedule history and no-show reports tell the two apart.
enum class ChangedBy
{
    Practitioner,
    Client,
};

// One move of a booking to another time, kept so the practitioner can see how often a client moved.
struct RescheduleEntry final
{
    Schedule from;
    Schedule to;
    QDateTime at; // UTC
    QString reason;
    ChangedBy by = ChangedBy::Practitioner;

    friend bool operator==(const RescheduleEntry& a, const RescheduleEntry& b)
    {
        return a.from == b.from && a.to == b.to && a.at == b.at && a.reason == b.reason && a.by == b.by;
    }
};

} // namespace clientele::domain
