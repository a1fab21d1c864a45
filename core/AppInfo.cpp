#include "core/AppInfo.h"

namespace clientele::AppInfo {

QString name()
{
    return QStringLiteral("Clientele");
}

QString version()
{
    return QStringLiteral(CLIENTELE_VERSION);
}

QString appId()
{
    return QStringLiteral("app.clientele.Clientele");
}

QString organizationName()
{
    return QStringLiteral("Clientele");
}

} // namespace clientele::AppInfo
