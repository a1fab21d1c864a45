#include "relay/sandbox/stripe/StripeSimulator.h"

#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "relay/lib/HttpServer.h"
#include "relay/lib/Router.h"
#include "relay/sandbox/stripe/StripeError.h"
#include "relay/sandbox/stripe/StripeForm.h"
#include "relay/sandbox/stripe/StripeLogging.h"
#include "relay/sandbox/stripe/StripeObjects.h"
#include "relay/sandbox/stripe/StripePages.h"
#include "relay/sandbox/stripe/StripeParams.h"
#include "relay/sandbox/stripe/StripeWebhookSender.h"

Q_LOGGING_CATEGORY(lcRelaySandboxStripe, "cl.relay.sandbox.stripe", QtInfoMsg)

namespace clientele::relay::sandbox {

namespace {

constexpr std::size_t kMaxApiBody = std::size_t {256} * 1024;
constexpr std::size_t kMaxPageBody = std::size_t {16} * 1024;
constexpr qsizetype kMaxIdempotencyKey = 255;

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

QString newRequestId()
{
    return StripeObjects::newId(str("req_")).left(18);
}

// "sk_test_abcdefghijkl1234" → "sk_test_****************1234", as Stripe quotes a rejected key.
QString maskKey(const QString& key)
{
    const qsizetype prefix =
        key.startsWith(u"sk_") || key.startsWith(u"rk_") || key.startsWith(u"pk_") ? key.indexOf(u'_', 3) + 1 : 0;
    const QString rest = key.mid(prefix);
    const qsizetype shown = rest.size() > 8 ? 4 : 0;
    return key.left(prefix) + QString(std::max<qsizetype>(rest.size() - shown, 4), u'*') + rest.right(shown);
}

Response json(int status, const QJsonObject& body)
{
    return Router::jsonResponse(static_cast<http::status>(status), body);
}

Response html(int status, const QString& page)
{
    const QByteArray bytes = page.toUtf8();
    Response response {static_cast<http::status>(status), 11};
    response.set(http::field::content_type, "text/html; charset=utf-8");
    response.set(http::field::cache_control, "no-store");
    response.set(
        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:");
    response.body().assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    response.prepare_payload();
    return response;
}

Response redirect(const QString& location)
{
    Response response = html(303, StripePages::message(str("Redirecting"), location));
    response.set(http::field::location, location.toStdString());
    return response;
}

QJsonObject jsonBody(const Request& request)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(request.body())).object();
}

bool isLoopback(const std::string& peer)
{
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(peer, ec);
    return !ec && address.is_loopback();
}

} // namespace

class StripeSimulator::Impl final
{
public:
    Impl(boost::asio::io_context& io, StripeSimulatorOptions options)
        : m_options(std::move(options))
        , m_objects(m_options.publicBaseUrl)
        , m_sender(m_options.webhookUrl, m_options.webhookSecret, StripeWebhookSender::Options {})
    {
        m_objects.setWebhookEndpoints(m_sender.hasEndpoint() ? 1 : 0);
        addApiRoutes();
        addPageRoutes();
        if (m_options.controlApi) {
            addControlRoutes();
        }
        m_server = std::make_unique<HttpServer>(io, m_router, HttpServer::Limits {});
    }

    Result<quint16> listen(const QString& host, quint16 port)
    {
        Result<quint16> bound = m_server->listen(host, port);
        if (bound) {
            const std::lock_guard lock(m_mutex);
            const QString shownHost = host == u"0.0.0.0" ? str("127.0.0.1")
                : host.contains(u':')                    ? u'[' + host + u']'
                                                         : host;
            m_baseUrl = QStringLiteral("http://%1:%2").arg(shownHost).arg(bound.value());
            if (m_options.publicBaseUrl.isEmpty()) {
                m_objects.setPublicBaseUrl(m_baseUrl);
            }
        }
        return bound;
    }

    void stop()
    {
        m_server->stop();
        m_sender.stop();
    }

    QString baseUrl() const
    {
        const std::lock_guard lock(m_mutex);
        return m_baseUrl;
    }

