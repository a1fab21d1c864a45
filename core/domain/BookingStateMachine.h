#pragma once

#include <QList>

#include "core/Result.h"
#include "core/domain/BookingStatus.h"
#include "core/domain/BookingTransitionContext.h"

namespace clientele::domain {

// The allowed status changes of a booking, in one table (see BookingStateMachine.cpp), and the reason
// for every refusal, in words a practitioner can act on.
class BookingStateMachine final
{
public:
    static Result<void> check(BookingStatus from, BookingStatus to, const BookingTransitionContext& context);

    // The statuses the table lists after `from`, before the context gates: what a status menu offers.
    static QList<BookingStatus> successors(BookingStatus from);
};

} // namespace clientele::domain
