#pragma once

#include <QFuture>
#include <QString>
#include <QUrl>

#include "core/Result.h"

namespace clientele {

// What came back on the redirect URI (RFC 6749 §4.1.2): a code and state, or an error and state.
struct OAuthRedirect
{
    QString code;
    QByteArray state;
    QString error; // "access_denied", … (§4.1.2.1); empty on success
    QString errorDescription;
};

// OAuthUserAgent: whatever shows the provider's sign-in pages to the user and catches the redirect.
// The system browser with a loopback listener (RFC 8252 §7.3) is one; the embedded WebEngine view,
// which intercepts navigation to the redirect URI, is the other. A flow calls prepare() once, builds
// the authorization URL with the redirect URI it returns, then authorize() once.
class OAuthUserAgent
{
public:
    virtual ~OAuthUserAgent() = default;
    OAuthUserAgent() = default;
    OAuthUserAgent(const OAuthUserAgent&) = delete;
    OAuthUserAgent& operator=(const OAuthUserAgent&) = delete;

    // Gets ready to catch a redirect to `redirectTemplate` and returns the exact redirect_uri to
    // send: a loopback listener puts its port in; an intercepting browser returns it unchanged.
    virtual Result<QUrl> prepare(const QUrl& redirectTemplate) = 0;

    // Shows the authorization URL and resolves with the redirect, or with an OAuth Error
    // (core/oauth/OAuthErrors.h): UserClosed, BrowserUnavailable, TimedOut, Network. A redirect that
    // carries error=access_denied is a redirect, not a failure: the flow decides what it means.
    virtual QFuture<Result<OAuthRedirect>> authorize(const QUrl& authorizationUrl) = 0;

    // The user gave up (closed the dialog): a pending authorize() resolves with UserClosed.
    virtual void cancel() = 0;
};

} // namespace clientele
