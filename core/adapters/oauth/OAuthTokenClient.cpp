#include "core/adapters/oauth/OAuthTokenClient.h"

#include <memory>
#include <optional>
#include <utility>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>

#include "core/oauth/OAuthErrors.h"
#include "core/oauth/OAuthLogging.h"
#include "core/oauth/ReadyFuture.h"
#include "core/ports/Clock.h"

namespace clientele {

namespace {

// What came back, or the Error that stands for it when it was not a success.
struct Answer
{
    int status = 0;
    QByteArray body;
    std::optional<Error> error;
};

// RFC 6749 Appendix B: application/x-www-form-urlencoded, every reserved character escaped.
QByteArray encodeForm(const QList<QPair<QByteArray, QByteArray>>& form)
{
    QByteArray body;
    for (const auto& [name, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body +=
            QUrl::toPercentEncoding(QString::fromUtf8(name)) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return body;
}

Answer readAnswer(QNetworkReply* reply, const QString& provider)
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0) {
        // No HTTP answer at all: refused, unreachable, DNS, TLS or our transfer timeout.
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        answer.error = oauthError(OAuthFailure::Network, provider,
            (timedOut ? QStringLiteral("timed out: ") : QStringLiteral("unreachable: ")) + reply->errorString());
        return answer;
    }
    if (answer.status >= 200 && answer.status < 300) {
        return answer;
    }
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    const QString code = document.object().value(QLatin1StringView("error")).toString();
    if (!code.isEmpty()) {
        answer.error = oauthErrorFromResponse(provider, code,
            QStringLiteral("(HTTP %1) ").arg(answer.status)
                + document.object().value(QLatin1StringView("error_description")).toString());
        return answer;
    }
    // A proxy's or load balancer's page, a 5xx: not an OAuth answer.
    answer.error = oauthError(
        OAuthFailure::ServerError, provider, QStringLiteral("HTTP %1 without an OAuth error body").arg(answer.status));
    return answer;
}

} // namespace

OAuthTokenClient::OAuthTokenClient(OAuthProviderConfig config, QNetworkAccessManager& network, const Clock& clock,
    std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(&network)
    , m_clock(&clock)
    , m_timeout(timeout)
{
}

OAuthTokenClient::~OAuthTokenClient()
{
    // Pending requests die with us; their futures end cancelled.
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QNetworkReply* OAuthTokenClient::post(const QUrl& endpoint, Form form)
{
    if (!m_config.clientSecret.isEmpty()) {
        // Google's desktop secret: sent, but not confidential (RFC 8252 §8.5).
        form.append({"client_secret", m_config.clientSecret.toUtf8()});
    }
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // Tokens must not be replayed by a redirect, cached or mixed with browser cookies.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QByteArray body = encodeForm(form);
    QNetworkReply* reply = m_network->post(request, body);
    body.fill('\0');
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    return reply;
}

QFuture<Result<OAuthTokens>> OAuthTokenClient::tokenRequest(Form form, const char* what)
{
    auto promise = std::make_shared<QPromise<Result<OAuthTokens>>>();
    promise->start();
    QNetworkReply* reply = post(m_config.tokenEndpoint, std::move(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, what]() {
        reply->deleteLater();
        const Answer answer = readAnswer(reply, m_config.displayName);
        qCInfo(lcOAuth) << what << "at provider" << m_config.providerId << "→ HTTP" << answer.status
                        << (answer.error ? oauthFailureName(oauthFailureOf(*answer.error)) : QStringLiteral("ok"));
        if (answer.error) {
            promise->addResult(*answer.error);
        } else {
            Result<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(answer.body, m_clock->nowUtc());
            promise->addResult(tokens ? std::move(tokens)
                                      : Result<OAuthTokens>(oauthError(OAuthFailure::InvalidResponse,
                                          m_config.displayName, tokens.error().detail())));
        }
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<OAuthTokens>> OAuthTokenClient::exchangeCode(
    const QString& code, const QByteArray& codeVerifier, const QUrl& redirectUri)
{
    return tokenRequest({{"grant_type", "authorization_code"}, {"code", code.toUtf8()},
                            {"redirect_uri", redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
                            {"client_id", m_config.clientId.toUtf8()}, {"code_verifier", codeVerifier}},
        "code exchange");
}

QFuture<Result<OAuthTokens>> OAuthTokenClient::refresh(const QByteArray& refreshToken)
{
    Form form {
        {"grant_type", "refresh_token"}, {"refresh_token", refreshToken}, {"client_id", m_config.clientId.toUtf8()}};
    if (m_config.scopeOnRefresh) {
        form.append({"scope", m_config.scopes.join(u' ').toUtf8()});
    }
    return tokenRequest(std::move(form), "refresh");
}

QFuture<Result<void>> OAuthTokenClient::revoke(const QByteArray& token, TokenKind kind)
{
    if (m_config.revocationEndpoint.isEmpty()) {
        return readyFuture(Result<void>());
    }
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    const QByteArray hint =
        kind == TokenKind::RefreshToken ? QByteArrayLiteral("refresh_token") : QByteArrayLiteral("access_token");
    QNetworkReply* reply = post(m_config.revocationEndpoint,
        {{"token", token}, {"token_type_hint", hint}, {"client_id", m_config.clientId.toUtf8()}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise]() {
        reply->deleteLater();
        const Answer answer = readAnswer(reply, m_config.displayName);
        qCInfo(lcOAuth) << "revocation at provider" << m_config.providerId << "→ HTTP" << answer.status;
        // RFC 7009 §2.2.1: a provider that cannot revoke this kind says unsupported_token_type; the
        // token then simply expires, which is as good as it gets.
        const bool unsupported =
            answer.error && answer.error->detail().contains(QLatin1StringView("unsupported_token_type"));
        promise->addResult(answer.error && !unsupported ? Result<void>(*answer.error) : Result<void>());
        promise->finish();
    });
    return promise->future();
}

} // namespace clientele
