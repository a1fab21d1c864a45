#pragma once

#include <QString>

#include "core/domain/Contract.h"
#include "core/domain/Message.h"

namespace clientele::ui {

// Contract and message states as the practitioner reads them, translated.
QString contractStatusText(domain::ContractStatus status);
QString messageStateText(domain::MessageState state);

} // namespace clientele::ui
