#pragma once

#include <QByteArray>
#include <sodium.h>

namespace clientele::test {

// A vault's X25519 key pair as a desktop holds it: the relay gets the public key and seals events to
// it; the tests open them with the secret key, as the practice's devices would.
struct VaultKeyPair
{
    QByteArray publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray secretKey = QByteArray(crypto_box_SECRETKEYBYTES, '\0');

    VaultKeyPair()
    {
        if (sodium_init() < 0) {
            qFatal("libsodium could not start");
        }
        crypto_box_keypair(
            reinterpret_cast<unsigned char*>(publicKey.data()), reinterpret_cast<unsigned char*>(secretKey.data()));
    }

    // The plaintext of a sealed box, or empty if this key does not open it.
    QByteArray open(const QByteArray& sealed) const
    {
        if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES)) {
            return {};
        }
        QByteArray plain(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
        if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                reinterpret_cast<const unsigned char*>(sealed.constData()),
                static_cast<unsigned long long>(sealed.size()),
                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                reinterpret_cast<const unsigned char*>(secretKey.constData()))
            != 0) {
            return {};
        }
        return plain;
    }
};

} // namespace clientele::test
