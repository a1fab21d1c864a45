#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace clientele::relay::sandbox {

// Delivers events to one webhook endpoint from its own thread, as Stripe does: a POST of the event's
// JSON with a Stripe-Signature header (signed at each attempt), retried on a non-2xx answer or a
// connection failure after 0.2 s, 0.4 s, 0.8 s … up to maxAttempts. A failing event does not hold up
// the others. enqueue() never blocks on the network.
class StripeWebhookSender final
{
public:
    struct Options
    {
        std::chrono::milliseconds firstRetry {200};
        int maxAttempts = 6;
        std::chrono::seconds timeout {10}; // per attempt: connect, send, answer
    };

    StripeWebhookSender(QUrl url, QByteArray secret, Options options);
    ~StripeWebhookSender();
    StripeWebhookSender(const StripeWebhookSender&) = delete;
    StripeWebhookSender& operator=(const StripeWebhookSender&) = delete;

    // A new endpoint applies to deliveries that start afterwards. An empty URL sends nothing.
    void setEndpoint(const QUrl& url, const QByteArray& secret);
    bool hasEndpoint() const;
    void enqueue(const QString& eventId, const QByteArray& body);
    // While paused nothing is sent; queued deliveries wait.
    void setPaused(bool paused);
    // Stops the thread; undelivered events are dropped.
    void stop();

    // Every attempt so far: {event, attempt, status (0 = no answer), error, delivered, at (ms)}.
    QJsonArray attempts() const;

private:
    struct Delivery
    {
        QString eventId;
        QByteArray body;
        int attempt = 0;
        std::chrono::steady_clock::time_point due;
    };
    void run();
    int post(const QUrl& url, const QByteArray& secret, const QByteArray& body, QString& error) const;

    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QUrl m_url;
    QByteArray m_secret;
    std::deque<Delivery> m_queue;
    QJsonArray m_attempts;
    bool m_paused = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace clientele::relay::sandbox
