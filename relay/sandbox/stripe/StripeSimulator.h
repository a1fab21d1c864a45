#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

#include "core/Result.h"

namespace boost::asio {
class io_context;
}

namespace clientele::relay::sandbox {

struct StripeSimulatorOptions
{
    QString secretKey = QStringLiteral("sk_test_sandbox"); // the only key the API accepts
    QUrl webhookUrl; // where events are POSTed (http:// only); empty: no deliveries
    QByteArray webhookSecret = "whsec_sandbox";
    QString publicBaseUrl; // base of the checkout/onboarding page URLs; default http://<host>:<port>
    bool controlApi = true; // the /_fake/ routes (loopback clients only)
};

// A stateful Stripe on loopback HTTP for tests (fake-stripe) and clientele-relay --sandbox: the
// endpoints of PROVIDERS.md §1.5 with Stripe's authentication, form encoding, errors, idempotency and
// signed webhooks, HTML stand-ins for the hosted pages under /sandbox/, and a control API under
// /_fake/ for fault injection and inspection (see relay/sandbox/stripe/README.md).
// Request handlers run on the io_context's threads and never block; webhooks go out from a thread of
// their own. Destroy it after stop() once the io_context no longer runs its handlers.
class StripeSimulator final
{
public:
    StripeSimulator(boost::asio::io_context& io, StripeSimulatorOptions options);
    ~StripeSimulator();
    StripeSimulator(const StripeSimulator&) = delete;
    StripeSimulator& operator=(const StripeSimulator&) = delete;

    // Binds and starts serving; returns the bound port (useful with port 0).
    Result<quint16> listen(const QString& host, quint16 port);
    // Stops accepting, lets requests in flight finish, and stops webhook delivery.
    void stop();
    // http://host:port of the listening server (empty before listen()).
    QString baseUrl() const;

    // Test hooks, also reachable over HTTP through /_fake/.
    int requestCount(const QString& path) const; // API requests received for exactly this path
    QJsonArray requests() const; // the /_fake/requests log
    QJsonArray deliveries() const; // webhook attempts
    // Pays an open Checkout Session as the customer would on the hosted page.
    Result<QJsonObject> payCheckoutSession(const QString& id);
    // Finishes onboarding of a connected account (charges and payouts enabled).
    Result<QJsonObject> completeOnboarding(const QString& accountId);
    // Brings back, onboarded, an account a relay made in an earlier run (StripeObjects::restoreAccount).
    void restoreAccount(const QString& accountId);
    void setWebhookEndpoint(const QUrl& url, const QByteArray& secret);

    class Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace clientele::relay::sandbox
