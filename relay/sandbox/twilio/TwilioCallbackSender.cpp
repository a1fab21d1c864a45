#include "relay/sandbox/twilio/TwilioCallbackSender.h"

#include <QDateTime>
#include <QUrl>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "core/webhooks/TwilioSignature.h"
#include "relay/sandbox/twilio/TwilioLogging.h"

namespace clientele::relay::sandbox {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr qsizetype kLoggedBodyBytes = 2000;

QByteArray formEncode(const webhooks::FormParams& params)
{
    QByteArray body;
    for (const auto& [name, value] : params) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QJsonObject paramsJson(const webhooks::FormParams& params)
{
    QJsonObject json;
    for (const auto& [name, value] : params) {
        json.insert(name, value);
    }
    return json;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QString error;
};

// One POST, synchronous for the calling thread: the asynchronous operations run on a private
// io_context so that each step has a deadline.
Answer post(const QUrl& url, const QByteArray& body, const QByteArray& signature, const QString& idempotencyToken,
    std::chrono::milliseconds timeout)
{
    Answer answer;
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        answer.error = QStringLiteral("only http:// URLs can be called from the simulator");
        return answer;
    }
    std::string target = url.path(QUrl::FullyEncoded).toStdString();
    if (target.empty()) {
        target = "/";
    }
    if (url.hasQuery()) {
        target += '?' + url.query(QUrl::FullyEncoded).toStdString();
    }

    asio::io_context io;
    tcp::resolver resolver(io);
    beast::error_code ec;
    const std::string host = url.host().toStdString();
    const auto endpoints = resolver.resolve(host, std::to_string(url.port(80)), ec);
    if (ec) {
        answer.error = QStringLiteral("resolve: ") + QString::fromStdString(ec.message());
        return answer;
    }

    beast::tcp_stream stream(io);
    http::request<http::string_body> request {http::verb::post, target, 11};
    request.set(http::field::host, url.port() > 0 ? host + ':' + std::to_string(url.port()) : host);
    request.set(http::field::user_agent, "TwilioProxy/1.1");
    request.set(http::field::content_type, "application/x-www-form-urlencoded");
    request.set(http::field::connection, "close");
    request.set("X-Twilio-Signature", signature.toStdString());
    request.set("I-Twilio-Idempotency-Token", idempotencyToken.toStdString());
    request.body().assign(body.constData(), static_cast<std::size_t>(body.size()));
    request.prepare_payload();
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    beast::error_code failure;
    const char* step = "connect";

    stream.expires_after(timeout);
    stream.async_connect(endpoints, [&](beast::error_code connectEc, const tcp::endpoint&) {
        if (connectEc) {
            failure = connectEc;
            return;
        }
        step = "write";
        http::async_write(stream, request, [&](beast::error_code writeEc, std::size_t) {
            if (writeEc) {
                failure = writeEc;
                return;
            }
            step = "read";
            http::async_read(
                stream, buffer, response, [&](beast::error_code readEc, std::size_t) { failure = readEc; });
        });
    });
    io.run();
    if (failure) {
        answer.error = QString::fromLatin1(step) + u": " + QString::fromStdString(failure.message());
        return answer;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    answer.status = static_cast<int>(response.result_int());
    answer.body = QByteArray::fromStdString(response.body());
    return answer;
}

} // namespace

TwilioCallbackSender::TwilioCallbackSender(Options options)
    : m_options(std::move(options))
    , m_thread([this] { run(); })
{
}

TwilioCallbackSender::~TwilioCallbackSender()
{
    stop();
}

void TwilioCallbackSender::enqueue(TwilioDelivery delivery)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back(std::move(delivery));
            m_wake.notify_one();
            return;
        }
    }
    if (delivery.done) {
        delivery.done(QJsonObject {{QStringLiteral("error"), QStringLiteral("stopped")}});
    }
}

void TwilioCallbackSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_wake.notify_all();
    }
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id()) {
        m_thread.join();
    }
}

QJsonArray TwilioCallbackSender::attempts() const
{
    std::lock_guard lock(m_mutex);
    return m_log;
}

void TwilioCallbackSender::reset()
{
    std::deque<TwilioDelivery> dropped;
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_log = QJsonArray();
        dropped.swap(m_queue);
    }
    for (TwilioDelivery& delivery : dropped) {
        if (delivery.done) {
            delivery.done(QJsonObject {{QStringLiteral("error"), QStringLiteral("reset")}});
        }
    }
}

void TwilioCallbackSender::run()
{
    for (;;) {
        TwilioDelivery delivery;
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                break;
            }
            delivery = std::move(m_queue.front());
            m_queue.pop_front();
            generation = m_generation;
        }
        QJsonObject last;
        auto backoff = m_options.backoff;
        for (int number = 1; number <= m_options.maxAttempts; ++number) {
            last = attempt(delivery, number);
            {
                std::lock_guard lock(m_mutex);
                if (generation != m_generation) {
                    break; // reset meanwhile: this delivery belongs to a forgotten run
                }
                m_log.append(last);
            }
            const int status = last.value(QStringLiteral("status")).toInt();
            const bool retry = status == 0 || status == 429 || status >= 500;
            if (!retry || number == m_options.maxAttempts) {
                break;
            }
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, backoff, [this] { return m_stopping; })) {
                break;
            }
            backoff *= 2;
        }
        if (delivery.done) {
            delivery.done(last);
        }
    }
    std::deque<TwilioDelivery> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_queue);
    }
    for (TwilioDelivery& delivery : dropped) {
        if (delivery.done) {
            delivery.done(QJsonObject {{QStringLiteral("error"), QStringLiteral("stopped")}});
        }
    }
}

QJsonObject TwilioCallbackSender::attempt(const TwilioDelivery& delivery, int number) const
{
    const QByteArray signature = webhooks::twilioSignature(delivery.url, delivery.params, m_options.authToken);
    const Answer answer =
        post(QUrl(delivery.url), formEncode(delivery.params), signature, delivery.idempotencyToken, m_options.timeout);
    QJsonObject entry {
        {QStringLiteral("kind"), delivery.kind},
        {QStringLiteral("url"), delivery.url},
        {QStringLiteral("message_sid"), delivery.messageSid},
        {QStringLiteral("params"), paramsJson(delivery.params)},
        {QStringLiteral("signature"), QString::fromLatin1(signature)},
        {QStringLiteral("idempotency_token"), delivery.idempotencyToken},
        {QStringLiteral("attempt"), number},
        {QStringLiteral("status"), answer.status},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (!answer.error.isEmpty()) {
        entry.insert(QStringLiteral("error"), answer.error);
    }
    if (answer.status != 0) {
        entry.insert(QStringLiteral("response_body"), QString::fromUtf8(answer.body.left(kLoggedBodyBytes)));
    }
    qCInfo(lcTwilioSandbox).noquote() << QStringLiteral("%1 webhook for %2 attempt %3: %4")
                                             .arg(delivery.kind, delivery.messageSid)
                                             .arg(number)
                                             .arg(answer.error.isEmpty() ? QString::number(answer.status)
                                                                         : answer.error);
    return entry;
}

} // namespace clientele::relay::sandbox
