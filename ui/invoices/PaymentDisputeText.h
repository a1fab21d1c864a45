#pragma once

#include <QString>

namespace clientele::ui {

// A Stripe dispute reason ("product_not_received") in the practitioner's words; the key itself for
// one Stripe added after this version.
QString disputeReasonText(const QString& reason);

} // namespace clientele::ui
