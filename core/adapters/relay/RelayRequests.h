#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

#include "core/SecureBytes.h"
#include "core/adapters/relay/RelayReplies.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace clientele {

// The plumbing every client of the relay shares: a request with a transfer timeout and, when given,
// this device's bearer token; the replies still under way; and a teardown that aborts them without
// running their handlers, so the futures of requests cut short end cancelled. Lives on one thread.
class RelayRequests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayRequests)

public:
    explicit RelayRequests(QNetworkAccessManager& network, std::chrono::milliseconds timeout = std::chrono::seconds(30),
        QObject* parent = nullptr);
    ~RelayRequests() override;

    struct Request
    {
        QByteArray verb {};
        QUrl url {};
        QByteArray body {};
        QByteArray contentType = "application/json";
        const SecureBytes* bearer = nullptr; // no Authorization header without one
        QList<std::pair<QByteArray, QByteArray>> headers {};
    };

    // Sends the request; `read` turns the relay's reply into the future's value.
    template<typename T>
    QFuture<T> call(const Request& request, std::function<T(const RelayReply&)> read)
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        send(request, [promise, read = std::move(read)](const RelayReply& reply) {
            promise->addResult(read(reply));
            promise->finish();
        });
        return promise->future();
    }

private:
    void send(const Request& request, std::function<void(const RelayReply&)> done);

    QNetworkAccessManager* m_network;
    std::chrono::milliseconds m_timeout;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace clientele
