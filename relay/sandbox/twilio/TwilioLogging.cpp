#include "relay/sandbox/twilio/TwilioLogging.h"

namespace clientele::relay::sandbox {

Q_LOGGING_CATEGORY(lcTwilioSandbox, "cl.relay.sandbox.twilio", QtInfoMsg)

} // namespace clientele::relay::sandbox
