#include "ui/widgets/BookingStatusText.h"

#include <QCoreApplication>

namespace clientele::ui {

QString bookingTransitionText(domain::BookingStatus to)
{
    using S = domain::BookingStatus;
    switch (to) {
    case S::Inquiry:
        return QCoreApplication::translate("BookingStatus", "Back to Inquiry");
    case S::Pending:
        return QCoreApplication::translate("BookingStatus", "Mark Pending");
    case S::AwaitingSignature:
        return QCoreApplication::translate("BookingStatus", "Wait for Signature");
    case S::AwaitingPayment:
        return QCoreApplication::translate("BookingStatus", "Wait for Payment");
    case S::Confirmed:
        return QCoreApplication::translate("BookingStatus", "Confirm");
    case S::Completed:
        return QCoreApplication::translate("BookingStatus", "Complete");
    case S::Canceled:
        return QCoreApplication::translate("BookingStatus", "Cancel Booking");
    case S::NoShow:
        return QCoreApplication::translate("BookingStatus", "Mark No-show");
    }
    return {};
}

QString pipelineStageText(domain::PipelineStage stage)
{
    using P = domain::PipelineStage;
    switch (stage) {
    case P::Inquiry:
        return QCoreApplication::translate("PipelineStage", "Inquiry");
    case P::Consultation:
        return QCoreApplication::translate("PipelineStage", "Consultation");
    case P::Booked:
        return QCoreApplication::translate("PipelineStage", "Booked");
    case P::Repeat:
        return QCoreApplication::translate("PipelineStage", "Repeat client");
    }
    return {};
}

} // namespace clientele::ui
