#pragma once

#include <QString>

#include "core/domain/InvoiceStatus.h"
#include "core/domain/Payment.h"
#include "ui/widgets/StatusPillDelegate.h"

namespace clientele::ui {

// What the invoice views call each status, and the pill tone that goes with it. Overdue is not a
// status of its own in the domain (an issued invoice becomes overdue as days pass), so it is a flag.
QString invoiceStatusText(domain::InvoiceStatus status, bool overdue = false);
StatusTone invoiceStatusTone(domain::InvoiceStatus status, bool overdue = false);
} // namespace clientele::ui
