#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"

namespace clientele {

// What Google said when a call failed: the HTTP status and the first reason of its error body
// {"error":{"errors":[{"domain","reason","message"}],"code","message"}} (PROVIDERS.md §3.3).
struct GoogleApiFailure
{
    int status = 0;
    QString reason; // e.g. rateLimitExceeded, fullSyncRequired, preconditionFailed; empty if none
    QString message; // Google's own words, for the log detail only

    static GoogleApiFailure fromReply(int status, const QByteArray& body);

    // 429, 403 rateLimitExceeded/userRateLimitExceeded and 5xx: Google asks for exponential backoff.
    bool isThrottleOrServerTrouble() const;
};

// The Error for a failure that is not retried here. `operation` names the call for the log
// ("events.patch"); it never holds ids or content.
Error googleCalendarError(const GoogleApiFailure& failure, const char* operation);
// Throttling or 5xx that outlasted every attempt: retryable, "try again later".
Error googleCalendarGaveUpError(const GoogleApiFailure& failure, const char* operation, int attempts);
// No HTTP answer at all (offline, refused, timed out).
Error googleCalendarNetworkError(const char* operation, const QString& detail);
// A 2xx whose body is not what the API documents.
Error googleCalendarBadAnswerError(const char* operation, const QString& detail);

} // namespace clientele
