#pragma once

#include <QString>

#include "core/Result.h"

namespace clientele::domain {

// A pragmatic email address: what real mailboxes look like, not the full RFC 5322 grammar (quoted
// local parts, comments and IP literals are refused because no client types them and they are a
// favourite of header-injection tricks).
//
// Rules: surrounding spaces are trimmed; exactly one "@"; a local part of 1–64 bytes with no
// spaces, control characters, quotes or brackets and no leading, trailing or doubled dot; a domain
// with at least one dot whose labels are valid host names (internationalised domains are accepted,
// stored in Unicode and lowercased, and available in ASCII "xn--" form for SMTP). The local part
// keeps its case, because some mail servers treat it as case-sensitive. "Jane <jane@example.com>"
// is refused with a message saying to enter the address alone.
//
// Refusals carry a stable key in Error::detail() (e.g. "email.display-name"), never the address.
class EmailAddress final
{
public:
    EmailAddress() = default;

    static Result<EmailAddress> parse(const QString& input);

    bool isEmpty() const { return m_localPart.isEmpty(); }
    const QString& localPart() const { return m_localPart; }
    // Lowercased Unicode form ("bücher.example").
    const QString& domain() const { return m_domain; }
    // ASCII-compatible form ("xn--bcher-kva.example") for SMTP and DNS.
    const QString& asciiDomain() const { return m_asciiDomain; }
    QString address() const { return m_localPart + u'@' + m_domain; }
    QString asciiAddress() const { return m_localPart + u'@' + m_asciiDomain; }

    // Same mailbox for duplicate detection: in practice providers ignore local-part case.
    bool isSameMailbox(const EmailAddress& other) const;

    friend bool operator==(const EmailAddress& a, const EmailAddress& b)
    {
        return a.m_localPart == b.m_localPart && a.m_domain == b.m_domain;
    }

private:
    QString m_localPart;
    QString m_domain;
    QString m_asciiDomain;
};

} // namespace clientele::domain
