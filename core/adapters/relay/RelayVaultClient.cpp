#include "core/adapters/relay/RelayVaultClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <utility>

#include "core/Logging.h"
#include "core/adapters/relay/RelayReplies.h"

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("RelayVaultClient", text);
}

QByteArray bearer(const SecureBytes& token)
{
    QByteArray header("Bearer ");
    header.append(reinterpret_cast<const char*>(token.data()), static_cast<qsizetype>(token.size()));
    return header;
}

} // namespace

RelayVaultClient::RelayVaultClient(QNetworkAccessManager& network, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_network(&network)
    , m_timeout(timeout)
{
}

RelayVaultClient::~RelayVaultClient()
{
    // Aborting emits finished at once; unhooked first, so no handler touches the list or a
    // promise here. The pending futures end cancelled (their promises go unfinished).
    const QList<QPointer<QNetworkReply>> pending = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply>& reply : pending) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

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

QNetworkReply* RelayVaultClient::send(
    const QByteArray& verb, const QUrl& url, const QByteArray& body, const QByteArray& authorization)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    m_replies.append(reply);
    return reply;
}

QFuture<Result<RelayVaultClient::CreatedVault>> RelayVaultClient::createVault(
    const QUrl& relay, const QByteArray& vaultPublicKey, const QString& deviceName)
{
    auto promise = std::make_shared<QPromise<Result<CreatedVault>>>();
    promise->start();
    const QByteArray body =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("public_key"), QString::fromLatin1(vaultPublicKey.toBase64())},
                          {QStringLiteral("device_name"), deviceName},
                      })
            .toJson(QJsonDocument::Compact);
    QNetworkReply* reply = send("POST", relay.resolved(QUrl(QStringLiteral("v1/vaults"))), body, {});
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise]() {
        reply->deleteLater();
        m_replies.removeAll(reply);
        const RelayReply read = readRelayReply(reply);
        qCInfo(lcRelay) << "create vault → HTTP" << read.status;
        if (!read.ok()) {
            promise->addResult(relayError(read));
        } else {
            const QJsonObject answer = read.json();
            CreatedVault created {answer.value(QStringLiteral("vault_id")).toString(),
                answer.value(QStringLiteral("device_id")).toString(),
                answer.value(QStringLiteral("token")).toString().toLatin1()};
            if (created.vaultId.isEmpty() || created.deviceId.isEmpty() || created.deviceToken.isEmpty()) {
                promise->addResult(Error(Error::Code::Incompatible,
                    translated(QT_TRANSLATE_NOOP(
                        "RelayVaultClient", "The server at this address answered, but not as a Clientele relay.")),
                    QStringLiteral("create vault: answer without vault_id, device_id or token")));
            } else {
                promise->addResult(std::move(created));
            }
        }
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<void>> RelayVaultClient::revokeDevice(
    const QUrl& relay, const QString& vaultId, const QString& deviceId, const SecureBytes& deviceToken)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QNetworkReply* reply = send(
        "DELETE", relay.resolved(QUrl(u"v1/vaults/" + vaultId + u"/devices/" + deviceId)), {}, bearer(deviceToken));
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise]() {
        reply->deleteLater();
        m_replies.removeAll(reply);
        const RelayReply read = readRelayReply(reply);
        qCInfo(lcRelay) << "revoke this device → HTTP" << read.status;
        // Already revoked or the vault gone: this device is out either way.
        const bool gone = read.status == 401 || read.status == 403 || read.status == 404;
        promise->addResult(read.ok() || gone ? Result<void>() : Result<void>(relayError(read)));
        promise->finish();
    });
    return promise->future();
}

} // namespace clientele
