// The Twilio simulator as the fake-twilio process over loopback: auth, message creation with Twilio's
// error codes, segments, signed status callbacks (in order, duplicated, reversed), test numbers that
// fail, STOP/START opt-out, paging, injected 429s and answers lost after the commit.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include "core/webhooks/FormBody.h"
#include "core/webhooks/TwilioSignature.h"
#include "relay/sandbox/twilio/TwilioMessageParams.h"
#include "tests/support/TestProcess.h"

using namespace clientele;

namespace {

const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QByteArray kAuthToken = "test-auth-token-0123456789abcdef";
const QString kOurNumber = QStringLiteral("+15005550006");
const QString kClient = QStringLiteral("+15551230001");
const QString kService = QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request with a local event loop (the webhook receiver keeps serving meanwhile).
HttpReply httpCall(const QString& method, const QUrl& url, const QByteArray& body = {},
    const QList<std::pair<QByteArray, QByteArray>>& headers = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
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

QByteArray form(const QList<std::pair<QString, QString>>& params)
{
    QByteArray body;
    for (const auto& [name, value] : params) {
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray basic(const QString& user, const QByteArray& password)
{
    return "Basic " + QByteArray(user.toUtf8() + ':' + password).toBase64();
}

// A webhook endpoint: records each request (method, target, headers, body) and answers 200 with TwiML.
class WebhookReceiver final : public QObject
{
public:
    struct Received
    {
        QByteArray method;
        QByteArray target;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
        webhooks::FormParams params() const { return webhooks::parseFormBody(body).valueOr(webhooks::FormParams {}); }
        QString param(const QString& name) const
        {
            for (const auto& [key, value] : params()) {
                if (key == name) {
                    return value;
                }
            }
            return {};
        }
    };

    WebhookReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QString url(const QString& pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery);
    }

    QList<Received> received;
    int answerStatus = 200;

private:
    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        Received request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        received.append(request);
        const QByteArray twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
        socket->write("HTTP/1.1 " + QByteArray::number(answerStatus)
            + " X\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(twiml.size())
            + "\r\nConnection: close\r\n\r\n" + twiml);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestFakeTwilio final : public QObject
{
    Q_OBJECT

private:
    QProcess m_process;
    QUrl m_base;
    std::unique_ptr<WebhookReceiver> m_receiver;

    QUrl url(const QString& path) const { return m_base.resolved(QUrl(path)); }
    QString messagesPath() const { return QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccountSid); }

    HttpReply send(const QList<std::pair<QString, QString>>& params, const QByteArray& token = kAuthToken)
    {
        return httpCall(QStringLiteral("POST"), url(messagesPath()), form(params),
            {{"Authorization", basic(kAccountSid, token)}, {"Content-Type", "application/x-www-form-urlencoded"}});
    }

    HttpReply sendText(const QString& to, const QString& body, const QString& statusCallback = {})
    {
        QList<std::pair<QString, QString>> params {
            {QStringLiteral("To"), to}, {QStringLiteral("From"), kOurNumber}, {QStringLiteral("Body"), body}};
        if (!statusCallback.isEmpty()) {
            params.append({QStringLiteral("StatusCallback"), statusCallback});
        }
        return send(params);
    }

    HttpReply get(const QString& pathAndQuery)
    {
        return httpCall(
            QStringLiteral("GET"), url(pathAndQuery), {}, {{"Authorization", basic(kAccountSid, kAuthToken)}});
    }

    HttpReply control(const QString& method, const QString& path, const QJsonObject& body = {})
    {
        return httpCall(method, url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
    }

    QJsonArray fakeList(const QString& what)
    {
        return control(QStringLiteral("GET"), u"/_fake/" + what).json().value(what).toArray();
    }

    static bool signedCorrectly(const WebhookReceiver::Received& request, const QString& url)
    {
        return webhooks::twilioSignatureValid(
            url, request.params(), kAuthToken, request.headers.value("x-twilio-signature"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(FAKE_TWILIO_BINARY),
            {QStringLiteral("--account-sid"), kAccountSid, QStringLiteral("--auth-token"),
                QString::fromLatin1(kAuthToken), QStringLiteral("--status-step-ms"), QStringLiteral("30")});
        QVERIFY(m_process.waitForStarted());
        QString transcript;
        const QRegularExpressionMatch match = test::waitForLine(m_process,
            QRegularExpression(QStringLiteral("^fake-twilio listening on ([0-9.]+):(\\d+)$")), 20000, transcript);
        QVERIFY2(match.hasMatch(), qPrintable(transcript));
        m_base = QUrl(QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2)));
    }

    void cleanupTestCase()
    {
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(10000));
        QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_process.exitCode(), 0);
    }

    void init()
    {
        QCOMPARE(control(QStringLiteral("POST"), QStringLiteral("/_fake/reset")).status, 200);
        m_receiver = std::make_unique<WebhookReceiver>();
        const HttpReply configured = control(QStringLiteral("POST"), QStringLiteral("/_fake/config"),
            {{QStringLiteral("auto_progress"), true}, {QStringLiteral("duplicate_callbacks"), false},
                {QStringLiteral("callback_order"), QStringLiteral("in_order")},
                {QStringLiteral("strict_params"), false},
                {QStringLiteral("inbound_url"), m_receiver->url(QStringLiteral("/hooks/twilio/inbound"))}});
        QCOMPARE(configured.status, 200);
    }

    void wrongCredentialsGetTwiliosAuthenticateError()
    {
        const HttpReply wrong = sendText(kClient, QStringLiteral("Hi"), {});
        QCOMPARE(wrong.status, 201); // the right token works …
        const HttpReply refused = send({{QStringLiteral("To"), kClient}, {QStringLiteral("From"), kOurNumber},
                                           {QStringLiteral("Body"), QStringLiteral("Hi")}},
            "not-the-token");
        QCOMPARE(refused.status, 401);
        const QJsonObject authenticate {{QStringLiteral("code"), 20003},
            {QStringLiteral("message"), QStringLiteral("Authenticate")},
            {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/20003")},
            {QStringLiteral("status"), 401}};
        QCOMPARE(refused.json(), authenticate);
        QCOMPARE(refused.json().keys().size(), 4);
        const HttpReply anonymous = httpCall(QStringLiteral("GET"), url(messagesPath()));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json().value(QStringLiteral("code")).toInt(), 20003);

        // Another account's path with our credentials: not found, like Twilio.
        const HttpReply other = get(QStringLiteral("/2010-04-01/Accounts/AC%1/Messages.json").arg(QString(32, u'f')));
        QCOMPARE(other.status, 404);
        QCOMPARE(other.json().value(QStringLiteral("code")).toInt(), 20404);

        const QJsonArray requests = fakeList(QStringLiteral("requests"));
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("auth_ok")).toBool(), true);
        QCOMPARE(requests.at(1).toObject().value(QStringLiteral("auth_ok")).toBool(), false);
        QCOMPARE(requests.at(1).toObject().value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("params")).toObject().value(QStringLiteral("To")),
            QJsonValue(kClient));
        QCOMPARE(fakeList(QStringLiteral("messages")).size(), 1);
    }

    void creatingReturnsTheMessageResource()
    {
        const HttpReply created = sendText(kClient, QStringLiteral("Your appointment is tomorrow at 10:00."));
        QCOMPARE(created.status, 201);
        const QJsonObject message = created.json();
        for (const QString& field : relay::sandbox::TwilioMessageParams::embedded().messageFields) {
            QVERIFY2(message.contains(field), qPrintable(field));
        }
        const QString sid = message.value(QStringLiteral("sid")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^SM[0-9a-f]{32}$")).match(sid).hasMatch());
        QCOMPARE(message.value(QStringLiteral("account_sid")).toString(), kAccountSid);
        QCOMPARE(message.value(QStringLiteral("to")).toString(), kClient);
        QCOMPARE(message.value(QStringLiteral("from")).toString(), kOurNumber);
        QCOMPARE(
            message.value(QStringLiteral("body")).toString(), QStringLiteral("Your appointment is tomorrow at 10:00."));
        QCOMPARE(message.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(message.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound-api"));
        QCOMPARE(message.value(QStringLiteral("num_segments")).toString(), QStringLiteral("1"));
        QCOMPARE(message.value(QStringLiteral("num_media")).toString(), QStringLiteral("0"));
        QCOMPARE(message.value(QStringLiteral("api_version")).toString(), QStringLiteral("2010-04-01"));
        QVERIFY(message.value(QStringLiteral("price")).isNull());
        QVERIFY(message.value(QStringLiteral("error_code")).isNull());
        QVERIFY(message.value(QStringLiteral("date_sent")).isNull());
        QVERIFY(QRegularExpression(
            QStringLiteral("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000$"))
                    .match(message.value(QStringLiteral("date_created")).toString())
                    .hasMatch());
        QCOMPARE(message.value(QStringLiteral("uri")).toString(),
            QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(kAccountSid, sid));
        QVERIFY(relay::sandbox::TwilioMessageParams::embedded().statusEnum.contains(
            message.value(QStringLiteral("status")).toString()));

        const HttpReply fetched = get(QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(kAccountSid, sid));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().value(QStringLiteral("sid")).toString(), sid);
        const HttpReply missing =
            get(QStringLiteral("/2010-04-01/Accounts/%1/Messages/SM%2.json").arg(kAccountSid, QString(32, u'0')));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("code")).toInt(), 20404);
    }

    void segmentsFollowTheEncoding_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("segments");
        QTest::newRow("160 GSM-7 characters fit in one") << QString(160, u'a') << 1;
        QTest::newRow("161 GSM-7 characters take two") << QString(161, u'a') << 2;
        QTest::newRow("306 GSM-7 characters take two parts of 153") << QString(306, u'a') << 2;
        QTest::newRow("307 GSM-7 characters take three") << QString(307, u'a') << 3;
        QTest::newRow("80 euro signs are 160 septets") << QString(80, QChar(0x20AC)) << 1;
        QTest::newRow("81 euro signs are 162 septets") << QString(81, QChar(0x20AC)) << 2;
        QTest::newRow("70 Cyrillic letters fit one UCS-2 message") << QString(70, QChar(0x0436)) << 1;
        QTest::newRow("71 Cyrillic letters take two") << QString(71, QChar(0x0436)) << 2;
        QTest::newRow("one emoji makes the whole text UCS-2")
            << QString(QString(69, u'a') + QString::fromUtf8("👍")) << 2;
        QTest::newRow("35 emoji are 70 code units") << QString::fromUtf8("👍").repeated(35) << 1;
        QTest::newRow("134 code units take two parts of 67") << QString::fromUtf8("👍").repeated(67) << 2;
    }

    void segmentsFollowTheEncoding()
    {
        QFETCH(QString, body);
        QFETCH(int, segments);
        const HttpReply created = sendText(kClient, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("num_segments")).toString(), QString::number(segments));
    }

    void invalidRequestsGetTwiliosErrorCodes_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("a To that is not E.164")
            << QStringLiteral("5551230001") << kOurNumber << QStringLiteral("Hi") << 21211;
        QTest::newRow("the invalid test number")
            << QStringLiteral("+15005550001") << kOurNumber << QStringLiteral("Hi") << 21211;
        QTest::newRow("no To") << QString() << kOurNumber << QStringLiteral("Hi") << 21604;
        QTest::newRow("no From") << kClient << QString() << QStringLiteral("Hi") << 21603;
        QTest::newRow("a From the account does not own")
            << kClient << QStringLiteral("+15551239999") << QStringLiteral("Hi") << 21606;
        QTest::newRow("no Body") << kClient << kOurNumber << QString() << 21602;
        QTest::newRow("a body of 1,601 characters") << kClient << kOurNumber << QString(1601, u'a') << 21617;
        QTest::newRow("the blocked test number")
            << QStringLiteral("+15005550004") << kOurNumber << QStringLiteral("Hi") << 21610;
    }

    void invalidRequestsGetTwiliosErrorCodes()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        QFETCH(QString, body);
        QFETCH(int, code);
        QList<std::pair<QString, QString>> params;
        for (const auto& [name, value] : {std::pair {QStringLiteral("To"), to},
                 std::pair {QStringLiteral("From"), from}, std::pair {QStringLiteral("Body"), body}}) {
            if (!value.isEmpty()) {
                params.append({name, value});
            }
        }
        const HttpReply refused = send(params);
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), code);
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("more_info")).toString(),
            QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(fakeList(QStringLiteral("messages")).size(), 0);
    }

    void twoIdenticalPostsCreateTwoMessages()
    {
        const HttpReply first = sendText(kClient, QStringLiteral("Reminder"));
        const HttpReply second = sendText(kClient, QStringLiteral("Reminder"));
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        QVERIFY(first.json().value(QStringLiteral("sid")) != second.json().value(QStringLiteral("sid")));
        QCOMPARE(fakeList(QStringLiteral("messages")).size(), 2);
    }

    void statusCallbacksArriveSignedAndInOrder()
    {
        const QString callback = m_receiver->url(QStringLiteral("/hooks/twilio/status?command_id=c-1"));
        const HttpReply created = sendText(kClient, QStringLiteral("Hello"), callback);
        QCOMPARE(created.status, 201);
        const QString sid = created.json().value(QStringLiteral("sid")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 3, 10000);
        QStringList statuses;
        for (const WebhookReceiver::Received& request : m_receiver->received) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.target, QByteArray("/hooks/twilio/status?command_id=c-1"));
            QVERIFY(request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
            QVERIFY2(signedCorrectly(request, callback), request.body.constData());
            QVERIFY(!webhooks::twilioSignatureValid(
                callback, request.params(), "another-token", request.headers.value("x-twilio-signature")));
            QCOMPARE(request.param(QStringLiteral("MessageSid")), sid);
            QCOMPARE(request.param(QStringLiteral("SmsSid")), sid);
            QCOMPARE(request.param(QStringLiteral("AccountSid")), kAccountSid);
            QCOMPARE(request.param(QStringLiteral("From")), kOurNumber);
            QCOMPARE(request.param(QStringLiteral("To")), kClient);
            QCOMPARE(request.param(QStringLiteral("ApiVersion")), QStringLiteral("2010-04-01"));
            QCOMPARE(request.param(QStringLiteral("SmsStatus")), request.param(QStringLiteral("MessageStatus")));
            QVERIFY(request.param(QStringLiteral("ErrorCode")).isEmpty());
            statuses << request.param(QStringLiteral("MessageStatus"));
        }
        QCOMPARE(
            statuses, (QStringList {QStringLiteral("sending"), QStringLiteral("sent"), QStringLiteral("delivered")}));
        const QJsonObject fetched =
            get(QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(kAccountSid, sid)).json();
        QCOMPARE(fetched.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QVERIFY(!fetched.value(QStringLiteral("date_sent")).isNull());

        const QJsonArray deliveries = fakeList(QStringLiteral("deliveries"));
        QCOMPARE(deliveries.size(), 3);
        QCOMPARE(deliveries.at(2).toObject().value(QStringLiteral("status")).toInt(), 200);
        const QJsonArray history =
            fakeList(QStringLiteral("messages")).at(0).toObject().value(QStringLiteral("status_history")).toArray();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    }

    void testNumbersFailAfterCreation_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("finalStatus");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("+15005550009 fails with 30003")
            << QStringLiteral("+15005550009") << QStringLiteral("failed") << 30003;
        QTest::newRow("+15005550010 is undelivered with 30005")
            << QStringLiteral("+15005550010") << QStringLiteral("undelivered") << 30005;
    }

    void testNumbersFailAfterCreation()
    {
        QFETCH(QString, to);
        QFETCH(QString, finalStatus);
        QFETCH(int, errorCode);
        const QString callback = m_receiver->url(QStringLiteral("/status"));
        const HttpReply created = sendText(to, QStringLiteral("Hello"), callback);
        QCOMPARE(created.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(!m_receiver->received.isEmpty()
                && m_receiver->received.last().param(QStringLiteral("MessageStatus")) == finalStatus,
            10000);
        const WebhookReceiver::Received& last = m_receiver->received.last();
        QCOMPARE(last.param(QStringLiteral("ErrorCode")), QString::number(errorCode));
        QVERIFY(signedCorrectly(last, callback));
        const QJsonObject fetched = get(created.json().value(QStringLiteral("uri")).toString()).json();
        QCOMPARE(fetched.value(QStringLiteral("status")).toString(), finalStatus);
        QCOMPARE(fetched.value(QStringLiteral("error_code")).toInt(), errorCode);
        QVERIFY(!fetched.value(QStringLiteral("error_message")).toString().isEmpty());
    }

    void stopBlocksSendingUntilStart()
    {
        const auto inbound = [this](const QString& body) {
            return control(QStringLiteral("POST"), QStringLiteral("/_fake/inbound"),
                {{QStringLiteral("from"), kClient}, {QStringLiteral("to"), kOurNumber},
                    {QStringLiteral("body"), body}});
        };
        const HttpReply stopped = inbound(QStringLiteral("stop"));
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json().value(QStringLiteral("opt_out_type")).toString(), QStringLiteral("STOP"));
        QCOMPARE(
            stopped.json().value(QStringLiteral("webhook")).toObject().value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(m_receiver->received.size(), 1);
        const WebhookReceiver::Received& hook = m_receiver->received.first();
        const QString inboundUrl = m_receiver->url(QStringLiteral("/hooks/twilio/inbound"));
        QVERIFY(signedCorrectly(hook, inboundUrl));
        QCOMPARE(hook.param(QStringLiteral("OptOutType")), QStringLiteral("STOP"));
        QCOMPARE(hook.param(QStringLiteral("From")), kClient);
        QCOMPARE(hook.param(QStringLiteral("To")), kOurNumber);
        QCOMPARE(hook.param(QStringLiteral("Body")), QStringLiteral("stop"));
        QCOMPARE(hook.param(QStringLiteral("NumMedia")), QStringLiteral("0"));
        QCOMPARE(hook.param(QStringLiteral("AccountSid")), kAccountSid);
        QCOMPARE(
            hook.param(QStringLiteral("MessageSid")), stopped.json().value(QStringLiteral("message_sid")).toString());

        const HttpReply refused = sendText(kClient, QStringLiteral("Reminder"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toInt(), 21610);
        QCOMPARE(sendText(QStringLiteral("+15551230002"), QStringLiteral("Reminder")).status, 201);

        const HttpReply help = inbound(QStringLiteral("HELP"));
        QCOMPARE(help.json().value(QStringLiteral("opt_out_type")).toString(), QStringLiteral("HELP"));
        QCOMPARE(sendText(kClient, QStringLiteral("Reminder")).status, 400);

        const HttpReply started = inbound(QStringLiteral("START"));
        QCOMPARE(started.json().value(QStringLiteral("opt_out_type")).toString(), QStringLiteral("START"));
        QCOMPARE(m_receiver->received.last().param(QStringLiteral("OptOutType")), QStringLiteral("START"));
        QCOMPARE(sendText(kClient, QStringLiteral("Reminder")).status, 201);

        // An ordinary reply carries no OptOutType.
        QCOMPARE(inbound(QStringLiteral("Thanks, see you")).status, 200);
        QVERIFY(m_receiver->received.last().param(QStringLiteral("OptOutType")).isEmpty());
    }

    void listingPagesNewestFirst()
    {
        QStringList sids;
        for (int i = 0; i < 5; ++i) {
            sids.prepend(
                sendText(kClient, QStringLiteral("Message %1").arg(i)).json().value(QStringLiteral("sid")).toString());
        }
        QCOMPARE(sendText(QStringLiteral("+15551230002"), QStringLiteral("Other")).status, 201);

        QStringList listed;
        QString next = messagesPath() + QStringLiteral("?To=%2B15551230001&PageSize=2");
        int pages = 0;
        while (!next.isEmpty()) {
            const HttpReply page = get(next);
            QCOMPARE(page.status, 200);
            const QJsonObject json = page.json();
            QCOMPARE(json.value(QStringLiteral("page")).toInt(), pages);
            QCOMPARE(json.value(QStringLiteral("page_size")).toInt(), 2);
            QVERIFY(json.value(QStringLiteral("first_page_uri")).toString().contains(QStringLiteral("Page=0")));
            for (const QJsonValue message : json.value(QStringLiteral("messages")).toArray()) {
                listed << message.toObject().value(QStringLiteral("sid")).toString();
            }
            next = json.value(QStringLiteral("next_page_uri")).toString();
            ++pages;
            QVERIFY(pages <= 3);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(listed, sids);

        const QJsonObject everything = get(messagesPath()).json();
        QCOMPARE(everything.value(QStringLiteral("messages")).toArray().size(), 6);
        QCOMPARE(everything.value(QStringLiteral("page_size")).toInt(), 50);
        QVERIFY(everything.value(QStringLiteral("next_page_uri")).isNull());
        QVERIFY(everything.value(QStringLiteral("previous_page_uri")).isNull());
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        QCOMPARE(
            control(QStringLiteral("POST"), QStringLiteral("/_fake/fail-next"),
                {{QStringLiteral("status"), 429}, {QStringLiteral("count"), 2}, {QStringLiteral("retry_after"), 3}})
                .status,
            200);
        for (int i = 0; i < 2; ++i) {
            const HttpReply limited = sendText(kClient, QStringLiteral("Hello"));
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.headers.value("retry-after"), QByteArray("3"));
            QCOMPARE(limited.json().value(QStringLiteral("code")).toInt(), 20429);
            QCOMPARE(limited.json().value(QStringLiteral("message")).toString(), QStringLiteral("Too Many Requests"));
            QCOMPARE(limited.json().value(QStringLiteral("status")).toInt(), 429);
        }
        QCOMPARE(fakeList(QStringLiteral("messages")).size(), 0); // a 429 is not processed
        QCOMPARE(sendText(kClient, QStringLiteral("Hello")).status, 201);

        QCOMPARE(control(QStringLiteral("POST"), QStringLiteral("/_fake/fail-next"), {{QStringLiteral("status"), 503}})
                     .status,
            200);
        const HttpReply unavailable = sendText(kClient, QStringLiteral("Hello"));
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.json().value(QStringLiteral("code")).toInt(), 20503);
        QCOMPARE(fakeList(QStringLiteral("messages")).size(), 1);
    }

    void droppedAnswerStillCreatesTheMessage()
    {
        QCOMPARE(control(QStringLiteral("POST"), QStringLiteral("/_fake/fail-next"),
                     {{QStringLiteral("drop_after_commit"), true}})
                     .status,
            200);
        // A raw socket, because Qt's network access manager silently resends a request whose
        // connection closed without an answer (curl does the same on reused connections).
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = form({{QStringLiteral("To"), kClient}, {QStringLiteral("From"), kOurNumber},
            {QStringLiteral("Body"), QStringLiteral("Lost answer")}});
        socket.write("POST " + messagesPath().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
            + basic(kAccountSid, kAuthToken) + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(socket.readAll(), QByteArray());

        const QJsonArray messages = fakeList(QStringLiteral("messages"));
        QCOMPARE(messages.size(), 1);
        const QJsonObject request = fakeList(QStringLiteral("requests")).last().toObject();
        QCOMPARE(request.value(QStringLiteral("injected")).toString(), QStringLiteral("drop_after_commit"));
        QCOMPARE(
            request.value(QStringLiteral("committed_sid")), messages.at(0).toObject().value(QStringLiteral("sid")));
        // The next create answers normally.
        QCOMPARE(sendText(kClient, QStringLiteral("Next")).status, 201);
    }

    void callbacksCanBeDuplicatedOrReversed()
    {
        QCOMPARE(
            control(QStringLiteral("POST"), QStringLiteral("/_fake/config"), {{QStringLiteral("auto_progress"), false}})
                .status,
            200);
        const QString callback = m_receiver->url(QStringLiteral("/status"));
        const QString sid =
            sendText(kClient, QStringLiteral("Hello"), callback).json().value(QStringLiteral("sid")).toString();
        const HttpReply pushed = control(QStringLiteral("POST"), u"/_fake/messages/" + sid + u"/status",
            {{QStringLiteral("status"), QStringLiteral("delivered")}, {QStringLiteral("duplicate"), true}});
        QCOMPARE(pushed.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 2, 10000);
        QCOMPARE(m_receiver->received.at(0).body, m_receiver->received.at(1).body);
        QCOMPARE(m_receiver->received.at(0).headers.value("i-twilio-idempotency-token"),
            m_receiver->received.at(1).headers.value("i-twilio-idempotency-token"));
        // Out of order by hand: sent after delivered.
        QCOMPARE(control(QStringLiteral("POST"), u"/_fake/messages/" + sid + u"/status",
                     {{QStringLiteral("status"), QStringLiteral("sent")}})
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 3, 10000);
        QCOMPARE(m_receiver->received.at(2).param(QStringLiteral("MessageStatus")), QStringLiteral("sent"));

        // Reversed: a message's callbacks are held until its final status, then sent last first.
        m_receiver->received.clear();
        QCOMPARE(control(QStringLiteral("POST"), QStringLiteral("/_fake/config"),
                     {{QStringLiteral("auto_progress"), true},
                         {QStringLiteral("callback_order"), QStringLiteral("reversed")}})
                     .status,
            200);
        QCOMPARE(sendText(kClient, QStringLiteral("Again"), callback).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 3, 10000);
        QStringList statuses;
        for (const WebhookReceiver::Received& request : m_receiver->received) {
            QVERIFY(signedCorrectly(request, callback));
            statuses << request.param(QStringLiteral("MessageStatus"));
        }
        QCOMPARE(
            statuses, (QStringList {QStringLiteral("delivered"), QStringLiteral("sent"), QStringLiteral("sending")}));
    }

    void failedCallbacksAreRetried()
    {
        m_receiver->answerStatus = 503;
        const QString callback = m_receiver->url(QStringLiteral("/status"));
        QCOMPARE(
            control(QStringLiteral("POST"), QStringLiteral("/_fake/config"), {{QStringLiteral("auto_progress"), false}})
                .status,
            200);
        const QString sid =
            sendText(kClient, QStringLiteral("Hello"), callback).json().value(QStringLiteral("sid")).toString();
        QCOMPARE(control(QStringLiteral("POST"), u"/_fake/messages/" + sid + u"/status",
                     {{QStringLiteral("status"), QStringLiteral("sent")}})
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(fakeList(QStringLiteral("deliveries")).size(), 4, 5000);
        const QJsonArray deliveries = fakeList(QStringLiteral("deliveries"));
        QCOMPARE(deliveries.last().toObject().value(QStringLiteral("attempt")).toInt(), 4);
        QCOMPARE(deliveries.last().toObject().value(QStringLiteral("status")).toInt(), 503);
    }

    void unknownParametersAreRecordedOrRefused()
    {
        const QList<std::pair<QString, QString>> params {{QStringLiteral("To"), kClient},
            {QStringLiteral("From"), kOurNumber}, {QStringLiteral("Body"), QStringLiteral("Hi")},
            {QStringLiteral("IdempotencyKey"), QStringLiteral("abc")}};
        QCOMPARE(send(params).status, 201);
        const QJsonObject logged = fakeList(QStringLiteral("requests")).last().toObject();
        QCOMPARE(
            logged.value(QStringLiteral("unknown_params")).toArray(), QJsonArray {QStringLiteral("IdempotencyKey")});

        QCOMPARE(
            control(QStringLiteral("POST"), QStringLiteral("/_fake/config"), {{QStringLiteral("strict_params"), true}})
                .status,
            200);
        const HttpReply refused = send(params);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("IdempotencyKey")));
        QCOMPARE(fakeList(QStringLiteral("messages")).size(), 1);
    }

    void messagingServiceStartsAcceptedAndPicksASender()
    {
        const QString callback = m_receiver->url(QStringLiteral("/status"));
        const HttpReply created =
            send({{QStringLiteral("To"), kClient}, {QStringLiteral("MessagingServiceSid"), kService},
                {QStringLiteral("Body"), QStringLiteral("Hi")}, {QStringLiteral("StatusCallback"), callback}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QVERIFY(created.json().value(QStringLiteral("from")).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 4, 10000);
        QCOMPARE(m_receiver->received.first().param(QStringLiteral("MessageStatus")), QStringLiteral("queued"));
        QCOMPARE(m_receiver->received.first().param(QStringLiteral("From")), kOurNumber);
        QCOMPARE(m_receiver->received.first().param(QStringLiteral("MessagingServiceSid")), kService);
    }
};

QTEST_GUILESS_MAIN(TestFakeTwilio)
#include "test_fake_twilio.moc"
