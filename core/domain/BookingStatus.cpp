#include "core/domain/BookingStatus.h"

#include <QCoreApplication>

namespace clientele::domain {

QList<BookingStatus> allBookingStatuses()
{
    return {BookingStatus::Inquiry, BookingStatus::Pending, BookingStatus::AwaitingSignature,
        BookingStatus::AwaitingPayment, BookingStatus::Confirmed, BookingStatus::Completed, BookingStatus::Canceled,
        BookingStatus::NoShow};
}

QString bookingStatusKey(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Inquiry:
        return QStringLiteral("inquiry");
    case BookingStatus::Pending:
        return QStringLiteral("pending");
    case BookingStatus::AwaitingSignature:
        return QStringLiteral("awaiting_signature");
    case BookingStatus::AwaitingPayment:
        return QStringLiteral("awaiting_payment");
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::Completed:
        return QStringLiteral("completed");
    case BookingStatus::Canceled:
        return QStringLiteral("canceled");
    case BookingStatus::NoShow:
        return QStringLiteral("no_show");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<BookingStatus> bookingStatusFromKey(QStringView key)
{
    const QList<BookingStatus> statuses = allBookingStatuses();
    for (const BookingStatus status : statuses) {
        if (key == bookingStatusKey(status)) {
            return status;
        }
    }
    return std::nullopt;
}

QString bookingStatusName(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Inquiry:
        return QCoreApplication::translate("BookingStatus", "Inquiry");
    case BookingStatus::Pending:
        return QCoreApplication::translate("BookingStatus", "Pending");
    case BookingStatus::AwaitingSignature:
        return QCoreApplication::translate("BookingStatus", "Awaiting signature");
    case BookingStatus::AwaitingPayment:
        return QCoreApplication::translate("BookingStatus", "Awaiting payment");
    case BookingStatus::Confirmed:
        return QCoreApplication::translate("BookingStatus", "Confirmed");
    case BookingStatus::Completed:
        return QCoreApplication::translate("BookingStatus", "Completed");
    case BookingStatus::Canceled:
        return QCoreApplication::translate("BookingStatus", "Canceled");
    case BookingStatus::NoShow:
        return QCoreApplication::translate("BookingStatus", "No-show");
    }
    Q_UNREACHABLE();
    return {};
}

bool isFinalBookingStatus(BookingStatus status)
{
    return status == BookingStatus::Completed || status == BookingStatus::Canceled || status == BookingStatus::NoShow;
}

} // namespace clientele::domain
