#include "core/store/Summaries.h"

namespace clientele {

bool InvoiceSummary::isOverdue(const QDate& today) const
{
    const bool open = status == domain::InvoiceStatus::Issued || status == domain::InvoiceStatus::PartiallyPaid;
    const QDate due = nextDueDate.isValid() ? nextDueDate : dueDate;
    return open && due.isValid() && due < today && balanceMinor() > 0;
}

} // namespace clientele
