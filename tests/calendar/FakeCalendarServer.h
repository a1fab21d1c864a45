#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QTest>
#include <QUrl>
#include <utility>

#include "tests/support/NodePeer.h"

namespace clientele::test {

// A fake calendar provider API written for node (tests/node/fake-google-calendar.mjs,
// fake-microsoft-graph.mjs) as a child process on an ephemeral loopback port, plus a small
// synchronous client for its /_control endpoints (reset, faults, outside edits, the request log).
// Needs only node (no npm packages); when node is missing start() says so and the test fails —
// never a skip.
class FakeCalendarServer
{
public:
    // `script` in tests/node, which prints "<name> listening on <host>:<port>".
    FakeCalendarServer(QString script, QString name)
        : m_script(std::move(script))
        , m_name(std::move(name))
    {
    }

    // Empty when up, else why not.
    QString start() { return m_peer.start(m_script, m_name, {}, {}, 20000); }
    void stop() { m_peer.stop(); }
    QUrl url(const QString& path) const { return m_peer.url(path); }
    QString transcript() { return m_peer.transcript(); }

    // A /_control call; the JSON answer (an empty object for 204). Fails the test on transport errors.
    QJsonValue control(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        QNetworkRequest request(url(QStringLiteral("/_control/") + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(10000);
        QNetworkReply* reply =
            m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        const QDeadlineTimer deadline(15000);
        while (!reply->isFinished() && !deadline.hasExpired()) {
            QTest::qWait(2);
        }
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        if (status < 200 || status >= 300) {
            qWarning().noquote() << "control" << method << path << "→" << status << answer;
        }
        const QJsonDocument document = QJsonDocument::fromJson(answer);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    // The API requests the fake has seen since the last reset/clear.
    QJsonArray requests() { return control("GET", QStringLiteral("requests")).toArray(); }

private:
    QString m_script;
    QString m_name;
    NodePeer m_peer;
    QNetworkAccessManager m_network;
};

} // namespace clientele::test
