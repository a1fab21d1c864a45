#pragma once

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <memory>

#include "core/Result.h"
#include "core/ports/OAuthUserAgent.h"

class QTcpServer;
class QTcpSocket;

namespace clientele {

// The loopback end of RFC 8252 §7.3: a tiny HTTP server on 127.0.0.1 and [::1] (same ephemeral port)
// that waits for the browser's one redirect to the expected path, answers with a "you can close this
// tab" page, and closes. It listens only on loopback and only for the duration of one flow (§8.3).
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)

public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening. redirectTemplate gives the scheme, host (127.0.0.1, [::1] or localhost) and
    // path; the result is the same URL with our port, to send as redirect_uri. After `timeout` without
    // a redirect, redirect() resolves with TimedOut.
    Result<QUrl> listen(const QUrl& redirectTemplate, std::chrono::milliseconds timeout, const QString& provider);

    // Resolves once: with the redirect's code/state/error, or TimedOut, or UserClosed after close().
    QFuture<Result<OAuthRedirect>> redirect() const { return m_promise->future(); }

    // Stops listening; a pending redirect() resolves with UserClosed.
    void close();

    bool isListening() const;
    quint16 port() const { return m_port; }

private:
    void onNewConnection(QTcpServer* server);
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& html);
    void settle(Result<OAuthRedirect> result);
    void stopListening();

    QList<QTcpServer*> m_servers;
    QTimer m_timeout;
    QString m_path;
    QString m_provider;
    quint16 m_port = 0;
    std::shared_ptr<QPromise<Result<OAuthRedirect>>> m_promise;
    bool m_settled = false;
};

} // namespace clientele
