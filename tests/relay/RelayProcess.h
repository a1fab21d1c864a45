#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include "tests/support/TestProcess.h"

namespace clientele::test {

// The real clientele-relay (or a fake provider server) as a child process on a loopback port.
class RelayProcess final
{
public:
    ~RelayProcess() { kill(); }

    // Starts it with these extra variables; false (and the transcript) if it did not come up.
    bool start(const QProcessEnvironment& extra)
    {
        return startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {}, extra);
    }

    // Any of the repo's servers that print "… listening on HOST:PORT" (fake-stripe, fake-twilio).
    bool startProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_RELAY_LISTEN"), QStringLiteral("127.0.0.1:0"));
        env.insert(QStringLiteral("CLIENTELE_RELAY_DRAIN_SECONDS"), QStringLiteral("5"));
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted()) {
            return false;
        }
        const auto match = waitForLine(
            m_process, QRegularExpression(QStringLiteral("listening on ([0-9.]+):(\\d+)")), 20000, m_transcript);
        if (!match.hasMatch()) {
            return false;
        }
        m_base = QUrl(QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2)));
        return true;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        readTranscript();
    }

    // Waits for it to exit by itself (e.g. at a failpoint).
    bool waitForExit(int timeoutMs)
    {
        const bool exited = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
        readTranscript();
        return exited;
    }

    QUrl url(const QString& path) const { return m_base.resolved(QUrl(path)); }
    QString& transcript()
    {
        readTranscript();
        return m_transcript;
    }

private:
    void readTranscript() { m_transcript += QString::fromUtf8(m_process.readAll()); }

    QProcess m_process;
    QString m_transcript;
    QUrl m_base;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// One request, waited for with a local event loop. Headers are name → value.
inline HttpReply httpCall(const QString& method, const QUrl& url, const QByteArray& body = {},
    const QList<std::pair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 15000)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = manager.sendCustomRequest(request, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

} // namespace clientele::test
