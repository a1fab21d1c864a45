#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include "core/Result.h"

namespace clientele::webhooks {

// Error::detail() keys of verifyStripeSignature, so that callers can tell the cases apart without
// parsing messages. No message ever quotes the secret or a signature.
inline constexpr char kStripeNoSecret[] = "stripe-signature.no-secret"; // Unavailable
inline constexpr char kStripeHeaderMissing[] = "stripe-signature.missing"; // InvalidInput
inline constexpr char kStripeHeaderMalformed[] = "stripe-signature.malformed"; // InvalidInput, also "no t="
inline constexpr char kStripeNoV1Signature[] = "stripe-signature.no-v1"; // InvalidInput
inline constexpr char kStripeNoMatch[] = "stripe-signature.no-match"; // PermissionDenied
inline constexpr char kStripeOutsideTolerance[] = "stripe-signature.outside-tolerance"; // PermissionDenied
inline constexpr char kStripeHmacFailed[] = "stripe-signature.hmac-failed"; // Internal

// Stripe's SDK default (Webhook.DEFAULT_TOLERANCE).
inline constexpr qint64 kStripeDefaultToleranceSeconds = 300;

// Checks a Stripe-Signature header "t=<unix>,v1=<hex>[,v1=<hex>…][,v0=<hex>]" against the request body
// exactly as received (re-serialised JSON would not match). Stripe signs "<t>.<body>" with
// HMAC-SHA256 and the endpoint secret ("whsec_…", prefix included). Any v1 may match (there are two
// while a secret rolls); v0 and unknown schemes are ignored. The timestamp must be within the
// tolerance of now in either direction, so a captured delivery cannot be replayed later.
// Returns the signed timestamp.
[[nodiscard]] Result<qint64> verifyStripeSignature(QByteArrayView rawBody, QByteArrayView header, QByteArrayView secret,
    qint64 nowUnixSeconds, qint64 toleranceSeconds = kStripeDefaultToleranceSeconds);

// "t=<timestamp>,v1=<hex>" as Stripe would send it, for fake Stripe servers in tests. Empty only if
// OpenSSL fails.
[[nodiscard]] QByteArray stripeSignatureHeader(QByteArrayView rawBody, QByteArrayView secret, qint64 timestamp);

} // namespace clientele::webhooks
