// `clientele-relay --sandbox`: the relay with simulated Stripe and Twilio in its own process. What the
// desktop demo relies on: a payment link that opens a checkout page, paying it settles the payment in
// the practice's mailbox, and a reminder SMS is delivered, with no account anywhere.
#include <QTest>
#include <QUuid>
#include <sodium.h>

#include "tests/relay/RelayProcess.h"
#include "tests/relay/RelayTestDatabase.h"
#include "tests/relay/VaultKeyPair.h"

using namespace clientele::test;

namespace {

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A request whose redirect is reported, not followed (the sandbox's pages redirect to the practice's
// own success URL, which does not exist here).
int statusWithoutRedirect(const QByteArray& method, const QUrl& url, const QByteArray& body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestRelaySandbox final : public QObject
{
    Q_OBJECT

private:
    RelayTestDatabase m_database;
    RelayProcess m_relay;
    QString m_vault;
    QByteArray m_token;
    VaultKeyPair m_keys;

    QJsonObject run(const QString& type, const QJsonObject& params, const QStringList& until)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<std::pair<QByteArray, QByteArray>> auth {{"Authorization", "Bearer " + m_token}};
        httpCall(QStringLiteral("POST"), m_relay.url(u"/v1/vaults/" + m_vault + u"/commands"),
            jsonBytes({{QStringLiteral("command_id"), id}, {QStringLiteral("type"), type},
                {QStringLiteral("params"), params}}),
            auth);
        QJsonObject seen;
        for (int i = 0; i < 200 && !until.contains(seen.value(QStringLiteral("state")).toString()); ++i) {
            QTest::qWait(100);
            seen = httpCall(QStringLiteral("GET"), m_relay.url(u"/v1/vaults/" + m_vault + u"/commands/" + id), {}, auth)
                       .json();
        }
        return seen;
    }

    QStringList mailboxTypes()
    {
        QStringList types;
        const QJsonArray batches = httpCall(QStringLiteral("GET"),
            m_relay.url(u"/v1/vaults/" + m_vault + u"/batches?after=0"), {}, {{"Authorization", "Bearer " + m_token}})
                                       .json()
                                       .value(QStringLiteral("batches"))
                                       .toArray();
        for (const auto& value : batches) {
            const QByteArray plain = m_keys.open(
                QByteArray::fromBase64(value.toObject().value(QStringLiteral("blob")).toString().toLatin1()));
            if (!plain.isEmpty()) {
                const QJsonObject event = QJsonDocument::fromJson(plain).object();
                types << event.value(QStringLiteral("type")).toString() + u'/'
                        + event.value(QStringLiteral("state")).toString();
            }
        }
        return types;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_database.url());
        QVERIFY2(m_relay.startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--sandbox")}, env),
            qPrintable(m_relay.transcript()));
        QVERIFY2(m_relay.transcript().contains(u"Sandbox: simulated Stripe"), qPrintable(m_relay.transcript()));
        const HttpReply created = httpCall(QStringLiteral("POST"), m_relay.url(QStringLiteral("/v1/vaults")),
            jsonBytes({{QStringLiteral("public_key"), QString::fromLatin1(m_keys.publicKey.toBase64())},
                {QStringLiteral("device_name"), QStringLiteral("Demo laptop")}}));
        QCOMPARE(created.status, 201);
        m_vault = created.json().value(QStringLiteral("vault_id")).toString();
        m_token = created.json().value(QStringLiteral("token")).toString().toLatin1();
    }

    void aPaymentLinkOpensAndPayingItReachesThePractice()
    {
        const QJsonObject account =
            run(QStringLiteral("stripe.account.create"), {{QStringLiteral("country"), QStringLiteral("US")}},
                {QStringLiteral("succeeded"), QStringLiteral("failed")});
        QCOMPARE(account.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QJsonObject checkout = run(QStringLiteral("stripe.checkout.create"),
            {{QStringLiteral("mode"), QStringLiteral("payment")}, {QStringLiteral("currency"), QStringLiteral("usd")},
                {QStringLiteral("line_items"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Deposit")},
                        {QStringLiteral("unit_amount"), 5000}, {QStringLiteral("quantity"), 1}}}},
                {QStringLiteral("success_url"), QStringLiteral("https://studio.example/thanks")}},
            {QStringLiteral("succeeded"), QStringLiteral("failed")});
        QCOMPARE(checkout.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QUrl page(checkout.value(QStringLiteral("result")).toObject().value(QStringLiteral("url")).toString());
        QCOMPARE(page.host(), QStringLiteral("127.0.0.1"));

        const HttpReply shown = httpCall(QStringLiteral("GET"), page);
        QCOMPARE(shown.status, 200);
        QVERIFY(shown.body.contains("50.00"));
        QCOMPARE(statusWithoutRedirect("POST", QUrl(page.toString() + u"/pay")), 303);
        QTRY_VERIFY_WITH_TIMEOUT(mailboxTypes().contains(QStringLiteral("checkout.session.completed/")), 10000);
    }

    void aReminderSmsIsDelivered()
    {
        const QJsonObject sms = run(QStringLiteral("twilio.sms.send"),
            {{QStringLiteral("to"), QStringLiteral("+14155550100")},
                {QStringLiteral("body"), QStringLiteral("See you tomorrow at 10")}},
            {QStringLiteral("delivered"), QStringLiteral("failed"), QStringLiteral("undelivered")});
        QCOMPARE(sms.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
        QVERIFY(mailboxTypes().contains(QStringLiteral("command.updated/delivered")));
    }

    // The demo starts its relay anew each time on the same database: the practice's Stripe account,
    // made in an earlier run, still takes payments (the simulator keeps nothing on disk).
    void aStripeAccountOfAnEarlierRunStillTakesPayments()
    {
        m_relay.kill();
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_database.url());
        QVERIFY2(m_relay.startProgram(QStringLiteral(CLIENTELE_RELAY_BINARY), {QStringLiteral("--sandbox")}, env),
            qPrintable(m_relay.transcript()));
        const QJsonObject checkout = run(QStringLiteral("stripe.checkout.create"),
            {{QStringLiteral("mode"), QStringLiteral("payment")}, {QStringLiteral("currency"), QStringLiteral("usd")},
                {QStringLiteral("line_items"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Session")},
                        {QStringLiteral("unit_amount"), 12000}, {QStringLiteral("quantity"), 1}}}},
                {QStringLiteral("success_url"), QStringLiteral("https://studio.example/thanks")}},
            {QStringLiteral("succeeded"), QStringLiteral("failed")});
        QVERIFY2(checkout.value(QStringLiteral("state")).toString() == u"succeeded",
            QJsonDocument(checkout).toJson().constData());
        const QUrl page(checkout.value(QStringLiteral("result")).toObject().value(QStringLiteral("url")).toString());
        QCOMPARE(statusWithoutRedirect("POST", QUrl(page.toString() + u"/pay")), 303);
    }
};

QTEST_GUILESS_MAIN(TestRelaySandbox)
#include "test_relay_sandbox.moc"
