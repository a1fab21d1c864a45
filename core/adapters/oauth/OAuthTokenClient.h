#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <chrono>

#include "core/oauth/OAuthProviderConfig.h"
#include "core/ports/OAuthTokenEndpoint.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace clientele {

class Clock;

// OAuthTokenEndpoint over HTTP with QNetworkAccessManager: form-encoded POSTs (RFC 6749 §4.1.3, §6;
// RFC 7009), JSON answers, every failure mapped to an OAuth Error. Asynchronous; never blocks.
// Logs status codes and OAuth error codes only, never a token, code or verifier.
class OAuthTokenClient final : public QObject, public OAuthTokenEndpoint
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenClient)

public:
    OAuthTokenClient(OAuthProviderConfig config, QNetworkAccessManager& network, const Clock& clock,
        std::chrono::milliseconds timeout = std::chrono::seconds(30), QObject* parent = nullptr);
    ~OAuthTokenClient() override;

    QFuture<Result<OAuthTokens>> exchangeCode(
        const QString& code, const QByteArray& codeVerifier, const QUrl& redirectUri) override;
    QFuture<Result<OAuthTokens>> refresh(const QByteArray& refreshToken) override;
    QFuture<Result<void>> revoke(const QByteArray& token, TokenKind kind) override;

private:
    using Form = QList<QPair<QByteArray, QByteArray>>;

    QNetworkReply* post(const QUrl& endpoint, Form form);
    QFuture<Result<OAuthTokens>> tokenRequest(Form form, const char* what);

    OAuthProviderConfig m_config;
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    std::chrono::milliseconds m_timeout;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace clientele
