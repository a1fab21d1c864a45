#pragma once

#include <QString>

#include "core/domain/Payment.h"

namespace clientele {

// "Card", "Bank transfer", … for pickers, the payment history and printed receipts.
QString paymentMethodText(domain::Payment::Method method);

} // namespace clientele
