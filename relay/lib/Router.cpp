#include "relay/lib/Router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <string>

namespace clientele::relay {

namespace {

std::vector<std::string_view> splitPath(std::string_view path)
{
    std::vector<std::string_view> segments;
    std::size_t start = 1; // paths start with '/'
    while (start <= path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        segments.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

void finish(Response& response, const Request& request)
{
    response.version(request.version());
    response.keep_alive(request.keep_alive());
    response.prepare_payload();
}

} // namespace

std::string Call::param(std::string_view name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

void Router::add(http::verb method, const std::string& pattern, std::size_t maxBodyBytes, Handler handler)
{
    addAsync(method, pattern, maxBodyBytes,
        [handler = std::move(handler)](const Call& call, const Reply& reply) { reply(handler(call.http())); });
}

void Router::addAsync(http::verb method, const std::string& pattern, std::size_t maxBodyBytes, AsyncHandler handler)
{
    std::vector<std::string> segments;
    for (std::string_view segment : splitPath(pattern)) {
        segments.emplace_back(segment);
    }
    m_routes.push_back(Entry {std::move(segments), method, Route {std::move(handler), maxBodyBytes}});
}

std::string_view Router::pathOf(std::string_view target)
{
    const auto query = target.find('?');
    return query == std::string_view::npos ? target : target.substr(0, query);
}

bool Router::matches(
    const std::vector<std::string>& pattern, const std::vector<std::string_view>& path, PathParams* params)
{
    if (pattern.size() != path.size()) {
        return false;
    }
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const std::string& expected = pattern[i];
        const bool isParam = expected.size() > 2 && expected.front() == '{' && expected.back() == '}';
        if (isParam ? path[i].empty() : expected != path[i]) {
            return false;
        }
    }
    if (params) {
        params->clear();
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            const std::string& expected = pattern[i];
            if (expected.size() > 2 && expected.front() == '{') {
                params->emplace(expected.substr(1, expected.size() - 2), std::string(path[i]));
            }
        }
    }
    return true;
}

const Router::Route* Router::find(http::verb method, std::string_view target, PathParams* params) const
{
    const std::string_view path = pathOf(target);
    if (path.empty() || path.front() != '/') {
        return nullptr;
    }
    const std::vector<std::string_view> segments = splitPath(path);
    for (const Entry& entry : m_routes) {
        if (entry.method == method && matches(entry.segments, segments, params)) {
            return &entry.route;
        }
    }
    return nullptr;
}

void Router::dispatch(Call call, Reply reply) const
{
    const Request& request = call.http();
    if (m_observer) {
        reply = [this, observed = call, reply = std::move(reply)](Response response) {
            m_observer(observed, response);
            reply(std::move(response));
        };
    }
    if (const Route* route = find(request.method(), request.target(), &call.params)) {
        if (m_guard) {
            if (std::optional<Response> refused = m_guard(call)) {
                finish(*refused, request);
                reply(std::move(*refused));
                return;
            }
        }
        std::shared_ptr<const Request> kept = call.request;
        route->handler(std::move(call), [kept = std::move(kept), reply = std::move(reply)](Response response) {
            finish(response, *kept);
            reply(std::move(response));
        });
        return;
    }

    const std::string_view path = pathOf(request.target());
    std::string allowed;
    if (!path.empty() && path.front() == '/') {
        const std::vector<std::string_view> segments = splitPath(path);
        for (const Entry& entry : m_routes) {
            if (matches(entry.segments, segments, nullptr)) {
                allowed += (allowed.empty() ? "" : ", ") + std::string(http::to_string(entry.method));
            }
        }
    }
    Response response = allowed.empty()
        ? errorResponse(http::status::not_found, "not_found", "There is nothing at this path.")
        : errorResponse(
            http::status::method_not_allowed, "method_not_allowed", "This path does not accept that method.");
    if (!allowed.empty()) {
        response.set(http::field::allow, allowed);
    }
    finish(response, request);
    reply(std::move(response));
}

Response Router::dispatch(const Request& request) const
{
    Response result;
    bool answered = false;
    dispatch(Call {std::make_shared<const Request>(request), {}, "127.0.0.1", "test"}, [&](Response response) {
        result = std::move(response);
        answered = true;
    });
    Q_ASSERT_X(answered, "Router::dispatch", "the handler did not answer at once");
    return result;
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