    int requestCount(const QString& path) const
    {
        const std::lock_guard lock(m_mutex);
        return static_cast<int>(std::count_if(m_requests.begin(), m_requests.end(),
            [&](const QJsonObject& entry) { return entry.value(str("path")).toString() == path; }));
    }

    QJsonArray requests() const
    {
        const std::lock_guard lock(m_mutex);
        QJsonArray list;
        for (const QJsonObject& entry : m_requests) {
            list.append(entry);
        }
        return list;
    }

    QJsonArray deliveries() const { return m_sender.attempts(); }

    Result<QJsonObject> payCheckoutSession(const QString& id)
    {
        return asResult([&] { return m_objects.payCheckoutSession(id, pageContext()); });
    }

    void restoreAccount(const QString& accountId)
    {
        const std::lock_guard lock(m_mutex);
        m_objects.restoreAccount(accountId, pageContext());
    }

    Result<QJsonObject> completeOnboarding(const QString& accountId)
    {
        return asResult([&] { return m_objects.completeOnboarding(accountId, pageContext()); });
    }

    void setWebhookEndpoint(const QUrl& url, const QByteArray& secret)
    {
        const std::lock_guard lock(m_mutex);
        m_sender.setEndpoint(url, secret);
        m_objects.setWebhookEndpoints(m_sender.hasEndpoint() ? 1 : 0);
    }

private:
    struct Fault
    {
        int status = 0;
        int count = 0;
        int retryAfter = 0;
        bool dropAfterCommit = false;
    };
    struct Stored
    {
        QString fingerprint;
        int status = 0;
        QJsonObject body;
        QString requestId;
    };
    struct ApiCall
    {
        const PathParams& path;
        const QJsonObject& params;
        const StripeContext& context;
        QString id() const
        {
            const auto it = path.find("id");
            return it == path.end() ? QString() : QString::fromStdString(it->second);
        }
    };
    using ApiHandler = std::function<QJsonObject(const ApiCall&)>;

    static StripeContext pageContext() { return StripeContext {{}, {}, {}, QDateTime::currentSecsSinceEpoch()}; }

    // Runs an operation for the C++ API under the lock, with its events delivered.
    template<typename Operation>
    Result<QJsonObject> asResult(Operation operation)
    {
        const std::lock_guard lock(m_mutex);
        try {
            QJsonObject object = operation();
            deliverNewEvents();
            return object;
        } catch (const StripeError& error) {
            deliverNewEvents();
            return Error(error.status == 404 ? Error::Code::NotFound : Error::Code::InvalidInput, error.message,
                QString::fromUtf8(QJsonDocument(error.body()).toJson(QJsonDocument::Compact)));
        }
    }

    static Response jsonOrError(const Result<QJsonObject>& answer)
    {
        return answer ? json(200, answer.value())
                      : json(answer.error().code() == Error::Code::NotFound ? 404 : 400,
                          QJsonDocument::fromJson(answer.error().detail().toUtf8()).object());
    }

    // Called with m_mutex held.
    void deliverNewEvents()
    {
        for (const QJsonObject& event : m_objects.takeNewEvents()) {
            m_sender.enqueue(event.value(str("id")).toString(), QJsonDocument(event).toJson(QJsonDocument::Indented));
        }
    }

    void api(http::verb method, const std::string& pattern, ApiHandler handler)
    {
        const QString endpoint = fromView(http::to_string(method)) + u' ' + QString::fromStdString(pattern);
        m_router.addAsync(method, pattern, kMaxApiBody,
            [this, endpoint, handler = std::move(handler)](
                const Call& call, const Reply& reply) { handleApi(endpoint, handler, call, reply); });
    }

