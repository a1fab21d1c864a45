#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"
#include "core/adapters/calendar/ApiDialect.h"

namespace clientele {

// What Google said when a call failed: the HTTP status and the first reason of its error body
// {"error":{"errors":[{"domain","reason","message"}],"code","message"}} (PROVIDERS.md §3.3), e.g.
// rateLimitExceeded, fullSyncRequired, preconditionFailed.
ApiFailure googleFailureFromReply(int status, const QByteArray& body);

// 429, 403 rateLimitExceeded/userRateLimitExceeded and 5xx: Google asks for exponential backoff.
bool googleIsThrottleOrServerTrouble(const ApiFailure& failure);

// The Error for a failure that is not retried here. `operation` names the call for the log
// ("events.patch"); it never holds ids or content.
Error googleCalendarError(const ApiFailure& failure, const char* operation);
// Throttling or 5xx that outlasted every attempt: retryable, "try again later".
Error googleCalendarGaveUpError(const ApiFailure& failure, const char* operation, int attempts);
// No HTTP answer at all (offline, refused, timed out).
Error googleCalendarNetworkError(const char* operation, const QString& detail);
// A 2xx whose body is not what the API documents.
Error googleCalendarBadAnswerError(const char* operation, const QString& detail);

// The above as one table for RestApiTransport, logging to cl.adapter.gcal.
const ApiDialect& googleCalendarDialect();

} // namespace clientele
