#pragma once

#include <QString>

#include "core/Result.h"

namespace clientele::domain {

// The path of a file inside a delivery ("Wedding/Ceremony/IMG_0042.jpg"). It comes from the names
// of files a user dropped, and later becomes a path on the client's computer when they download
// the delivery, so it is never trusted (DESIGN.md §2, Files).
//
// normalize() converts to Unicode NFC (macOS hands out decomposed names) and then refuses, with a
// stable key in Error::detail():
//   "path.empty"            nothing, or only separators
//   "path.absolute"         a leading "/" or a drive ("C:")
//   "path.backslash"        "\" (a separator on Windows: "a\..\..\x" would escape)
//   "path.control"          NUL or any other control character
//   "path.reserved-char"    one of < > : " | ? * (not allowed in Windows file names; ":" also
//                           opens NTFS alternate data streams)
//   "path.empty-component"  "a//b" or a trailing "/"
//   "path.dot-component"    "." or ".."
//   "path.reserved-name"    CON, PRN, AUX, NUL, COM1–9, LPT1–9 (with any extension)
//   "path.trailing-dot-space" a name ending in "." or " " (Windows strips them silently)
//   "path.component-too-long" a name longer than 255 UTF-8 bytes
//   "path.too-long"         a path longer than 4096 UTF-8 bytes
class DeliverablePath final
{
public:
    static Result<QString> normalize(const QString& path);
};

} // namespace clientele::domain
