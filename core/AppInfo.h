#pragma once

#include <QString>

namespace clientele::AppInfo {

// Identity of the product, shared by every executable.
QString name(); // "Clientele"
QString version(); // "0.1.0", from CMake's project(VERSION)
QString appId(); // reverse-DNS id used by the desktop entry and AppStream
QString organizationName(); // used by QSettings and QStandardPaths

} // namespace clientele::AppInfo
