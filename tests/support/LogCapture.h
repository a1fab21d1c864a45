#pragma once

#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>
#include <QtGlobal>

namespace clientele::test {

// Every log line of the test process, so that a test can prove no token, code or client data ever
// reaches a log. install() once in initTestCase(); lines still go on to Qt Test's own handler.
class LogCapture final
{
public:
    static void install() { previous() = qInstallMessageHandler(&LogCapture::capture); }
    static QStringList& lines()
    {
        static QStringList captured;
        return captured;
    }

private:
    static QtMessageHandler& previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        lines().append(message);
        if (previous() != nullptr) {
            previous()(type, context, message);
        }
    }
};

// A loopback port on which nothing listens: a provider that is down.
inline quint16 deadLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace clientele::test
