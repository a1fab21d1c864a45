// The relay's API over loopback, as a real process on a real database (SQLite here; the
// _postgresql variant runs the same cases on a PostgreSQL server): vaults, devices and pairing,
// the mailbox with long-polls, Stripe webhooks sealed into the mailbox, calendar feeds, limits and
// metrics.
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <sodium.h>

#include "core/feeds/CalendarFeedSeal.h"
#include "core/webhooks/StripeSignature.h"
#include "tests/relay/RelayProcess.h"
#include "tests/relay/RelayTestDatabase.h"
#include "tests/relay/VaultKeyPair.h"

using namespace clientele::test;

namespace {

// What a desktop derives from the whole pairing code (PairingCode) and the relay only keeps the hash of.
const QByteArray kProof(32, 'p');

const QByteArray kWebhookSecret = "whsec_relay_api_test";
const QString kRelayDevice = QStringLiteral("00000000-0000-0000-0000-000000000000");

struct Vault
{
    QString id;
    QString deviceId;
    QByteArray token;
    VaultKeyPair keys;
};

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<std::pair<QByteArray, QByteArray>> bearer(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}};
}

QByteArray checkoutCompleted(const QString& eventId, const QString& vaultId)
{
    return jsonBytes(QJsonObject {
        {QStringLiteral("id"), eventId},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
        {QStringLiteral("created"), 1800000000},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("object"),
                QJsonObject {
                    {QStringLiteral("id"), QStringLiteral("cs_test_123")},
                    {QStringLiteral("object"), QStringLiteral("checkout.session")},
                    {QStringLiteral("status"), QStringLiteral("complete")},
                    {QStringLiteral("payment_status"), QStringLiteral("paid")},
                    {QStringLiteral("amount_total"), 8000},
                    {QStringLiteral("currency"), QStringLiteral("eur")},
                    {QStringLiteral("customer_details"),
                        QJsonObject {{QStringLiteral("email"), QStringLiteral("jane.client@example.com")}}},
                    {QStringLiteral("metadata"),
                        QJsonObject {{QStringLiteral("vault_id"), vaultId},
                            {QStringLiteral("command_id"), QStringLiteral("0190f0aa-0000-7000-8000-000000000001")}}},
                }}}},
    });
}

} // namespace

class TestRelayApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RelayTestDatabase> m_database;
    std::unique_ptr<RelayProcess> m_relay;

    QProcessEnvironment relayEnvironment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_database->url());
        env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kWebhookSecret));
        return env;
    }

    void startRelay(const QProcessEnvironment& extra = {})
    {
        m_relay = std::make_unique<RelayProcess>();
        QProcessEnvironment env = relayEnvironment();
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        QVERIFY2(m_relay->start(env), qPrintable(m_relay->transcript()));
    }

    Vault createVault(const QString& deviceName = QStringLiteral("Studio laptop"))
    {
        Vault vault;
        const HttpReply reply = httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/v1/vaults")),
            jsonBytes({{QStringLiteral("public_key"), QString::fromLatin1(vault.keys.publicKey.toBase64())},
                {QStringLiteral("recovery_blob"), QString::fromLatin1(QByteArray("opaque").toBase64())},
                {QStringLiteral("device_name"), deviceName}}));
        if (reply.status != 201) {
            qWarning("create vault: %d %s", reply.status, reply.body.constData());
            return vault;
        }
        vault.id = reply.json().value(QStringLiteral("vault_id")).toString();
        vault.deviceId = reply.json().value(QStringLiteral("device_id")).toString();
        vault.token = reply.json().value(QStringLiteral("token")).toString().toLatin1();
        return vault;
    }

    HttpReply push(const Vault& vault, const QByteArray& token, const QString& batchId, const QByteArray& blob)
    {
        QList<std::pair<QByteArray, QByteArray>> headers = bearer(token);
        headers << std::pair {QByteArray("X-Batch-Id"), batchId.toLatin1()}
                << std::pair {QByteArray("X-Key-Id"), QByteArray("1")}
                << std::pair {QByteArray("Content-Type"), QByteArray("application/octet-stream")};
        return httpCall(QStringLiteral("POST"), m_relay->url(u"/v1/vaults/" + vault.id + u"/batches"), blob, headers);
    }

    HttpReply pull(const Vault& vault, qint64 after, int wait = 0)
    {
        return httpCall(QStringLiteral("GET"),
            m_relay->url(QStringLiteral("/v1/vaults/%1/batches?after=%2&wait=%3").arg(vault.id).arg(after).arg(wait)),
            {}, bearer(vault.token), 40000);
    }

    HttpReply sendStripe(const QByteArray& body, qint64 timestamp = QDateTime::currentSecsSinceEpoch(),
        const QByteArray& secret = kWebhookSecret)
    {
        const QByteArray signature = clientele::webhooks::stripeSignatureHeader(body, secret, timestamp);
        return httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/hooks/stripe")), body,
            {{"Stripe-Signature", signature}});
    }

    qint64 count(const QString& table) const { return m_database->scalar(u"SELECT count(*) FROM " + table); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void init()
    {
        m_database = std::make_unique<RelayTestDatabase>();
        startRelay();
    }

    void cleanup()
    {
        m_relay.reset();
        m_database.reset();
    }

    void aVaultStartsWithOneDeviceThatOnlyItsTokenOpens()
    {
        const Vault vault = createVault();
        QVERIFY(!vault.id.isEmpty());
        QVERIFY(vault.token.startsWith("clr1."));
        const QString devicesPath = u"/v1/vaults/" + vault.id + u"/devices";

        const HttpReply listed = httpCall(QStringLiteral("GET"), m_relay->url(devicesPath), {}, bearer(vault.token));
        QCOMPARE(listed.status, 200);
        const QJsonArray devices = listed.json().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Studio laptop"));

        const HttpReply anonymous = httpCall(QStringLiteral("GET"), m_relay->url(devicesPath));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(anonymous.headers.value("www-authenticate").startsWith("Bearer"));
        const HttpReply forged =
            httpCall(QStringLiteral("GET"), m_relay->url(devicesPath), {}, bearer("clr1.not-a-real-token"));
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.errorCode(), QStringLiteral("invalid_token"));

        // Another practice's token opens nothing here, whatever the path says.
        const Vault other = createVault(QStringLiteral("Other practice"));
        const HttpReply crossed = httpCall(QStringLiteral("GET"), m_relay->url(devicesPath), {}, bearer(other.token));
        QCOMPARE(crossed.status, 403);
        QCOMPARE(push(vault, other.token, QUuid::createUuid().toString(QUuid::WithoutBraces), "x").status, 403);
        QCOMPARE(count(QStringLiteral("batch")), 0);

        // Only the token's hash is stored.
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM device WHERE token_hash = '%1'")
                                        .arg(QString::fromLatin1(vault.token))),
            0);
    }

    void badVaultRequestsAreRefusedAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("no key") << QByteArray(R"({"device_name":"x"})") << QStringLiteral("public_key");
        QTest::newRow("short key") << QByteArray(R"({"public_key":"AAAA","device_name":"x"})")
                                   << QStringLiteral("32 bytes");
        QTest::newRow("no name") << (R"({"public_key":")" + QByteArray(32, 'k').toBase64() + R"("})")
                                 << QStringLiteral("device_name");
        QTest::newRow("bad base64") << QByteArray(R"({"public_key":"!!!!","device_name":"x"})")
                                    << QStringLiteral("public_key");
    }

    void badVaultRequestsAreRefusedAndStoreNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const HttpReply reply = httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/v1/vaults")), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(QString::fromUtf8(reply.body).contains(mentions), reply.body.constData());
        QCOMPARE(count(QStringLiteral("vault")), 0);
        QCOMPARE(count(QStringLiteral("device")), 0);
    }

    void aPairedDeviceJoinsAndARevokedOneIsShutOut()
    {
        const Vault vault = createVault();
        const QByteArray sealedKeys = "keys sealed to the new device's ephemeral key";
        const HttpReply offered =
            httpCall(QStringLiteral("POST"), m_relay->url(u"/v1/vaults/" + vault.id + u"/pairings"),
                jsonBytes({{QStringLiteral("code"), QStringLiteral("7KQ2-M9XD")},
                    {QStringLiteral("sealed_keys"), QString::fromLatin1(sealedKeys.toBase64())},
                    {QStringLiteral("proof"), QString::fromLatin1(kProof.toBase64())}}),
                bearer(vault.token));
        QCOMPARE(offered.status, 201);

        // Typed on the new device with other case and spacing.
        const HttpReply claimed = httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/v1/pairings/claim")),
            jsonBytes({{QStringLiteral("code"), QStringLiteral("7kq2 m9xd")},
                {QStringLiteral("device_name"), QStringLiteral("Phone")},
                {QStringLiteral("proof"), QString::fromLatin1(kProof.toBase64())}}));
        QCOMPARE(claimed.status, 201);
        QCOMPARE(claimed.json().value(QStringLiteral("vault_id")).toString(), vault.id);
        QCOMPARE(QByteArray::fromBase64(claimed.json().value(QStringLiteral("sealed_keys")).toString().toLatin1()),
            sealedKeys);
        Vault phone = vault;
        phone.deviceId = claimed.json().value(QStringLiteral("device_id")).toString();
        phone.token = claimed.json().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(pull(phone, 0).status, 200);
        // The offer is gone: claimed once, and its sealed keys with it.
        QCOMPARE(count(QStringLiteral("pairing")), 0);
        const HttpReply again = httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/v1/pairings/claim")),
            jsonBytes({{QStringLiteral("code"), QStringLiteral("7KQ2M9XD")},
                {QStringLiteral("device_name"), QStringLiteral("Thief")},
                {QStringLiteral("proof"), QString::fromLatin1(kProof.toBase64())}}));
        QCOMPARE(again.status, 404);

        // Knowing the code's first part is not enough: a wrong proof is refused, makes no device, and
        // spends the offer, so the rest cannot be guessed.
        QCOMPARE(httpCall(QStringLiteral("POST"), m_relay->url(u"/v1/vaults/" + vault.id + u"/pairings"),
                     jsonBytes({{QStringLiteral("code"), QStringLiteral("8KQ2-M9XD")},
                         {QStringLiteral("sealed_keys"), QString::fromLatin1(sealedKeys.toBase64())},
                         {QStringLiteral("proof"), QString::fromLatin1(kProof.toBase64())}}),
                     bearer(vault.token))
                     .status,
            201);
        const auto claimWith = [this](const QByteArray& proof) {
            return httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/v1/pairings/claim")),
                jsonBytes({{QStringLiteral("code"), QStringLiteral("8KQ2M9XD")},
                    {QStringLiteral("device_name"), QStringLiteral("Guesser")},
                    {QStringLiteral("proof"), QString::fromLatin1(proof.toBase64())}}));
        };
        const int devicesBefore = count(QStringLiteral("device"));
        QCOMPARE(claimWith(QByteArray(32, 'g')).status, 403);
        QCOMPARE(count(QStringLiteral("device")), devicesBefore);
        QCOMPARE(claimWith(kProof).status, 404);
        QCOMPARE(claimWith(QByteArray(31, 'g')).status, 400);

        const HttpReply revoked = httpCall(QStringLiteral("DELETE"),
            m_relay->url(u"/v1/vaults/" + vault.id + u"/devices/" + phone.deviceId), {}, bearer(vault.token));
        QCOMPARE(revoked.status, 200);
        const HttpReply shutOut = pull(phone, 0);
        QCOMPARE(shutOut.status, 401);
        QCOMPARE(shutOut.errorCode(), QStringLiteral("device_revoked"));
        QCOMPARE(pull(vault, 0).status, 200);
    }

    void batchesArriveInOrderOnceAndWakeALongPoll()
    {
        const Vault vault = createVault();
        const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpReply pushed = push(vault, vault.token, first, "sealed batch one");
        QCOMPARE(pushed.status, 201);
        QCOMPARE(pushed.json().value(QStringLiteral("seq")).toInteger(), 1);
        const HttpReply retried = push(vault, vault.token, first, "sealed batch one");
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(retried.json().value(QStringLiteral("seq")).toInteger(), 1);

        // A long-poll at the head answers as soon as another batch lands.
        QNetworkAccessManager manager;
        QNetworkRequest request(m_relay->url(QStringLiteral("/v1/vaults/%1/batches?after=1&wait=20").arg(vault.id)));
        request.setRawHeader("Authorization", "Bearer " + vault.token);
        QNetworkReply* waiting = manager.get(request);
        QSignalSpy finished(waiting, &QNetworkReply::finished);
        QVERIFY(!finished.wait(700)); // still waiting: nothing new yet
        QCOMPARE(push(vault, vault.token, QUuid::createUuid().toString(QUuid::WithoutBraces), "two").status, 201);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const QJsonObject woke = QJsonDocument::fromJson(waiting->readAll()).object();
        const QJsonArray batches = woke.value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).toObject().value(QStringLiteral("seq")).toInteger(), 2);
        QCOMPARE(QByteArray::fromBase64(batches.at(0).toObject().value(QStringLiteral("blob")).toString().toLatin1()),
            QByteArray("two"));
        waiting->deleteLater();

        // With nothing new, the wait ends empty with the head.
        const HttpReply idle = pull(vault, 2, 1);
        QCOMPARE(idle.status, 200);
        QVERIFY(idle.json().value(QStringLiteral("batches")).toArray().isEmpty());
        QCOMPARE(idle.json().value(QStringLiteral("head_seq")).toInteger(), 2);

        QCOMPARE(pull(vault, 0).json().value(QStringLiteral("batches")).toArray().size(), 2);
        QCOMPARE(
            httpCall(QStringLiteral("GET"), m_relay->url(QStringLiteral("/v1/vaults/%1/batches?wait=60").arg(vault.id)),
                {}, bearer(vault.token))
                .status,
            400);
        QCOMPARE(push(vault, vault.token, QStringLiteral("not-a-uuid"), "x").status, 400);
    }

    void aStripeEventIsSealedIntoTheVaultsMailboxOnce()
    {
        const Vault vault = createVault();
        const QByteArray event = checkoutCompleted(QStringLiteral("evt_paid_1"), vault.id);
        QCOMPARE(sendStripe(event).status, 200);
        QCOMPARE(sendStripe(event).status, 200); // Stripe delivers again: stored once

        const HttpReply mailbox = pull(vault, 0, 10);
        QCOMPARE(mailbox.status, 200);
        const QJsonArray batches = mailbox.json().value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 1);
        const QJsonObject entry = batches.at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("device_id")).toString(), kRelayDevice);
        QCOMPARE(entry.value(QStringLiteral("key_id")).toInt(), 0);
        const QByteArray sealed = QByteArray::fromBase64(entry.value(QStringLiteral("blob")).toString().toLatin1());
        QVERIFY(!sealed.contains("checkout.session.completed")); // ciphertext, not JSON
        const QByteArray opened = vault.keys.open(sealed);
        QVERIFY2(!opened.isEmpty(), "the vault's key does not open the sealed event");
        const QJsonObject forwarded = QJsonDocument::fromJson(opened).object();
        QCOMPARE(forwarded.value(QStringLiteral("type")).toString(), QStringLiteral("checkout.session.completed"));
        QCOMPARE(forwarded.value(QStringLiteral("event_id")).toString(), QStringLiteral("evt_paid_1"));
        const QJsonObject object = forwarded.value(QStringLiteral("object")).toObject();
        QCOMPARE(object.value(QStringLiteral("payment_status")).toString(), QStringLiteral("paid"));
        QCOMPARE(object.value(QStringLiteral("amount_total")).toInt(), 8000);
        QCOMPARE(object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("command_id")).toString(),
            QStringLiteral("0190f0aa-0000-7000-8000-000000000001"));
        QVERIFY2(!opened.contains("jane.client"), "customer details must not be forwarded");

        // After processing, the relay keeps only ids and a hash of what it received.
        QTRY_COMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM inbound_event WHERE payload IS NULL")), 1);
        QCOMPARE(count(QStringLiteral("inbound_event")), 1);

        const HttpReply metrics = httpCall(QStringLiteral("GET"), m_relay->url(QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains(R"(clientele_relay_webhooks_total{provider="stripe",result="accepted"} 1)"));
        QVERIFY(metrics.body.contains(R"(clientele_relay_webhooks_total{provider="stripe",result="duplicate"} 1)"));
        QVERIFY(metrics.body.contains(R"(clientele_relay_events_delivered_total{provider="stripe"} 1)"));
    }

    void badStripeDeliveriesAreRefusedAndStoreNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong secret") << 0 << 400 << QStringLiteral("bad_signature");
        QTest::newRow("stale timestamp") << 1 << 400 << QStringLiteral("stale_timestamp");
        QTest::newRow("no signature") << 2 << 400 << QStringLiteral("bad_signature");
        QTest::newRow("body changed after signing") << 3 << 400 << QStringLiteral("bad_signature");
        QTest::newRow("signed but not an event") << 4 << 400 << QStringLiteral("malformed");
        QTest::newRow("oversized") << 5 << 413 << QStringLiteral("payload_too_large");
    }

    void badStripeDeliveriesAreRefusedAndStoreNothing()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray event =
            checkoutCompleted(QStringLiteral("evt_bad"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        HttpReply reply;
        switch (kind) {
        case 0:
            reply = sendStripe(event, now, "whsec_someone_else");
            break;
        case 1:
            reply = sendStripe(event, now - 301);
            break;
        case 2:
            reply = httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/hooks/stripe")), event);
            break;
        case 3: {
            const QByteArray signature = clientele::webhooks::stripeSignatureHeader(event, kWebhookSecret, now);
            QByteArray changed = event;
            changed.replace("8000", "1");
            reply = httpCall(QStringLiteral("POST"), m_relay->url(QStringLiteral("/hooks/stripe")), changed,
                {{"Stripe-Signature", signature}});
            break;
        }
        case 4:
            reply = sendStripe(R"({"id":"not an event"})");
            break;
        default:
            reply = sendStripe(QByteArray(qsizetype {300} * 1024, ' ') + event);
            break;
        }
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(count(QStringLiteral("inbound_event")), 0);
        QCOMPARE(count(QStringLiteral("batch")), 0);
    }

    void anEventDeliveredJustBeforeACrashIsDeliveredOnce()
    {
        const Vault vault = createVault();
        m_relay.reset();
        // This relay dies right after appending the sealed event, before redacting the plaintext.
        QProcessEnvironment crashing;
        crashing.insert(QStringLiteral("CLIENTELE_FAILPOINT"), QStringLiteral("relay.event.after_deliver"));
        startRelay(crashing);
        // The answer is sent once the event is stored, and processing starts at the same time, so
        // the crash may beat the 200 out of the socket (status 0): then Stripe would deliver again.
        const int status = sendStripe(checkoutCompleted(QStringLiteral("evt_crash"), vault.id)).status;
        QVERIFY2(status == 200 || status == 0, qPrintable(QString::number(status)));
        QVERIFY2(m_relay->waitForExit(10000), "the relay did not stop at the failpoint");
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM inbound_event WHERE payload IS NOT NULL")), 1);

        // Restarted, it finishes the job without a second mailbox entry, even when Stripe retries.
        startRelay();
        if (status == 0) {
            QCOMPARE(sendStripe(checkoutCompleted(QStringLiteral("evt_crash"), vault.id)).status, 200);
        }
        QTRY_COMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM inbound_event WHERE payload IS NULL")), 1);
        QCOMPARE(pull(vault, 0).json().value(QStringLiteral("batches")).toArray().size(), 1);
    }

    // A subscribable calendar feed: a device stores it sealed under the id its token derives; a
    // calendar app with the secret URL reads it (and is told when nothing changed); any other URL,
    // another vault and a deleted feed get nothing; neither the database nor the log holds anything
    // readable of it.
    void aCalendarFeedIsServedOnlyToItsSecretUrl()
    {
        using clientele::feeds::CalendarFeedSeal;
        const Vault studio = createVault();
        const Vault other = createVault(QStringLiteral("Someone else"));
        const QByteArray token = CalendarFeedSeal::newToken();
        const QString feedPath = u"/v1/vaults/" + studio.id + u"/feeds/" + CalendarFeedSeal::feedId(token);
        const QByteArray calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clientele//EN\r\nBEGIN:VEVENT\r\n"
                                    "UID:1@clientele\r\nSUMMARY:Portrait session — Ada Lovelace\r\n"
                                    "DTSTART:20261201T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const QList<std::pair<QByteArray, QByteArray>> octets {{"Content-Type", "application/octet-stream"}};

        QCOMPARE(httpCall(QStringLiteral("PUT"), m_relay->url(feedPath),
                     CalendarFeedSeal::seal(token, calendar).value(), octets)
                     .status,
            401);
        QCOMPARE(httpCall(QStringLiteral("PUT"), m_relay->url(feedPath),
                     CalendarFeedSeal::seal(token, calendar).value(), bearer(studio.token) + octets)
                     .status,
            200);

        const QUrl url = m_relay->url(u"/feeds/" + CalendarFeedSeal::tokenText(token) + u".ics");
        const HttpReply served = httpCall(QStringLiteral("GET"), url);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, calendar);
        QCOMPARE(served.headers.value("content-type"), QByteArray("text/calendar; charset=utf-8"));
        QVERIFY(served.headers.value("cache-control").startsWith("private"));
        const QByteArray etag = served.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(httpCall(QStringLiteral("GET"), url, {}, {{"If-None-Match", etag}}).status, 304);

        // Other URLs: a token that opens nothing, a malformed one; another vault cannot take the id.
        QCOMPARE(httpCall(QStringLiteral("GET"),
                     m_relay->url(u"/feeds/" + CalendarFeedSeal::tokenText(CalendarFeedSeal::newToken()) + u".ics"))
                     .status,
            404);
        QCOMPARE(httpCall(QStringLiteral("GET"), m_relay->url(QStringLiteral("/feeds/not-a-token.ics"))).status, 404);
        const HttpReply taken = httpCall(QStringLiteral("PUT"),
            m_relay->url(u"/v1/vaults/" + other.id + u"/feeds/" + CalendarFeedSeal::feedId(token)),
            CalendarFeedSeal::seal(token, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").value(),
            bearer(other.token) + octets);
        QCOMPARE(taken.status, 409);
        QCOMPARE(httpCall(QStringLiteral("GET"), url).body, calendar);

        // An update is served at once, with a new ETag.
        QByteArray moved = calendar;
        moved.replace("T090000Z", "T100000Z");
        QCOMPARE(httpCall(QStringLiteral("PUT"), m_relay->url(feedPath), CalendarFeedSeal::seal(token, moved).value(),
                     bearer(studio.token) + octets)
                     .status,
            200);
        const HttpReply updated = httpCall(QStringLiteral("GET"), url, {}, {{"If-None-Match", etag}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.body, moved);

        // Nothing readable at rest or in the log.
        const QString holdsName = relayTestsOnPostgresql()
            ? QStringLiteral(
                "SELECT count(*) FROM calendar_feed WHERE position(convert_to('Lovelace', 'UTF8') in sealed) > 0")
            : QStringLiteral("SELECT count(*) FROM calendar_feed WHERE instr(sealed, CAST('Lovelace' AS BLOB)) > 0");
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM calendar_feed")), 1);
        QCOMPARE(m_database->scalar(holdsName), 0);
        QTRY_VERIFY(m_relay->transcript().contains(u"path=/feeds/{token} status=200"));
        QVERIFY2(!m_relay->transcript().contains(CalendarFeedSeal::tokenText(token)), "the secret URL was logged");

        // One feed per vault: a reset address (a new token) retires the old one with its first upload.
        const QByteArray reset = CalendarFeedSeal::newToken();
        QCOMPARE(httpCall(QStringLiteral("PUT"),
                     m_relay->url(u"/v1/vaults/" + studio.id + u"/feeds/" + CalendarFeedSeal::feedId(reset)),
                     CalendarFeedSeal::seal(reset, moved).value(), bearer(studio.token) + octets)
                     .status,
            200);
        const QUrl resetUrl = m_relay->url(u"/feeds/" + CalendarFeedSeal::tokenText(reset) + u".ics");
        QCOMPARE(httpCall(QStringLiteral("GET"), resetUrl).status, 200);
        QCOMPARE(httpCall(QStringLiteral("GET"), url).status, 404);

        // Off means off, whichever id the request names.
        QCOMPARE(httpCall(QStringLiteral("DELETE"), m_relay->url(feedPath), {}, bearer(studio.token)).status, 204);
        QCOMPARE(httpCall(QStringLiteral("GET"), resetUrl).status, 404);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM calendar_feed")), 0);

        // A vault whose last device is revoked has nobody left to withdraw its feed: it goes with it.
        QCOMPARE(httpCall(QStringLiteral("PUT"), m_relay->url(feedPath),
                     CalendarFeedSeal::seal(token, calendar).value(), bearer(studio.token) + octets)
                     .status,
            200);
        QCOMPARE(
            httpCall(QStringLiteral("DELETE"),
                m_relay->url(u"/v1/vaults/" + studio.id + u"/devices/" + studio.deviceId), {}, bearer(studio.token))
                .status,
            200);
        QCOMPARE(httpCall(QStringLiteral("GET"), url).status, 404);
    }

    void aBusyDeviceIsSlowedDownWithRetryAfter()
    {
        m_relay.reset();
        QProcessEnvironment slow;
        slow.insert(QStringLiteral("CLIENTELE_RELAY_RATE_PER_DEVICE"), QStringLiteral("1"));
        startRelay(slow);
        const Vault vault = createVault();
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 8; ++i) {
            const HttpReply reply = pull(vault, 0);
            if (reply.status == 429) {
                ++limited;
                retryAfter = reply.headers.value("retry-after");
            }
        }
        QVERIFY(limited >= 3); // a burst of 4 passes, the rest waits
        QVERIFY(retryAfter.toInt() >= 1);
        // Another device of the same practice is not affected.
        const Vault other = createVault(QStringLiteral("Second"));
        QCOMPARE(pull(other, 0).status, 200);
    }

    void metricsAreForLoopbackOrTheMetricsToken()
    {
        m_relay.reset();
        QProcessEnvironment guarded;
        guarded.insert(QStringLiteral("CLIENTELE_RELAY_METRICS_TOKEN"), QStringLiteral("scrape-me"));
        startRelay(guarded);
        QCOMPARE(httpCall(QStringLiteral("GET"), m_relay->url(QStringLiteral("/metrics"))).status, 403);
        const HttpReply scraped =
            httpCall(QStringLiteral("GET"), m_relay->url(QStringLiteral("/metrics")), {}, bearer("scrape-me"));
        QCOMPARE(scraped.status, 200);
        QVERIFY(scraped.body.contains("# TYPE clientele_relay_long_polls_active gauge"));
    }
};

QTEST_GUILESS_MAIN(TestRelayApi)
#include "test_relay_api.moc"
