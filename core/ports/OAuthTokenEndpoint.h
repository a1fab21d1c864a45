#pragma once

#include <QByteArray>
#include <QFuture>
#include <QUrl>

#include "core/Result.h"
#include "core/oauth/OAuthTokens.h"

namespace clientele {

// OAuthTokenEndpoint: a provider's token and revocation endpoints, for one provider configuration.
// Failures are OAuth Errors (core/oauth/OAuthErrors.h) whose messages say what the user can do.
class OAuthTokenEndpoint
{
public:
    enum class TokenKind
    {
        AccessToken,
        RefreshToken,
    };

    virtual ~OAuthTokenEndpoint() = default;
    OAuthTokenEndpoint() = default;
    OAuthTokenEndpoint(const OAuthTokenEndpoint&) = delete;
    OAuthTokenEndpoint& operator=(const OAuthTokenEndpoint&) = delete;

    // grant_type=authorization_code with the PKCE verifier (RFC 6749 §4.1.3, RFC 7636 §4.5).
    virtual QFuture<Result<OAuthTokens>> exchangeCode(
        const QString& code, const QByteArray& codeVerifier, const QUrl& redirectUri) = 0;
    // grant_type=refresh_token (RFC 6749 §6). The result holds what the provider sent; merge it
    // with OAuthTokens::refreshedWith.
    virtual QFuture<Result<OAuthTokens>> refresh(const QByteArray& refreshToken) = 0;
    // RFC 7009. Succeeds when the provider has no revocation endpoint (nothing to do).
    virtual QFuture<Result<void>> revoke(const QByteArray& token, TokenKind kind) = 0;
};

} // namespace clientele
