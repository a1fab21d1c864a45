#include "core/webhooks/TwilioSignature.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele::webhooks {

namespace {

// OpenSSL wants a data pointer even for zero bytes.
const unsigned char kNothing = 0;

const unsigned char* bytes(QByteArrayView view)
{
    return view.isEmpty() ? &kNothing : reinterpret_cast<const unsigned char*>(view.data());
}

bool sameText(QByteArrayView a, QByteArrayView b)
{
    // A base64 SHA-1 or hex SHA-256 has a public length; only the content is compared in constant time.
    return !a.isEmpty() && a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

// The URL spellings Twilio may have signed: as given, plus the default port added or the port removed.
QStringList urlSpellings(QStringView url)
{
    QStringList spellings {url.toString()};
    const qsizetype schemeEnd = url.indexOf(u"://");
    if (schemeEnd <= 0) {
        return spellings;
    }
    const QStringView scheme = url.first(schemeEnd);
    const bool https = scheme.compare(u"https", Qt::CaseInsensitive) == 0;
    if (!https && scheme.compare(u"http", Qt::CaseInsensitive) != 0) {
        return spellings;
    }
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < url.size() && url[authorityEnd] != u'/' && url[authorityEnd] != u'?'
        && url[authorityEnd] != u'#') {
        ++authorityEnd;
    }
    const QStringView authority = url.sliced(authorityStart, authorityEnd - authorityStart);
    // The port follows the last ':' after any "user:password@", outside an IPv6 literal's brackets.
    const qsizetype hostStart = authority.lastIndexOf(u'@') + 1;
    const qsizetype colon = authority.lastIndexOf(u':');
    const bool hasPort = colon >= hostStart && colon > authority.lastIndexOf(u']');

    QString other;
    other.reserve(url.size() + 4);
    if (hasPort) {
        other.append(url.first(authorityStart + colon));
    } else {
        other.append(url.first(authorityEnd));
        other.append(https ? u":443" : u":80");
    }
    other.append(url.sliced(authorityEnd));
    spellings.append(other);
    return spellings;
}

// The hex bodySHA256 query parameter of a URL (the first, as Twilio's validators read it).
std::optional<QByteArray> bodyShaParameter(QStringView url)
{
    const qsizetype question = url.indexOf(u'?');
    if (question < 0) {
        return std::nullopt;
    }
    QStringView query = url.sliced(question + 1);
    const qsizetype fragment = query.indexOf(u'#');
    if (fragment >= 0) {
        query = query.first(fragment);
    }
    for (const QStringView field : query.split(u'&')) {
        const qsizetype equals = field.indexOf(u'=');
        if (equals >= 0 && field.first(equals) == u"bodySHA256") {
            return field.sliced(equals + 1).toLatin1().toLower();
        }
    }
    return std::nullopt;
}

} // namespace

QByteArray twilioSignature(QStringView url, const FormParams& postParams, QByteArrayView authToken)
{
    if (authToken.size() > std::numeric_limits<int>::max()) {
        return {};
    }
    // Byte order of the UTF-8 forms is the "Unix-style" sort Twilio documents (and Python's code point
    // order); QString's UTF-16 order differs above U+FFFF.
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(postParams.size());
    for (const auto& [name, value] : postParams) {
        pairs.emplace_back(name.toUtf8(), value.toUtf8());
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    QByteArray signedText = url.toUtf8();
    for (const auto& [name, value] : pairs) {
        signedText += name;
        signedText += value;
    }
    unsigned char mac[EVP_MAX_MD_SIZE] = {};
    unsigned int macLength = 0;
    if (HMAC(EVP_sha1(), bytes(authToken), int(authToken.size()), bytes(signedText), size_t(signedText.size()), mac,
            &macLength)
        == nullptr) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(mac), macLength).toBase64();
}

bool twilioSignatureValid(
    QStringView url, const FormParams& postParams, QByteArrayView authToken, QByteArrayView headerValue)
{
    if (authToken.isEmpty()) { // anyone could sign with an empty token
        return false;
    }
    bool valid = false;
    for (const QString& spelling : urlSpellings(url)) {
        valid = sameText(twilioSignature(spelling, postParams, authToken), headerValue.trimmed()) || valid;
    }
    return valid;
}

bool twilioJsonSignatureValid(
    QStringView urlWithBodySha, QByteArrayView rawBody, QByteArrayView authToken, QByteArrayView headerValue)
{
    const std::optional<QByteArray> claimed = bodyShaParameter(urlWithBodySha);
    if (!claimed) {
        return false;
    }
    unsigned char digest[SHA256_DIGEST_LENGTH] = {};
    if (SHA256(bytes(rawBody), size_t(rawBody.size()), digest) == nullptr) {
        return false;
    }
    const QByteArray actual = QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
    const bool bodyMatches = sameText(actual, *claimed);
    return twilioSignatureValid(urlWithBodySha, {}, authToken, headerValue) && bodyMatches;
}

} // namespace clientele::webhooks
