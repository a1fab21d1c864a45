#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QUrl>
#include <chrono>

#include "core/Result.h"

namespace clientele::relay {

struct HttpCallRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds timeout {30'000};
};

struct HttpCallResponse
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case
};

// Error::detail() of a failed call says whether the provider may have acted on it: a request that
// never left (no connection) is safe to send again; one that left without a complete answer may
// have had its effect (SYNC.md §3.9: never resend an SMS after that).
inline constexpr char kCallNotSent[] = "http-call.not-sent";
inline constexpr char kCallOutcomeUnknown[] = "http-call.outcome-unknown";

// One blocking HTTPS (or loopback HTTP) request with libcurl; call it from a worker thread. TLS is
// verified; redirects are not followed.
Result<HttpCallResponse> httpCall(const HttpCallRequest& request);

} // namespace clientele::relay
