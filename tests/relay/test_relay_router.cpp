#include <QJsonDocument>
#include <QJsonObject>
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
};

QTEST_GUILESS_MAIN(TestRelayRouter)
#include "test_relay_router.moc"
