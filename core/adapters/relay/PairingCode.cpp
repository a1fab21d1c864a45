#include "core/adapters/relay/PairingCode.h"

#include <cstring>
#include <sodium.h>

#include "core/SecureBytes.h"

namespace clientele::PairingCode {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr char kFormat = 1;
constexpr qsizetype kKeyBytes = crypto_box_PUBLICKEYBYTES + crypto_box_SECRETKEYBYTES;
constexpr qsizetype kProofBytes = 32;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QByteArray additionalData(const QString& vaultId)
{
    return QByteArray("clientele-pairing") + kFormat + vaultId.toUtf8();
}

} // namespace

QString generate()
{
    QString code;
    if (sodium_init() < 0) {
        return code;
    }
    for (int i = 0; i < kLength; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += u'-';
        }
        code += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

std::optional<QByteArray> normalise(const QString& typed)
{
    QByteArray code;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace()) {
            continue;
        }
        char upper = static_cast<char>(c.toUpper().unicode());
        if (c.unicode() > 127) {
            return std::nullopt;
        }
        upper = upper == 'I' || upper == 'L' ? '1' : upper == 'O' ? '0' : upper;
        if (!std::strchr(kAlphabet, upper) || upper == '\0') {
            return std::nullopt;
        }
        code += upper;
    }
    if (code.size() != kLength) {
        return std::nullopt;
    }
    return code;
}

QByteArray claim(const QByteArray& normalised)
{
    return normalised.left(kClaimLength);
}

std::optional<Secrets> secretsOf(const QByteArray& normalised)
{
    if (sodium_init() < 0 || normalised.size() != kLength) {
        return std::nullopt;
    }
    unsigned char salt[crypto_pwhash_SALTBYTES];
    const QByteArray saltInput = "clientele-pairing-salt:" + claim(normalised);
    crypto_generichash(
        salt, sizeof salt, bytes(saltInput), static_cast<unsigned long long>(saltInput.size()), nullptr, 0);
    SecureBytes derived(crypto_aead_xchacha20poly1305_ietf_KEYBYTES + kProofBytes);
    if (crypto_pwhash(derived.data(), derived.size(), normalised.constData(),
            static_cast<unsigned long long>(normalised.size()), salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return std::nullopt; // out of memory
    }
    auto key = std::make_shared<SecureBytes>(derived.data(), crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    return Secrets {std::move(key),
        QByteArray(
            reinterpret_cast<const char*>(derived.data()) + crypto_aead_xchacha20poly1305_ietf_KEYBYTES, kProofBytes)};
}

QByteArray sealVaultKeys(
    const Secrets& secrets, const QString& vaultId, const QByteArray& publicKey, const QByteArray& secretKey)
{
    Q_ASSERT(publicKey.size() == crypto_box_PUBLICKEYBYTES && secretKey.size() == crypto_box_SECRETKEYBYTES);
    SecureBytes plain(kKeyBytes);
    std::memcpy(plain.data(), publicKey.constData(), crypto_box_PUBLICKEYBYTES);
    std::memcpy(plain.data() + crypto_box_PUBLICKEYBYTES, secretKey.constData(), crypto_box_SECRETKEYBYTES);
    const QByteArray aad = additionalData(vaultId);
    QByteArray sealed(
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES,
        Qt::Uninitialized);
    sealed[0] = kFormat;
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data() + 1);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr,
        plain.data(), plain.size(), bytes(aad), static_cast<unsigned long long>(aad.size()), nullptr, nonce,
        secrets.sealingKey->data());
    return sealed;
}

std::optional<std::pair<QByteArray, QByteArray>> openVaultKeys(
    const Secrets& secrets, const QString& vaultId, const QByteArray& sealed)
{
    constexpr qsizetype kSealedBytes =
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() != kSealedBytes || sealed.at(0) != kFormat) {
        return std::nullopt;
    }
    const QByteArray aad = additionalData(vaultId);
    const auto* nonce = bytes(sealed) + 1;
    SecureBytes plain(kKeyBytes);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), nullptr, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES,
            bytes(aad), static_cast<unsigned long long>(aad.size()), nonce, secrets.sealingKey->data())
        != 0) {
        return std::nullopt;
    }
    const auto* data = reinterpret_cast<const char*>(plain.data());
    return std::pair {QByteArray(data, crypto_box_PUBLICKEYBYTES),
        QByteArray(data + crypto_box_PUBLICKEYBYTES, crypto_box_SECRETKEYBYTES)};
}

} // namespace clientele::PairingCode
