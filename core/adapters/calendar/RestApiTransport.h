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
#include <utility>

#include "core/Result.h"
#include "core/adapters/calendar/ApiDialect.h"
#include "core/oauth/AccessTokenSource.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace clientele {

// How long to keep trying when a provider throttles (429, Google's 403 rate limits) or has trouble (5xx).
struct RetryPolicy
{
    int maxAttempts = 5; // requests in all, the first included
    std::chrono::milliseconds initialDelay {1000}; // doubled per attempt, plus up to as much jitter
    std::chrono::milliseconds maxDelay {32000};
    // A Retry-After longer than this is not waited out here: the caller gets a retryable error and
    // the sync loop tries again later, instead of a request hanging for minutes.
    std::chrono::milliseconds maxRetryAfter {60000};
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the base URL; ids already percent-encoded (see encodeSegment)
    QUrlQuery query;
    // Instead of path + query: a link the provider handed out (Graph's @odata.nextLink and
    // deltaLink), followed verbatim. It must lie on the base URL's origin, or the call fails
    // without sending the token there.
    QUrl absoluteUrl;
    std::optional<QJsonObject> body;
    QByteArray ifMatch;
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. Graph's Prefer
    const char* operation = "request"; // "events.patch": for logs and Error details, never ids
    // Error statuses the caller interprets itself (410 on a sync token, 404 on delete) instead of
    // getting them as an Error.
    QList<int> passThroughStatuses;
};

struct ApiResponse
{
    int status = 0;
    QJsonObject json; // empty for 204
    ApiFailure failure; // for a passed-through error status
};

// One REST call to a provider's JSON API (Google Calendar, Microsoft Graph) end to end: bearer
// token, one refresh-and-replay on 401, exponential backoff with jitter (honouring Retry-After) on
// throttling and 5xx, JSON parsing, and error mapping through the provider's ApiDialect.
// Asynchronous with timers and Qt Network only; pending calls end cancelled when it is destroyed.
class RestApiTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestApiTransport)

public:
    RestApiTransport(const ApiDialect& dialect, QUrl baseUrl, QNetworkAccessManager& network, AccessTokenSource tokens,
        RetryPolicy retry, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~RestApiTransport() override;

    QFuture<Result<ApiResponse>> send(ApiRequest request);

    // A calendar or event id as one path segment: ids hold '@', '#', '/', '+' and '='
    // ("en.german#holiday@group…", Graph's base64 ids).
    static QString encodeSegment(const QString& id);

private:
    struct Call;

    void fetchToken(const std::shared_ptr<Call>& call);
    void sendNow(const std::shared_ptr<Call>& call);
    void finished(const std::shared_ptr<Call>& call, QNetworkReply* reply);
    bool retryLater(const std::shared_ptr<Call>& call, const ApiFailure& failure, QNetworkReply* reply);
    static void complete(const std::shared_ptr<Call>& call, Result<ApiResponse> result);

    const ApiDialect& m_dialect;
    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    AccessTokenSource m_tokens;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_timeout;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace clientele
