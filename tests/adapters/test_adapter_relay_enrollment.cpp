// Joining a practice to the relay as the desktop does (RelayEnrollmentClient), against the real
// relay process: the address is checked first, a vault is created with this device and the
// credentials that come back work (the feed host stores a feed with them); leaving revokes the
// device so the same credentials are refused; a server that is no relay, or none at all, says so.
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/adapters/relay/RelayCredentials.h"
#include "core/adapters/relay/RelayEnrollmentClient.h"
#include "core/feeds/CalendarFeedSeal.h"
#include "core/ports/FeedHost.h"
#include "tests/relay/RelayProcess.h"
#include "tests/support/EventLoopAwait.h"

using namespace clientele;
using namespace clientele::test;

namespace {

constexpr std::chrono::milliseconds kWait {20000};

template<typename T>
Result<T> settle(QFuture<Result<T>> future)
{
    std::optional<Result<T>> result = awaitEvents(std::move(future), kWait);
    return result ? std::move(*result) : Result<T>(Error(Error::Code::Timeout, QStringLiteral("no answer")));
}

} // namespace

class TestAdapterRelayEnrollment final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RelayProcess m_relay;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLIENTELE_RELAY_DB"), m_dir.filePath(QStringLiteral("relay.sqlite")));
        QVERIFY2(m_relay.start(env), qPrintable(m_relay.transcript()));
    }

    void addressesAreCheckedBeforeAnythingIsSent()
    {
        RelayEnrollmentClient client(m_network);
        QCOMPARE(client.checkAddress(QStringLiteral("relay.example.com")).value(),
            QUrl(QStringLiteral("https://relay.example.com/")));
        QCOMPARE(client.checkAddress(QStringLiteral(" https://example.com/relay ")).value(),
            QUrl(QStringLiteral("https://example.com/relay/")));
        QCOMPARE(client.checkAddress(QStringLiteral("http://127.0.0.1:8080")).value(),
            QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        QCOMPARE(client.checkAddress(QStringLiteral("http://localhost:8080//")).value(),
            QUrl(QStringLiteral("http://localhost:8080/")));
        for (const char* bad :
            {"", "http://relay.example.com", "ftp://relay.example.com", "https://", "https://x/?a=b"}) {
            const Result<QUrl> refused = client.checkAddress(QLatin1String(bad));
            QVERIFY2(!refused.hasValue(), bad);
            QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
        }
    }

    void aVaultIsCreatedUsedAndLeft()
    {
        RelayEnrollmentClient client(m_network);
        const QUrl relay = m_relay.url(QStringLiteral("/"));
        const Result<RelayEnrollment::Enrolled> enrolled =
            settle(client.createVault(relay, QStringLiteral("Studio laptop")));
        QVERIFY2(enrolled.hasValue(), qPrintable(enrolled.hasValue() ? QString() : enrolled.error().toString()));
        QVERIFY(!enrolled->vaultId.isEmpty());
        const std::optional<RelayCredentials> credentials = RelayCredentials::parse(*enrolled->credentials);
        QVERIFY(credentials);
        QVERIFY(credentials->deviceToken.startsWith("clr1."));
        QCOMPARE(credentials->vaultSecretKey.size(), 32);

        // The relay lists the device under its name, for the token that came back.
        const HttpReply devices =
            httpCall(QStringLiteral("GET"), m_relay.url(u"/v1/vaults/" + enrolled->vaultId + u"/devices"), {},
                {{"Authorization", "Bearer " + credentials->deviceToken}});
        QCOMPARE(devices.status, 200);
        QVERIFY(devices.body.contains("Studio laptop"));

        const std::unique_ptr<FeedHost> host = client.feedHost(relay, enrolled->vaultId, *enrolled->credentials);
        QVERIFY(host);
        const QByteArray token = feeds::CalendarFeedSeal::newToken();
        const QByteArray sealed = feeds::CalendarFeedSeal::seal(token, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").value();
        QVERIFY(settle(host->put(feeds::CalendarFeedSeal::feedId(token), sealed)).hasValue());

        QVERIFY(settle(client.leave(relay, enrolled->vaultId, enrolled->deviceId, *enrolled->credentials)).hasValue());
        const Result<void> refused = settle(host->put(feeds::CalendarFeedSeal::feedId(token), sealed));
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().code(), Error::Code::PermissionDenied);
        // Leaving twice is not an error: the device is gone either way.
        QVERIFY(settle(client.leave(relay, enrolled->vaultId, enrolled->deviceId, *enrolled->credentials)).hasValue());
        QVERIFY(!client.feedHost(relay, enrolled->vaultId, SecureBytes()));
    }

    void noRelayAtTheAddressSaysSo()
    {
        RelayEnrollmentClient client(m_network);
        // The relay's health endpoint answers, but /v1/vaults of a web server that is no relay would not:
        // a 404 from a path the relay does not have stands in for it.
        const Result<RelayEnrollment::Enrolled> notRelay =
            settle(client.createVault(m_relay.url(QStringLiteral("/healthz/")), QStringLiteral("x")));
        QVERIFY(!notRelay.hasValue());

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Result<RelayEnrollment::Enrolled> nobody =
            settle(client.createVault(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("x")));
        QVERIFY(!nobody.hasValue());
        QCOMPARE(nobody.error().code(), Error::Code::Network);
        QVERIFY(nobody.error().userMessage().contains(QStringLiteral("could not be reached")));
    }
};

QTEST_GUILESS_MAIN(TestAdapterRelayEnrollment)
#include "test_adapter_relay_enrollment.moc"
