#include "relay/sandbox/Sandbox.h"

#include <QJsonObject>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include "core/Logging.h"
#include "relay/lib/RelayConfig.h"
#include "relay/lib/store/RelayStore.h"
#include "relay/sandbox/stripe/StripeSimulator.h"
#include "relay/sandbox/twilio/TwilioSimulator.h"

namespace clientele::relay {

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");
const QString kSandboxStripeKey = QStringLiteral("sk_test_sandbox");
const QByteArray kSandboxWebhookSecret = "whsec_sandbox";
const QString kSandboxNumber = QStringLiteral("+15005550006");

// A free loopback port, so that the relay's public URL is known before it listens.
Result<quint16> freePort(boost::asio::io_context& io, const QString& host)
{
    boost::system::error_code ec;
    boost::asio::ip::tcp::acceptor probe(io);
    const auto address = boost::asio::ip::make_address(host.toStdString(), ec);
    if (!ec) {
        probe.open(address.is_v6() ? boost::asio::ip::tcp::v6() : boost::asio::ip::tcp::v4(), ec);
    }
    if (!ec) {
        probe.bind({address, 0}, ec);
    }
    if (ec) {
        return Error(Error::Code::Unavailable, QStringLiteral("No free port on %1 for the sandbox").arg(host),
            QString::fromStdString(ec.message()));
    }
    return probe.local_endpoint().port();
}

} // namespace

struct Sandbox::Parts
{
    std::unique_ptr<sandbox::StripeSimulator> stripe;
    std::unique_ptr<sandbox::TwilioSimulator> twilio;
};

Sandbox::Sandbox(std::unique_ptr<Parts> parts)
    : m_parts(std::move(parts))
{
}

Sandbox::~Sandbox()
{
    stop();
}

Result<std::unique_ptr<Sandbox>> Sandbox::start(boost::asio::io_context& io, RelayConfig& config)
{
    auto parts = std::make_unique<Parts>();
    sandbox::StripeSimulatorOptions stripeOptions;
    stripeOptions.secretKey = kSandboxStripeKey;
    stripeOptions.webhookSecret = kSandboxWebhookSecret;
    parts->stripe = std::make_unique<sandbox::StripeSimulator>(io, stripeOptions);
    Result<quint16> stripePort = parts->stripe->listen(kLoopback, 0);
    if (!stripePort) {
        return stripePort.error();
    }
    sandbox::TwilioSimulatorOptions twilioOptions;
    twilioOptions.ownedNumbers = {kSandboxNumber};
    parts->twilio = std::make_unique<sandbox::TwilioSimulator>(io, twilioOptions);
    Result<quint16> twilioPort = parts->twilio->listen(kLoopback, 0);
    if (!twilioPort) {
        return twilioPort.error();
    }

    if (config.listen.port == 0) {
        Result<quint16> port = freePort(io, config.listen.host);
        if (!port) {
            return port.error();
        }
        config.listen.port = *port;
    }
    if (config.publicUrl.isEmpty()) {
        const QString host = config.listen.host == u"0.0.0.0" ? kLoopback : config.listen.host;
        config.publicUrl = QUrl(QStringLiteral("http://%1:%2")
                                    .arg(host.contains(u':') ? u'[' + host + u']' : host)
                                    .arg(config.listen.port));
    }
    config.stripeSecretKey = kSandboxStripeKey;
    config.stripeWebhookSecret = QString::fromLatin1(kSandboxWebhookSecret);
    config.stripeApiBase = QUrl(QStringLiteral("http://%1:%2").arg(kLoopback).arg(*stripePort));
    config.twilioAccountSid = parts->twilio->accountSid();
    config.twilioAuthToken = parts->twilio->authToken();
    config.twilioApiBase = QUrl(QStringLiteral("http://%1:%2").arg(kLoopback).arg(*twilioPort));
    config.twilioFrom = kSandboxNumber;
    qCInfo(lcRelay).noquote() << "Sandbox: simulated Stripe at" << config.stripeApiBase.toString()
                              << "(checkout pages there), simulated Twilio at" << config.twilioApiBase.toString()
                              << "sending from" << kSandboxNumber;
    return std::unique_ptr<Sandbox>(new Sandbox(std::move(parts)));
}

void Sandbox::connect(const RelayConfig& config, RelayStore& store)
{
    if (const Result<QStringList> accounts = store.stripeAccounts(); accounts) {
        for (const QString& account : accounts.value()) {
            m_parts->stripe->restoreAccount(account);
        }
    } else {
        qCWarning(lcRelay).noquote() << "Sandbox Stripe: the relay's accounts could not be read:"
                                     << accounts.error().toString();
    }
    m_parts->stripe->setWebhookEndpoint(QUrl(config.publicUrlOf(u"/hooks/stripe")), kSandboxWebhookSecret);
    const Result<void> configured = m_parts->twilio->configure(
        QJsonObject {{QStringLiteral("inbound_url"), config.publicUrlOf(u"/hooks/twilio/inbound")}});
    if (!configured) {
        qCWarning(lcRelay).noquote() << "Sandbox Twilio:" << configured.error().toString();
    }
}

void Sandbox::stop()
{
    if (m_parts) {
        m_parts->stripe->stop();
        m_parts->twilio->stop();
    }
}

} // namespace clientele::relay
