#include "relay/lib/Router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <string>

namespace clientele::relay {

void Router::add(http::verb method, std::string path, std::size_t maxBodyBytes, Handler handler)
{
    m_routes[{std::move(path), method}] = Route {std::move(handler), maxBodyBytes};
}

std::string_view Router::pathOf(std::string_view target)
{
    const auto query = target.find('?');
    return query == std::string_view::npos ? target : target.substr(0, query);
}

const Router::Route* Router::find(http::verb method, std::string_view target) const
{
    const auto it = m_routes.find({std::string(pathOf(target)), method});
    return it == m_routes.end() ? nullptr : &it->second;
}

Response Router::dispatch(const Request& request) const
{
    if (const Route* route = find(request.method(), request.target())) {
        Response response = route->handler(request);
        response.version(request.version());
        response.keep_alive(request.keep_alive());
        response.prepare_payload();
        return response;
    }

    const std::string path(pathOf(request.target()));
    std::string allowed;
    for (const auto& [key, route] : m_routes) {
        if (key.first == path) {
            allowed += (allowed.empty() ? "" : ", ") + std::string(http::to_string(key.second));
        }
    }
    if (!allowed.empty()) {
        Response response = errorResponse(http::status::method_not_allowed, "method_not_allowed",
            "This path does not accept that method.", request.version(), request.keep_alive());
        response.set(http::field::allow, allowed);
        return response;
    }
    return errorResponse(http::status::not_found, "not_found", "There is nothing at this path.", request.version(),
        request.keep_alive());
}

Response Router::errorResponse(
    http::status status, std::string_view code, std::string_view message, unsigned version, bool keepAlive)
{
    const QJsonObject error {
        {QStringLiteral("code"), QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()))},
        {QStringLiteral("message"), QString::fromUtf8(message.data(), static_cast<qsizetype>(message.size()))},
    };
    return jsonResponse(status, QJsonObject {{QStringLiteral("error"), error}}, version, keepAlive);
}

Response Router::jsonResponse(http::status status, const QJsonObject& body, unsigned version, bool keepAlive)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Response response {status, version};
    response.set(http::field::content_type, "application/json");
    response.set(http::field::cache_control, "no-store");
    response.body().assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    response.keep_alive(keepAlive);
    response.prepare_payload();
    return response;
}

} // namespace clientele::relay
