#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/interchange/ContactRecord.h"

namespace clientele::interchange {

// Writes ContactRecords as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426, for older address books):
// UTF-8, CRLF line ends, text escaped and lines folded as ContentLine.h says. Writes FN, N, ORG, EMAIL and TEL (the
// first marked preferred), ADR, NOTE, CATEGORIES, BDAY, and stage and source as X-CLIENTELE-STAGE / X-CLIENTELE-SOURCE
// so that VCardReader reads them back. ContactRecord::extra is import-only and not written.
class VCardWriter final
{
public:
    enum class Version
    {
        V3,
        V4,
    };

    static QByteArray write(const QList<ContactRecord>& records, Version version = Version::V4);
    static QByteArray writeCard(const ContactRecord& record, Version version = Version::V4);
};

} // namespace clientele::interchange
