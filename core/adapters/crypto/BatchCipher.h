#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

#include "core/SecureBytes.h"
#include "core/ports/BatchSealer.h"
#include "core/ports/ChangeRelay.h"

namespace clientele {

// Seals and opens the practice's change batches for the relay (SYNC.md §3.8): XChaCha20-Poly1305
// (libsodium) with a random 24-byte nonce per batch, and the vault, the sending device, the batch id
// and the key id as additional data, so the relay can neither read a batch nor replay it into another
// vault or pass it off as another device's.
//
// The batch key is derived from the vault's secret key (crypto_kdf, its own context), so a device
// that holds the vault key pair (made with the vault, or handed over by pairing) can read the
// practice's history and there is one secret fewer to keep and hand over.
class BatchCipher final : public BatchSealer
{
public:
    static constexpr int kKeyId = kChangeBatchKeyId;

    // Nothing when the vault secret key is not 32 bytes.
    static std::shared_ptr<const BatchCipher> fromVaultSecretKey(const QByteArray& vaultSecretKey);

    // format byte ‖ nonce ‖ ciphertext and tag.
    QByteArray seal(const QString& vaultId, const QString& deviceId, const QString& batchId,
        const QByteArray& plain) const override;
    std::optional<QByteArray> open(const QString& vaultId, const QString& deviceId, const QString& batchId,
        const QByteArray& sealed) const override;

private:
    explicit BatchCipher(SecureBytes key);

    SecureBytes m_key;
};

} // namespace clientele
