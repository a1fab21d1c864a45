#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace clientele::relay::sandbox {

// What Twilio's published spec allows, from relay/sandbox/twilio/twilio-message-params.json (generated
// by extract-params.py and embedded at build time).
struct TwilioMessageParams
{
    QSet<QString> createParams; // form parameters of CreateMessage
    QStringList createRequired;
    QSet<QString> listQuery; // query parameters of ListMessage
    QStringList messageFields; // fields of the Message resource
    QStringList statusEnum;
    QStringList directionEnum;

    // Parsed once; aborts if the embedded file is broken (a build problem, not a run-time one).
    static const TwilioMessageParams& embedded();
};

} // namespace clientele::relay::sandbox
