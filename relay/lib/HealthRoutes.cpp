#include "relay/lib/HealthRoutes.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/AppInfo.h"
#include "relay/lib/Router.h"

namespace clientele::relay {

void addHealthRoutes(Router& router)
{
    router.add(http::verb::get, "/healthz", 0, [](const Request& request) {
        const QByteArray body = QJsonDocument(QJsonObject {
                                                  {QStringLiteral("status"), QStringLiteral("ok")},
                                                  {QStringLiteral("version"), AppInfo::version()},
                                              })
                                    .toJson(QJsonDocument::Compact);
        Response response {http::status::ok, request.version()};
        response.set(http::field::content_type, "application/json");
        response.set(http::field::cache_control, "no-store");
        response.body().assign(body.constData(), static_cast<std::size_t>(body.size()));
        return response;
    });
}

} // namespace clientele::relay
