#pragma once

#include <QString>
#include <chrono>
#include <memory>

#include "core/Result.h"

namespace boost::asio {
class io_context;
}

namespace clientele::relay {

class Router;

// An HTTP/1.1 server on Boost.Beast. Reads the header first under a deadline, looks the route up to
// set that route's body limit, then reads the body under the same deadline; every request gets a
// request id and one access-log line. stop() drains: it stops accepting, closes idle connections and
// lets requests in flight finish.
class HttpServer final
{
public:
    struct Limits
    {
        std::chrono::seconds readTimeout {15}; // whole request: header and body
        std::chrono::seconds idleTimeout {60}; // keep-alive connection between requests
        std::uint32_t maxHeaderBytes = 16 * 1024;
    };

    HttpServer(boost::asio::io_context& io, const Router& router, Limits limits);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and starts accepting. Returns the bound port (useful with port 0).
    Result<quint16> listen(const QString& host, quint16 port);
    // Stops accepting and asks open connections to close after their current response.
    void stop();
    std::size_t openConnections() const;

    class Impl; // public so that the connection type in the .cpp can name it

private:
    std::shared_ptr<Impl> m_impl;
};

} // namespace clientele::relay
