#pragma once

#include <QObject>
#include <chrono>

#include "core/SecureBytes.h"
#include "core/adapters/relay/RelayRequests.h"
#include "core/ports/FeedHost.h"

class QNetworkAccessManager;

namespace clientele {

// FeedHost on the practice's relay (relay/lib/FeedRoutes): PUT and DELETE
// /v1/vaults/{vault}/feeds/{id} with this device's bearer token; calendar apps fetch
// <relay>/feeds/<token>.ics. Logs status codes only, never a token or the feed.
class RelayFeedHost final : public QObject, public FeedHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayFeedHost)

public:
    RelayFeedHost(QUrl relay, QString vaultId, SecureBytes deviceToken, QNetworkAccessManager& network,
        std::chrono::milliseconds timeout = std::chrono::seconds(30), QObject* parent = nullptr);
    ~RelayFeedHost() override;

    QFuture<Result<void>> put(const QString& feedId, const QByteArray& sealed) override;
    QFuture<Result<void>> remove(const QString& feedId) override;
    QUrl subscriptionUrl(const QString& tokenText) const override;

private:
    QFuture<Result<void>> send(const QByteArray& verb, const QString& feedId, const QByteArray& body);

    QUrl m_relay;
    QString m_vaultId;
    SecureBytes m_deviceToken;
    RelayRequests m_requests;
};

} // namespace clientele