    std::optional<Response> authFailure(const Request& request) const
    {
        const std::string_view header = request[http::field::authorization];
        QString key;
        if (header.substr(0, 7) == "Bearer ") {
            key = fromView(header.substr(7)).trimmed();
        } else if (header.substr(0, 6) == "Basic ") {
            const QByteArray decoded =
                QByteArray::fromBase64(QByteArray(header.substr(6).data(), static_cast<qsizetype>(header.size() - 6)));
            key = QString::fromUtf8(decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')));
        }
        if (key == m_options.secretKey && !key.isEmpty()) {
            return std::nullopt;
        }
        StripeError error;
        error.status = 401;
        error.message = key.isEmpty()
            ? str("You did not provide an API key. You need to provide your API key in the Authorization header, "
                  "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                  "https://stripe.com/docs/api#authentication for details, or we can help at "
                  "https://support.stripe.com/.")
            : QStringLiteral("Invalid API Key provided: %1").arg(maskKey(key));
        Response response = json(401, error.body());
        response.set(http::field::www_authenticate, "Basic realm=\"Stripe\"");
        return response;
    }

    Response injectedFault(const Fault& fault) const
    {
        StripeError error;
        error.status = fault.status;
        if (fault.status == 429) {
            error.code = str("rate_limit");
            error.message = str("Request rate limit exceeded. Learn more about rate limits here "
                                "https://stripe.com/docs/rate-limits.");
        } else {
            error.type = str("api_error");
            error.message = fault.status == 500 ? str("An unknown error occurred")
                                                : str("The Stripe API is temporarily unavailable (simulated).");
        }
        Response response = json(fault.status, error.body());
        if (fault.retryAfter > 0 || fault.status == 429) {
            response.set(http::field::retry_after, std::to_string(std::max(fault.retryAfter, 1)));
        }
        return response;
    }

    void handleApi(const QString& endpoint, const ApiHandler& handler, const Call& call, const Reply& reply)
    {
        const Request& request = call.http();
        const std::string_view target = request.target();
        const auto queryAt = target.find('?');
        const QString path = fromView(Router::pathOf(target));
        const QString query = queryAt == std::string_view::npos ? QString() : fromView(target.substr(queryAt + 1));
        const QString idempotencyKey = fromView(request["Idempotency-Key"]);
        StripeContext context {newRequestId(), request.method() == http::verb::post ? idempotencyKey : QString(),
            fromView(request["Stripe-Account"]), QDateTime::currentSecsSinceEpoch()};

        std::unique_lock lock(m_mutex);
        QJsonObject entry {
            {str("request_id"), context.requestId},
            {str("method"), fromView(request.method_string())},
            {str("path"), path},
            {str("query"), query},
            {str("idempotency_key"), idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(idempotencyKey)},
            {str("stripe_account"), context.account.isEmpty() ? QJsonValue() : QJsonValue(context.account)},
            {str("authorization"), !request[http::field::authorization].empty()},
            {str("at"), QDateTime::currentMSecsSinceEpoch()},
        };
        Result<QJsonObject> params = decodeStripeForm(query.toUtf8());
        if (params && !request.body().empty()) {
            Result<QJsonObject> body = decodeStripeForm(QByteArrayView(request.body()));
            if (body) {
                QJsonObject merged = params.value();
                const QJsonObject& fields = body.value();
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    merged.insert(it.key(), it.value());
                }
                params = merged;
            } else {
                params = body.error();
            }
        }
        entry.insert(str("params"), params ? params.value() : QJsonObject());
        const std::size_t index = m_requests.size();
        m_requests.push_back(entry);

        bool drop = false;
        bool replayed = false;
        std::optional<Response> injected;
        if (m_fault.count > 0) {
            --m_fault.count;
            drop = m_fault.dropAfterCommit;
            if (!drop) {
                injected = injectedFault(m_fault);
                m_requests[index].insert(str("injected"), true);
            }
        }
        Response response =
            injected ? std::move(*injected) : respond(endpoint, handler, call, params, context, replayed);
        m_requests[index].insert(str("status"), static_cast<int>(response.result_int()));
        m_requests[index].insert(str("replayed"), replayed);
        m_requests[index].insert(str("dropped"), drop);
        m_requests[index].insert(
            str("response"), QJsonDocument::fromJson(QByteArray::fromStdString(response.body())).object());
        deliverNewEvents();
        lock.unlock();

        response.set("Request-Id", context.requestId.toStdString());
        response.set("Stripe-Version", "2020-08-27");
        if (!context.idempotencyKey.isEmpty()) {
            response.set("Idempotency-Key", context.idempotencyKey.toStdString());
        }
        if (drop) {
            // The work is done and stored; the answer is lost: dropping the reply closes the
            // connection without a response.
            qCInfo(lcRelaySandboxStripe).noquote() << "dropping the answer to" << context.requestId;
            return;
        }
        reply(std::move(response));
    }

