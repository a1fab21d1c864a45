#include "core/oauth/OAuthTokens.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace clientele {

namespace {

Error invalidResponse(const QString& detail)
{
    return Error(Error::Code::CorruptData,
        QStringLiteral("The provider's answer could not be read. Try connecting the account again later."),
        QStringLiteral("oauth:invalid_response: ") + detail, true);
}

QByteArray bytesOf(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toString().toUtf8();
}

} // namespace

Result<OAuthTokens> OAuthTokens::fromTokenResponse(const QByteArray& json, const QDateTime& nowUtc)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalidResponse(QStringLiteral("token response is not a JSON object"));
    }
    const QJsonObject object = document.object();
    OAuthTokens tokens;
    tokens.accessToken = bytesOf(object, QLatin1StringView("access_token"));
    tokens.refreshToken = bytesOf(object, QLatin1StringView("refresh_token"));
    tokens.idToken = bytesOf(object, QLatin1StringView("id_token"));
    tokens.tokenType = object.value(QLatin1StringView("token_type")).toString();
    tokens.scope = object.value(QLatin1StringView("scope")).toString();
    if (tokens.accessToken.isEmpty()) {
        return invalidResponse(QStringLiteral("token response has no access_token"));
    }
    // RFC 6749 §5.1: token_type is required and case-insensitive; we only speak Bearer.
    if (tokens.tokenType.compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) != 0) {
        return invalidResponse(QStringLiteral("token_type is '%1', not Bearer").arg(tokens.tokenType.left(20)));
    }
    // expires_in is a number of seconds; some providers send it as a string.
    const QJsonValue expiresIn = object.value(QLatin1StringView("expires_in"));
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    if (seconds > 0) {
        tokens.expiresAtUtc = nowUtc.addSecs(seconds);
    }
    return tokens;
}

OAuthTokens OAuthTokens::refreshedWith(const OAuthTokens& response) const
{
    OAuthTokens merged = response;
    if (merged.refreshToken.isEmpty()) {
        merged.refreshToken = refreshToken;
    }
    if (merged.idToken.isEmpty()) {
        merged.idToken = idToken;
    }
    if (merged.scope.isEmpty()) {
        merged.scope = scope;
    }
    return merged;
}

bool OAuthTokens::expiresWithin(const QDateTime& nowUtc, qint64 seconds) const
{
    // Unknown expiry: assume the token is good until the provider says 401.
    return expiresAtUtc.isValid() && nowUtc.addSecs(seconds) >= expiresAtUtc;
}

Result<QJsonObject> OAuthTokens::idTokenClaims() const
{
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3) {
        return invalidResponse(QStringLiteral("id_token is not a JWS compact serialization"));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded);
    if (!decoded || !document.isObject()) {
        return invalidResponse(QStringLiteral("id_token payload is not a JSON object"));
    }
    return document.object();
}

QString OAuthTokens::accountIdentity() const
{
    if (idToken.isEmpty()) {
        return {};
    }
    const Result<QJsonObject> claims = idTokenClaims();
    if (!claims) {
        return {};
    }
    const QString email = claims->value(QLatin1StringView("email")).toString();
    return email.isEmpty() ? claims->value(QLatin1StringView("sub")).toString() : email;
}

SecureBytes OAuthTokens::serialize() const
{
    QJsonObject object;
    object.insert(QLatin1StringView("version"), 1);
    object.insert(QLatin1StringView("access_token"), QString::fromUtf8(accessToken));
    object.insert(QLatin1StringView("refresh_token"), QString::fromUtf8(refreshToken));
    object.insert(QLatin1StringView("id_token"), QString::fromUtf8(idToken));
    object.insert(QLatin1StringView("token_type"), tokenType);
    object.insert(QLatin1StringView("scope"), scope);
    if (expiresAtUtc.isValid()) {
        object.insert(QLatin1StringView("expires_at"), expiresAtUtc.toSecsSinceEpoch());
    }
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    SecureBytes secret(reinterpret_cast<const unsigned char*>(json.constData()), static_cast<std::size_t>(json.size()));
    json.fill('\0'); // the transient copy; QJsonObject's own strings are beyond reach
    return secret;
}

Result<OAuthTokens> OAuthTokens::deserialize(const SecureBytes& secret)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject() || document.object().value(QLatin1StringView("version")).toInt() != 1) {
        return Error(Error::Code::CorruptData,
            QStringLiteral("The saved sign-in for this account is damaged. Reconnect the account."),
            QStringLiteral("oauth:invalid_grant: keychain entry is not a version 1 token record"));
    }
    const QJsonObject object = document.object();
    OAuthTokens tokens;
    tokens.accessToken = bytesOf(object, QLatin1StringView("access_token"));
    tokens.refreshToken = bytesOf(object, QLatin1StringView("refresh_token"));
    tokens.idToken = bytesOf(object, QLatin1StringView("id_token"));
    tokens.tokenType = object.value(QLatin1StringView("token_type")).toString();
    tokens.scope = object.value(QLatin1StringView("scope")).toString();
    const QJsonValue expiresAt = object.value(QLatin1StringView("expires_at"));
    if (!expiresAt.isUndefined()) {
        tokens.expiresAtUtc = QDateTime::fromSecsSinceEpoch(expiresAt.toInteger(), Qt::UTC);
    }
    return tokens;
}

} // namespace clientele
