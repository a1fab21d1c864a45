#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "core/Result.h"
#include "core/SecureBytes.h"

namespace clientele {

// The tokens of one connected account. They are secrets: they live in the keychain (one entry per
// account, see OAuthTokenKeychain) and in memory, never in settings or logs.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray idToken;
    QString tokenType; // "Bearer"
    QString scope;
    QDateTime expiresAtUtc; // invalid when the provider did not say

    // A successful token endpoint response (RFC 6749 §5.1), received at nowUtc.
    static Result<OAuthTokens> fromTokenResponse(const QByteArray& json, const QDateTime& nowUtc);
    // The tokens after a refresh: providers that do not rotate the refresh token (Google) leave it
    // out of the response, so the one we have stays.
    OAuthTokens refreshedWith(const OAuthTokens& response) const;
    bool expiresWithin(const QDateTime& nowUtc, qint64 seconds) const;

    // The ID token's claims (OIDC Core §2). The signature is not checked: the token came straight
    // from the token endpoint over TLS, which OIDC Core §3.1.3.7 allows instead.
    Result<QJsonObject> idTokenClaims() const;
    // Who signed in: the ID token's email, else its subject; empty without an ID token.
    QString accountIdentity() const;

    // For the keychain entry. Neither form is ever logged.
    SecureBytes serialize() const;
    static Result<OAuthTokens> deserialize(const SecureBytes& secret);
};

} // namespace clientele
