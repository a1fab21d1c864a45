#pragma once

#include <QDateTime>
#include <QString>

#include "core/domain/BookingStatus.h"

namespace clientele::domain {

// One status change of a booking, recorded by Booking::transitionTo.
struct StatusChange final
{
    BookingStatus from = BookingStatus::Inquiry;
    BookingStatus to = BookingStatus::Inquiry;
    QDateTime at; // UTC
    QString reason;

    friend bool operator==(const StatusChange& a, const StatusChange& b)
    {
        return a.from == b.from && a.to == b.to && a.at == b.at && a.reason == b.reason;
    }
};

} // namespace clientele::domain
