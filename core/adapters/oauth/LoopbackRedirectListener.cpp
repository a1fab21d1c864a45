#include "core/adapters/oauth/LoopbackRedirectListener.h"

#include <algorithm>
#include <utility>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthLogging.h"
#include "core/oauth/RedirectQuery.h"

namespace clientele {

namespace {

// A browser's GET with cookies and a long query fits easily; anything bigger is not our redirect.
constexpr qint64 kMaxRequestHead = 16LL * 1024;

QByteArray page(const QString& title, const QString& text)
{
    // No value from the request goes into the page: nothing to inject.
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-family:sans-serif;margin:4em auto;max-width:32em;text-align:center\">"
                          "<h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

bool isIpv6Literal(const QUrl& url)
{
    return url.host() == QLatin1StringView("::1");
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_promise(std::make_shared<QPromise<Result<OAuthRedirect>>>())
{
    m_promise->start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        settle(oauthError(
            OAuthFailure::TimedOut, m_provider, QStringLiteral("no redirect reached the loopback listener")));
    });
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

Result<QUrl> LoopbackRedirectListener::listen(
    const QUrl& redirectTemplate, std::chrono::milliseconds timeout, const QString& provider)
{
    Q_ASSERT(m_servers.isEmpty() && !m_settled); // one listener per flow
    m_provider = provider;
    m_path = redirectTemplate.path().isEmpty() ? QStringLiteral("/") : redirectTemplate.path();

    // RFC 8252 §8.3: loopback only, never "any address". Both IP versions on one port (§7.3): the
    // browser may resolve "localhost" either way; an IP literal in the template picks the first.
    QList<QHostAddress> addresses {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    if (isIpv6Literal(redirectTemplate)) {
        std::swap(addresses[0], addresses[1]);
    }
    QString boundHost;
    for (const QHostAddress& address : addresses) {
        auto* server = new QTcpServer(this);
        if (!server->listen(address, m_port)) {
            qCDebug(lcOAuth) << "loopback listener could not bind" << address.toString() << server->errorString();
            delete server;
            continue;
        }
        m_port = server->serverPort();
        if (boundHost.isEmpty()) {
            boundHost = address.toString();
        }
        connect(server, &QTcpServer::newConnection, this, [this, server]() { onNewConnection(server); });
        m_servers.append(server);
    }
    if (m_servers.isEmpty()) {
        return oauthError(
            OAuthFailure::BrowserUnavailable, provider, QStringLiteral("could not listen on a loopback address"));
    }
    QUrl redirect = redirectTemplate;
    redirect.setPort(m_port);
    redirect.setPath(m_path);
    // "localhost" stays (some providers register only that); an IP literal follows what we bound.
    if (redirect.host() != QLatin1StringView("localhost")) {
        redirect.setHost(boundHost);
    }
    m_timeout.start(timeout);
    qCInfo(lcOAuth) << "loopback listener on port" << m_port << "for" << m_servers.size() << "address(es)";
    return redirect;
}

bool LoopbackRedirectListener::isListening() const
{
    return std::any_of(m_servers.begin(), m_servers.end(), [](const QTcpServer* s) { return s->isListening(); });
}

void LoopbackRedirectListener::close()
{
    settle(oauthError(OAuthFailure::UserClosed, m_provider, QStringLiteral("loopback listener closed")));
}

void LoopbackRedirectListener::onNewConnection(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        // Belt and braces: the server is bound to loopback, so this never triggers.
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket* socket)
{
    const QByteArray head = socket->peek(kMaxRequestHead);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (socket->bytesAvailable() >= kMaxRequestHead) {
            respond(socket, 431, "Request Header Fields Too Large", page(tr("Not found"), {}));
        }
        return; // wait for the rest of the head
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->read(end + 4);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", page(tr("Bad request"), {}));
        return;
    }
    if (m_settled) {
        respond(socket, 410, "Gone", page(tr("Sign-in already finished"), tr("You can close this tab.")));
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", page(tr("Not allowed"), {}));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != m_path) {
        // A favicon request, a stray probe: not the redirect, keep waiting.
        respond(socket, 404, "Not Found", page(tr("Not found"), {}));
        return;
    }
    OAuthRedirect redirect = parseRedirectQuery(target);
    if (redirect.code.isEmpty() && redirect.error.isEmpty()) {
        respond(socket, 400, "Bad Request", page(tr("Bad request"), {}));
        return;
    }
    respond(socket, 200, "OK", page(tr("Clientele"), tr("You can close this tab and return to Clientele.")));
    settle(std::move(redirect));
}

void LoopbackRedirectListener::respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& html)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    // The URL held the code: nothing of this page may be cached or leak a Referer.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "Connection: close\r\n\r\n";
    socket->write(response + html);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::settle(Result<OAuthRedirect> result)
{
    if (m_settled) {
        return;
    }
    m_settled = true;
    m_timeout.stop();
    stopListening();
    m_promise->addResult(std::move(result));
    m_promise->finish();
}

void LoopbackRedirectListener::stopListening()
{
    // Closing the servers refuses new connections; sockets already open finish their answer.
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->close();
    }
}

} // namespace clientele
