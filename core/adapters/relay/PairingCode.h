#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

#include "core/SecureBytes.h"

namespace clientele {

// Adding a computer to the practice (SYNC.md §3.8, new device linking). The computer already in the
// practice shows a code of 20 letters and digits ("K7QM-2XPA-9F3D-HW8C-RTYZ", Crockford base32,
// 100 random bits); the new computer's user types it.
//
// - The first 8 characters are the claim the relay knows (it keeps their hash): the relay lets a
//   code be guessed 10 times in 10 minutes per address, and the offer lasts 10 minutes.
// - The whole code, which the relay never sees, is the passphrase of Argon2id (crypto_pwhash, salted
//   by the claim, so each offer has its own salt). Its output is a key that seals the vault's key
//   pair with XChaCha20-Poly1305, bound to the vault, and a proof the claimant must present: the
//   relay keeps only the proof's hash, so seeing the first part of a code is not enough to join,
//   and a wrong proof spends the offer. The relay, which stores the sealed keys, cannot open them:
//   60 bits it never saw stand between it and the keys, each guess costing an Argon2id derivation.
namespace PairingCode {

inline constexpr int kLength = 20;
inline constexpr int kClaimLength = 8;

// A new random code, in groups of four.
QString generate();
// The code as typed: case, spaces and dashes do not matter, and I, L and O read as 1, 1 and 0.
// Nothing when it is not 20 letters and digits.
std::optional<QByteArray> normalise(const QString& typed);
// The part the relay matches the offer by.
QByteArray claim(const QByteArray& normalised);

// What the whole code stands for: the key that seals the vault keys, and the proof of knowing it.
struct Secrets
{
    std::shared_ptr<const SecureBytes> sealingKey;
    QByteArray proof; // 32 bytes
};

// Slow by design (Argon2id, 64 MiB): run off the UI thread. Nothing when libsodium cannot run.
std::optional<Secrets> secretsOf(const QByteArray& normalised);
QByteArray sealVaultKeys(
    const Secrets& secrets, const QString& vaultId, const QByteArray& publicKey, const QByteArray& secretKey);
// The vault's public and secret key; nothing when the code or the vault do not match.
std::optional<std::pair<QByteArray, QByteArray>> openVaultKeys(
    const Secrets& secrets, const QString& vaultId, const QByteArray& sealed);

} // namespace PairingCode

} // namespace clientele
