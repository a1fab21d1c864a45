#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <memory>
#include <optional>

#include "core/Result.h"
#include "core/adapters/calendar/AccessTokenSource.h"
#include "core/adapters/calendar/GoogleErrors.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace clientele {

// How long to keep trying when Google throttles (429, 403 rate limits) or has trouble (5xx).
struct GoogleRetryPolicy
{
    int maxAttempts = 5; // requests in all, the first included
    std::chrono::milliseconds initialDelay {1000}; // doubled per attempt, plus up to as much jitter
    std::chrono::milliseconds maxDelay {32000};
    // A Retry-After longer than this is not waited out here: the caller gets a retryable error and
    // the sync loop tries again later, instead of a request hanging for minutes.
    std::chrono::milliseconds maxRetryAfter {60000};
};

struct GoogleRequest
{
    QByteArray method = "GET";
    QString path; // relative to the base URL; ids already percent-encoded (see encodeSegment)
    QUrlQuery query;
    std::optional<QJsonObject> body;
    QByteArray ifMatch;
    const char* operation = "request"; // "events.patch": for logs and Error details, never ids
    // Error statuses the caller interprets itself (410 on a sync token, 404 on delete) instead of
    // getting them as an Error.
    QList<int> passThroughStatuses;
};

struct GoogleResponse
{
    int status = 0;
    QJsonObject json; // empty for 204
    GoogleApiFailure failure; // for a passed-through error status
};

// One Google API call end to end: bearer token, one refresh-and-replay on 401, exponential backoff
// with jitter (honouring Retry-After) on throttling and 5xx, JSON parsing and error mapping.
// Asynchronous with timers and Qt Network only; pending calls end cancelled when it is destroyed.
class GoogleApiTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleApiTransport)

public:
    GoogleApiTransport(QUrl baseUrl, QNetworkAccessManager& network, AccessTokenSource tokens, GoogleRetryPolicy retry,
        std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~GoogleApiTransport() override;

    QFuture<Result<GoogleResponse>> send(GoogleRequest request);

    // A calendar or event id as one path segment: ids hold '@' and '#' ("en.german#holiday@group…").
    static QString encodeSegment(const QString& id);

private:
    struct Call;

    void fetchToken(const std::shared_ptr<Call>& call);
    void sendNow(const std::shared_ptr<Call>& call);
    void finished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    bool retryLater(const std::shared_ptr<Call>& call, const GoogleApiFailure& failure, QNetworkReply* reply);
    static void complete(const std::shared_ptr<Call>& call, Result<GoogleResponse> result);

    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    AccessTokenSource m_tokens;
    GoogleRetryPolicy m_retry;
    std::chrono::milliseconds m_timeout;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace clientele
