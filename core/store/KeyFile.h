#pragma once

#include <QByteArray>
#include <QUuid>
#include <memory>

#include "core/Result.h"
#include "core/SecureBytes.h"

namespace clientele {

// The key file beside the database: the database key wrapped under a key derived from the
// recovery passphrase with Argon2id (memory-hard), sealed with XChaCha20-Poly1305 (libsodium).
// It lets the user open the practice when the OS keychain is gone. It holds no plaintext secret;
// its header (format, vault id, KDF parameters, salt) is authenticated as associated data, so a
// tampered parameter fails like a wrong passphrase instead of silently weakening anything.
class KeyFile final
{
public:
    // How expensive the passphrase KDF is. Moderate is the default for real practices; Interactive
    // exists for tests and slow machines, and is still memory-hard.
    enum class KdfProfile
    {
        Interactive, // libsodium OPSLIMIT/MEMLIMIT_INTERACTIVE: 2 passes, 64 MiB
        Moderate, // 3 passes, 256 MiB
    };

    // What the user types to unwrap: a generated recovery code (normalised before use, so case,
    // dashes and look-alike letters don't matter) or a passphrase of their own (used as typed).
    enum class SecretKind
    {
        RecoveryCode,
        Passphrase,
    };

    struct Contents
    {
        QUuid vaultId;
        SecretKind secretKind = SecretKind::RecoveryCode;
        QByteArray keyCheck; // BLAKE2b(key, "clientele.key-check.v1"): tells "wrong key" from "damaged file"
    };

    // Wraps the key; returns the file bytes.
    static Result<QByteArray> wrap(const QUuid& vaultId, const SecureBytes& key, const SecureBytes& passphrase,
        SecretKind kind, KdfProfile profile);
    // The unauthenticated header: which vault the file belongs to and the key check. CorruptData if the
    // bytes are not a key file.
    static Result<Contents> inspect(const QByteArray& fileBytes);
    // Unwraps the key with what the user typed (normalised first for a recovery code). WrongKey when
    // it does not match, CorruptData when the file is damaged.
    static Result<SecureBytes> unwrap(const QByteArray& fileBytes, const SecureBytes& passphrase);

    static QByteArray keyCheckOf(const SecureBytes& key);
    // A fresh random 256-bit key.
    static SecureBytes randomKey();
};

} // namespace clientele
