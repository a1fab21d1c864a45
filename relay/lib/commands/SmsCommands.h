#pragma once

#include "relay/lib/commands/CommandOutcome.h"
#include "relay/lib/store/RelayRecords.h"

namespace clientele::relay {

struct RelayContext;
class TwilioClient;

// twilio.sms.send, at most once (SYNC.md §3.9): the runner commits "sending" before the call. An
// answer from Twilio settles it; a lost answer leaves it "unknown", and reconcileSms later looks
// the message up at Twilio instead of sending again.
CommandOutcome sendSms(RelayContext& context, const TwilioClient& twilio, const CommandRecord& command);
CommandOutcome reconcileSms(const TwilioClient& twilio, const CommandRecord& command);

// What the outcome of an SMS attempt means for the command's state.
inline constexpr char kSmsUnknownCode[] = "outcome_unknown";

} // namespace clientele::relay
