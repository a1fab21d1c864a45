#include "core/adapters/calendar/RestApiTransport.h"

#include <algorithm>
#include <utility>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>

namespace clientele {

struct RestApiTransport::Call
{
    ApiRequest request;
    QPromise<Result<ApiResponse>> promise;
    QByteArray token;
    int attempts = 0; // requests sent and answered with throttling or 5xx
    bool refreshed = false; // the one 401 replay is spent
};

namespace {

// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). Negative: absent.
std::chrono::milliseconds retryAfterOf(QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty()) {
        return std::chrono::milliseconds(-1);
    }
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        return std::chrono::seconds(std::max<qint64>(seconds, 0));
    }
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid()) {
        return std::chrono::milliseconds(-1);
    }
    return std::chrono::milliseconds(std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0));
}

// Exponential backoff with jitter (Google: "2^n seconds plus a random number of milliseconds";
// Graph: "use an exponential backoff" when there is no Retry-After), so many clients throttled at
// once do not come back in step.
std::chrono::milliseconds backoff(const RetryPolicy& policy, int attempt)
{
    const qint64 base = policy.initialDelay.count();
    const qint64 exponential = base << std::min(attempt - 1, 20);
    const qint64 jitter = base > 0 ? static_cast<qint64>(QRandomGenerator::global()->bounded(base + 1)) : 0;
    return std::chrono::milliseconds(std::min<qint64>(exponential + jitter, policy.maxDelay.count()));
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(-1) == b.port(-1);
}

} // namespace

QString apiFailureDetail(const ApiFailure& failure, const char* operation)
{
    QString detail = QStringLiteral("%1: HTTP %2").arg(QLatin1StringView(operation)).arg(failure.status);
    if (!failure.reason.isEmpty()) {
        detail += u' ' + failure.reason;
    }
    if (!failure.message.isEmpty()) {
        detail += QStringLiteral(": ") + failure.message;
    }
    return detail;
}

