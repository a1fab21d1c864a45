#pragma once

#include <QStringView>

namespace clientele::relay::sandbox {

// How Twilio splits an SMS body: GSM-7 when every character is in the GSM 03.38 basic set or its
// extension table (the extension characters ^{}\[~]|€ take two septets), else UCS-2 (UTF-16 code
// units, so an emoji counts twice). A single message holds 160 septets or 70 code units; longer
// bodies go in parts of 153 or 67 (the rest is the concatenation header).
struct SmsEncoding
{
    bool gsm7 = true;
    int units = 0; // septets for GSM-7, UTF-16 code units for UCS-2
    int segments = 0;
};

[[nodiscard]] SmsEncoding smsEncoding(QStringView body);
// Characters as Twilio's 1,600 limit counts them (Unicode code points).
[[nodiscard]] int smsCharacterCount(QStringView body);

} // namespace clientele::relay::sandbox
