#include "core/ComponentVersions.h"

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

} // namespace clientele
