#include "core/feeds/CalendarFeedSeal.h"

#include <QCoreApplication>
#include <array>
#include <sodium.h>

namespace clientele::feeds {

namespace {

constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "clfeed01";
constexpr std::uint64_t kIdSubkey = 1;
constexpr std::uint64_t kSealSubkey = 2;
constexpr char kFormat = 1;
constexpr QByteArrayView kAadPrefix = "clientele-feed-v1:";

static_assert(CalendarFeedSeal::kTokenBytes == crypto_kdf_KEYBYTES);

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::array<unsigned char, 32> subkey(const QByteArray& token, std::uint64_t id)
{
    std::array<unsigned char, 32> key {};
    crypto_kdf_derive_from_key(
        key.data(), key.size(), id, kContext, reinterpret_cast<const unsigned char*>(token.constData()));
    return key;
}

QByteArray associatedData(const QByteArray& token)
{
    return kAadPrefix.toByteArray() + CalendarFeedSeal::feedId(token).toLatin1();
}

Error badToken()
{
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("CalendarFeedSeal", "The calendar feed's address is damaged. Reset the address."),
        QStringLiteral("not a feed token"));
}

} // namespace

QByteArray CalendarFeedSeal::newToken()
{
    QByteArray token(kTokenBytes, Qt::Uninitialized);
    if (sodiumReady()) {
        randombytes_buf(token.data(), static_cast<std::size_t>(token.size()));
    }
    return token;
}

QString CalendarFeedSeal::tokenText(const QByteArray& token)
{
    return QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray CalendarFeedSeal::tokenFromText(QStringView text)
{
    if (text.size() != 43) {
        return {};
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kTokenBytes) {
        return {};
    }
    return decoded.decoded;
}

QString CalendarFeedSeal::feedId(const QByteArray& token)
{
    if (token.size() != kTokenBytes || !sodiumReady()) {
        return {};
    }
    const std::array<unsigned char, 32> id = subkey(token, kIdSubkey);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(id.data()), id.size()).toHex());
}

Result<QByteArray> CalendarFeedSeal::seal(const QByteArray& token, const QByteArray& calendar)
{
    if (token.size() != kTokenBytes || !sodiumReady()) {
        return badToken();
    }
    std::array<unsigned char, 32> key = subkey(token, kSealSubkey);
    const QByteArray aad = associatedData(token);
    QByteArray sealed(
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + calendar.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
        Qt::Uninitialized);
    sealed[0] = kFormat;
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data() + 1);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char*>(calendar.constData()), static_cast<unsigned long long>(calendar.size()),
        reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()), nullptr,
        nonce, key.data());
    sodium_memzero(key.data(), key.size());
    sealed.truncate(1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + static_cast<qsizetype>(written));
    return sealed;
}

Result<QByteArray> CalendarFeedSeal::open(const QByteArray& token, const QByteArray& sealed)
{
    if (token.size() != kTokenBytes || !sodiumReady()) {
        return badToken();
    }
    constexpr qsizetype kOverhead =
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < kOverhead || sealed.at(0) != kFormat) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CalendarFeedSeal", "This is not a sealed calendar feed."),
            QStringLiteral("bad format"));
    }
    std::array<unsigned char, 32> key = subkey(token, kSealSubkey);
    const QByteArray aad = associatedData(token);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData() + 1);
    const auto* cipher = nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const auto cipherSize =
        static_cast<unsigned long long>(sealed.size() - 1 - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray calendar(sealed.size() - kOverhead, Qt::Uninitialized);
    unsigned long long read = 0;
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(calendar.data()),
        &read, nullptr, cipher, cipherSize, reinterpret_cast<const unsigned char*>(aad.constData()),
        static_cast<unsigned long long>(aad.size()), nonce, key.data());
    sodium_memzero(key.data(), key.size());
    if (failed != 0) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CalendarFeedSeal", "The calendar feed does not open with this address."),
            QStringLiteral("authentication failed"));
    }
    calendar.truncate(static_cast<qsizetype>(read));
    return calendar;
}

} // namespace clientele::feeds
