#include "core/adapters/relay/RelayVaultClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

#include "core/Logging.h"

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("RelayVaultClient", text);
}

} // namespace

RelayVaultClient::RelayVaultClient(QNetworkAccessManager& network, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_requests(network, timeout)
{
}

RelayVaultClient::~RelayVaultClient() = default;

Result<QUrl> RelayVaultClient::checkAddress(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(
            Error::Code::InvalidInput, translated(QT_TRANSLATE_NOOP("RelayVaultClient", "Enter the relay's address.")));
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        trimmed.prepend(QLatin1String("https://"));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")
        || !url.query().isEmpty() || !url.fragment().isEmpty()) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP(
                           "RelayVaultClient", "“%1” is not a relay address; it looks like https://relay.example.com."))
                .arg(text.trimmed()));
    }
    // Unencrypted HTTP only to this computer (a relay started for the demo or tests).
    const bool loopback = url.host() == u"localhost" || url.host() == u"127.0.0.1" || url.host() == u"::1";
    if (url.scheme() == u"http" && !loopback) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP("RelayVaultClient",
                "The relay must use https://; plain http:// is only for a relay on this computer.")));
    }
    // Paths are resolved against it, so it ends in exactly one slash.
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    QUrl base = url;
    base.setPath(path + u'/');
    return base;
}

QFuture<Result<RelayVaultClient::CreatedVault>> RelayVaultClient::createVault(
    const QUrl& relay, const QByteArray& vaultPublicKey, const QString& deviceName)
{
    const QByteArray body =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("public_key"), QString::fromLatin1(vaultPublicKey.toBase64())},
                          {QStringLiteral("device_name"), deviceName},
                      })
            .toJson(QJsonDocument::Compact);
    const RelayRequests::Request request {
        .verb = "POST", .url = relay.resolved(QUrl(QStringLiteral("v1/vaults"))), .body = body};
    return m_requests.call<Result<CreatedVault>>(request, [](const RelayReply& read) -> Result<CreatedVault> {
        qCInfo(lcRelay) << "create vault → HTTP" << read.status;
        if (!read.ok()) {
            return relayError(read);
        }
        const QJsonObject answer = read.json();
        CreatedVault created {answer.value(QStringLiteral("vault_id")).toString(),
            answer.value(QStringLiteral("device_id")).toString(),
            answer.value(QStringLiteral("token")).toString().toLatin1(),
            answer.value(QStringLiteral("ordinal")).toInt(0)};
        if (created.vaultId.isEmpty() || created.deviceId.isEmpty() || created.deviceToken.isEmpty()) {
            return Error(Error::Code::Incompatible,
                translated(QT_TRANSLATE_NOOP(
                    "RelayVaultClient", "The server at this address answered, but not as a Clientele relay.")),
                QStringLiteral("create vault: answer without vault_id, device_id or token"));
        }
        return created;
    });
}

QFuture<Result<QDateTime>> RelayVaultClient::offerPairing(const QUrl& relay, const QString& vaultId,
    const SecureBytes& deviceToken, const QByteArray& claim, const QByteArray& proof, const QByteArray& sealedKeys,
    std::chrono::seconds lifetime)
{
    const QByteArray body =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("code"), QString::fromLatin1(claim)},
                          {QStringLiteral("sealed_keys"), QString::fromLatin1(sealedKeys.toBase64())},
                          {QStringLiteral("proof"), QString::fromLatin1(proof.toBase64())},
                          {QStringLiteral("expires_in"), static_cast<qint64>(lifetime.count())},
                      })
            .toJson(QJsonDocument::Compact);
    const RelayRequests::Request request {.verb = "POST",
        .url = relay.resolved(QUrl(u"v1/vaults/" + vaultId + u"/pairings")),
        .body = body,
        .bearer = &deviceToken};
    return m_requests.call<Result<QDateTime>>(request, [](const RelayReply& read) -> Result<QDateTime> {
        qCInfo(lcRelay) << "offer pairing → HTTP" << read.status;
        if (!read.ok()) {
            return relayError(read);
        }
        const qint64 expiresAt = read.json().value(QStringLiteral("expires_at")).toInteger();
        if (expiresAt <= 0) {
            return Error(Error::Code::Incompatible,
                translated(QT_TRANSLATE_NOOP(
                    "RelayVaultClient", "The server at this address answered, but not as a Clientele relay.")),
                QStringLiteral("pairing offer: answer without expires_at"));
        }
        return QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC);
    });
}

