#pragma once

namespace clientele::relay {

class Router;
struct RelayContext;

// Provider webhooks, verified on the raw body before anything is parsed or stored:
//   POST /hooks/stripe   Stripe-Signature (HMAC-SHA256, 300 s tolerance, any v1 may match);
//                        each event id stored once, answered 200 at once, processed after.
void addWebhookRoutes(Router& router, RelayContext& context);

} // namespace clientele::relay