    // Auth, idempotency, validation and the handler itself. Called with m_mutex held.
    Response respond(const QString& endpoint, const ApiHandler& handler, const Call& call,
        const Result<QJsonObject>& params, const StripeContext& context, bool& replayed)
    {
        const Request& request = call.http();
        if (std::optional<Response> refused = authFailure(request)) {
            return std::move(*refused);
        }
        if (!params) {
            return json(400,
                StripeError::invalidParam(QString(), str("Invalid request body: ") + params.error().userMessage())
                    .body());
        }
        if (!context.account.isEmpty() && !m_objects.hasAccount(context.account)) {
            StripeError error;
            error.status = 403;
            error.code = str("account_invalid");
            error.message = QStringLiteral("The provided key '%1' does not have access to account '%2' (or that "
                                           "account does not exist). Application access may have been revoked.")
                                .arg(maskKey(m_options.secretKey), context.account);
            return json(403, error.body());
        }

        const QString& key = context.idempotencyKey;
        const QString fingerprint = endpoint + u' ' + fromView(Router::pathOf(request.target())) + u' '
            + context.account + u' ' + QString::fromUtf8(QJsonDocument(params.value()).toJson(QJsonDocument::Compact));
        if (key.size() > kMaxIdempotencyKey) {
            return json(400,
                StripeError::invalidParam(str("Idempotency-Key"),
                    QStringLiteral("Invalid Idempotency-Key: it must be at most %1 characters long.")
                        .arg(kMaxIdempotencyKey))
                    .body());
        }
        if (!key.isEmpty()) {
            const auto stored = m_idempotent.find(key);
            if (stored != m_idempotent.end()) {
                if (stored->second.fingerprint != fingerprint) {
                    StripeError error;
                    error.type = str("idempotency_error");
                    error.message = QStringLiteral("Keys for idempotent requests can only be used with the same "
                                                   "parameters they were first used with. Try using a key other "
                                                   "than '%1' if you meant to execute a different request.")
                                        .arg(key);
                    return json(400, error.body());
                }
                replayed = true;
                Response response = json(stored->second.status, stored->second.body);
                response.set("Idempotent-Replayed", "true");
                response.set("Original-Request", stored->second.requestId.toStdString());
                return response;
            }
        }

        int status = 200;
        QJsonObject body;
        bool store = true;
        try {
            StripeParams::embedded().check(endpoint, params.value());
            body = handler(ApiCall {call.params, params.value(), context});
        } catch (const StripeError& error) {
            status = error.status;
            body = error.body();
            store = !error.beforeExecution;
        }
        if (!key.isEmpty() && store) {
            m_idempotent.emplace(key, Stored {fingerprint, status, body, context.requestId});
        }
        return json(status, body);
    }

