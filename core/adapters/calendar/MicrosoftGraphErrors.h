#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"
#include "core/adapters/calendar/ApiDialect.h"

namespace clientele {

// What Microsoft Graph said when a call failed: the HTTP status and error.code of its body
// {"error":{"code","message","innerError":{…}}} (PROVIDERS.md §4.2), e.g. TooManyRequests,
// ErrorItemNotFound, ErrorAccessDenied, syncStateNotFound.
ApiFailure graphFailureFromReply(int status, const QByteArray& body);

// 429 and 5xx (503 and 504 with or without Retry-After, 509 bandwidth limits): Graph asks to wait
// Retry-After, else to back off exponentially.
bool graphIsThrottleOrServerTrouble(const ApiFailure& failure);

// The Error for a failure that is not retried here. `operation` names the call for the log
// ("events.update"); it never holds ids or content.
Error microsoftCalendarError(const ApiFailure& failure, const char* operation);
// Throttling or 5xx that outlasted every attempt: retryable, "try again later".
Error microsoftCalendarGaveUpError(const ApiFailure& failure, const char* operation, int attempts);
// No HTTP answer at all (offline, refused, timed out).
Error microsoftCalendarNetworkError(const char* operation, const QString& detail);
// A 2xx whose body is not what the API documents.
Error microsoftCalendarBadAnswerError(const char* operation, const QString& detail);

// The above as one table for RestApiTransport, logging to cl.adapter.mscal.
const ApiDialect& microsoftGraphDialect();

} // namespace clientele
