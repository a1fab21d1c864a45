#include "core/adapters/crypto/BatchCipher.h"

#include <sodium.h>

namespace clientele {

namespace {

constexpr char kFormat = 1;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "clbatch1";
constexpr std::uint64_t kBatchSubkey = BatchCipher::kKeyId;

QByteArray additionalData(const QString& vaultId, const QString& deviceId, const QString& batchId)
{
    QByteArray aad("clientele-batch");
    aad += kFormat;
    for (const QString& part : {vaultId, deviceId, batchId}) {
        aad += part.toUtf8();
        aad += '\0';
    }
    aad += QByteArray::number(BatchCipher::kKeyId);
    return aad;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

} // namespace

BatchCipher::BatchCipher(SecureBytes key)
    : m_key(std::move(key))
{
}

std::shared_ptr<const BatchCipher> BatchCipher::fromVaultSecretKey(const QByteArray& vaultSecretKey)
{
    static_assert(crypto_kdf_KEYBYTES == 32 && crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
    if (vaultSecretKey.size() != crypto_kdf_KEYBYTES || sodium_init() < 0) {
        return nullptr;
    }
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_kdf_derive_from_key(key.data(), key.size(), kBatchSubkey, kKdfContext, bytes(vaultSecretKey)) != 0) {
        return nullptr;
    }
    return std::shared_ptr<const BatchCipher>(new BatchCipher(std::move(key)));
}

QByteArray BatchCipher::seal(
    const QString& vaultId, const QString& deviceId, const QString& batchId, const QByteArray& plain) const
{
    const QByteArray aad = additionalData(vaultId, deviceId, batchId);
    QByteArray sealed(
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
        Qt::Uninitialized);
    sealed[0] = kFormat;
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data() + 1);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length,
        bytes(plain), static_cast<unsigned long long>(plain.size()), bytes(aad),
        static_cast<unsigned long long>(aad.size()), nullptr, nonce, m_key.data());
    sealed.resize(1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + static_cast<qsizetype>(length));
    return sealed;
}

std::optional<QByteArray> BatchCipher::open(
    const QString& vaultId, const QString& deviceId, const QString& batchId, const QByteArray& sealed) const
{
    constexpr qsizetype kOverhead =
        1 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < kOverhead || sealed.at(0) != kFormat) {
        return std::nullopt;
    }
    const QByteArray aad = additionalData(vaultId, deviceId, batchId);
    const auto* nonce = bytes(sealed) + 1;
    const auto* cipher = nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const auto cipherLength =
        static_cast<unsigned long long>(sealed.size() - 1 - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray plain(sealed.size() - kOverhead, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr,
            cipher, cipherLength, bytes(aad), static_cast<unsigned long long>(aad.size()), nonce, m_key.data())
        != 0) {
        return std::nullopt;
    }
    plain.resize(static_cast<qsizetype>(length));
    return plain;
}

} // namespace clientele
