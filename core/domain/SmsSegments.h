#pragma once

#include <QStringView>

namespace clientele::domain {

// How many SMS parts a text costs (carriers bill per part).
//
// A text that uses only the GSM 03.38 alphabet is sent as GSM-7: 160 septets in one part, 153 per
// part when split (the rest carries the concatenation header). Characters from the extension table
// (€ [ ] { } \ ^ ~ | and form feed) take two septets. Any other character switches the whole text
// to UCS-2: 70 UTF-16 units in one part, 67 per part; an emoji outside the BMP takes two units.
// A character (escape pair or surrogate pair) is never split across parts, so a part may carry one
// unit less than the maximum, exactly as the phone reassembles it.
class SmsSegments final
{
public:
    enum class Encoding
    {
        Gsm7,
        Ucs2,
    };

    struct Count
    {
        Encoding encoding = Encoding::Gsm7;
        int units = 0; // septets for GSM-7, UTF-16 units for UCS-2
        int segments = 0; // 0 for an empty text
    };

    static Count count(QStringView body);
    static bool isGsm7(QStringView body);
};

} // namespace clientele::domain
