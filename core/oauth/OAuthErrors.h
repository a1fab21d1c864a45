#pragma once

#include <QString>

#include "core/Error.h"

namespace clientele {

// Why an OAuth step failed, as far as the UI needs to know (show nothing, offer "Reconnect", retry
// later). The kind travels inside the Error's detail as "oauth:<name>: …", so OAuth failures are
// ordinary Errors everywhere else and oauthFailureOf() reads the kind back.
enum class OAuthFailure
{
    None, // not an OAuth failure
    UserClosed, // the user closed the browser or dialog before finishing
    BrowserUnavailable, // no browser could be opened
    TimedOut, // the browser never came back to Clientele
    AccessDenied, // the user refused consent (error=access_denied)
    InvalidGrant, // code or refresh token expired, used or revoked: reconnect
    StateMismatch, // the redirect belongs to no flow of ours: possible CSRF
    WrongAccount, // signed in with another account than the one being reconnected
    Network, // could not reach the provider
    UntrustedCertificate, // the provider's page presented a certificate that did not verify
    ServerError, // 5xx or an answer that is not OAuth JSON
    InvalidResponse, // JSON without what RFC 6749 requires
    InvalidClient, // the app's client registration is wrong; not the user's fault
    ProviderError, // any other OAuth error code from the provider
};

QString oauthFailureName(OAuthFailure failure);
OAuthFailure oauthFailureOf(const Error& error);

// The Error for a failure. provider: display name ("Google"); detail: technical, never a token.
Error oauthError(OAuthFailure failure, const QString& provider, const QString& detail = {});

// An OAuth error response (RFC 6749 §4.1.2.1 on the redirect, §5.2 from the token endpoint).
Error oauthErrorFromResponse(const QString& provider, const QString& errorCode, const QString& description);

} // namespace clientele
