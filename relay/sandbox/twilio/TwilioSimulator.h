#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <memory>

#include "core/Result.h"

namespace boost::asio {
class io_context;
}

namespace clientele::relay::sandbox {

// A 34-character account SID (AC + 32 hex) and a 32-hex auth token that exist nowhere at Twilio.
inline constexpr char kSandboxTwilioAccountSid[] = "AC5a4db0c0ffee00000000000000000001";
inline constexpr char kSandboxTwilioAuthToken[] = "5a4db0c0ffee5a4db0c0ffee5a4db0c0";

struct TwilioSimulatorOptions
{
    QString accountSid = QString::fromLatin1(kSandboxTwilioAccountSid);
    QString authToken = QString::fromLatin1(kSandboxTwilioAuthToken);
    // Where inbound SMS ("A message comes in") are POSTed; empty: inbound messages are only recorded.
    QUrl inboundWebhookUrl;
    // The account's SMS-capable numbers; From must be one of them. A Messaging Service sends from the first.
    QStringList ownedNumbers {QStringLiteral("+15005550006")};
    // Time between two status changes of a message (queued → sending → sent → delivered).
    std::chrono::milliseconds statusStep {100};
    // False: messages stay where they are until POST /_fake/messages/{sid}/status moves them.
    bool autoProgress = true;
    // Twilio ignores form parameters it does not know. By default the simulator does the same and
    // lists them under "unknown_params" in /_fake/requests; strict mode refuses them with a 400.
    bool strictParams = false;
};

// A stateful simulator of Twilio Programmable Messaging (API 2010-04-01) over real HTTP: HTTP Basic
// auth, Messages create/fetch/list with Twilio's error codes and bodies, statuses that move on a
// timer with signed status callbacks, test numbers that fail, inbound SMS with STOP/START opt-out,
// injected 429/5xx and lost answers. Everything under /_fake/ is a control API for tests (loopback
// clients only); see README-style notes in TwilioSimulator.cpp.
//
// It serves on the io_context it is given (the caller runs it, on any number of threads); webhooks
// go out from a thread of its own.
class TwilioSimulator final
{
public:
    TwilioSimulator(boost::asio::io_context& io, TwilioSimulatorOptions options);
    ~TwilioSimulator();
    TwilioSimulator(const TwilioSimulator&) = delete;
    TwilioSimulator& operator=(const TwilioSimulator&) = delete;

    // Binds and starts serving; returns the bound port (useful with port 0).
    [[nodiscard]] Result<quint16> listen(const QString& host, quint16 port);
    // Stops serving, the status timers and the webhook thread. Idempotent; the destructor calls it.
    void stop();

    QString accountSid() const;
    QString authToken() const;

    // Test hooks: the same as the control API, for in-process use.
    QJsonArray requests() const; // GET /_fake/requests
    QJsonArray messages() const; // GET /_fake/messages
    QJsonArray deliveries() const; // GET /_fake/deliveries
    [[nodiscard]] Result<void> failNext(const QJsonObject& rule); // POST /_fake/fail-next
    [[nodiscard]] Result<void> configure(const QJsonObject& config); // POST /_fake/config
    QJsonObject config() const; // GET /_fake/config
    // POST /_fake/inbound without waiting: the webhook goes out on the delivery thread.
    [[nodiscard]] Result<QString> receiveInbound(const QString& from, const QString& to, const QString& body);
    // POST /_fake/messages/{sid}/status
    [[nodiscard]] Result<void> pushStatus(const QString& sid, const QString& status, bool duplicate = false);
    void reset(); // POST /_fake/reset

    class Impl;

private:
    std::shared_ptr<Impl> m_impl;
};

} // namespace clientele::relay::sandbox
