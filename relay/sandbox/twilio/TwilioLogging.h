#pragma once

#include <QLoggingCategory>

namespace clientele::relay::sandbox {

// cl.relay.sandbox.twilio: the Twilio simulator (requests, status changes, callback deliveries).
Q_DECLARE_LOGGING_CATEGORY(lcTwilioSandbox)

} // namespace clientele::relay::sandbox
