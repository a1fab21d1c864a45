#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>

#include "relay/lib/HttpTypes.h"

class QJsonObject;

namespace clientele::relay {

// Maps a method and an exact path to a handler, with a body limit per route. Unknown paths get 404,
// known paths with another method 405 with an Allow header.
class Router final
{
public:
    using Handler = std::function<Response(const Request&)>;

    struct Route
    {
        Handler handler;
        std::size_t maxBodyBytes = 0;
    };

    void add(http::verb method, std::string path, std::size_t maxBodyBytes, Handler handler);

    // The route for a request line, or nullptr. Used before the body is read, to set its limit.
    const Route* find(http::verb method, std::string_view target) const;

    // Runs the matching handler, or builds the 404/405 answer.
    Response dispatch(const Request& request) const;

    // A JSON body that must not be cached, with Content-Length set.
    static Response jsonResponse(http::status status, const QJsonObject& body, unsigned version, bool keepAlive);
    // A small JSON error body: {"error":{"code":"...","message":"..."}}.
    static Response errorResponse(
        http::status status, std::string_view code, std::string_view message, unsigned version, bool keepAlive);

private:
    static std::string_view pathOf(std::string_view target);

    std::map<std::pair<std::string, http::verb>, Route> m_routes;
};

} // namespace clientele::relay
