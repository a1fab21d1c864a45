#pragma once

#include <QString>

namespace clientele::relay {

enum class SmsKeyword
{
    None,
    OptOut, // STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT
    OptIn, // START, YES, UNSTOP
    Help, // HELP, INFO
};

// Carrier and Twilio opt-out keywords (PROVIDERS.md §2.7): one word, any case, surrounding spaces
// and punctuation ignored; anything longer is an ordinary reply.
SmsKeyword smsKeyword(const QString& body);

} // namespace clientele::relay
