#include "core/store/KeyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

#include "core/Logging.h"
#include "core/store/RecoveryCode.h"

namespace clientele {

namespace {

constexpr auto kFormat = "clientele-key";
constexpr int kVersion = 1;
constexpr auto kKdfName = "argon2id13";
constexpr auto kCipherName = "xchacha20poly1305-ietf";
constexpr std::size_t kKeySize = 32;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error corrupt(const QString& detail)
{
    return Error(Error::Code::CorruptData,
        QCoreApplication::translate("KeyFile",
            "The key file is damaged or is not a Clientele key file. Use a backup of the key file or "
            "restore the practice from a backup."),
        detail);
}

QLatin1String kindName(KeyFile::SecretKind kind)
{
    return kind == KeyFile::SecretKind::RecoveryCode ? QLatin1String("recovery-code") : QLatin1String("passphrase");
}

struct Header
{
    QUuid vaultId;
    KeyFile::SecretKind kind = KeyFile::SecretKind::RecoveryCode;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
    QByteArray salt;
    QByteArray keyCheck;

    // The bytes bound to the ciphertext as associated data.
    QByteArray associatedData() const
    {
        return QByteArray(kFormat) + '|' + QByteArray::number(kVersion) + '|'
            + vaultId.toByteArray(QUuid::WithoutBraces) + '|' + QByteArray(kindName(kind).data(), kindName(kind).size())
            + '|' + kKdfName + '|' + QByteArray::number(opsLimit) + '|' + QByteArray::number(memLimit) + '|'
            + salt.toHex() + '|' + keyCheck.toHex();
    }
};

Result<Header> parseHeader(const QJsonObject& root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return corrupt(QStringLiteral("format field missing"));
    }
    if (root.value(QStringLiteral("version")).toInt() != kVersion) {
        return Error(Error::Code::CorruptData,
            QCoreApplication::translate("KeyFile", "The key file was made by a newer version of Clientele."),
            QStringLiteral("key file version %1").arg(root.value(QStringLiteral("version")).toInt()));
    }
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    Header header;
    header.vaultId = QUuid::fromString(root.value(QStringLiteral("vault")).toString());
    const QString secret = root.value(QStringLiteral("secret")).toString();
    if (secret == kindName(KeyFile::SecretKind::RecoveryCode)) {
        header.kind = KeyFile::SecretKind::RecoveryCode;
    } else if (secret == kindName(KeyFile::SecretKind::Passphrase)) {
        header.kind = KeyFile::SecretKind::Passphrase;
    } else {
        return corrupt(QStringLiteral("unknown secret kind"));
    }
    header.opsLimit = kdf.value(QStringLiteral("ops")).toInteger();
    header.memLimit = kdf.value(QStringLiteral("mem")).toInteger();
    header.salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    header.keyCheck = QByteArray::fromBase64(root.value(QStringLiteral("keyCheck")).toString().toLatin1());
    if (header.vaultId.isNull() || kdf.value(QStringLiteral("alg")).toString() != QLatin1String(kKdfName)
        || header.salt.size() != crypto_pwhash_SALTBYTES || header.keyCheck.size() != 32) {
        return corrupt(QStringLiteral("header fields invalid"));
    }
    // Refuse parameters outside libsodium's limits or absurdly large ones (a tampered file must not
    // make us allocate gigabytes before the MAC check fails).
    if (header.opsLimit < static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN) || header.opsLimit > 64
        || header.memLimit < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN)
        || header.memLimit > 2LL * 1024 * 1024 * 1024) {
        return corrupt(QStringLiteral("KDF parameters out of range"));
    }
    return header;
}

Result<QJsonObject> parseJson(const QByteArray& fileBytes)
{
    if (fileBytes.size() > 64LL * 1024) {
        return corrupt(QStringLiteral("file too large"));
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(fileBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return corrupt(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    }
    return document.object();
}

Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const Header& header)
{
    SecureBytes derived(kKeySize);
    const int rc = crypto_pwhash(derived.data(), derived.size(), reinterpret_cast<const char*>(passphrase.data()),
        passphrase.size(), reinterpret_cast<const unsigned char*>(header.salt.constData()),
        static_cast<unsigned long long>(header.opsLimit), static_cast<size_t>(header.memLimit),
        crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return Error(Error::Code::Internal,
            QCoreApplication::translate("KeyFile", "Not enough memory to derive the key from the passphrase."),
            QStringLiteral("crypto_pwhash failed"));
    }
    return derived;
}

} // namespace

SecureBytes KeyFile::randomKey()
{
    SecureBytes key(kKeySize);
    if (sodiumReady()) {
        randombytes_buf(key.data(), key.size());
    }
    return key;
}

