#include "core/store/Summaries.h"

namespace clientele {

bool InvoiceSummary::isOverdue(const QDate& today) const
{
    const bool open = status == domain::InvoiceStatus::Issued || status == domain::InvoiceStatus::PartiallyPaid;
    return open && dueDate.isValid() && dueDate < today && balanceMinor() > 0;
}

} // namespace clientele
