#pragma once

#include <QByteArray>

#include "core/Result.h"
#include "core/interchange/ContactImportResult.h"

namespace clientele::interchange {

// Reads vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files, and 2.1 as phones still export it, into
// ContactRecords.
//
// Handles line folding (CRLF followed by a space or tab), property groups (Apple's item1.TEL),
// parameters (TYPE, PREF, VALUE, ENCODING, CHARSET; 2.1's bare "TEL;HOME;PREF:"), escaped
// \\ \; \, \n, "tel:" URIs, quoted-printable values with soft line breaks (2.1), and several cards
// per file. Maps N, FN, ORG, EMAIL, TEL, ADR (the preferred one), NOTE, CATEGORIES, BDAY, our own
// X-CLIENTELE-STAGE/-SOURCE, and keeps TITLE, NICKNAME and URL in extra; other properties are
// ignored. The preferred EMAIL and TEL (PREF=1, TYPE=pref) come first.
//
// A card with BEGIN/END out of order, without VERSION, or with no name, organisation or email is
// a problem with the line where it starts; the other cards are still read. The file fails as a
// whole only if it is not text, too large, or contains no BEGIN:VCARD at all.
class VCardReader final
{
public:
    static constexpr qsizetype kMaxInputBytes = qsizetype(64) * 1024 * 1024;

    static Result<ContactImportResult> read(const QByteArray& data);
};

} // namespace clientele::interchange
