#pragma once

#include <QDateTime>

namespace clientele::domain {

// The facts outside the booking that decide whether a status change is allowed: what the service
// requires, what has happened to the contract and deposit, and the time. `now` is passed in because
// the domain reads no clock.
struct BookingTransitionContext final
{
    bool contractRequired = false;
    bool contractSigned = false;
    bool depositRequired = false;
    bool depositPaid = false;
    QDateTime now;
    // Filled from the booking's schedule by Booking::transitionTo.
    QDateTime sessionStart;
    QDateTime sessionEnd;
};

} // namespace clientele::domain
