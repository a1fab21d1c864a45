#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include "core/webhooks/FormBody.h"

namespace clientele::webhooks {

// X-Twilio-Signature: base64(HMAC-SHA1(auth token, URL + every name+value of the POST form)), the
// pairs in byte order of name, then value. The URL is the one Twilio was configured with (scheme,
// host, path and query), not what a proxy passed on. A pair that occurs twice is counted once,
// like Twilio's official validators do (their duplicate-parameter vector depends on it); repeated
// names with different values all count. Empty only if OpenSSL fails.
[[nodiscard]] QByteArray twilioSignature(QStringView url, const FormParams& postParams, QByteArrayView authToken);

// Compares in constant time. Twilio is inconsistent about ports when it signs, so like its official
// validators this also accepts the signature of the URL with the default port added (":443" for https,
// ":80" for http) when it names none, or with its port removed when it names one.
[[nodiscard]] bool twilioSignatureValid(
    QStringView url, const FormParams& postParams, QByteArrayView authToken, QByteArrayView headerValue);

// JSON-bodied webhooks: the URL carries bodySHA256=<hex SHA-256 of the raw body>; the signature covers
// the URL alone (no parameters), and the body must hash to that value. False without a bodySHA256.
[[nodiscard]] bool twilioJsonSignatureValid(
    QStringView urlWithBodySha, QByteArrayView rawBody, QByteArrayView authToken, QByteArrayView headerValue);

} // namespace clientele::webhooks
