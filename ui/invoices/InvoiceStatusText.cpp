#include "ui/invoices/InvoiceStatusText.h"

#include <QCoreApplication>

namespace clientele::ui {

QString invoiceStatusText(domain::InvoiceStatus status, bool overdue)
{
    using domain::InvoiceStatus;
    switch (status) {
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("InvoiceStatus", "Draft");
    case InvoiceStatus::Issued:
        return overdue ? QCoreApplication::translate("InvoiceStatus", "Overdue")
                       : QCoreApplication::translate("InvoiceStatus", "Awaiting payment");
    case InvoiceStatus::PartiallyPaid:
        return overdue ? QCoreApplication::translate("InvoiceStatus", "Overdue · part paid")
                       : QCoreApplication::translate("InvoiceStatus", "Partially paid");
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("InvoiceStatus", "Paid");
    case InvoiceStatus::Void:
        return QCoreApplication::translate("InvoiceStatus", "Void");
    case InvoiceStatus::Refunded:
        return QCoreApplication::translate("InvoiceStatus", "Refunded");
    }
    return {};
}

StatusTone invoiceStatusTone(domain::InvoiceStatus status, bool overdue)
{
    using domain::InvoiceStatus;
    if (overdue) {
        return StatusTone::Danger;
    }
    switch (status) {
    case InvoiceStatus::Draft:
    case InvoiceStatus::Void:
        return StatusTone::Neutral;
    case InvoiceStatus::Issued:
        return StatusTone::Info;
    case InvoiceStatus::PartiallyPaid:
    case InvoiceStatus::Refunded:
        return StatusTone::Warning;
    case InvoiceStatus::Paid:
        return StatusTone::Success;
    }
    return StatusTone::Neutral;
}

} // namespace clientele::ui
