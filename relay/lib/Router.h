#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "relay/lib/HttpTypes.h"

class QJsonObject;

namespace clientele::relay {

// Values of the {name} segments of a route's path pattern.
using PathParams = std::map<std::string, std::string, std::less<>>;

// One request as a handler sees it. The request is shared so that asynchronous handlers (storage
// work on another thread, long-polls) can keep it as long as they need.
struct Call
{
    std::shared_ptr<const Request> request;
    PathParams params;
    std::string peer; // the client's IP address
    std::string requestId;

    const Request& http() const { return *request; }
    std::string param(std::string_view name) const;
};

// Answers a call exactly once, from any thread.
using Reply = std::function<void(Response)>;

// Maps a method and a path pattern ("/v1/vaults/{vault}/batches") to a handler, with a body limit
// per route. Unknown paths get 404, known paths with another method 405 with an Allow header.
class Router final
{
public:
    using Handler = std::function<Response(const Request&)>;
    using AsyncHandler = std::function<void(Call, Reply)>;

    struct Route
    {
        AsyncHandler handler;
        std::size_t maxBodyBytes = 0;
    };

    // A handler that answers at once, on the network thread: only for work that never blocks.
    void add(http::verb method, const std::string& pattern, std::size_t maxBodyBytes, Handler handler);
    // A handler that answers later through its Reply (storage work, long-polls).
    void addAsync(http::verb method, const std::string& pattern, std::size_t maxBodyBytes, AsyncHandler handler);

    // Runs before every handler (e.g. per-IP rate limits); an answer it returns is sent instead.
    using Guard = std::function<std::optional<Response>(const Call&)>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    // Sees every answer before it is sent (e.g. counting statuses for /metrics).
    using Observer = std::function<void(const Call&, const Response&)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // The route for a request line, or nullptr. Used before the body is read, to set its limit.
    const Route* find(http::verb method, std::string_view target, PathParams* params = nullptr) const;

    // Runs the matching handler, or answers 404/405. The reply gets the request's HTTP version and
    // keep-alive, and a Content-Length.
    void dispatch(Call call, Reply reply) const;
    // For tests of handlers that answer at once.
    Response dispatch(const Request& request) const;

    // A JSON body that must not be cached, with Content-Length set.
    static Response jsonResponse(
        http::status status, const QJsonObject& body, unsigned version = 11, bool keepAlive = true);
    // A small JSON error body: {"error":{"code":"...","message":"..."}}.
    static Response errorResponse(http::status status, std::string_view code, std::string_view message,
        unsigned version = 11, bool keepAlive = true);

    static std::string_view pathOf(std::string_view target);

private:
    struct Entry
    {
        std::vector<std::string> segments; // "{name}" matches any one non-empty segment
        http::verb method;
        Route route;
    };
    static bool matches(
        const std::vector<std::string>& pattern, const std::vector<std::string_view>& path, PathParams* params);

    std::vector<Entry> m_routes;
    Guard m_guard;
    Observer m_observer;
};

} // namespace clientele::relay
