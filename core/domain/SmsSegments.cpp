#include "core/domain/SmsSegments.h"

#include <QList>

namespace clientele::domain {

namespace {

constexpr int kGsmSingle = 160;
constexpr int kGsmMulti = 153;
constexpr int kUcsSingle = 70;
constexpr int kUcsMulti = 67;

// The GSM 03.38 default alphabet (the escape 0x1B itself is not a character).
constexpr char16_t kGsmBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                 u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table, reached through the escape: two septets each.
constexpr char16_t kGsmExtension[] = u"\f^{}\\[~]|€";

// Septets of one character in GSM-7, or 0 if it has none.
int gsmSeptets(QChar c)
{
    const QStringView basic(kGsmBasic);
    if (basic.contains(c)) {
        return 1;
    }
    const QStringView extension(kGsmExtension);
    return extension.contains(c) ? 2 : 0;
}

// Packs unsplittable characters of the given unit widths into parts.
int packSegments(const QList<int>& widths, int total, int single, int multi)
{
    if (total == 0) {
        return 0;
    }
    if (total <= single) {
        return 1;
    }
    int segments = 1;
    int used = 0;
    for (const int width : widths) {
        if (used + width > multi) {
            ++segments;
            used = 0;
        }
        used += width;
    }
    return segments;
}

} // namespace

bool SmsSegments::isGsm7(QStringView body)
{
    for (const QChar c : body) {
        if (gsmSeptets(c) == 0) {
            return false;
        }
    }
    return true;
}

SmsSegments::Count SmsSegments::count(QStringView body)
{
    Count result;
    QList<int> widths;
    widths.reserve(body.size());
    if (isGsm7(body)) {
        for (const QChar c : body) {
            widths.append(gsmSeptets(c));
            result.units += widths.constLast();
        }
        result.encoding = Encoding::Gsm7;
        result.segments = packSegments(widths, result.units, kGsmSingle, kGsmMulti);
        return result;
    }
    for (qsizetype i = 0; i < body.size(); ++i) {
        const bool pair = body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate();
        widths.append(pair ? 2 : 1);
        result.units += widths.constLast();
        if (pair) {
            ++i;
        }
    }
    result.encoding = Encoding::Ucs2;
    result.segments = packSegments(widths, result.units, kUcsSingle, kUcsMulti);
    return result;
}

} // namespace clientele::domain
