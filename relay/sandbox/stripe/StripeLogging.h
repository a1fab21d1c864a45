#pragma once

#include <QLoggingCategory>

// cl.relay.sandbox.stripe: the Stripe simulator (fake-stripe and clientele-relay --sandbox).
Q_DECLARE_LOGGING_CATEGORY(lcRelaySandboxStripe)