QByteArray KeyFile::keyCheckOf(const SecureBytes& key)
{
    static constexpr char kContext[] = "clientele.key-check.v1";
    QByteArray check(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), static_cast<size_t>(check.size()),
        reinterpret_cast<const unsigned char*>(kContext), sizeof(kContext) - 1, key.data(), key.size());
    return check;
}

Result<QByteArray> KeyFile::wrap(
    const QUuid& vaultId, const SecureBytes& key, const SecureBytes& passphrase, SecretKind kind, KdfProfile profile)
{
    if (!sodiumReady()) {
        return Error(
            Error::Code::Internal, QStringLiteral("Crypto library failed to start"), QStringLiteral("sodium_init"));
    }
    if (key.size() != kKeySize || passphrase.isEmpty()) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("KeyFile", "The passphrase must not be empty."), QStringLiteral("wrap"));
    }
    Header header;
    header.vaultId = vaultId;
    header.kind = kind;
    if (profile == KdfProfile::Interactive) {
        header.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        header.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    } else {
        header.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        header.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    }
    header.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(header.salt.data(), static_cast<size_t>(header.salt.size()));
    header.keyCheck = keyCheckOf(key);

    Result<SecureBytes> kek =
        deriveKey(kind == SecretKind::RecoveryCode ? RecoveryCode::normalise(passphrase)
                                                   : SecureBytes(passphrase.data(), passphrase.size()),
            header);
    if (!kek) {
        return kek.error();
    }
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    const QByteArray ad = header.associatedData();
    QByteArray sealed(static_cast<qsizetype>(key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()), &sealedSize, key.data(),
        key.size(), reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        nullptr, reinterpret_cast<const unsigned char*>(nonce.constData()), kek.value().data());

    QJsonObject kdf {{QStringLiteral("alg"), QLatin1String(kKdfName)}, {QStringLiteral("ops"), header.opsLimit},
        {QStringLiteral("mem"), header.memLimit},
        {QStringLiteral("salt"), QString::fromLatin1(header.salt.toBase64())}};
    QJsonObject wrapped {{QStringLiteral("alg"), QLatin1String(kCipherName)},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(sealed.toBase64())}};
    QJsonObject root {{QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("vault"), vaultId.toString(QUuid::WithoutBraces)}, {QStringLiteral("secret"), kindName(kind)},
        {QStringLiteral("kdf"), kdf}, {QStringLiteral("wrappedKey"), wrapped},
        {QStringLiteral("keyCheck"), QString::fromLatin1(header.keyCheck.toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyFile::Contents> KeyFile::inspect(const QByteArray& fileBytes)
{
    Result<QJsonObject> root = parseJson(fileBytes);
    if (!root) {
        return root.error();
    }
    Result<Header> header = parseHeader(root.value());
    if (!header) {
        return header.error();
    }
    return Contents {header->vaultId, header->kind, header->keyCheck};
}

Result<SecureBytes> KeyFile::unwrap(const QByteArray& fileBytes, const SecureBytes& passphrase)
{
    if (!sodiumReady()) {
        return Error(
            Error::Code::Internal, QStringLiteral("Crypto library failed to start"), QStringLiteral("sodium_init"));
    }
    Result<QJsonObject> root = parseJson(fileBytes);
    if (!root) {
        return root.error();
    }
    Result<Header> header = parseHeader(root.value());
    if (!header) {
        return header.error();
    }
    const QJsonObject wrapped = root->value(QStringLiteral("wrappedKey")).toObject();
    const QByteArray nonce = QByteArray::fromBase64(wrapped.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray sealed = QByteArray::fromBase64(wrapped.value(QStringLiteral("ciphertext")).toString().toLatin1());
    if (wrapped.value(QStringLiteral("alg")).toString() != QLatin1String(kCipherName)
        || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || static_cast<std::size_t>(sealed.size()) != kKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
        return corrupt(QStringLiteral("wrapped key fields invalid"));
    }
    Result<SecureBytes> kek =
        deriveKey(header->kind == SecretKind::RecoveryCode ? RecoveryCode::normalise(passphrase)
                                                           : SecureBytes(passphrase.data(), passphrase.size()),
            header.value());
    if (!kek) {
        return kek.error();
    }
    SecureBytes key(kKeySize);
    unsigned long long keySize = 0;
    const QByteArray ad = header->associatedData();
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keySize, nullptr,
        reinterpret_cast<const unsigned char*>(sealed.constData()), static_cast<unsigned long long>(sealed.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char*>(nonce.constData()), kek.value().data());
    if (rc != 0 || keySize != kKeySize) {
        return Error(Error::Code::WrongKey,
            QCoreApplication::translate("KeyFile", "The passphrase or recovery code is not correct."),
            QStringLiteral("key unwrap failed"));
    }
    if (keyCheckOf(key) != header->keyCheck) {
        return corrupt(QStringLiteral("key check mismatch"));
    }
    return key;
}

} // namespace clientele
