#include "relay/sandbox/twilio/TwilioSegments.h"

#include <QList>
#include <QString>

namespace clientele::relay::sandbox {

namespace {

// GSM 03.38 basic character set (the escape code 0x1B excluded), in table order.
const QString& gsmBasic()
{
    static const QString kBasic = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return kBasic;
}

// The extension table: each costs an escape plus the character.
const QString& gsmExtension()
{
    static const QString kExtension = QString::fromUtf8("\f^{}\\[~]|€");
    return kExtension;
}

} // namespace

SmsEncoding smsEncoding(QStringView body)
{
    SmsEncoding result;
    int septets = 0;
    for (const QChar c : body) {
        if (gsmBasic().contains(c)) {
            septets += 1;
        } else if (gsmExtension().contains(c)) {
            septets += 2;
        } else {
            result.gsm7 = false;
            break;
        }
    }
    if (result.gsm7) {
        result.units = septets;
        result.segments = septets <= 160 ? 1 : (septets + 152) / 153;
    } else {
        result.units = static_cast<int>(body.size());
        result.segments = result.units <= 70 ? 1 : (result.units + 66) / 67;
    }
    return result;
}

int smsCharacterCount(QStringView body)
{
    return static_cast<int>(body.toUcs4().size());
}

} // namespace clientele::relay::sandbox
