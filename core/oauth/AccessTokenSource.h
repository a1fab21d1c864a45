#pragma once

#include <QByteArray>
#include <QFuture>
#include <functional>

#include "core/Result.h"

namespace clientele {

class OAuthSession;

// Where an API client (a calendar, SMTP) gets its bearer token. Two functions rather than an OAuthSession so tests and
// other token holders can plug in; fromSession() is what the app wires.
struct AccessTokenSource
{
    // A token believed to be valid.
    std::function<QFuture<Result<QByteArray>>()> token;
    // The provider answered 401 to `rejected`: a fresh one (the session refreshes once).
    std::function<QFuture<Result<QByteArray>>(const QByteArray& rejected)> tokenAfterUnauthorized;

    // The session must outlive every client using the source; if it does not, calls fail cleanly.
    static AccessTokenSource fromSession(OAuthSession& session);
};

} // namespace clientele
