#pragma once

#include <QJsonObject>
#include <QString>

#include "core/Result.h"

namespace clientele::relay {

// Every command type the relay executes, and the parameters each takes. Checked when the command
// is posted, so a bad one is refused with a clear message and never stored.
bool isKnownCommandType(const QString& type);
// The parameters as they will be executed: checked, trimmed, unknown keys refused.
Result<QJsonObject> checkedCommandParams(const QString& type, const QJsonObject& params);

} // namespace clientele::relay
