#pragma once

#include <QString>

#include "core/domain/Contract.h"
#include "core/domain/Message.h"

namespace clientele::ui {

// Contract and message states and channels as the practitioner reads them, translated.
QString contractStatusText(domain::ContractStatus status);
QString messageStateText(domain::MessageState state);
// "Email" or "Text" for a message's channel key ("email", "sms").
QString messageChannelText(const QString& channel);

} // namespace clientele::ui
