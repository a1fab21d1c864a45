#pragma once

#include <utility>

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "core/Result.h"

namespace clientele::webhooks {

// The fields of a form body in the order they arrived; a name may repeat.
using FormParams = QList<std::pair<QString, QString>>;

// Error::detail() keys of parseFormBody.
inline constexpr char kFormBodyBadEscape[] = "form-body.bad-escape";
inline constexpr char kFormBodyInvalidUtf8[] = "form-body.invalid-utf8";

// Splits an application/x-www-form-urlencoded body (what Twilio posts) into its fields: '+' is a
// space, %XX a byte, names and values are UTF-8. Empty fields ("a=1&&b=2") are skipped like browsers
// do; a field without '=' has an empty value. A '%' not followed by two hex digits, or bytes that are
// not UTF-8, make the whole body invalid: a signature computed over a guess would be meaningless.
[[nodiscard]] Result<FormParams> parseFormBody(QByteArrayView body);

} // namespace clientele::webhooks
