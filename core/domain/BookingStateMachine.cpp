#include "core/domain/BookingStateMachine.h"

#include <array>

#include <QCoreApplication>

namespace clientele::domain {
namespace {

// Conditions a row of the table puts on its move, checked in the order listed here.
enum Gate : unsigned
{
    NoGate = 0,
    HasSessionTime = 1U << 0U, // the booking has a schedule
    ContractRequired = 1U << 1U, // only a service with a contract waits for a signature
    DepositRequired = 1U << 2U, // only a service with a deposit waits for a payment
    ContractSignedIfRequired = 1U << 3U,
    DepositPaidIfRequired = 1U << 4U,
    SessionStarted = 1U << 5U, // now >= start
    SessionEnded = 1U << 6U, // now >= end
};

struct Transition
{
    BookingStatus from;
    BookingStatus to;
    unsigned gates;
};

using S = BookingStatus;

// The whole state machine. Anything not listed is refused. Decisions worth knowing:
// - Pending may skip AwaitingSignature when the service needs no contract (or it is already signed),
//   and AwaitingPayment when it needs no deposit (or it is already paid): the gates on Confirmed
//   re-check both, so skipping never bypasses them.
// - Every status before Completed may be canceled, Confirmed included (late cancellations are real).
// - NoShow -> Completed is allowed as a correction: the client arrived late after being marked absent.
//   Nothing else leaves NoShow.
// - Canceled -> Pending reopens a booking the client changed their mind about, keeping its history;
//   it then passes the contract and deposit gates again on its way to Confirmed.
// - Completed is final: corrections after that are notes, not status changes.
constexpr std::array kTransitions {
    Transition {S::Inquiry, S::Pending, NoGate},
    Transition {S::Inquiry, S::Canceled, NoGate},
    Transition {S::Pending, S::AwaitingSignature, ContractRequired},
    Transition {S::Pending, S::AwaitingPayment, ContractSignedIfRequired | DepositRequired},
    Transition {S::Pending, S::Confirmed, HasSessionTime | ContractSignedIfRequired | DepositPaidIfRequired},
    Transition {S::Pending, S::Canceled, NoGate},
    Transition {S::AwaitingSignature, S::AwaitingPayment, ContractSignedIfRequired | DepositRequired},
    Transition {S::AwaitingSignature, S::Confirmed, HasSessionTime | ContractSignedIfRequired | DepositPaidIfRequired},
    Transition {S::AwaitingSignature, S::Canceled, NoGate},
    Transition {S::AwaitingPayment, S::Confirmed, HasSessionTime | ContractSignedIfRequired | DepositPaidIfRequired},
    Transition {S::AwaitingPayment, S::Canceled, NoGate},
    Transition {S::Confirmed, S::Completed, HasSessionTime | SessionEnded},
    Transition {S::Confirmed, S::NoShow, HasSessionTime | SessionStarted},
    Transition {S::Confirmed, S::Canceled, NoGate},
    Transition {S::NoShow, S::Completed, HasSessionTime | SessionEnded},
    Transition {S::Canceled, S::Pending, NoGate},
};

Error refused(const QString& message)
{
    return Error(Error::Code::Conflict, message);
}

bool isBeforeConfirmed(BookingStatus status)
{
    return status == S::Inquiry || status == S::Pending || status == S::AwaitingSignature
        || status == S::AwaitingPayment;
}

// Why a move that is not in the table is refused.
Error explainMissing(BookingStatus from, BookingStatus to)
{
    if (from == to) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "The booking is already %1").arg(bookingStatusName(to)));
    }
    if (from == S::Completed) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "A completed booking is final and can't change status"));
    }
    if (from == S::Canceled) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "A canceled booking can only be reopened as pending"));
    }
    if (from == S::NoShow) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "A no-show can only be corrected to completed"));
    }
    if (to == S::Completed && isBeforeConfirmed(from)) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "A booking can't be completed before it is confirmed"));
    }
    if (to == S::NoShow && isBeforeConfirmed(from)) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "Only a confirmed booking can be marked as a no-show"));
    }
    if (from == S::Inquiry) {
        return refused(QCoreApplication::translate(
            "BookingStateMachine", "An inquiry has to be accepted as pending before it moves on"));
    }
    return refused(QCoreApplication::translate("BookingStateMachine", "A booking can't go back from %1 to %2")
                       .arg(bookingStatusName(from), bookingStatusName(to)));
}

Result<void> checkGates(unsigned gates, const BookingTransitionContext& context)
{
    if ((gates & HasSessionTime) != 0U && (!context.sessionStart.isValid() || !context.sessionEnd.isValid())) {
        return refused(QCoreApplication::translate("BookingStateMachine", "The booking needs a session time first"));
    }
    if ((gates & ContractRequired) != 0U && !context.contractRequired) {
        return refused(QCoreApplication::translate(
            "BookingStateMachine", "This service doesn't require a contract, so there is nothing to sign"));
    }
    if ((gates & ContractSignedIfRequired) != 0U && context.contractRequired && !context.contractSigned) {
        return refused(
            QCoreApplication::translate("BookingStateMachine", "This booking needs the contract signed first"));
    }
    if ((gates & DepositRequired) != 0U && !context.depositRequired) {
        return refused(QCoreApplication::translate(
            "BookingStateMachine", "This service doesn't require a deposit, so there is nothing to pay"));
    }
    if ((gates & DepositPaidIfRequired) != 0U && context.depositRequired && !context.depositPaid) {
        return refused(QCoreApplication::translate("BookingStateMachine", "This booking needs the deposit paid first"));
    }
    // An unknown `now` counts as "too early": marking a session done must never happen by accident.
    if ((gates & SessionStarted) != 0U && (!context.now.isValid() || context.now < context.sessionStart)) {
        return refused(QCoreApplication::translate(
            "BookingStateMachine", "A booking can't be marked a no-show before the session has started"));
    }
    if ((gates & SessionEnded) != 0U && (!context.now.isValid() || context.now < context.sessionEnd)) {
        return refused(QCoreApplication::translate(
            "BookingStateMachine", "A booking can't be marked completed before the session has ended"));
    }
    return {};
}

} // namespace

Result<void> BookingStateMachine::check(BookingStatus from, BookingStatus to, const BookingTransitionContext& context)
{
    for (const Transition& transition : kTransitions) {
        if (transition.from == from && transition.to == to) {
            return checkGates(transition.gates, context);
        }
    }
    return explainMissing(from, to);
}

QList<BookingStatus> BookingStateMachine::successors(BookingStatus from)
{
    QList<BookingStatus> result;
    for (const Transition& transition : kTransitions) {
        if (transition.from == from) {
            result.append(transition.to);
        }
    }
    return result;
}

} // namespace clientele::domain
