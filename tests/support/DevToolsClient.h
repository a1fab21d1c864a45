#pragma once

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QWebSocket>
#include <chrono>
#include <functional>
#include <optional>

namespace clientele::test {

// Drives a QtWebEngine page from outside its process over the Chrome DevTools protocol, the way
// browser automation does: the process is started with QTWEBENGINE_REMOTE_DEBUGGING=127.0.0.1:<port>,
// its pages are listed at /json, and Runtime.evaluate runs script in one. Nothing in the product
// has a test hook; the sign-in window is used exactly as a user's would be, only typed into by script.
class DevToolsClient final
{
public:
    explicit DevToolsClient(quint16 port)
        : m_port(port)
    {
    }

    // Waits for a page whose URL starts with `urlPrefix` and attaches to it, unless `giveUp` says
    // there is no point any more (the browser ended). Empty when attached, else why not.
    QString attach(
        const QString& urlPrefix, std::chrono::milliseconds timeout,
        const std::function<bool()>& giveUp = [] { return false; })
    {
        const QDeadlineTimer deadline(timeout);
        QString lastSeen;
        while (!deadline.hasExpired() && !giveUp()) {
            const QJsonArray targets = listTargets();
            for (const auto& target : targets) {
                const QJsonObject object = target.toObject();
                lastSeen = object.value(QStringLiteral("url")).toString();
                if (object.value(QStringLiteral("type")).toString() == u"page" && lastSeen.startsWith(urlPrefix)) {
                    return connectTo(QUrl(object.value(QStringLiteral("webSocketDebuggerUrl")).toString()), deadline);
                }
            }
            QTest::qWait(100);
        }
        return QStringLiteral("no page at %1 within the timeout (last seen: %2)").arg(urlPrefix, lastSeen);
    }

    // The value of `expression` in the page, or nullopt (no answer, or the page was navigating).
    std::optional<QJsonValue> evaluate(
        const QString& expression, std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        const int id = ++m_nextId;
        const QJsonObject command {
            {QStringLiteral("id"), id},
            {QStringLiteral("method"), QStringLiteral("Runtime.evaluate")},
            {QStringLiteral("params"),
                QJsonObject {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}}},
        };
        m_answers.remove(id);
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)));
        const QDeadlineTimer deadline(timeout);
        while (
            !m_answers.contains(id) && !deadline.hasExpired() && m_socket.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(10);
        }
        const QJsonObject answer = m_answers.take(id);
        const QJsonObject result = answer.value(QStringLiteral("result")).toObject();
        if (answer.isEmpty() || result.contains(QStringLiteral("exceptionDetails"))) {
            return std::nullopt;
        }
        return result.value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Whether anything still answers on the debugging port (the browser process is alive).
    bool portAnswers() { return !listTargets().isEmpty(); }

private:
    QJsonArray listTargets()
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/json").arg(m_port)));
        request.setTransferTimeout(2000);
        QNetworkReply* reply = m_network.get(request);
        const QDeadlineTimer deadline(3000);
        while (!reply->isFinished() && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        QJsonArray targets = QJsonDocument::fromJson(reply->readAll()).array();
        delete reply;
        return targets;
    }

    QString connectTo(const QUrl& url, const QDeadlineTimer& deadline)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& message) {
            const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
            if (object.contains(QStringLiteral("id"))) {
                m_answers.insert(object.value(QStringLiteral("id")).toInt(), object);
            }
        });
        m_socket.open(url);
        while (m_socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        return isConnected()
            ? QString()
            : QStringLiteral("could not connect to %1: %2").arg(url.toString(), m_socket.errorString());
    }

    quint16 m_port;
    QNetworkAccessManager m_network;
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_answers;
    int m_nextId = 0;
};

} // namespace clientele::test
