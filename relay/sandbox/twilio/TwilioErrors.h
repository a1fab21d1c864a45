#pragma once

#include <QString>

#include "relay/lib/HttpTypes.h"

class QJsonObject;

namespace clientele::relay::sandbox {

// Twilio error codes the simulator returns (https://www.twilio.com/docs/errors/<code>).
namespace twilio_code {
inline constexpr int kAuthenticate = 20003; // 401: wrong or missing credentials
inline constexpr int kNotFound = 20404; // 404: no such resource in this account
inline constexpr int kTooManyRequests = 20429; // 429: not processed, safe to retry after backing off
inline constexpr int kInternalError = 20500; // 500
inline constexpr int kServiceUnavailable = 20503; // 503
inline constexpr int kInvalidTo = 21211; // invalid 'To' phone number
inline constexpr int kSameToFrom = 21266; // 'To' and 'From' are the same
inline constexpr int kFromRequired = 21603; // neither From nor MessagingServiceSid
inline constexpr int kToRequired = 21604; // no To
inline constexpr int kBodyRequired = 21602; // no Body (nor MediaUrl/ContentSid)
inline constexpr int kFromNotOwned = 21606; // From is not an SMS-capable number of this account
inline constexpr int kInvalidStatusCallback = 21609; // StatusCallback is not a valid URL
inline constexpr int kUnsubscribed = 21610; // the recipient replied STOP
inline constexpr int kUnroutable = 21612; // the To number cannot be reached from the From number
inline constexpr int kBodyTooLong = 21617; // body above 1,600 characters
inline constexpr int kInvalidMessagingService = 21701; // MessagingServiceSid is not MG + 32 hex
// Delivery errors: reported in the message's error_code and in status callbacks, never at create.
inline constexpr int kUnreachableHandset = 30003;
inline constexpr int kUnknownHandset = 30005;
} // namespace twilio_code

// An error as the 2010 API answers it: {"code", "message", "more_info", "status"}.
struct TwilioError
{
    int code = 0; // 0: not a Twilio code (the simulator's own refusals); "code" is null then
    int httpStatus = 400;
    QString message;

    QJsonObject toJson() const;
    Response toResponse(unsigned version = 11, bool keepAlive = true) const;
};

// The error_message Twilio gives a delivery error code (30003 → "Unreachable destination handset").
[[nodiscard]] QString deliveryErrorMessage(int code);

} // namespace clientele::relay::sandbox
