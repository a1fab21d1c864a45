#pragma once

#include <QByteArray>

#include "core/Result.h"

namespace clientele {

// PKCE (RFC 7636) with the S256 method: the verifier stays in memory for one flow and goes only to
// the token endpoint; the challenge goes into the authorization URL.
class Pkce final
{
public:
    // 32 octets from the system's CSPRNG → a 43-character verifier (RFC 7636 §4.1 recommends 32).
    static Pkce generate();
    // The verifier made from these octets (32 to 96 of them, so the verifier has 43 to 128
    // characters). Exists so RFC 7636 Appendix B can be checked against its official vector.
    static Result<Pkce> fromOctets(const QByteArray& octets);
    // BASE64URL(SHA256(ASCII(verifier))), no padding.
    static QByteArray challengeOf(const QByteArray& verifier);
    // The verifier uses only [A-Za-z0-9-._~] and has 43 to 128 characters.
    static bool isValidVerifier(const QByteArray& verifier);

    const QByteArray& verifier() const { return m_verifier; }
    const QByteArray& challenge() const { return m_challenge; }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

private:
    Pkce(QByteArray verifier, QByteArray challenge);

    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace clientele
