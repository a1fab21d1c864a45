#pragma once

#include <QString>

namespace clientele::crypto {

// "OpenSSL 3.0.x  <date>" as reported by the library loaded at run time.
QString openSslVersion();

} // namespace clientele::crypto
