#include "relay/lib/HttpServer.h"

#include <array>
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <limits>
#include <mutex>
#include <random>
#include <unordered_map>

#include "core/Logging.h"
#include "relay/lib/Router.h"

namespace clientele::relay {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

namespace {

std::string newRequestId()
{
    thread_local std::mt19937_64 generator {std::random_device {}()};
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string id(16, '0');
    std::uint64_t value = generator();
    for (char& c : id) {
        c = kDigits[value & 0xf];
        value >>= 4;
    }
    return id;
}

} // namespace

class Session;

class HttpServer::Impl final : public std::enable_shared_from_this<HttpServer::Impl>
{
public:
    Impl(asio::io_context& context, const Router& routes, Limits serverLimits)
        : io(context)
        , router(routes)
        , limits(serverLimits)
        , acceptor(asio::make_strand(context))
    {
    }

    void accept();
    void track(const std::shared_ptr<Session>& session);
    void forget(Session* session);

    asio::io_context& io;
    const Router& router;
    Limits limits;
    tcp::acceptor acceptor;
    std::atomic<bool> stopping {false};
    mutable std::mutex sessionsMutex;
    // Open connections, keyed by address so that a closing one is forgotten in O(1).
    std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
};

class Session final : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, std::shared_ptr<HttpServer::Impl> server)
        : m_stream(std::move(socket))
        , m_server(std::move(server))
    {
    }

    void start()
    {
        beast::error_code ec;
        const tcp::endpoint remote = m_stream.socket().remote_endpoint(ec);
        m_peer = ec ? std::string("-") : remote.address().to_string();
        asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->readHeader(); });
    }

    // Called on stop(): an idle connection closes now, a busy one after its response.
    void drain()
    {
        asio::post(m_stream.get_executor(), [self = shared_from_this()] {
            self->m_draining = true;
            if (self->m_idle) {
                self->close();
            }
        });
    }

    ~Session() { m_server->forget(this); }

private:
    void readHeader()
    {
        // `stopping` covers a connection accepted while stop() ran: it may not have been tracked
        // yet when stop() drained the open sessions, and must not wait for a request anyway.
        if (m_draining || m_server->stopping) {
            close();
            return;
        }
        m_idle = true;
        m_parser.emplace();
        m_parser->header_limit(m_server->limits.maxHeaderBytes);
        // No limit while the header is read (beast would refuse any Content-Length above it before
        // we know the route); onHeader sets the route's limit. Not boost::none: Boost 1.74 compares
        // the length with the optional, and every length is "greater" than none.
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        m_stream.expires_after(m_buffer.size() > 0 ? m_server->limits.readTimeout : m_server->limits.idleTimeout);
        beast::http::async_read_header(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        m_idle = false;
        m_started = std::chrono::steady_clock::now();
        m_requestId = newRequestId();
        if (ec) {
            failRead(ec);
            return;
        }
        const auto& header = m_parser->get();
        const Router::Route* route = m_server->router.find(header.method(), header.target());
        const std::uint64_t limit = route ? route->maxBodyBytes : 0;
        if (const auto length = m_parser->content_length(); length && *length > limit) {
            failRead(beast::http::error::body_limit); // refused before a byte of the body is read
            return;
        }
        m_parser->body_limit(limit);
        m_stream.expires_after(m_server->limits.readTimeout);
        beast::http::async_read(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code readEc, std::size_t) { self->onBody(readEc); });
    }

    void onBody(beast::error_code ec)
    {
        if (ec) {
            failRead(ec);
            return;
        }
        auto request = std::make_shared<const Request>(m_parser->release());
        m_parser.reset();
        Call call {request, {}, m_peer, m_requestId};
        // The handler may answer from a storage thread or much later (a long-poll): hop back onto
        // this connection's strand to write. Holding `self` keeps the connection alive meanwhile.
        m_server->router.dispatch(std::move(call), [self = shared_from_this(), request](Response response) {
            asio::post(self->m_stream.get_executor(), [self, request, response = std::move(response)]() mutable {
                self->respond(std::move(response), request->method_string(), request->target());
            });
        });
    }

    void failRead(beast::error_code ec)
    {
        namespace http = beast::http;
        if (ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset
            || ec == asio::error::operation_aborted) {
            close();
            return;
        }
        if (ec == beast::error::timeout) {
            if (m_parser && m_parser->got_some()) {
                qCInfo(lcRelayHttp).noquote()
                    << u"id=" + QString::fromStdString(m_requestId) << "read timed out; connection closed";
            }
            close();
            return;
        }
        const std::string method =
            m_parser && m_parser->is_header_done() ? std::string(m_parser->get().method_string()) : std::string("-");
        const std::string target =
            m_parser && m_parser->is_header_done() ? std::string(m_parser->get().target()) : std::string("-");
        if (ec == http::error::body_limit) {
            m_closeAfter = true;
            respond(Router::errorResponse(http::status::payload_too_large, "payload_too_large",
                        "The request body is larger than this endpoint accepts.", 11, false),
                method, target);
            return;
        }
        if (ec == http::error::header_limit) {
            m_closeAfter = true;
            respond(Router::errorResponse(http::status::request_header_fields_too_large, "headers_too_large",
                        "The request headers are too large.", 11, false),
                method, target);
            return;
        }
        m_closeAfter = true;
        respond(Router::errorResponse(
                    http::status::bad_request, "bad_request", "The request is not valid HTTP/1.1.", 11, false),
            method, target);
    }

    void respond(Response response, std::string_view method, std::string_view target)
    {
        if (m_draining || m_closeAfter) {
            response.keep_alive(false);
        }
        response.set("X-Request-Id", m_requestId);
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_started);
        // Access log: the path only, never the query string, which may carry tokens; and a feed's
        // path is its secret URL (FeedRoutes), so only the route is named.
        std::string_view path = target.substr(0, target.find('?'));
        if (path.substr(0, 7) == "/feeds/") {
            path = "/feeds/{token}";
        }
        qCInfo(lcRelayHttp).noquote() << QStringLiteral("id=%1 method=%2 path=%3 status=%4 bytes=%5 ms=%6")
                                             .arg(QString::fromStdString(m_requestId),
                                                 QString::fromUtf8(
                                                     method.data(), static_cast<qsizetype>(method.size())),
                                                 QString::fromUtf8(path.data(), static_cast<qsizetype>(path.size())))
                                             .arg(response.result_int())
                                             .arg(response.body().size())
                                             .arg(static_cast<double>(elapsed.count()) / 1000.0, 0, 'f', 2);
        auto shared = std::make_shared<Response>(std::move(response));
        m_stream.expires_after(m_server->limits.readTimeout);
        beast::http::async_write(
            m_stream, *shared, [self = shared_from_this(), shared](beast::error_code ec, std::size_t) {
                if (ec) {
                    self->close();
                    return;
                }
                if (!shared->keep_alive()) {
                    self->lingerThenClose();
                    return;
                }
                self->readHeader();
            });
    }

    // After answering a request whose body we refused to read (413), the client may still be
    // sending it; closing at once would reset the connection and lose our answer on its side. So:
    // stop sending, then read and discard for a moment (a "lingering close", as nginx does).
    void lingerThenClose()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_lingerStarted = std::chrono::steady_clock::now();
        discardUntilClosed();
    }

    void discardUntilClosed()
    {
        constexpr auto kLinger = std::chrono::seconds(2);
        if (std::chrono::steady_clock::now() - m_lingerStarted > kLinger) {
            close();
            return;
        }
        m_stream.expires_after(kLinger);
        m_stream.async_read_some(
            asio::buffer(m_discard), [self = shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec) {
                    self->close();
                    return;
                }
                self->discardUntilClosed();
            });
    }

    void close()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_stream.close();
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<beast::http::request_parser<beast::http::string_body>> m_parser;
    std::shared_ptr<HttpServer::Impl> m_server;
    std::string m_requestId;
    std::string m_peer;
    std::chrono::steady_clock::time_point m_lingerStarted;
    std::array<char, std::size_t {16} * 1024> m_discard {};
    std::chrono::steady_clock::time_point m_started;
    bool m_idle = true;
    bool m_draining = false;
    bool m_closeAfter = false;
};

