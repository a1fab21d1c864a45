#pragma once

#include <QDateTime>

namespace clientele::domain {

// How the client reaches a delivery: a link that stops working at `expiresAt` (UTC) and may ask
// for a password. The password itself never lives here; the relay keeps only its verifier.
struct ShareLinkSettings final
{
    QDateTime expiresAt;
    bool passwordRequired = false;

    friend bool operator==(const ShareLinkSettings& a, const ShareLinkSettings& b) = default;
};

} // namespace clientele::domain
