#include "core/oauth/Pkce.h"

#include <algorithm>
#include <utility>

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace clientele {

namespace {

constexpr qsizetype kDefaultOctets = 32;
constexpr qsizetype kMinOctets = 32; // → 43 characters, RFC 7636's minimum verifier length
constexpr qsizetype kMaxOctets = 96; // → 128 characters, its maximum
constexpr qsizetype kMinVerifier = 43;
constexpr qsizetype kMaxVerifier = 128;

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Pkce::Pkce(QByteArray verifier, QByteArray challenge)
    : m_verifier(std::move(verifier))
    , m_challenge(std::move(challenge))
{
}

Pkce Pkce::generate()
{
    // QRandomGenerator::system() reads the operating system's cryptographically secure source.
    QByteArray octets(kDefaultOctets, Qt::Uninitialized);
    QRandomGenerator::system()->generate(octets.begin(), octets.end());
    Result<Pkce> pkce = fromOctets(octets);
    octets.fill('\0');
    return std::move(pkce).value();
}

Result<Pkce> Pkce::fromOctets(const QByteArray& octets)
{
    if (octets.size() < kMinOctets || octets.size() > kMaxOctets) {
        return Error(Error::Code::InvalidInput, QStringLiteral("A PKCE code verifier needs 32 to 96 random octets."),
            QStringLiteral("got %1 octets").arg(octets.size()));
    }
    QByteArray verifier = base64Url(octets);
    QByteArray challenge = challengeOf(verifier);
    return Pkce(std::move(verifier), std::move(challenge));
}

QByteArray Pkce::challengeOf(const QByteArray& verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool Pkce::isValidVerifier(const QByteArray& verifier)
{
    if (verifier.size() < kMinVerifier || verifier.size() > kMaxVerifier) {
        return false;
    }
    return std::all_of(verifier.begin(), verifier.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~';
    });
}

} // namespace clientele
