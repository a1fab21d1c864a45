// fake-stripe as a process over loopback: Stripe's authentication, form encoding and validation,
// idempotency, injected faults, Checkout → signed webhooks (with retries), refunds, subscriptions,
// events pagination, and an answer lost after the work was done.
#include <QDateTime>
#include <QEventLoop>
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

#include "core/webhooks/StripeSignature.h"
#include "tests/support/TestProcess.h"

using namespace clientele::test;

namespace {

const QByteArray kSecretKey = "sk_test_fake_stripe_0123456789";
const QByteArray kWebhookSecret = "whsec_test_fake_stripe";

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error_() const { return json().value(QStringLiteral("error")).toObject(); }
    QString errorField(const char* name) const { return error_().value(QString::fromLatin1(name)).toString(); }
    QString field(const char* name) const { return json().value(QString::fromLatin1(name)).toString(); }
};

// One request, waited for with a local event loop; redirects are not followed.
Reply call(const QByteArray& method, const QUrl& url, const QByteArray& body, const Headers& headers,
    const QByteArray& contentType = "application/x-www-form-urlencoded")
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

Headers bearer(const QByteArray& key = kSecretKey)
{
    return {{"Authorization", "Bearer " + key}};
}

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An HTTP endpoint for webhooks: records every request, answers with scripted statuses (then 200).
class WebhookReceiver final : public QObject
{
public:
    struct Received
    {
        QByteArray signature;
        QByteArray body;
    };

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/stripe").arg(m_server.serverPort())); }
    void answerNext(const QList<int>& statuses) { m_script = statuses; }
    const QList<Received>& received() const { return m_received; }

    // The delivered events of a type with a 2xx answer, parsed.
    QList<QJsonObject> events(const QString& type) const
    {
        QList<QJsonObject> list;
        for (qsizetype i = 0; i < m_received.size(); ++i) {
            const QJsonObject event = QJsonDocument::fromJson(m_received.at(i).body).object();
            if (event.value(QStringLiteral("type")).toString() == type && m_statuses.at(i) < 300) {
                list.append(event);
            }
        }
        return list;
    }

    WebhookReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        QByteArray signature;
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                length = value.toLongLong();
            } else if (name == "stripe-signature") {
                signature = value;
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        m_received.append(Received {signature, buffer.mid(headerEnd + 4, length)});
        m_buffers.remove(socket);
        const int status = m_script.isEmpty() ? 200 : m_script.takeFirst();
        m_statuses.append(status);
        socket->write(
            QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok").arg(status).toLatin1());
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Received> m_received;
    QList<int> m_statuses;
    QList<int> m_script;
};

} // namespace

class TestFakeStripe final : public QObject
{
    Q_OBJECT

private:
    QProcess m_process;
    QString m_transcript;
    QUrl m_base;
    WebhookReceiver m_receiver;
    QString m_connectedAccount;

    QUrl url(const QString& path) const { return m_base.resolved(QUrl(path)); }

    Reply stripe(const QByteArray& method, const QString& path, const QByteArray& form = {}, Headers headers = {})
    {
        headers += bearer();
        return call(method, url(path), form, headers);
    }

    Reply control(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        return call(method, url(path), body.isEmpty() ? QByteArray() : jsonBytes(body), {}, "application/json");
    }

    QJsonArray loggedRequests()
    {
        return control("GET", QStringLiteral("/_fake/requests")).json().value(QStringLiteral("data")).toArray();
    }

    QByteArray checkoutForm(const QString& extra = {}) const
    {
        QByteArray form = "mode=payment&success_url=https%3A%2F%2Fexample.com%2Fpaid%3Fs%3D%7BCHECKOUT_SESSION_ID%7D"
                          "&cancel_url=https://example.com/cancel"
                          "&line_items[0][price_data][currency]=eur"
                          "&line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=8000"
                          "&line_items[0][price_data][product_data][name]=Therapy+session+%26+notes"
                          "&line_items[0][quantity]=1"
                          "&metadata[vault_id]=v1&metadata%5Bcommand_id%5D=cmd+1";
        if (!m_connectedAccount.isEmpty()) {
            form += "&payment_intent_data[application_fee_amount]=400&payment_intent_data[transfer_data][destination]="
                + m_connectedAccount.toLatin1();
        }
        form += "&payment_intent_data[metadata][vault_id]=v1";
        return extra.isEmpty() ? form : form + '&' + extra.toLatin1();
    }

