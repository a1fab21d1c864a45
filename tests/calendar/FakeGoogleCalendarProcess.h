#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTest>
#include <QUrl>

#include "tests/support/TestProcess.h"

namespace clientele::test {

// The fake Google Calendar API (tests/node/fake-google-calendar.mjs) as a node child process on an
// ephemeral loopback port, plus a small synchronous client for its /_control endpoints. Needs only
// node (no npm packages); when node is missing start() says so and the test fails — never a skip.
class FakeGoogleCalendarProcess final
{
public:
    ~FakeGoogleCalendarProcess() { stop(); }

    // Empty when up, else why not.
    QString start()
    {
        const QString node = QStringLiteral(CLIENTELE_NODE_EXECUTABLE);
        const QDir nodeDir(QStringLiteral(CLIENTELE_TEST_NODE_DIR));
        if (node.isEmpty() || node.endsWith(QLatin1StringView("NOTFOUND")) || !QFileInfo(node).isExecutable()) {
            return QStringLiteral("node was not found when CMake configured (NODE=%1): install nodejs (scripts/setup) "
                                  "and configure again; the Google Calendar adapter is tested against a node fake")
                .arg(node);
        }
        m_process.setWorkingDirectory(nodeDir.path());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(node, {nodeDir.filePath(QStringLiteral("fake-google-calendar.mjs"))});
        if (!m_process.waitForStarted()) {
            return QStringLiteral("could not start %1: %2").arg(node, m_process.errorString());
        }
        const auto match = waitForLine(m_process,
            QRegularExpression(QStringLiteral("fake-google-calendar listening on ([0-9.]+):(\\d+)")), 20000,
            m_transcript);
        if (!match.hasMatch()) {
            return QStringLiteral("fake-google-calendar did not come up:\n") + m_transcript;
        }
        m_base = QUrl(QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2)));
        return {};
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url(const QString& path) const { return m_base.resolved(QUrl(path)); }
    QString transcript()
    {
        m_transcript += QString::fromUtf8(m_process.readAll());
        return m_transcript;
    }

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
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_transcript;
    QUrl m_base;
};

} // namespace clientele::test
