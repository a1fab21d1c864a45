#include "core/ComponentVersions.h"

#include "core/AppInfo.h"

namespace clientele {

QStringList ComponentVersions::toLines() const
{
    QStringList lines;
    QString qt = u"Qt " + qtRuntime;
    if (!qtBuild.isEmpty() && qtBuild != qtRuntime) {
        qt += u" (built with " + qtBuild + u')';
    }
    lines << qt;
    if (!sqlcipher.isEmpty()) {
        lines << u"SQLCipher " + sqlcipher + u" (SQLite " + sqlite + u')';
    }
    if (!openssl.isEmpty()) {
        lines << openssl;
    }
    return lines;
}

QStringList ComponentVersions::reportLines() const
{
    return QStringList {AppInfo::name() + u' ' + AppInfo::version()} + toLines();
}

} // namespace clientele
