#include "relay/sandbox/stripe/StripeWebhookSender.h"

#include <algorithm>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <QDateTime>
#include <QJsonObject>

#include "core/webhooks/StripeSignature.h"
#include "relay/sandbox/stripe/StripeLogging.h"

namespace clientele::relay::sandbox {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

StripeWebhookSender::StripeWebhookSender(QUrl url, QByteArray secret, Options options)
    : m_options(options)
    , m_url(std::move(url))
    , m_secret(std::move(secret))
    , m_thread([this] { run(); })
{
}

StripeWebhookSender::~StripeWebhookSender()
{
    stop();
}

void StripeWebhookSender::setEndpoint(const QUrl& url, const QByteArray& secret)
{
    const std::lock_guard lock(m_mutex);
    m_url = url;
    m_secret = secret;
}

bool StripeWebhookSender::hasEndpoint() const
{
    const std::lock_guard lock(m_mutex);
    return m_url.isValid() && !m_url.isEmpty();
}

void StripeWebhookSender::enqueue(const QString& eventId, const QByteArray& body)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_url.isEmpty()) {
            return;
        }
        m_queue.push_back(Delivery {eventId, body, 0, std::chrono::steady_clock::now()});
    }
    m_wake.notify_all();
}

void StripeWebhookSender::setPaused(bool paused)
{
    {
        const std::lock_guard lock(m_mutex);
        m_paused = paused;
    }
    m_wake.notify_all();
}

void StripeWebhookSender::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id()) {
        m_thread.join();
    }
}

QJsonArray StripeWebhookSender::attempts() const
{
    const std::lock_guard lock(m_mutex);
    return m_attempts;
}

void StripeWebhookSender::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_paused || m_queue.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto next = std::min_element(
            m_queue.begin(), m_queue.end(), [](const Delivery& a, const Delivery& b) { return a.due < b.due; });
        if (next->due > std::chrono::steady_clock::now()) {
            m_wake.wait_until(lock, next->due);
            continue;
        }
        Delivery delivery = *next;
        m_queue.erase(next);
        const QUrl url = m_url;
        const QByteArray secret = m_secret;
        lock.unlock();

        ++delivery.attempt;
        QString error;
        const int status = post(url, secret, delivery.body, error);
        const bool delivered = status >= 200 && status < 300;
        if (!delivered) {
            qCInfo(lcRelaySandboxStripe).noquote() << QStringLiteral("webhook %1 attempt %2 failed: %3")
                                                          .arg(delivery.eventId)
                                                          .arg(delivery.attempt)
                                                          .arg(status ? QString::number(status) : error);
        }

        lock.lock();
        m_attempts.append(QJsonObject {
            {QStringLiteral("event"), delivery.eventId},
            {QStringLiteral("attempt"), delivery.attempt},
            {QStringLiteral("status"), status},
            {QStringLiteral("error"), error},
            {QStringLiteral("delivered"), delivered},
            {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()},
        });
        if (!delivered && delivery.attempt < m_options.maxAttempts && !m_stopping) {
            delivery.due = std::chrono::steady_clock::now() + m_options.firstRetry * (1 << (delivery.attempt - 1));
            m_queue.push_back(std::move(delivery));
        }
    }
}

int StripeWebhookSender::post(const QUrl& url, const QByteArray& secret, const QByteArray& body, QString& error) const
{
    if (url.scheme() != u"http") {
        error = QStringLiteral("only http:// webhook URLs are supported by the simulator");
        return 0;
    }
    const QByteArray signature = webhooks::stripeSignatureHeader(body, secret, QDateTime::currentSecsSinceEpoch());
    asio::io_context io;
    asio::ip::tcp::resolver resolver(io);
    beast::tcp_stream stream(io);
    std::string target = url.path(QUrl::FullyEncoded).toStdString();
    if (target.empty()) {
        target = "/";
    }
    if (url.hasQuery()) {
        target += '?' + url.query(QUrl::FullyEncoded).toStdString();
    }
    http::request<http::string_body> request {http::verb::post, target, 11};
    request.set(http::field::host, url.authority().toStdString());
    request.set(http::field::user_agent, "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    request.set(http::field::content_type, "application/json; charset=utf-8");
    request.set("Stripe-Signature", signature.toStdString());
    request.set(http::field::connection, "close");
    request.body().assign(body.constData(), static_cast<std::size_t>(body.size()));
    request.prepare_payload();

    http::response<http::string_body> response;
    beast::flat_buffer buffer;
    beast::error_code result = asio::error::timed_out;
    bool answered = false;
    resolver.async_resolve(url.host().toStdString(), std::to_string(url.port(80)),
        [&](beast::error_code ec, const asio::ip::tcp::resolver::results_type& endpoints) {
            if (ec) {
                result = ec;
                return;
            }
            stream.async_connect(endpoints, [&](beast::error_code connectEc, const asio::ip::tcp::endpoint&) {
                if (connectEc) {
                    result = connectEc;
                    return;
                }
                http::async_write(stream, request, [&](beast::error_code writeEc, std::size_t) {
                    if (writeEc) {
                        result = writeEc;
                        return;
                    }
                    http::async_read(stream, buffer, response, [&](beast::error_code readEc, std::size_t) {
                        result = readEc;
                        answered = !readEc;
                    });
                });
            });
        });
    io.run_for(m_options.timeout);
    if (!answered) {
        error = QString::fromStdString(result.message());
        return 0;
    }
    beast::error_code ignored;
    stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    return static_cast<int>(response.result_int());
}

} // namespace clientele::relay::sandbox