    void addApiRoutes()
    {
        using V = http::verb;
        api(V::post, "/v1/accounts", [this](const ApiCall& c) { return m_objects.createAccount(c.params, c.context); });
        api(V::get, "/v1/accounts/{id}", [this](const ApiCall& c) { return m_objects.account(c.id()); });
        api(V::post, "/v1/account_links",
            [this](const ApiCall& c) { return m_objects.createAccountLink(c.params, c.context); });
        api(V::post, "/v1/checkout/sessions",
            [this](const ApiCall& c) { return m_objects.createCheckoutSession(c.params, c.context); });
        api(V::get, "/v1/checkout/sessions/{id}",
            [this](const ApiCall& c) { return m_objects.checkoutSession(c.id(), c.context); });
        api(V::post, "/v1/checkout/sessions/{id}/expire",
            [this](const ApiCall& c) { return m_objects.expireCheckoutSession(c.id(), c.context); });
        api(V::get, "/v1/payment_intents/{id}",
            [this](const ApiCall& c) { return m_objects.paymentIntent(c.id(), c.context); });
        api(V::post, "/v1/refunds", [this](const ApiCall& c) { return m_objects.createRefund(c.params, c.context); });
        api(V::get, "/v1/refunds/{id}", [this](const ApiCall& c) { return m_objects.refund(c.id(), c.context); });
        api(V::get, "/v1/subscriptions/{id}",
            [this](const ApiCall& c) { return m_objects.subscription(c.id(), c.context); });
        api(V::post, "/v1/subscriptions/{id}",
            [this](const ApiCall& c) { return m_objects.updateSubscription(c.id(), c.params, c.context); });
        api(V::delete_, "/v1/subscriptions/{id}",
            [this](const ApiCall& c) { return m_objects.cancelSubscription(c.id(), c.params, c.context); });
        api(V::post, "/v1/billing_portal/sessions",
            [this](const ApiCall& c) { return m_objects.createPortalSession(c.params, c.context); });
        api(V::get, "/v1/events", [this](const ApiCall& c) { return m_objects.listEvents(c.params, c.context); });
        api(V::get, "/v1/events/{id}", [this](const ApiCall& c) { return m_objects.event(c.id(), c.context); });
    }

    // The hosted pages' stand-ins: what a browser (or a UI test) clicks through.
    void addPageRoutes()
    {
        m_router.add(http::verb::get, "/sandbox/checkout/{id}", kMaxPageBody, [this](const Request& request) {
            const QString id = lastSegment(request, 0);
            const std::lock_guard lock(m_mutex);
            try {
                const QJsonObject session = m_objects.checkoutSessionForPage(id, pageContext());
                deliverNewEvents();
                if (session.value(str("status")).toString() != u"open") {
                    return html(200,
                        StripePages::message(str("Checkout closed"),
                            QStringLiteral("This Checkout Session is %1.")
                                .arg(session.value(str("status")).toString())));
                }
                return html(200, StripePages::checkout(session));
            } catch (const StripeError& error) {
                return html(404, StripePages::message(str("Not found"), error.message));
            }
        });
        m_router.add(http::verb::post, "/sandbox/checkout/{id}/pay", kMaxPageBody, [this](const Request& request) {
            const QString id = lastSegment(request, 1);
            const std::lock_guard lock(m_mutex);
            try {
                const QJsonObject session = m_objects.payCheckoutSession(id, pageContext());
                deliverNewEvents();
                return redirect(session.value(str("success_url")).toString().replace(str("{CHECKOUT_SESSION_ID}"), id));
            } catch (const StripeError& error) {
                deliverNewEvents();
                return html(error.status, StripePages::message(str("Payment not possible"), error.message));
            }
        });
        m_router.add(http::verb::post, "/sandbox/checkout/{id}/cancel", kMaxPageBody, [this](const Request& request) {
            const QString id = lastSegment(request, 1);
            const std::lock_guard lock(m_mutex);
            try {
                const QJsonObject session = m_objects.checkoutSessionForPage(id, pageContext());
                deliverNewEvents();
                const QString cancelUrl = session.value(str("cancel_url")).toString();
                return cancelUrl.isEmpty()
                    ? html(200, StripePages::message(str("Canceled"), str("You can close this page.")))
                    : redirect(cancelUrl);
            } catch (const StripeError& error) {
                return html(404, StripePages::message(str("Not found"), error.message));
            }
        });
        m_router.add(http::verb::get, "/sandbox/onboarding/{token}", kMaxPageBody, [this](const Request& request) {
            const QString token = lastSegment(request, 0);
            const std::lock_guard lock(m_mutex);
            const StripeObjects::LinkVisit visit =
                m_objects.visitAccountLink(token, QDateTime::currentSecsSinceEpoch());
            switch (visit.kind) {
            case StripeObjects::LinkVisit::Kind::Show:
                return html(200, StripePages::onboarding(token, visit.accountId));
            case StripeObjects::LinkVisit::Kind::Refresh:
                return redirect(visit.url);
            case StripeObjects::LinkVisit::Kind::Missing:
                break;
            }
            return html(404, StripePages::message(str("Not found"), str("This onboarding link does not exist.")));
        });
        m_router.add(http::verb::post, "/sandbox/onboarding/{token}", kMaxPageBody, [this](const Request& request) {
            const QString token = lastSegment(request, 0);
            const std::lock_guard lock(m_mutex);
            try {
                const QString location = m_objects.finishAccountLink(token, pageContext());
                deliverNewEvents();
                return redirect(location);
            } catch (const StripeError& error) {
                return html(404, StripePages::message(str("Not found"), error.message));
            }
        });
        m_router.add(http::verb::get, "/sandbox/billing/{id}", kMaxPageBody, [this](const Request& request) {
            const QString id = lastSegment(request, 0);
            const std::lock_guard lock(m_mutex);
            try {
                return html(200, StripePages::billingPortal(m_objects.portalSession(id)));
            } catch (const StripeError& error) {
                return html(404, StripePages::message(str("Not found"), error.message));
            }
        });
    }

