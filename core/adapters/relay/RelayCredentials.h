#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

#include "core/SecureBytes.h"

namespace clientele {

// What this device keeps in the keychain for its relay connection (RelayLinks::kKeychainPurpose):
// its bearer token and the vault's X25519 key pair (the relay seals provider events to the public
// key; only the practice's devices can open them). Serialised as one keychain entry.
struct RelayCredentials
{
    QByteArray deviceToken; // "clr1.…"
    QByteArray vaultPublicKey; // 32 bytes
    QByteArray vaultSecretKey; // 32 bytes

    // A new vault key pair (libsodium crypto_box_keypair); the token comes from the relay.
    static RelayCredentials withNewVaultKeys();
    SecureBytes serialise() const;
    static std::optional<RelayCredentials> parse(const SecureBytes& stored);
    // The token as the HTTP adapters take it.
    SecureBytes tokenBytes() const;
};

} // namespace clientele
