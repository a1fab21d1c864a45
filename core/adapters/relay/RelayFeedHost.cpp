#include "core/adapters/relay/RelayFeedHost.h"

#include <QCoreApplication>
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
    return QCoreApplication::translate("RelayFeedHost", text);
}

// What the relay said, as an Error the settings page can show.
Result<void> outcomeOf(QNetworkReply* reply)
{
    const RelayReply read = readRelayReply(reply);
    if (read.ok()) {
        return {};
    }
    const QString detail = QStringLiteral("HTTP %1 %2").arg(read.status).arg(read.errorCode);
    if (read.status == 409) {
        return Error(Error::Code::Conflict,
            translated(QT_TRANSLATE_NOOP(
                "RelayFeedHost", "The relay keeps another practice's feed at this address. Reset the feed's address.")),
            detail);
    }
    if (read.status == 413) {
        return Error(Error::Code::InvalidInput,
            translated(QT_TRANSLATE_NOOP("RelayFeedHost",
                "The feed is larger than the relay accepts. Show clients by initials or code, or fewer sessions.")),
            detail);
    }
    return relayError(read);
}

} // namespace

RelayFeedHost::RelayFeedHost(QUrl relay, QString vaultId, SecureBytes deviceToken, QNetworkAccessManager& network,
    std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_relay(std::move(relay))
    , m_vaultId(std::move(vaultId))
    , m_deviceToken(std::move(deviceToken))
    , m_network(&network)
    , m_timeout(timeout)
{
}

RelayFeedHost::~RelayFeedHost()
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

QFuture<Result<void>> RelayFeedHost::put(const QString& feedId, const QByteArray& sealed)
{
    return send("PUT", feedId, sealed);
}

QFuture<Result<void>> RelayFeedHost::remove(const QString& feedId)
{
    return send("DELETE", feedId, {});
}

QUrl RelayFeedHost::subscriptionUrl(const QString& tokenText) const
{
    return m_relay.resolved(QUrl(u"feeds/" + tokenText + u".ics"));
}

QFuture<Result<void>> RelayFeedHost::send(const QByteArray& verb, const QString& feedId, const QByteArray& body)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QNetworkRequest request(m_relay.resolved(QUrl(u"v1/vaults/" + m_vaultId + u"/feeds/" + feedId)));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    QByteArray authorization("Bearer ");
    authorization.append(
        reinterpret_cast<const char*>(m_deviceToken.data()), static_cast<qsizetype>(m_deviceToken.size()));
    request.setRawHeader("Authorization", authorization);
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, verb]() {
        reply->deleteLater();
        m_replies.removeAll(reply);
        Result<void> outcome = outcomeOf(reply);
        qCInfo(lcFeed).noquote() << "feed" << verb << "→"
                                 << (outcome ? QStringLiteral("ok") : outcome.error().detail());
        promise->addResult(std::move(outcome));
        promise->finish();
    });
    return promise->future();
}

} // namespace clientele
