#include "relay/lib/events/SealedBox.h"

#include <sodium.h>

namespace clientele::relay {

Result<QByteArray> sealToVault(QByteArrayView vaultPublicKey, QByteArrayView plaintext)
{
    if (sodium_init() < 0) {
        return Error(Error::Code::Internal, QStringLiteral("libsodium could not start"));
    }
    if (vaultPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return Error(Error::Code::CorruptData, QStringLiteral("The vault's public key is not an X25519 key"));
    }
    QByteArray sealed(plaintext.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
            reinterpret_cast<const unsigned char*>(plaintext.data()), static_cast<unsigned long long>(plaintext.size()),
            reinterpret_cast<const unsigned char*>(vaultPublicKey.data()))
        != 0) {
        return Error(Error::Code::Internal, QStringLiteral("Sealing an event to the vault failed"));
    }
    return sealed;
}

} // namespace clientele::relay
