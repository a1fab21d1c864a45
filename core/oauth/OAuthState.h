#pragma once

#include <QByteArray>

namespace clientele {

// The OAuth `state` parameter: an unguessable value bound to one flow, checked on the redirect so a
// redirect that this flow did not start (CSRF, RFC 6749 §10.12) is refused.
class OAuthState final
{
public:
    // 32 random octets, base64url without padding.
    static QByteArray generate();
    // Constant-time comparison: how long it takes says nothing about how much of it matched.
    static bool matches(const QByteArray& expected, const QByteArray& received);
};

} // namespace clientele
