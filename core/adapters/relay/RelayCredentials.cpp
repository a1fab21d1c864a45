#include "core/adapters/relay/RelayCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace clientele {

namespace {

SecureBytes secureCopy(const QByteArray& bytes)
{
    return SecureBytes(
        reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

} // namespace

RelayCredentials RelayCredentials::withNewVaultKeys()
{
    RelayCredentials credentials;
    credentials.vaultPublicKey.resize(crypto_box_PUBLICKEYBYTES);
    credentials.vaultSecretKey.resize(crypto_box_SECRETKEYBYTES);
    if (sodium_init() < 0) {
        return {};
    }
    crypto_box_keypair(reinterpret_cast<unsigned char*>(credentials.vaultPublicKey.data()),
        reinterpret_cast<unsigned char*>(credentials.vaultSecretKey.data()));
    return credentials;
}

SecureBytes RelayCredentials::serialise() const
{
    const QByteArray json =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("token"), QString::fromLatin1(deviceToken)},
                          {QStringLiteral("vault_public_key"), QString::fromLatin1(vaultPublicKey.toBase64())},
                          {QStringLiteral("vault_secret_key"), QString::fromLatin1(vaultSecretKey.toBase64())},
                      })
            .toJson(QJsonDocument::Compact);
    return secureCopy(json);
}

std::optional<RelayCredentials> RelayCredentials::parse(const SecureBytes& stored)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(stored.data()), qsizetype(stored.size())))
            .object();
    RelayCredentials credentials;
    credentials.deviceToken = object.value(QStringLiteral("token")).toString().toLatin1();
    credentials.vaultPublicKey =
        QByteArray::fromBase64(object.value(QStringLiteral("vault_public_key")).toString().toLatin1());
    credentials.vaultSecretKey =
        QByteArray::fromBase64(object.value(QStringLiteral("vault_secret_key")).toString().toLatin1());
    if (credentials.deviceToken.isEmpty() || credentials.vaultPublicKey.size() != crypto_box_PUBLICKEYBYTES
        || credentials.vaultSecretKey.size() != crypto_box_SECRETKEYBYTES) {
        return std::nullopt;
    }
    return credentials;
}

SecureBytes RelayCredentials::tokenBytes() const
{
    return secureCopy(deviceToken);
}

} // namespace clientele