QFuture<Result<RelayVaultClient::ClaimedPairing>> RelayVaultClient::claimPairing(
    const QUrl& relay, const QByteArray& claim, const QByteArray& proof, const QString& deviceName)
{
    const QByteArray body = QJsonDocument(QJsonObject {
                                              {QStringLiteral("code"), QString::fromLatin1(claim)},
                                              {QStringLiteral("device_name"), deviceName},
                                              {QStringLiteral("proof"), QString::fromLatin1(proof.toBase64())},
                                          })
                                .toJson(QJsonDocument::Compact);
    const RelayRequests::Request request {
        .verb = "POST", .url = relay.resolved(QUrl(QStringLiteral("v1/pairings/claim"))), .body = body};
    return m_requests.call<Result<ClaimedPairing>>(request, [](const RelayReply& read) -> Result<ClaimedPairing> {
        qCInfo(lcRelay) << "claim pairing → HTTP" << read.status;
        if (read.status == 404) {
            return Error(Error::Code::NotFound,
                translated(QT_TRANSLATE_NOOP("RelayVaultClient",
                    "The relay does not know this code: it was mistyped, used already or ran out (a code lasts 10 "
                    "minutes). Make a new one on the other computer.")),
                QStringLiteral("claim pairing: HTTP 404"));
        }
        if (read.status == 403) {
            return Error(Error::Code::InvalidInput,
                translated(QT_TRANSLATE_NOOP("RelayVaultClient",
                    "The code does not match the one the other computer shows, and cannot be used again. Make a "
                    "new code there and type it carefully.")),
                QStringLiteral("claim pairing: HTTP 403 (wrong proof)"));
        }
        if (!read.ok()) {
            return relayError(read);
        }
        const QJsonObject answer = read.json();
        ClaimedPairing claimed {answer.value(QStringLiteral("vault_id")).toString(),
            answer.value(QStringLiteral("device_id")).toString(),
            answer.value(QStringLiteral("token")).toString().toLatin1(),
            QByteArray::fromBase64(answer.value(QStringLiteral("sealed_keys")).toString().toLatin1()),
            answer.value(QStringLiteral("ordinal")).toInt(-1)};
        if (claimed.vaultId.isEmpty() || claimed.deviceId.isEmpty() || claimed.deviceToken.isEmpty()
            || claimed.sealedKeys.isEmpty()) {
            return Error(Error::Code::Incompatible,
                translated(QT_TRANSLATE_NOOP(
                    "RelayVaultClient", "The server at this address answered, but not as a Clientele relay.")),
                QStringLiteral("claim pairing: answer without vault_id, device_id, token or sealed_keys"));
        }
        return claimed;
    });
}

QFuture<Result<void>> RelayVaultClient::revokeDevice(
    const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& deviceToken)
{
    const RelayRequests::Request request {.verb = "DELETE",
        .url = relay.resolved(QUrl(u"v1/vaults/" + vaultId + u"/devices/" + deviceId)),
        .bearer = &deviceToken};
    return m_requests.call<Result<void>>(request, [](const RelayReply& read) {
        qCInfo(lcRelay) << "revoke this device → HTTP" << read.status;
        // Already revoked or the vault gone: this device is out either way.
        const bool gone = read.status == 401 || read.status == 403 || read.status == 404;
        return read.ok() || gone ? Result<void>() : Result<void>(relayError(read));
    });
}

} // namespace clientele