    // The control API: loopback clients only, no key.
    void control(http::verb method, const std::string& pattern, std::function<Response(const Call&)> handler)
    {
        m_router.addAsync(
            method, pattern, kMaxApiBody, [handler = std::move(handler)](const Call& call, const Reply& reply) {
                if (!isLoopback(call.peer)) {
                    reply(Router::errorResponse(
                        http::status::forbidden, "forbidden", "The control API answers loopback clients only."));
                    return;
                }
                reply(handler(call));
            });
    }

    void addControlRoutes()
    {
        using V = http::verb;
        control(V::post, "/_fake/fail-next", [this](const Call& call) {
            const QJsonObject body = jsonBody(call.http());
            Fault fault;
            fault.dropAfterCommit = body.value(str("drop_after_commit")).toBool();
            fault.status = body.value(str("status")).toInt(fault.dropAfterCommit ? 200 : 500);
            fault.count = body.value(str("count")).toInt(1);
            fault.retryAfter = body.value(str("retry_after")).toInt(0);
            if (!fault.dropAfterCommit && (fault.status < 400 || fault.status > 599)) {
                return Router::errorResponse(http::status::bad_request, "bad_status", "status must be 4xx or 5xx");
            }
            const std::lock_guard lock(m_mutex);
            m_fault = fault;
            return json(200, QJsonObject {{str("pending"), fault.count}});
        });
        control(V::get, "/_fake/requests", [this](const Call&) {
            return json(200, QJsonObject {{str("data"), requests()}});
        });
        control(V::delete_, "/_fake/requests", [this](const Call&) {
            const std::lock_guard lock(m_mutex);
            m_requests.clear();
            return json(200, QJsonObject {{str("deleted"), true}});
        });
        control(V::post, "/_fake/checkout/{id}/pay", [this](const Call& call) {
            const Result<QJsonObject> session = payCheckoutSession(QString::fromStdString(call.param("id")));
            return session ? json(200, session.value())
                           : json(session.error().code() == Error::Code::NotFound ? 404 : 400,
                               QJsonDocument::fromJson(session.error().detail().toUtf8()).object());
        });
        control(V::post, "/_fake/payment_intents/{id}/dispute", [this](const Call& call) {
            const QString reason = jsonBody(call.http()).value(str("reason")).toString(str("fraudulent"));
            return jsonOrError(asResult([&] {
                return m_objects.openDispute(QString::fromStdString(call.param("id")), reason, pageContext());
            }));
        });
        control(V::post, "/_fake/disputes/{id}/close", [this](const Call& call) {
            const QString status = jsonBody(call.http()).value(str("status")).toString();
            return jsonOrError(asResult([&] {
                return m_objects.closeDispute(QString::fromStdString(call.param("id")), status, pageContext());
            }));
        });
        control(V::post, "/_fake/subscriptions/{id}/renew", [this](const Call& call) {
            const bool paid = jsonBody(call.http()).value(str("paid")).toBool(true);
            return jsonOrError(asResult([&] {
                return m_objects.renewSubscription(QString::fromStdString(call.param("id")), paid, pageContext());
            }));
        });
        control(V::post, "/_fake/accounts/{id}/onboard", [this](const Call& call) {
            const Result<QJsonObject> account = completeOnboarding(QString::fromStdString(call.param("id")));
            return account ? json(200, account.value())
                           : json(404, QJsonDocument::fromJson(account.error().detail().toUtf8()).object());
        });
        control(V::post, "/_fake/events/{id}/redeliver", [this](const Call& call) {
            const std::lock_guard lock(m_mutex);
            const QJsonObject event = m_objects.anyEvent(QString::fromStdString(call.param("id")));
            if (event.isEmpty()) {
                return Router::errorResponse(http::status::not_found, "resource_missing", "No such event");
            }
            m_sender.enqueue(event.value(str("id")).toString(), QJsonDocument(event).toJson(QJsonDocument::Indented));
            return json(200, QJsonObject {{str("queued"), true}});
        });
        control(V::post, "/_fake/webhooks", [this](const Call& call) {
            const QJsonObject body = jsonBody(call.http());
            if (body.contains(str("pause"))) {
                m_sender.setPaused(body.value(str("pause")).toBool());
            }
            if (body.contains(str("url"))) {
                setWebhookEndpoint(QUrl(body.value(str("url")).toString()),
                    body.contains(str("secret")) ? body.value(str("secret")).toString().toUtf8()
                                                 : m_options.webhookSecret);
            }
            return json(200, QJsonObject {{str("ok"), true}});
        });
        control(V::get, "/_fake/deliveries", [this](const Call&) {
            return json(200, QJsonObject {{str("data"), deliveries()}});
        });
    }