RestApiTransport::RestApiTransport(const ApiDialect& dialect, QUrl baseUrl, QNetworkAccessManager& network,
    AccessTokenSource tokens, RetryPolicy retry, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_dialect(dialect)
    , m_baseUrl(std::move(baseUrl))
    , m_network(&network)
    , m_tokens(std::move(tokens))
    , m_retry(retry)
    , m_timeout(timeout)
{
    Q_ASSERT(m_tokens.token && m_tokens.tokenAfterUnauthorized);
    Q_ASSERT(m_retry.maxAttempts >= 1);
}

RestApiTransport::~RestApiTransport()
{
    // Pending requests die with us; their futures end cancelled (QPromise's destructor).
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QString RestApiTransport::encodeSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QFuture<Result<ApiResponse>> RestApiTransport::send(ApiRequest request)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->promise.start();
    QFuture<Result<ApiResponse>> future = call->promise.future();
    fetchToken(call);
    return future;
}

void RestApiTransport::fetchToken(const std::shared_ptr<Call>& call)
{
    // Asked again before every attempt: after a long backoff the old token may be near its expiry,
    // and the session hands out a cached one otherwise.
    m_tokens.token().then(this, [this, call](const Result<QByteArray>& token) {
        if (!token) {
            complete(call, token.error());
            return;
        }
        call->token = token.value();
        sendNow(call);
    });
}

void RestApiTransport::sendNow(const std::shared_ptr<Call>& call)
{
    const ApiRequest& spec = call->request;
    QUrl url = m_baseUrl;
    if (spec.absoluteUrl.isEmpty()) {
        // TolerantMode keeps the percent-encoding of the ids ('#' must stay %23).
        url.setPath(m_baseUrl.path() + spec.path, QUrl::TolerantMode);
        url.setQuery(spec.query);
    } else if (sameOrigin(spec.absoluteUrl, m_baseUrl)) {
        url = spec.absoluteUrl;
    } else {
        // A paging link to another host would carry the bearer token there.
        qCWarning(m_dialect.log) << spec.operation << "refused a link to another origin";
        complete(call, m_dialect.badAnswerError(spec.operation, QStringLiteral("paging link to another origin")));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + call->token);
    request.setRawHeader("Accept", "application/json");
    if (!spec.ifMatch.isEmpty()) {
        request.setRawHeader("If-Match", spec.ifMatch);
    }
    for (const auto& [name, value] : spec.headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // The bearer token must not follow a redirect elsewhere; answers must not be cached on disk.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QByteArray body;
    if (spec.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = QJsonDocument(*spec.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, spec.method, body);
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply]() { finished(call, reply); });
}

void RestApiTransport::finished(const std::shared_ptr<Call>& call, QNetworkReply* reply)
{
    reply->deleteLater();
    const char* operation = call->request.operation;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        qCWarning(m_dialect.log) << operation << "got no answer:" << reply->errorString();
        complete(call,
            m_dialect.networkError(operation,
                (timedOut ? QStringLiteral("timed out: ") : QStringLiteral("unreachable: ")) + reply->errorString()));
        return;
    }
    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.status = status;
        if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError {};
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (!document.isObject()) {
                qCWarning(m_dialect.log) << operation << "HTTP" << status << "with a body that is not a JSON object";
                complete(call,
                    m_dialect.badAnswerError(operation,
                        QStringLiteral("HTTP %1, body is not a JSON object (%2)")
                            .arg(status)
                            .arg(parseError.errorString())));
                return;
            }
            response.json = document.object();
        }
        qCDebug(m_dialect.log) << operation << "→ HTTP" << status;
        complete(call, std::move(response));
        return;
    }
    const ApiFailure failure = m_dialect.failureFromReply(status, body);
    qCInfo(m_dialect.log) << operation << "→ HTTP" << status << failure.reason;
    if (status == 401 && !call->refreshed) {
        // The token expired or was revoked early: one refresh, one replay. A second 401 is final.
        call->refreshed = true;
        m_tokens.tokenAfterUnauthorized(call->token).then(this, [this, call](const Result<QByteArray>& token) {
            if (!token) {
                complete(call, token.error());
                return;
            }
            call->token = token.value();
            sendNow(call);
        });
        return;
    }
    const bool throttleOrTrouble = m_dialect.isThrottleOrServerTrouble(failure);
    if (throttleOrTrouble && retryLater(call, failure, reply)) {
        return;
    }
    if (call->request.passThroughStatuses.contains(status)) {
        complete(call, ApiResponse {status, {}, failure});
        return;
    }
    if (throttleOrTrouble) {
        qCWarning(m_dialect.log) << operation << "gave up after" << call->attempts << "attempts";
        complete(call, m_dialect.gaveUpError(failure, operation, call->attempts));
        return;
    }
    complete(call, m_dialect.error(failure, operation));
}

bool RestApiTransport::retryLater(const std::shared_ptr<Call>& call, const ApiFailure& failure, QNetworkReply* reply)
{
    ++call->attempts;
    if (call->attempts >= m_retry.maxAttempts) {
        return false;
    }
    const std::chrono::milliseconds retryAfter = retryAfterOf(reply);
    if (retryAfter > m_retry.maxRetryAfter) {
        qCInfo(m_dialect.log) << call->request.operation << "asked to wait" << retryAfter.count()
                              << "ms, longer than this call waits";
        return false;
    }
    const std::chrono::milliseconds delay = retryAfter.count() >= 0 ? retryAfter : backoff(m_retry, call->attempts);
    qCInfo(m_dialect.log) << call->request.operation << "HTTP" << failure.status << failure.reason << "— attempt"
                          << call->attempts + 1 << "of" << m_retry.maxAttempts << "in" << delay.count() << "ms";
    QTimer::singleShot(delay, this, [this, call]() { fetchToken(call); });
    return true;
}

void RestApiTransport::complete(const std::shared_ptr<Call>& call, Result<ApiResponse> result)
{
    call->promise.addResult(std::move(result));
    call->promise.finish();
}

} // namespace clientele