    QJsonObject paidSession()
    {
        const Reply created = stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm());
        const Reply paid = control("POST", QStringLiteral("/_fake/checkout/%1/pay").arg(created.field("id")));
        return paid.json();
    }

    QJsonArray allEvents()
    {
        return stripe("GET", QStringLiteral("/v1/events?limit=100")).json().value(QStringLiteral("data")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(FAKE_STRIPE_BINARY),
            {QStringLiteral("--secret-key"), QString::fromLatin1(kSecretKey), QStringLiteral("--webhook-url"),
                m_receiver.url().toString(), QStringLiteral("--webhook-secret"), QString::fromLatin1(kWebhookSecret)});
        QVERIFY(m_process.waitForStarted());
        const QRegularExpressionMatch match = waitForLine(m_process,
            QRegularExpression(
                QStringLiteral("^fake-stripe listening on ([0-9.]+):(\\d+)$"), QRegularExpression::MultilineOption),
            20000, m_transcript);
        QVERIFY2(match.hasMatch(), qPrintable(m_transcript));
        m_base = QUrl(QStringLiteral("http://%1:%2").arg(match.captured(1), match.captured(2)));

        const Reply account = stripe("POST", QStringLiteral("/v1/accounts"),
            "type=express&country=DE&email=therapist%40example.com&capabilities[card_payments][requested]=true"
            "&capabilities[transfers][requested]=true");
        QCOMPARE(account.status, 200);
        m_connectedAccount = account.field("id");
        QVERIFY(m_connectedAccount.startsWith(u"acct_"));
        QCOMPARE(account.json().value(QStringLiteral("charges_enabled")).toBool(true), false);
    }

    void cleanupTestCase()
    {
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(10000));
        QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_process.exitCode(), 0);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("no key is refused") << QByteArray() << 401 << QStringLiteral("You did not provide an API key");
        QTest::newRow("a wrong bearer key is refused and masked") << QByteArray(
            "Bearer sk_test_wrongkey_secret_9876") << 401 << QStringLiteral("Invalid API Key provided: sk_test_*");
        QTest::newRow("the key as basic-auth user is accepted")
            << "Basic " + QByteArray(kSecretKey + ':').toBase64() << 200 << QString();
        QTest::newRow("the key as bearer is accepted") << "Bearer " + kSecretKey << 200 << QString();
    }

    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, messageStart);
        Headers headers;
        if (!authorization.isEmpty()) {
            headers.append({"Authorization", authorization});
        }
        const Reply reply = call("GET", url(QStringLiteral("/v1/events?limit=1")), {}, headers);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.headers.value("request-id").startsWith("req_"));
        if (status == 401) {
            QCOMPARE(reply.errorField("type"), QStringLiteral("invalid_request_error"));
            QVERIFY2(reply.errorField("message").startsWith(messageStart), reply.body.constData());
            QVERIFY(!reply.body.contains("wrongkey_secret"));
            QVERIFY(reply.body.contains("9876") || !reply.body.contains("sk_test_wrong"));
        }
    }

    void formDecodingWithBrackets()
    {
        const Reply reply = stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm());
        QCOMPARE(reply.status, 200);
        const QJsonObject session = reply.json();
        QVERIFY(session.value(QStringLiteral("id")).toString().startsWith(u"cs_test_"));
        QCOMPARE(session.value(QStringLiteral("object")).toString(), QStringLiteral("checkout.session"));
        QCOMPARE(session.value(QStringLiteral("amount_total")).toInt(), 8000);
        QCOMPARE(session.value(QStringLiteral("currency")).toString(), QStringLiteral("eur"));
        QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(session.value(QStringLiteral("payment_status")).toString(), QStringLiteral("unpaid"));
        QCOMPARE(session.value(QStringLiteral("metadata")).toObject(),
            (QJsonObject {{QStringLiteral("vault_id"), QStringLiteral("v1")},
                {QStringLiteral("command_id"), QStringLiteral("cmd 1")}}));
        QVERIFY(session.value(QStringLiteral("url")).toString().startsWith(m_base.toString() + u"/sandbox/checkout/"));

        // The log shows the decoded tree: brackets (encoded or not) and '+' as a space.
        const QJsonObject logged = loggedRequests().last().toObject();
        QCOMPARE(logged.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/checkout/sessions"));
        QCOMPARE(logged.value(QStringLiteral("authorization")).toBool(), true);
        const QJsonObject item = logged.value(QStringLiteral("params"))
                                     .toObject()
                                     .value(QStringLiteral("line_items"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        const QJsonObject priceData = item.value(QStringLiteral("price_data")).toObject();
        QCOMPARE(priceData.value(QStringLiteral("unit_amount")).toString(), QStringLiteral("8000"));
        QCOMPARE(priceData.value(QStringLiteral("product_data")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Therapy session & notes"));
        QCOMPARE(item.value(QStringLiteral("quantity")).toString(), QStringLiteral("1"));

        // The hosted page stand-in, escaped.
        const Reply page = call("GET", QUrl(session.value(QStringLiteral("url")).toString()), {}, {});
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("Pay 80.00 EUR"), page.body.constData());
        QVERIFY(page.body.contains("Therapy session &amp; notes"));
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        const QString sessions = QStringLiteral("/v1/checkout/sessions");
        QTest::newRow("an unknown parameter is refused")
            << sessions << QByteArray(checkoutForm(QStringLiteral("bogus=1"))) << QStringLiteral("bogus")
            << QStringLiteral("Received unknown parameter: bogus");
        QTest::newRow("a mode outside the enum is refused")
            << sessions << QByteArray(checkoutForm().replace("mode=payment", "mode=donation")) << QStringLiteral("mode")
            << QStringLiteral("Invalid mode: must be one of payment, setup, or subscription");
        QTest::newRow("a missing success_url is refused")
            << sessions << QByteArray("mode=payment&line_items[0][price_data][currency]=eur")
            << QStringLiteral("success_url") << QStringLiteral("Missing required param: success_url.");
        QTest::newRow("an upper-case currency is refused")
            << sessions << QByteArray(checkoutForm().replace("currency]=eur", "currency]=EUR"))
            << QStringLiteral("line_items[0][price_data][currency]") << QStringLiteral("Invalid currency: EUR");
        QTest::newRow("a non-integer amount is refused")
            << sessions << QByteArray(checkoutForm().replace("=8000", "=80.5"))
            << QStringLiteral("line_items[0][price_data][unit_amount]") << QStringLiteral("Invalid integer: 80.5");
        QTest::newRow("an application fee above the total is refused")
            << sessions
            << QByteArray(checkoutForm().replace("application_fee_amount]=400", "application_fee_amount]=9000"))
            << QStringLiteral("payment_intent_data[application_fee_amount]")
            << QStringLiteral("The application fee amount");
        QTest::newRow("setup mode is not simulated")
            << sessions << QByteArray(checkoutForm().replace("mode=payment", "mode=setup")) << QStringLiteral("mode")
            << QStringLiteral("The Stripe simulator does not support mode=setup");
        QTest::newRow("a refund reason outside the enum is refused")
            << QStringLiteral("/v1/refunds") << QByteArray("payment_intent=pi_x&reason=bogus")
            << QStringLiteral("reason")
            << QStringLiteral("Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer");
        QTest::newRow("a nested enum is checked")
            << sessions
            << QByteArray("mode=subscription&success_url=https://example.com/ok"
                          "&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=5000"
                          "&line_items[0][price_data][product_data][name]=Monthly&line_items[0][quantity]=1"
                          "&line_items[0][price_data][recurring][interval]=fortnight")
            << QStringLiteral("line_items[0][price_data][recurring][interval]")
            << QStringLiteral("Invalid line_items[0][price_data][recurring][interval]: must be one of day, month, "
                              "week, or year");
    }

    void invalidRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, form);
        QFETCH(QString, param);
        QFETCH(QString, message);
        const Reply reply = stripe("POST", path, form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorField("type"), QStringLiteral("invalid_request_error"));
        QCOMPARE(reply.errorField("param"), param);
        QVERIFY2(reply.errorField("message").startsWith(message), reply.body.constData());
    }

    void idempotentReplay()
    {
        const Headers key {{"Idempotency-Key", "0190f0aa-0000-7000-8000-000000000001"}};
        const int before = static_cast<int>(loggedRequests().size());
        const Reply first = stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm(), key);
        const Reply second = stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm(), key);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QVERIFY(!first.headers.contains("idempotent-replayed"));
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.headers.value("original-request"), first.headers.value("request-id"));
        const QJsonArray log = loggedRequests();
        QCOMPARE(log.size(), before + 2);
        QCOMPARE(log.last().toObject().value(QStringLiteral("replayed")).toBool(), true);

        // A replayed refund refunds once.
        const QJsonObject session = paidSession();
        const QString intent = session.value(QStringLiteral("payment_intent")).toString();
        const Headers refundKey {{"Idempotency-Key", "refund-once"}};
        const QByteArray refundForm = "payment_intent=" + intent.toLatin1() + "&amount=1000";
        const Reply refund = stripe("POST", QStringLiteral("/v1/refunds"), refundForm, refundKey);
        const Reply again = stripe("POST", QStringLiteral("/v1/refunds"), refundForm, refundKey);
        QCOMPARE(refund.status, 200);
        QCOMPARE(again.field("id"), refund.field("id"));
        int refunds = 0;
        for (const auto& event : allEvents()) {
            const QJsonObject object = event.toObject();
            if (object.value(QStringLiteral("type")).toString() == u"refund.created"
                && object.value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("object"))
                        .toObject()
                        .value(QStringLiteral("payment_intent"))
                    == intent) {
                ++refunds;
                QCOMPARE(object.value(QStringLiteral("request"))
                             .toObject()
                             .value(QStringLiteral("idempotency_key"))
                             .toString(),
                    QStringLiteral("refund-once"));
            }
        }
        QCOMPARE(refunds, 1);
    }

    void idempotencyErrors()
    {
        const Headers key {{"Idempotency-Key", "changed-params"}};
        QCOMPARE(stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm(), key).status, 200);
        const Reply changed = stripe("POST", QStringLiteral("/v1/checkout/sessions"),
            checkoutForm(QStringLiteral("customer_email=a%40b.c")), key);
        QCOMPARE(changed.status, 400);
        QCOMPARE(changed.errorField("type"), QStringLiteral("idempotency_error"));

        // A validation failure is not stored: the same key works once the request is fixed.
        const Headers retryKey {{"Idempotency-Key", "fixed-later"}};
        const Reply invalid =
            stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm(QStringLiteral("bogus=1")), retryKey);
        QCOMPARE(invalid.status, 400);
        const Reply fixed = stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm(), retryKey);
        QCOMPARE(fixed.status, 200);
        QVERIFY(!fixed.headers.contains("idempotent-replayed"));

        const Reply tooLong = stripe("POST", QStringLiteral("/v1/checkout/sessions"), checkoutForm(),
            {{"Idempotency-Key", QByteArray(256, 'k')}});
        QCOMPARE(tooLong.status, 400);
    }

    void injectedRateLimit()
    {
        QCOMPARE(
            control("POST", QStringLiteral("/_fake/fail-next"),
                {{QStringLiteral("status"), 429}, {QStringLiteral("count"), 2}, {QStringLiteral("retry_after"), 3}})
                .status,
            200);
        for (int i = 0; i < 2; ++i) {
            const Reply limited = stripe("GET", QStringLiteral("/v1/events"));
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.headers.value("retry-after"), QByteArray("3"));
            QCOMPARE(limited.errorField("type"), QStringLiteral("invalid_request_error"));
            QCOMPARE(limited.errorField("code"), QStringLiteral("rate_limit"));
        }
        QCOMPARE(stripe("GET", QStringLiteral("/v1/events")).status, 200);

        QCOMPARE(control("POST", QStringLiteral("/_fake/fail-next"), {{QStringLiteral("status"), 503}}).status, 200);
        const Reply unavailable = stripe("GET", QStringLiteral("/v1/events"));
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.errorField("type"), QStringLiteral("api_error"));
    }

    void checkoutPaidDeliversSignedWebhooks()
    {
        m_receiver.answerNext({500}); // the first delivery fails and must be retried
        const qsizetype receivedBefore = m_receiver.received().size();
        const Reply created = stripe("POST", QStringLiteral("/v1/checkout/sessions"),
            checkoutForm(QStringLiteral("client_reference_id=inv-42")),
            {{"Stripe-Account", m_connectedAccount.toLatin1()}});
        QCOMPARE(created.status, 200);
        const QString id = created.field("id");

        // Acting as the connected account: invisible without the header.
        QCOMPARE(stripe("GET", u"/v1/checkout/sessions/" + id).status, 404);

        const Reply paid = call("POST", url(QStringLiteral("/sandbox/checkout/%1/pay").arg(id)), {}, {});
        QCOMPARE(paid.status, 303);
        QCOMPARE(paid.headers.value("location"), "https://example.com/paid?s=" + id.toLatin1());

        const Reply session =
            stripe("GET", u"/v1/checkout/sessions/" + id, {}, {{"Stripe-Account", m_connectedAccount.toLatin1()}});
        QCOMPARE(session.field("status"), QStringLiteral("complete"));
        QCOMPARE(session.field("payment_status"), QStringLiteral("paid"));
        const QString intentId = session.field("payment_intent");
        QVERIFY(intentId.startsWith(u"pi_"));
        const Reply intent =
            stripe("GET", u"/v1/payment_intents/" + intentId, {}, {{"Stripe-Account", m_connectedAccount.toLatin1()}});
        QCOMPARE(intent.field("status"), QStringLiteral("succeeded"));
        QCOMPARE(intent.json().value(QStringLiteral("amount_received")).toInt(), 8000);
        QCOMPARE(intent.json().value(QStringLiteral("application_fee_amount")).toInt(), 400);
        QCOMPARE(
            intent.json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("vault_id")).toString(),
            QStringLiteral("v1"));

        const auto delivered = [&](const QString& type) {
            for (const QJsonObject& event : m_receiver.events(type)) {
                if (event.value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("object"))
                        .toObject()
                        .value(QStringLiteral("id"))
                    == (type == u"checkout.session.completed" ? id : intentId)) {
                    return event;
                }
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!delivered(QStringLiteral("checkout.session.completed")).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!delivered(QStringLiteral("payment_intent.succeeded")).isEmpty(), 10000);
        const QJsonObject completed = delivered(QStringLiteral("checkout.session.completed"));
        QCOMPARE(completed.value(QStringLiteral("account")).toString(), m_connectedAccount);
        QCOMPARE(completed.value(QStringLiteral("livemode")).toBool(true), false);
        QVERIFY(completed.value(QStringLiteral("id")).toString().startsWith(u"evt_"));
        QCOMPARE(completed.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("object"))
                     .toObject()
                     .value(QStringLiteral("client_reference_id"))
                     .toString(),
            QStringLiteral("inv-42"));

        // Every delivery is signed with the endpoint secret; the failed one was sent again.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(m_receiver.received().size() >= receivedBefore + 3);
        for (qsizetype i = receivedBefore; i < m_receiver.received().size(); ++i) {
            const auto& received = m_receiver.received().at(i);
            const clientele::Result<qint64> verified =
                clientele::webhooks::verifyStripeSignature(received.body, received.signature, kWebhookSecret, now);
            QVERIFY2(verified.hasValue(), received.signature.constData());
        }
        const auto retried = [&] {
            const QJsonArray attempts =
                control("GET", QStringLiteral("/_fake/deliveries")).json().value(QStringLiteral("data")).toArray();
            for (const auto& attempt : attempts) {
                const QJsonObject object = attempt.toObject();
                if (object.value(QStringLiteral("attempt")).toInt() == 2
                    && object.value(QStringLiteral("delivered")).toBool()) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(retried(), 10000);
    }

    void refundsUpToTheAmount()
    {
        const QJsonObject session = paidSession();
        const QByteArray intent = session.value(QStringLiteral("payment_intent")).toString().toLatin1();
        const Reply first = stripe("POST", QStringLiteral("/v1/refunds"),
            "payment_intent=" + intent + "&amount=3000&reason=requested_by_customer&metadata[note]=first");
        QCOMPARE(first.status, 200);
        QVERIFY(first.field("id").startsWith(u"re_"));
        QCOMPARE(first.field("status"), QStringLiteral("succeeded"));
        QCOMPARE(first.json().value(QStringLiteral("amount")).toInt(), 3000);
        QCOMPARE(
            stripe("POST", QStringLiteral("/v1/refunds"), "payment_intent=" + intent + "&amount=4000").status, 200);

        const Reply excess = stripe("POST", QStringLiteral("/v1/refunds"), "payment_intent=" + intent + "&amount=2000");
        QCOMPARE(excess.status, 400);
        QCOMPARE(excess.errorField("code"), QStringLiteral("amount_too_large"));
        QCOMPARE(excess.errorField("param"), QStringLiteral("amount"));

        const Reply rest = stripe("POST", QStringLiteral("/v1/refunds"), "payment_intent=" + intent);
        QCOMPARE(rest.status, 200);
        QCOMPARE(rest.json().value(QStringLiteral("amount")).toInt(), 1000);
        const Reply more = stripe("POST", QStringLiteral("/v1/refunds"), "payment_intent=" + intent + "&amount=1");
        QCOMPARE(more.status, 400);
        QCOMPARE(more.errorField("code"), QStringLiteral("charge_already_refunded"));

        // The latest charge.refunded event shows the whole amount refunded.
        const QJsonArray refunded = stripe("GET", QStringLiteral("/v1/events?type=charge.refunded&limit=1"))
                                        .json()
                                        .value(QStringLiteral("data"))
                                        .toArray();
        const QJsonObject charge = refunded.at(0)
                                       .toObject()
                                       .value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("object"))
                                       .toObject();
        QCOMPARE(charge.value(QStringLiteral("amount_refunded")).toInt(), 8000);
        QCOMPARE(charge.value(QStringLiteral("refunded")).toBool(), true);
    }

    void subscriptionLifecycle()
    {
        const QByteArray form =
            "mode=subscription&success_url=https://example.com/ok"
            "&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=5000"
            "&line_items[0][price_data][product_data][name]=Monthly"
            "&line_items[0][price_data][recurring][interval]=month&line_items[0][quantity]=1"
            "&subscription_data[metadata][vault_id]=v1&subscription_data[application_fee_percent]=5";
        const Reply created = stripe("POST", QStringLiteral("/v1/checkout/sessions"), form);
        QCOMPARE(created.status, 200);
        const Reply paid = control("POST", QStringLiteral("/_fake/checkout/%1/pay").arg(created.field("id")));
        QCOMPARE(paid.status, 200);
        const QString id = paid.field("subscription");
        QVERIFY(id.startsWith(u"sub_"));

        const Reply subscription = stripe("GET", u"/v1/subscriptions/" + id);
        QCOMPARE(subscription.field("status"), QStringLiteral("active"));
        QCOMPARE(subscription.json()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("vault_id"))
                     .toString(),
            QStringLiteral("v1"));

        const Reply portal = stripe("POST", QStringLiteral("/v1/billing_portal/sessions"),
            "customer=" + paid.field("customer").toLatin1() + "&return_url=https://example.com/back");
        QCOMPARE(portal.status, 200);
        QCOMPARE(portal.field("object"), QStringLiteral("billing_portal.session"));

        QCOMPARE(stripe("POST", u"/v1/subscriptions/" + id, "proration_behavior=sometimes").status, 400);
        const Reply atPeriodEnd = stripe("POST", u"/v1/subscriptions/" + id, "cancel_at_period_end=true");
        QCOMPARE(atPeriodEnd.status, 200);
        QCOMPARE(atPeriodEnd.json().value(QStringLiteral("cancel_at_period_end")).toBool(), true);

        const Reply canceled = stripe("DELETE", u"/v1/subscriptions/" + id);
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.field("status"), QStringLiteral("canceled"));
        const QJsonArray deleted =
            stripe("GET", QStringLiteral("/v1/events?type=customer.subscription.deleted&limit=1"))
                .json()
                .value(QStringLiteral("data"))
                .toArray();
        QCOMPARE(deleted.at(0)
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("object"))
                     .toObject()
                     .value(QStringLiteral("id")),
            QJsonValue(id));
    }

    void onboardingCompletesTheAccount()
    {
        const Reply link = stripe("POST", QStringLiteral("/v1/account_links"),
            "account=" + m_connectedAccount.toLatin1()
                + "&type=account_onboarding&refresh_url=https://example.com/refresh&return_url=https://example.com/"
                  "return");
        QCOMPARE(link.status, 200);
        QCOMPARE(link.json().value(QStringLiteral("expires_at")).toInteger()
                - link.json().value(QStringLiteral("created")).toInteger(),
            300);
        const QUrl page(link.field("url"));
        QVERIFY(call("GET", page, {}, {}).body.contains("Complete onboarding"));
        const Reply done = call("POST", page, {}, {});
        QCOMPARE(done.status, 303);
        QCOMPARE(done.headers.value("location"), QByteArray("https://example.com/return"));
        QCOMPARE(call("GET", page, {}, {}).headers.value("location"), QByteArray("https://example.com/refresh"));
        const Reply account = stripe("GET", u"/v1/accounts/" + m_connectedAccount);
        QCOMPARE(account.json().value(QStringLiteral("charges_enabled")).toBool(), true);
        QCOMPARE(account.json().value(QStringLiteral("details_submitted")).toBool(), true);
    }

    void eventsPagination()
    {
        const QJsonArray all = allEvents();
        QVERIFY(all.size() >= 5);
        for (qsizetype i = 1; i < all.size(); ++i) {
            QVERIFY(all.at(i - 1).toObject().value(QStringLiteral("created")).toInteger()
                >= all.at(i).toObject().value(QStringLiteral("created")).toInteger());
        }
        QStringList paged;
        QString after;
        for (int page = 0; page < 100; ++page) {
            const Reply reply = stripe("GET",
                QStringLiteral("/v1/events?limit=2") + (after.isEmpty() ? QString() : u"&starting_after=" + after));
            QCOMPARE(reply.status, 200);
            const QJsonArray data = reply.json().value(QStringLiteral("data")).toArray();
            for (const auto& event : data) {
                paged.append(event.toObject().value(QStringLiteral("id")).toString());
            }
            if (!reply.json().value(QStringLiteral("has_more")).toBool()) {
                break;
            }
            QCOMPARE(data.size(), 2);
            after = paged.last();
        }
        QStringList expected;
        for (const auto& event : all) {
            expected.append(event.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(paged, expected);
        const Reply one = stripe("GET", u"/v1/events/" + expected.first());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.field("object"), QStringLiteral("event"));
        QCOMPARE(stripe("GET", QStringLiteral("/v1/events?limit=0")).status, 400);
    }

    void answerLostAfterCommit()
    {
        QCOMPARE(
            control("POST", QStringLiteral("/_fake/fail-next"), {{QStringLiteral("drop_after_commit"), true}}).status,
            200);
        const Headers key {{"Idempotency-Key", "lost-answer"}};
        const QByteArray form = "type=express&country=DE&email=second%40example.com";
        // A raw socket: QNetworkAccessManager would silently resend the request on the closed connection.
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/accounts HTTP/1.1\r\nHost: " + m_base.authority().toLatin1()
            + "\r\nAuthorization: Bearer " + kSecretKey
            + "\r\nIdempotency-Key: lost-answer\r\nContent-Type: application/x-www-form-urlencoded"
            + "\r\nContent-Length: " + QByteArray::number(form.size()) + "\r\n\r\n" + form);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
        answer += socket.readAll();
        QVERIFY2(answer.isEmpty(), answer.constData());

        QJsonObject logged;
        for (const auto& entry : loggedRequests()) {
            if (entry.toObject().value(QStringLiteral("idempotency_key")).toString() == u"lost-answer") {
                logged = entry.toObject();
            }
        }
        QCOMPARE(logged.value(QStringLiteral("dropped")).toBool(), true);
        QCOMPARE(logged.value(QStringLiteral("status")).toInt(), 200);
        const QString created =
            logged.value(QStringLiteral("response")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(created.startsWith(u"acct_"));
        QCOMPARE(stripe("GET", u"/v1/accounts/" + created).status, 200);

        // The retry with the same key gets the answer that was lost, and creates nothing new.
        const Reply retried = stripe("POST", QStringLiteral("/v1/accounts"), form, key);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.field("id"), created);
        QCOMPARE(retried.headers.value("idempotent-replayed"), QByteArray("true"));
    }
};

QTEST_GUILESS_MAIN(TestFakeStripe)
#include "test_fake_stripe.moc"