    // The {id} of /sandbox/x/{id} (back = 0) or /sandbox/x/{id}/action (back = 1).
    static QString lastSegment(const Request& request, int back)
    {
        const QStringList parts = fromView(Router::pathOf(request.target())).split(u'/');
        return parts.value(parts.size() - 1 - back);
    }

    StripeSimulatorOptions m_options;
    Router m_router;
    std::unique_ptr<HttpServer> m_server;
    mutable std::mutex m_mutex;
    StripeObjects m_objects;
    StripeWebhookSender m_sender;
    std::vector<QJsonObject> m_requests;
    std::map<QString, Stored> m_idempotent;
    Fault m_fault;
    QString m_baseUrl;
};

StripeSimulator::StripeSimulator(boost::asio::io_context& io, StripeSimulatorOptions options)
    : m_impl(std::make_unique<Impl>(io, std::move(options)))
{
}

StripeSimulator::~StripeSimulator()
{
    m_impl->stop();
}

Result<quint16> StripeSimulator::listen(const QString& host, quint16 port)
{
    return m_impl->listen(host, port);
}

void StripeSimulator::stop()
{
    m_impl->stop();
}

QString StripeSimulator::baseUrl() const
{
    return m_impl->baseUrl();
}

int StripeSimulator::requestCount(const QString& path) const
{
    return m_impl->requestCount(path);
}

QJsonArray StripeSimulator::requests() const
{
    return m_impl->requests();
}

QJsonArray StripeSimulator::deliveries() const
{
    return m_impl->deliveries();
}

Result<QJsonObject> StripeSimulator::payCheckoutSession(const QString& id)
{
    return m_impl->payCheckoutSession(id);
}

void StripeSimulator::restoreAccount(const QString& accountId)
{
    m_impl->restoreAccount(accountId);
}

Result<QJsonObject> StripeSimulator::completeOnboarding(const QString& accountId)
{
    return m_impl->completeOnboarding(accountId);
}

void StripeSimulator::setWebhookEndpoint(const QUrl& url, const QByteArray& secret)
{
    m_impl->setWebhookEndpoint(url, secret);
}

} // namespace clientele::relay::sandbox
