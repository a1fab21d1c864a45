// The real clientele-relay process over loopback.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "tests/support/TestProcess.h"

using namespace clientele::test;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray requestId;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Reply send(const QString& method, const QUrl& url, const QByteArray& body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = manager.sendCustomRequest(request, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.requestId = reply->rawHeader("X-Request-Id");
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace

class TestRelayProcess final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    QProcess m_relay;
    QString m_transcript;
    QUrl m_base;

private Q_SLOTS:
    void init()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_RELAY_LISTEN"), QStringLiteral("127.0.0.1:0"));
        env.insert(QStringLiteral("CLIENTELE_RELAY_DRAIN_SECONDS"), QStringLiteral("5"));
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dataDir.filePath(QStringLiteral("relay.sqlite")));
        m_relay.setProcessEnvironment(env);
        m_relay.setProcessChannelMode(QProcess::MergedChannels);
        m_transcript.clear();
        m_relay.start(QStringLiteral(CLIENTELE_RELAY_BINARY), {});
        QVERIFY(m_relay.waitForStarted());
        const auto match = waitForLine(
            m_relay, QRegularExpression(QStringLiteral("listening on ([0-9.]+):(\\d+)")), 15000, m_transcript);
        QVERIFY2(match.hasMatch(), qPrintable(m_transcript));
        m_base = QUrl(QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2)));
    }

    void cleanup()
    {
        if (m_relay.state() != QProcess::NotRunning) {
            m_relay.kill();
            m_relay.waitForFinished(5000);
        }
    }

    void healthzAnswersOverHttp()
    {
        const Reply reply = send(QStringLiteral("GET"), m_base.resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral(CLIENTELE_VERSION));
        QCOMPARE(reply.requestId.size(), 16);
    }

    void unknownPathsAndMethodsGetJsonErrors()
    {
        const Reply missing = send(QStringLiteral("GET"), m_base.resolved(QUrl(QStringLiteral("/nope"))));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.body.contains("\"not_found\""));
        const Reply wrongMethod = send(QStringLiteral("DELETE"), m_base.resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(wrongMethod.status, 405);
    }

    void bodiesBeyondTheRouteLimitAre413()
    {
        const Reply reply =
            send(QStringLiteral("GET"), m_base.resolved(QUrl(QStringLiteral("/healthz"))), QByteArray(1024, 'x'));
        QCOMPARE(reply.status, 413);
    }

    void garbageIs400AndTheServerStaysUp()
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("NOT HTTP AT ALL\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 400"));
        QCOMPARE(send(QStringLiteral("GET"), m_base.resolved(QUrl(QStringLiteral("/healthz")))).status, 200);
    }

    void oversizedHeadersAre431()
    {
        constexpr qsizetype kPaddingBytes = 32768; // twice the relay's header limit
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(kPaddingBytes, 'a') + "\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 431"));
    }

    void accessLogNamesPathButNotQuery()
    {
        QCOMPARE(
            send(QStringLiteral("GET"), m_base.resolved(QUrl(QStringLiteral("/healthz?token=SECRET123")))).status, 200);
        const auto match =
            waitForLine(m_relay, QRegularExpression(QStringLiteral("path=/healthz status=200")), 5000, m_transcript);
        QVERIFY2(match.hasMatch(), qPrintable(m_transcript));
        QVERIFY(!m_transcript.contains(u"SECRET123"));
    }

    void sigtermDrainsAndExitsCleanly()
    {
        // An idle keep-alive connection must not hold the shutdown up.
        QTcpSocket idle;
        idle.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
        QVERIFY(idle.waitForConnected(5000));
        ::kill(static_cast<pid_t>(m_relay.processId()), SIGTERM);
        QVERIFY2(m_relay.waitForFinished(4000), "the relay did not exit within 4 s of SIGTERM");
        QCOMPARE(m_relay.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_relay.exitCode(), 0);
        m_transcript += QString::fromUtf8(m_relay.readAll());
        QVERIFY2(m_transcript.contains(u"Stopped"), qPrintable(m_transcript));
    }

    void badConfigurationIsRefusedWithAReason()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLIENTELE_RELAY_LISTEN"), QStringLiteral("localhost"));
        const ProcessResult result = runProcess(QStringLiteral(CLIENTELE_RELAY_BINARY), {}, env, 10000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"CLIENTELE_RELAY_LISTEN"), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"port is missing"), qPrintable(result.err));
    }

    void helpDocumentsTheEnvironment()
    {
        const ProcessResult result = runProcess(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"CLIENTELE_RELAY_LISTEN"));
        QVERIFY(result.out.contains(u"/healthz"));
    }
};

QTEST_GUILESS_MAIN(TestRelayProcess)
#include "test_relay_process.moc"
