#include "core/adapters/calendar/BusyIntervals.h"

#include <algorithm>

namespace clientele {

QList<BusyInterval> mergeBusyIntervals(QList<BusyInterval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
        [](const BusyInterval& a, const BusyInterval& b) { return a.startUtc < b.startUtc; });
    QList<BusyInterval> merged;
    for (const BusyInterval& interval : std::as_const(intervals)) {
        if (!merged.isEmpty() && interval.startUtc <= merged.last().endUtc) {
            merged.last().endUtc = std::max(merged.last().endUtc, interval.endUtc);
        } else {
            merged.append(interval);
        }
    }
    return merged;
}

} // namespace clientele
