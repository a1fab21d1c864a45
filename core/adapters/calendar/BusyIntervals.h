#pragma once

#include <QList>

#include "core/ports/CalendarProvider.h"

namespace clientele {

// Sorts busy intervals and joins those that overlap or touch: what CalendarProvider::freeBusy
// promises, whatever shape the provider answered in.
QList<BusyInterval> mergeBusyIntervals(QList<BusyInterval> intervals);

} // namespace clientele
