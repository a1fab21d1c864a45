#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"

namespace clientele::interchange {

// Turns the bytes of an imported text file into a QString. Accepts UTF-8 with or without a byte
// order mark and UTF-16 with one (Google Contacts' "Outlook CSV" and some Windows tools write it).
// Anything else is refused with the line of the first bad byte, because guessing a legacy code page
// would silently garble names.
class TextDecoder final
{
public:
    static Result<QString> decode(const QByteArray& data);

    // Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
    // surrogates and code points above U+10FFFF included), or -1 if all of data is valid.
    static qsizetype firstInvalidUtf8(const QByteArray& data);

    // 1-based line of the byte at offset; CRLF, LF and a lone CR each end one line.
    static int lineAt(const QByteArray& data, qsizetype offset);
};

} // namespace clientele::interchange
