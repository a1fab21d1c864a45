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
    return QStringLiteral(CLIENTELE_APP_ID);
}

QString organizationName()
{
    return QStringLiteral("Clientele");
}

} // namespace clientele::AppInfo
