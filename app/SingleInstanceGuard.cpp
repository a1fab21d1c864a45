#include "app/SingleInstanceGuard.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <unistd.h>

#include "core/Logging.h"

namespace clientele {

namespace {
constexpr QByteArrayView kActivate = "activate\n";
constexpr int kConnectTimeoutMs = 1000;
} // namespace

SingleInstanceGuard::SingleInstanceGuard(QObject* parent)
    : QObject(parent)
{
    // The runtime folder is private to the user; without one, the name carries the user id so
    // that two users of one machine do not meet.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) {
        folder = QDir::tempPath();
    }
    m_socketPath = folder + QStringLiteral("/clientele-%1.sock").arg(::getuid());
}

SingleInstanceGuard::~SingleInstanceGuard() = default;

bool SingleInstanceGuard::activateRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(kConnectTimeoutMs)) {
        return false;
    }
    socket.write(kActivate.data(), kActivate.size());
    socket.waitForBytesWritten(kConnectTimeoutMs);
    // Wait for the acknowledgement, so that "already running" is only claimed when it is true.
    const bool acknowledged = socket.waitForReadyRead(kConnectTimeoutMs) && socket.readAll().startsWith("ok");
    socket.disconnectFromServer();
    return acknowledged;
}

bool SingleInstanceGuard::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        // A socket file left by a crashed instance: nobody answered above, so it is stale.
        QLocalServer::removeServer(m_socketPath);
        if (!m_server->listen(m_socketPath)) {
            qCWarning(lcApp).noquote() << "Single-instance guard unavailable:" << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstanceGuard::onNewConnection);
    return true;
}

void SingleInstanceGuard::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                return;
            }
            const QByteArray line = socket->readLine(64);
            if (line == kActivate.toByteArray()) {
                qCInfo(lcApp) << "Another instance was started: bringing the window to the front";
                socket->write("ok\n");
                socket->flush();
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace clientele
