#include "core/adapters/relay/RelayRequests.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <utility>

namespace clientele {

RelayRequests::RelayRequests(QNetworkAccessManager& network, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_network(&network)
    , m_timeout(timeout)
{
}

RelayRequests::~RelayRequests()
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

void RelayRequests::send(const Request& request, std::function<void(const RelayReply&)> done)
{
    QNetworkRequest http(request.url);
    http.setTransferTimeout(static_cast<int>(m_timeout.count()));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(request.contentType));
    if (request.bearer != nullptr) {
        QByteArray authorization("Bearer ");
        authorization.append(
            reinterpret_cast<const char*>(request.bearer->data()), static_cast<qsizetype>(request.bearer->size()));
        http.setRawHeader("Authorization", authorization);
    }
    for (const auto& [name, value] : request.headers) {
        http.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(http, request.verb, request.body);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)]() {
        reply->deleteLater();
        m_replies.removeAll(reply);
        done(readRelayReply(reply));
    });
}

} // namespace clientele
