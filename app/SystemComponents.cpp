#include "app/SystemComponents.h"

#include "core/adapters/crypto/OpenSslInfo.h"
#include "core/store/SqlCipherDatabase.h"

namespace clientele {

ComponentVersions systemComponents()
{
    ComponentVersions versions;
    versions.qtRuntime = QString::fromLatin1(qVersion());
    versions.qtBuild = QStringLiteral(QT_VERSION_STR);
    const Result<SqlCipherDatabase::LibraryVersions> sqlcipher = SqlCipherDatabase::libraryVersions();
    if (sqlcipher) {
        versions.sqlcipher = sqlcipher->cipher;
        versions.sqlite = sqlcipher->sqlite;
    } else {
        versions.sqlcipher = sqlcipher.error().toString();
    }
    versions.openssl = crypto::openSslVersion();
    return versions;
}

} // namespace clientele
