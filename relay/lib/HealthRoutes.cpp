#include "relay/lib/HealthRoutes.h"

#include <QJsonObject>

#include "core/AppInfo.h"
#include "relay/lib/Router.h"

namespace clientele::relay {

void addHealthRoutes(Router& router)
{
    router.add(http::verb::get, "/healthz", 0, [](const Request& request) {
        const QJsonObject body {
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("version"), AppInfo::version()},
        };
        return Router::jsonResponse(http::status::ok, body, request.version(), request.keep_alive());
    });
}

} // namespace clientele::relay
