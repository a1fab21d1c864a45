#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include "core/Error.h"

namespace clientele {

// What a provider said when a call failed: the HTTP status and its own error code.
struct ApiFailure
{
    int status = 0;
    // Google: the first errors[].reason (rateLimitExceeded, fullSyncRequired); Microsoft Graph:
    // error.code (TooManyRequests, ErrorItemNotFound, syncStateNotFound). Empty if none.
    QString reason;
    QString message; // the provider's own words, for the log detail only
};

// How one provider's REST API reports failures, for RestApiTransport: the transport does the
// retrying, the dialect knows the error bodies, which failures a short wait cures, and the words
// for the user. `operation` names the call for the log ("events.patch"); it never holds ids or
// content. Plain function pointers: a dialect is a constant table, not an object with state.
struct ApiDialect
{
    const QLoggingCategory& (*log)();
    ApiFailure (*failureFromReply)(int status, const QByteArray& body);
    // Throttling and server trouble: retried with backoff (and Retry-After) inside the transport.
    bool (*isThrottleOrServerTrouble)(const ApiFailure& failure);
    // The Error for a failure that is not retried here.
    Error (*error)(const ApiFailure& failure, const char* operation);
    // Throttling or server trouble that outlasted every attempt: retryable, "try again later".
    Error (*gaveUpError)(const ApiFailure& failure, const char* operation, int attempts);
    // No HTTP answer at all (offline, refused, timed out).
    Error (*networkError)(const char* operation, const QString& detail);
    // A 2xx whose body is not what the API documents.
    Error (*badAnswerError)(const char* operation, const QString& detail);
};

// "events.patch: HTTP 412 preconditionFailed: Precondition Failed", for Error details.
QString apiFailureDetail(const ApiFailure& failure, const char* operation);

} // namespace clientele
