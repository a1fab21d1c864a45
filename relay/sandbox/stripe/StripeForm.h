#pragma once

#include <QByteArrayView>
#include <QJsonObject>

#include "core/Result.h"

namespace clientele::relay::sandbox {

// Decodes a Stripe request body or query string (application/x-www-form-urlencoded, '+' = space,
// %XX bytes, UTF-8) into the tree its bracket names describe, as Stripe's servers do:
//   metadata[order]=42&line_items[0][price_data][currency]=eur&expand[]=x
// → {"metadata":{"order":"42"},"line_items":[{"price_data":{"currency":"eur"}}],"expand":["x"]}.
// Brackets may be sent encoded (%5B %5D) or not. Leaves are strings; an object whose keys are all
// indices (or "[]" appends) becomes an array in index order. A later field replaces an earlier one
// with the same name. Fails (Error::Code::InvalidInput) on a bad escape, bytes that are not UTF-8, or
// an unbalanced bracket.
[[nodiscard]] Result<QJsonObject> decodeStripeForm(QByteArrayView body);

// The bracket name of every leaf of a decoded tree, e.g. "line_items[0][quantity]" (for error params).
QString stripeParamName(const QStringList& path);

} // namespace clientele::relay::sandbox
