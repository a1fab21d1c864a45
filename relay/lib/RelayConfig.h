#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "core/Result.h"
#include "relay/lib/store/DatabaseLocation.h"

namespace clientele::relay {

// Where the relay listens: an IP address and a port (0: any free port).
struct ListenAddress final
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8787;

    // Parses "host:port", "[v6-address]:port" or ":port" (all addresses).
    static Result<ListenAddress> parse(const QString& value);
};

// The relay's configuration, from the environment and optionally a file of KEY=VALUE lines named by
// CLIENTELE_RELAY_CONFIG (the environment wins). Documented in --help.
struct RelayConfig final
{
    ListenAddress listen;
    int drainSeconds = 10; // how long SIGTERM waits for requests in flight
    DatabaseLocation database;
    QUrl publicUrl; // externally visible base URL: Twilio signatures and callback URLs

    QString stripeSecretKey;
    QString stripeWebhookSecret;
    QUrl stripeApiBase {QStringLiteral("https://api.stripe.com")};
    QString twilioAccountSid;
    QString twilioAuthToken;
    QUrl twilioApiBase {QStringLiteral("https://api.twilio.com")};
    QString twilioFrom; // the sender: an E.164 number of the account, or a Messaging Service (MG…)

    // The platform's share of each payment, kept within 0.5–50 % of the amount.
    double applicationFeePercent = 1.0;

    // How long a claimed command stays with the instance that claimed it; after that (the instance
    // died) another one takes it over.
    int commandLeaseSeconds = 60;

    QString metricsToken; // empty: /metrics answers loopback clients only
    double ratePerIp = 50; // requests per second, bursts of 4× that
    double ratePerDevice = 20;

    static Result<RelayConfig> fromEnvironment(const QProcessEnvironment& env);

    // The externally visible URL of a path on this relay ("/hooks/twilio/status?command_id=…"):
    // what providers call and sign. Empty without a public URL.
    QString publicUrlOf(QStringView pathAndQuery) const;
};

} // namespace clientele::relay
