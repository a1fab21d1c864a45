#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "relay/lib/HealthRoutes.h"
#include "relay/lib/RelayConfig.h"
#include "relay/lib/Router.h"

using namespace clientele;
using namespace clientele::relay;

namespace {

Request request(http::verb method, const char* target)
{
    Request r {method, target, 11};
    r.keep_alive(true);
    return r;
}

QJsonObject json(const Response& response)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(response.body())).object();
}

} // namespace

class TestRelayRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthzAnswersOk()
    {
        Router router;
        addHealthRoutes(router);
        const Response response = router.dispatch(request(http::verb::get, "/healthz"));
        QCOMPARE(response.result(), http::status::ok);
        QCOMPARE(std::string(response[http::field::content_type]), std::string("application/json"));
        QCOMPARE(json(response).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(response.keep_alive());
    }

    void queryStringsDoNotChangeTheRoute()
    {
        Router router;
        addHealthRoutes(router);
        QCOMPARE(router.dispatch(request(http::verb::get, "/healthz?probe=1")).result(), http::status::ok);
    }

    void unknownPathIs404WithAJsonError()
    {
        Router router;
        addHealthRoutes(router);
        const Response response = router.dispatch(request(http::verb::get, "/nothing-here"));
        QCOMPARE(response.result(), http::status::not_found);
        QCOMPARE(json(response).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("not_found"));
    }

    void wrongMethodIs405WithAllow()
    {
        Router router;
        addHealthRoutes(router);
        const Response response = router.dispatch(request(http::verb::post, "/healthz"));
        QCOMPARE(response.result(), http::status::method_not_allowed);
        QCOMPARE(std::string(response[http::field::allow]), std::string("GET"));
    }

    void routesCarryTheirBodyLimit()
    {
        Router router;
        router.add(http::verb::post, "/hooks/test", 4096, [](const Request&) {
            return Response {http::status::ok, 11};
        });
        const Router::Route* route = router.find(http::verb::post, "/hooks/test");
        QVERIFY(route);
        QCOMPARE(route->maxBodyBytes, std::size_t {4096});
        QVERIFY(!router.find(http::verb::get, "/hooks/test"));
    }

    void listenAddressesParse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4 with a port") << "127.0.0.1:8787" << true << "127.0.0.1" << 8787;
        QTest::newRow("IPv6 in brackets") << "[::1]:9000" << true << "::1" << 9000;
        QTest::newRow("port only listens everywhere") << ":80" << true << "0.0.0.0" << 80;
        QTest::newRow("port zero asks for a free one") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
        QTest::newRow("missing port is refused") << "127.0.0.1" << false << "" << 0;
        QTest::newRow("port out of range is refused") << "127.0.0.1:70000" << false << "" << 0;
        QTest::newRow("port that is not a number is refused") << "127.0.0.1:http" << false << "" << 0;
        QTest::newRow("bare IPv6 is refused") << "::1:80" << false << "" << 0;
        QTest::newRow("IPv6 without a port is refused") << "[::1]" << false << "" << 0;
    }
    void listenAddressesParse()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        const Result<ListenAddress> result = ListenAddress::parse(value);
        QCOMPARE(result.hasValue(), valid);
        if (valid) {
            QCOMPARE(result->host, host);
            QCOMPARE(int(result->port), port);
        } else {
            QVERIFY(result.error().userMessage().contains(value));
        }
    }

    void pathTemplatesCaptureTheirSegments()
    {
        Router router;
        router.add(http::verb::get, "/v1/vaults/{vault}/batches", 0, [](const Request&) {
            return Response {http::status::ok, 11};
        });
        PathParams params;
        QVERIFY(router.find(http::verb::get, "/v1/vaults/abc/batches?after=3", &params));
        QCOMPARE(params.at("vault"), std::string("abc"));
        QVERIFY(!router.find(http::verb::get, "/v1/vaults//batches"));
        QVERIFY(!router.find(http::verb::get, "/v1/vaults/abc/batches/more"));
        QVERIFY(!router.find(http::verb::get, "/v1/vaults/abc"));
        QCOMPARE(router.dispatch(request(http::verb::post, "/v1/vaults/abc/batches")).result(),
            http::status::method_not_allowed);
    }

    void aGuardAnswersInsteadOfTheHandler()
    {
        Router router;
        int handled = 0;
        router.add(http::verb::get, "/x", 0, [&handled](const Request&) {
            ++handled;
            return Response {http::status::ok, 11};
        });
        router.setGuard([](const Call&) -> std::optional<Response> {
            return Response {http::status::too_many_requests, 11};
        });
        QCOMPARE(router.dispatch(request(http::verb::get, "/x")).result(), http::status::too_many_requests);
        QCOMPARE(handled, 0);
    }

    void configurationComesFromTheEnvironmentAndAFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("relay.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# relay\nCLIENTELE_RELAY_DB=postgresql://relay:pw@db.internal/relay\n"
                   "STRIPE_WEBHOOK_SECRET=\"whsec_from_file\"\nCLIENTELE_RELAY_RATE_PER_IP=5\n\n");
        file.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_CONFIG"), file.fileName());
        env.insert(QStringLiteral("CLIENTELE_RELAY_RATE_PER_IP"), QStringLiteral("7")); // the environment wins
        env.insert(QStringLiteral("CLIENTELE_RELAY_PUBLIC_URL"), QStringLiteral("https://relay.example.com"));
        const Result<RelayConfig> config = RelayConfig::fromEnvironment(env);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->database.kind, DatabaseLocation::Kind::Postgresql);
        QCOMPARE(config->database.host, QStringLiteral("db.internal"));
        QCOMPARE(config->stripeWebhookSecret, QStringLiteral("whsec_from_file"));
        QCOMPARE(config->ratePerIp, 7.0);
        QCOMPARE(config->publicUrl.host(), QStringLiteral("relay.example.com"));

        QProcessEnvironment systemd;
        systemd.insert(QStringLiteral("STATE_DIRECTORY"), QStringLiteral("/var/lib/clientele-relay"));
        QCOMPARE(RelayConfig::fromEnvironment(systemd)->database.sqlitePath,
            QStringLiteral("/var/lib/clientele-relay/relay.sqlite"));
    }

    void badSettingsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("database scheme") << "CLIENTELE_RELAY_DB"
                                         << "mysql://db/relay";
        QTest::newRow("public URL") << "CLIENTELE_RELAY_PUBLIC_URL"
                                    << "relay.example.com";
        QTest::newRow("Stripe key") << "STRIPE_SECRET_KEY"
                                    << "pk_test_123";
        QTest::newRow("webhook secret") << "STRIPE_WEBHOOK_SECRET"
                                        << "secret";
        QTest::newRow("Twilio account") << "TWILIO_ACCOUNT_SID"
                                        << "XX123";
        QTest::newRow("Twilio token without public URL") << "TWILIO_AUTH_TOKEN"
                                                         << "abc";
        QTest::newRow("API base with a path") << "STRIPE_API_BASE"
                                              << "https://api.stripe.com/v1";
        QTest::newRow("rate") << "CLIENTELE_RELAY_RATE_PER_DEVICE"
                              << "fast";
        QTest::newRow("missing file") << "CLIENTELE_RELAY_CONFIG"
                                      << "/nonexistent/relay.conf";
    }

    void badSettingsAreRefusedByName()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QProcessEnvironment env;
        env.insert(name, value);
        const Result<RelayConfig> config = RelayConfig::fromEnvironment(env);
        QVERIFY(!config);
        const QString message = config.error().userMessage();
        QVERIFY2(message.contains(name == u"TWILIO_AUTH_TOKEN" ? QStringLiteral("CLIENTELE_RELAY_PUBLIC_URL")
                         : name == u"CLIENTELE_RELAY_CONFIG"   ? QStringLiteral("/nonexistent/relay.conf")
                                                               : name),
            qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRelayRouter)
#include "test_relay_router.moc"
