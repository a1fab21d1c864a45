#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// Twilio webhooks, verified with X-Twilio-Signature against CLIENTELE_RELAY_PUBLIC_URL + the path
// and query as received (never the Host header, which the proxy rewrites):
//   POST /hooks/twilio/status?command_id=…   message status callbacks; each (MessageSid, status) once;
//                                            states only move forward, so late or repeated ones are harmless
//   POST /hooks/twilio/inbound               replies; STOP/START/HELP recorded per vault and number;
//                                            the message is sealed into the mailbox of the vault that
//                                            last texted the number
void addTwilioWebhookRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
