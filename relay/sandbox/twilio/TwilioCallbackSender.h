#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "core/webhooks/FormBody.h"

namespace clientele::relay::sandbox {

// One webhook Twilio would send: a status callback or an inbound message.
struct TwilioDelivery
{
    QString kind; // "status" or "inbound"
    QString url; // exactly as configured: the signature covers this string
    webhooks::FormParams params;
    QString messageSid;
    QString idempotencyToken; // I-Twilio-Idempotency-Token: the same on retries and duplicates
    // Called on the delivery thread with the last attempt's log entry (or {"error":"stopped"}).
    std::function<void(const QJsonObject& lastAttempt)> done;
};

// Delivers webhooks one at a time, in the order they were queued, from its own thread: a form POST
// with a synchronous Beast client (plain HTTP; the simulator lives on loopback), signed with
// X-Twilio-Signature. Connection failures, 429 and 5xx answers are retried a few times with a short,
// doubling backoff. Request handling never waits for it.
class TwilioCallbackSender final
{
public:
    struct Options
    {
        QByteArray authToken;
        int maxAttempts = 4;
        std::chrono::milliseconds backoff {50};
        std::chrono::milliseconds timeout {3000}; // connect, write and read of one attempt
    };

    explicit TwilioCallbackSender(Options options);
    ~TwilioCallbackSender();
    TwilioCallbackSender(const TwilioCallbackSender&) = delete;
    TwilioCallbackSender& operator=(const TwilioCallbackSender&) = delete;

    void enqueue(TwilioDelivery delivery);
    // Finishes the delivery in progress, then stops; what is still queued is dropped (its `done`
    // hears "stopped"). Idempotent.
    void stop();

    // Every attempt: kind, url, params, signature, attempt, status (0 without an answer), error.
    QJsonArray attempts() const;
    // Forgets the log and drops what is queued (their `done` hear "reset"); a delivery in progress
    // finishes without being logged or retried.
    void reset();

private:
    void run();
    QJsonObject attempt(const TwilioDelivery& delivery, int number) const;

    const Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<TwilioDelivery> m_queue;
    QJsonArray m_log;
    quint64 m_generation = 0; // bumped by reset()
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace clientele::relay::sandbox
