#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <optional>

#include "core/Result.h"
#include "core/domain/Booking.h"
#include "core/domain/BookingTransitionContext.h"

namespace clientele {

class Store;

// Bookings for the UI. Status changes go through here so the state machine sees the facts it gates
// on (contract signed, deposit paid), read in the same transaction as the change.
class BookingRepository final
{
public:
    explicit BookingRepository(Store& store);

    QFuture<Result<void>> add(const domain::Booking& booking);
    // A recurring series: every occurrence in one transaction, or none.
    QFuture<Result<void>> addSeries(const QList<domain::Booking>& bookings);
    // Writes what changed between `before` (as loaded) and `after`: fields, reschedules.
    QFuture<Result<void>> update(const domain::Booking& before, const domain::Booking& after);
    QFuture<Result<std::optional<domain::Booking>>> find(const QUuid& id);
    // The facts the state machine needs for this booking now: does its service require a contract
    // and is one signed; does it require a deposit and is it paid (an invoice of this booking with
    // at least the deposit amount paid).
    QFuture<Result<domain::BookingTransitionContext>> transitionContext(const QUuid& id, const QDateTime& now);
    // Loads, checks with the context above, writes; the refusal explains why.
    QFuture<Result<domain::Booking>> transition(
        const QUuid& id, domain::BookingStatus to, const QString& reason, const QDateTime& now);
    // Marks as deleted (undo with undelete()).
    QFuture<Result<void>> remove(const QUuid& id);
    QFuture<Result<void>> undelete(const QUuid& id);

private:
    Store& m_store;
};

} // namespace clientele