void HttpServer::Impl::accept()
{
    acceptor.async_accept(asio::make_strand(io), [self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
        if (self->stopping) {
            return;
        }
        if (!ec) {
            auto session = std::make_shared<Session>(std::move(socket), self);
            self->track(session);
            session->start();
        } else {
            qCWarning(lcRelayHttp) << "accept failed:" << QString::fromStdString(ec.message());
        }
        self->accept();
    });
}

void HttpServer::Impl::track(const std::shared_ptr<Session>& session)
{
    std::lock_guard lock(sessionsMutex);
    sessions.emplace(session.get(), session);
}

void HttpServer::Impl::forget(Session* session)
{
    std::lock_guard lock(sessionsMutex);
    sessions.erase(session);
}

HttpServer::HttpServer(asio::io_context& io, const Router& router, Limits limits)
    : m_impl(std::make_shared<Impl>(io, router, limits))
{
}

HttpServer::~HttpServer() = default;

Result<quint16> HttpServer::listen(const QString& host, quint16 port)
{
    beast::error_code ec;
    const auto address = asio::ip::make_address(host.toStdString(), ec);
    if (ec) {
        return Error(Error::Code::InvalidInput, QStringLiteral("\"%1\" is not an IP address to listen on").arg(host),
            QString::fromStdString(ec.message()));
    }
    const tcp::endpoint endpoint(address, port);
    auto& acceptor = m_impl->acceptor;
    const auto fail = [&](const char* step) {
        return Error(Error::Code::Unavailable, QStringLiteral("Could not listen on %1:%2").arg(host).arg(port),
            QString::fromLatin1(step) + u": " + QString::fromStdString(ec.message()));
    };
    if (acceptor.open(endpoint.protocol(), ec); ec) {
        return fail("open");
    }
    if (acceptor.set_option(asio::socket_base::reuse_address(true), ec); ec) {
        return fail("SO_REUSEADDR");
    }
    if (acceptor.bind(endpoint, ec); ec) {
        return fail("bind");
    }
    if (acceptor.listen(asio::socket_base::max_listen_connections, ec); ec) {
        return fail("listen");
    }
    const quint16 bound = acceptor.local_endpoint().port();
    m_impl->accept();
    return bound;
}

void HttpServer::stop()
{
    m_impl->stopping = true;
    asio::post(m_impl->acceptor.get_executor(), [impl = m_impl] {
        beast::error_code ignored;
        impl->acceptor.close(ignored);
    });
    std::vector<std::shared_ptr<Session>> open;
    {
        std::lock_guard lock(m_impl->sessionsMutex);
        for (const auto& [address, weak] : m_impl->sessions) {
            if (auto session = weak.lock()) {
                open.push_back(std::move(session));
            }
        }
    }
    for (const auto& session : open) {
        session->drain();
    }
}

std::size_t HttpServer::openConnections() const
{
    std::lock_guard lock(m_impl->sessionsMutex);
    return m_impl->sessions.size();
}

} // namespace clientele::relay
