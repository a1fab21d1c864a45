#include "core/adapters/crypto/OpenSslInfo.h"

#include <openssl/crypto.h>

namespace clientele::crypto {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace clientele::crypto
