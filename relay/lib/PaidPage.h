#pragma once

namespace clientele::relay {

class Router;

// GET /paid: where a client lands after paying through a payment link (Stripe Checkout's success_url)
// when the practice has no website of its own to send them to. A static page that thanks them (the
// payment may still be processing: bank debits take days); it reads nothing from the request.
// GET /done: where the practitioner lands after setting up their Stripe account (the account link's
// return_url), to go back to the app.
void addPaidPage(Router& router);

} // namespace clientele::relay
