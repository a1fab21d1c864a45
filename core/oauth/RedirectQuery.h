#pragma once

#include <QUrl>

#include "core/ports/OAuthUserAgent.h"

namespace clientele {

// The code/state/error of a redirect URL (RFC 6749 §4.1.2). Its query is form-encoded (Appendix B),
// so '+' is a space. Whatever user agent caught the redirect reads it the same way.
OAuthRedirect parseRedirectQuery(const QUrl& url);

// Whether `url` is a navigation to `redirectUri`: same scheme, host, port and path, any query.
// Providers may append a trailing slash to a redirect URI without a path (Microsoft does), so an
// empty path and "/" are the same.
bool isRedirectTo(const QUrl& url, const QUrl& redirectUri);

} // namespace clientele
