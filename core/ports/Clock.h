#pragma once

#include <QDateTime>

namespace clientele {

// Clock: the one source of "now". Services take a Clock so that anything time-based (reminders,
// due dates, idle lock, retries) is tested with FakeClock instead of waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    Clock() = default;
    Clock(const Clock&) = delete;
    Clock& operator=(const Clock&) = delete;

    // The current instant, in UTC.
    virtual QDateTime nowUtc() const = 0;
};

} // namespace clientele
