// The Twilio simulator's routes.
//
// Twilio API (HTTP Basic AccountSid:AuthToken; errors as {"code","message","more_info","status"}):
//   POST /2010-04-01/Accounts/{AccountSid}/Messages.json            201 message, or 400 with 21211, 21602,
//                                                                   21603, 21604, 21606, 21609, 21610,
//                                                                   21612, 21617, 21701, 21266
//   GET  /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json      200 message, or 404 with 20404
//   GET  /2010-04-01/Accounts/{AccountSid}/Messages.json            To, From, DateSent[<>], PageSize, Page,
//                                                                   PageToken; newest first
// Test numbers (To): +15005550001 → 21211, +15005550002 → 21612, +15005550004 → 21610 at create;
// +15005550009 → failed with 30003, +15005550010 → undelivered with 30005 in the status callbacks.
//
// Control API (loopback clients only, JSON):
//   GET  /_fake/requests       every Twilio API request: method, path, params, auth_ok, unknown_params, status
//   GET  /_fake/messages       every message with status_history, status_callback, planned_statuses
//   GET  /_fake/deliveries     every webhook attempt: kind, url, params, signature, attempt, status, error
//   GET  /_fake/config         the settings below
//   POST /_fake/config         {"auto_progress","status_step_ms","strict_params","duplicate_callbacks",
//                               "callback_order":"in_order"|"reversed","inbound_url","owned_numbers"}
//   POST /_fake/fail-next      {"status":429|500|503,"count":n,"retry_after":s,"method":"POST"} answers the
//                              next n API requests with that error, unprocessed; with "commit":true a
//                              create is processed first. {"drop_after_commit":true,"count":n} processes
//                              the next n creates and closes their connections without an answer.
//   POST /_fake/inbound        {"from","to","body"} an SMS to one of our numbers: STOP/START/HELP keywords
//                              act like Twilio's defaults; answers after the webhook was delivered.
//   POST /_fake/messages/{sid}/status  {"status","error_code"?,"duplicate"?} sets a status now and sends
//                              its callback (twice with duplicate)
//   POST /_fake/reset          forgets messages, opt-outs, requests, deliveries and injected failures
#include "relay/sandbox/twilio/TwilioSimulator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <deque>
#include <map>
#include <mutex>
#include <variant>

#include "core/webhooks/FormBody.h"
#include "relay/lib/HttpServer.h"
#include "relay/lib/Router.h"
#include "relay/sandbox/twilio/TwilioCallbackSender.h"
#include "relay/sandbox/twilio/TwilioErrors.h"
#include "relay/sandbox/twilio/TwilioLogging.h"
#include "relay/sandbox/twilio/TwilioMessageParams.h"
#include "relay/sandbox/twilio/TwilioMessages.h"
#include "relay/sandbox/twilio/TwilioSegments.h"

namespace clientele::relay::sandbox {

namespace {

namespace asio = boost::asio;

constexpr std::size_t kMaxApiBody = std::size_t {64} * 1024;
constexpr std::size_t kMaxControlBody = std::size_t {64} * 1024;
constexpr int kMaxBodyCharacters = 1600;
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;

const QStringList& stopKeywords()
{
    static const QStringList kWords {QStringLiteral("STOP"), QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
        QStringLiteral("CANCEL"), QStringLiteral("END"), QStringLiteral("QUIT"), QStringLiteral("REVOKE"),
        QStringLiteral("OPTOUT")};
    return kWords;
}

const QStringList& startKeywords()
{
    static const QStringList kWords {QStringLiteral("START"), QStringLiteral("YES"), QStringLiteral("UNSTOP")};
    return kWords;
}

const QStringList& helpKeywords()
{
    static const QStringList kWords {QStringLiteral("HELP"), QStringLiteral("INFO")};
    return kWords;
}

bool isE164(const QString& number)
{
    static const QRegularExpression kPattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return kPattern.match(number).hasMatch();
}

bool isMessagingServiceSid(const QString& sid)
{
    static const QRegularExpression kPattern(QStringLiteral("^MG[0-9a-fA-F]{32}$"));
    return kPattern.match(sid).hasMatch();
}

// "URL must contain a valid hostname and underscores are not allowed".
bool isCallbackUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty() && !url.host().contains(u'_');
}

bool isLoopback(const std::string& peer)
{
    return peer.starts_with("127.") || peer == "::1" || peer.starts_with("::ffff:127.");
}

bool isTerminal(const QString& status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("undelivered")
        || status == QLatin1String("failed") || status == QLatin1String("read") || status == QLatin1String("canceled")
        || status == QLatin1String("received");
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString first(const webhooks::FormParams& params, const QString& name)
{
    for (const auto& [key, value] : params) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QStringList all(const webhooks::FormParams& params, const QString& name)
{
    QStringList values;
    for (const auto& [key, value] : params) {
        if (key == name) {
            values << value;
        }
    }
    return values;
}

QJsonObject paramsJson(const webhooks::FormParams& params)
{
    QJsonObject json;
    for (const auto& [name, value] : params) {
        const QJsonValue existing = json.value(name);
        if (existing.isUndefined()) {
            json.insert(name, value);
        } else {
            QJsonArray values = existing.isArray() ? existing.toArray() : QJsonArray {existing};
            values.append(value);
            json.insert(name, values);
        }
    }
    return json;
}

Response controlJson(http::status status, const QJsonObject& body)
{
    return Router::jsonResponse(status, body);
}

Response controlError(http::status status, const QString& message)
{
    const QByteArray text = message.toUtf8();
    return Router::errorResponse(
        status, "fake_control", std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

std::optional<QJsonObject> controlBody(const Request& request)
{
    if (request.body().empty()) {
        return QJsonObject();
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(request.body().data(), static_cast<qsizetype>(request.body().size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

TwilioError notFound(std::string_view path)
{
    return TwilioError {
        twilio_code::kNotFound, 404, QStringLiteral("The requested resource %1 was not found").arg(fromUtf8(path))};
}

// An injected failure from POST /_fake/fail-next.
struct FailRule
{
    int status = 0; // 0 with drop: no answer at all
    int remaining = 1;
    int retryAfter = -1;
    bool commit = false; // process a create before answering with the error
    bool drop = false; // process a create, then close the connection without answering
    QString method; // empty: any
};

} // namespace

class TwilioSimulator::Impl final : public std::enable_shared_from_this<TwilioSimulator::Impl>
{
public:
    struct Config
    {
        QUrl inboundUrl;
        QStringList ownedNumbers;
        std::chrono::milliseconds statusStep {100};
        bool autoProgress = true;
        bool strictParams = false;
        bool duplicateCallbacks = false;
        bool reversedCallbacks = false;
    };

    Impl(asio::io_context& context, TwilioSimulatorOptions options)
        : io(context)
        , accountSid(std::move(options.accountSid))
        , authToken(std::move(options.authToken))
        , sender(TwilioCallbackSender::Options {authToken.toUtf8()})
    {
        config.inboundUrl = options.inboundWebhookUrl;
        config.ownedNumbers = options.ownedNumbers;
        config.statusStep = options.statusStep;
        config.autoProgress = options.autoProgress;
        config.strictParams = options.strictParams;
    }

    void addRoutes();

    // Twilio API
    using Operation = void (Impl::*)(const Call&, const webhooks::FormParams&, QJsonObject&, const Reply&);
    void api(const Call& call, const Reply& reply, Operation operation, bool isCreate);
    void create(const Call& call, const webhooks::FormParams& params, QJsonObject& entry, const Reply& reply);
    void fetch(const Call& call, const webhooks::FormParams& params, QJsonObject& entry, const Reply& reply);
    void list(const Call& call, const webhooks::FormParams& params, QJsonObject& entry, const Reply& reply);
    std::variant<TwilioMessage, TwilioError> validateCreate(const webhooks::FormParams& params) const;
    void answer(QJsonObject& entry, const Reply& reply, Response response);
    void record(const QJsonObject& entry);
    std::optional<FailRule> takeFailRule(const Request& request, bool isCreate);

    // Statuses and webhooks
    void scheduleNext(const QString& sid);
    void statusChanged(const TwilioMessage& message, bool duplicate);
    Result<QString> inbound(const QString& from, const QString& to, const QString& body,
        const std::function<void(const QString& sid, const QString& optOutType, const QJsonObject& attempt)>& done);
    Result<void> pushStatus(const QString& sid, const QString& status, std::optional<int> errorCode, bool duplicate);
    Result<void> failNext(const QJsonObject& json);
    Result<void> configure(const QJsonObject& json);
    QJsonObject configJson() const;
    Config currentConfig() const
    {
        std::lock_guard lock(mutex);
        return config;
    }
    void reset();
    void stop();

    asio::io_context& io;
    const QString accountSid;
    const QString authToken;
    Router router;
    std::unique_ptr<HttpServer> server;
    TwilioMessages messages;
    TwilioCallbackSender sender;

    mutable std::mutex mutex; // guards everything below
    Config config;
    QJsonArray requests;
    std::deque<FailRule> failRules;
    std::map<QString, std::shared_ptr<asio::steady_timer>> timers;
    std::map<QString, std::vector<TwilioDelivery>> heldCallbacks; // for reversed order
    bool stopped = false;
};

void TwilioSimulator::Impl::addRoutes()
{
    const std::weak_ptr<Impl> weak = weak_from_this();
    const auto apiRoute = [weak](Operation operation, bool isCreate) {
        return [weak, operation, isCreate](const Call& call, const Reply& reply) {
            if (const auto self = weak.lock()) {
                self->api(call, reply, operation, isCreate);
            }
        };
    };
    const std::string account = "/2010-04-01/Accounts/{account}";
    router.addAsync(http::verb::post, account + "/Messages.json", kMaxApiBody, apiRoute(&Impl::create, true));
    router.addAsync(http::verb::get, account + "/Messages.json", 0, apiRoute(&Impl::list, false));
    router.addAsync(http::verb::get, account + "/Messages/{message}", 0, apiRoute(&Impl::fetch, false));

    // Control API: loopback only.
    using ControlHandler = std::function<Response(Impl&, const Call&, const QJsonObject&)>;
    const auto control = [this, weak](http::verb method, const std::string& path, const ControlHandler& handler) {
        router.addAsync(method, path, kMaxControlBody, [weak, handler](const Call& call, const Reply& reply) {
            const auto self = weak.lock();
            if (!self) {
                return;
            }
            if (!isLoopback(call.peer)) {
                reply(controlError(http::status::forbidden, QStringLiteral("The control API answers loopback only.")));
                return;
            }
            const std::optional<QJsonObject> body = controlBody(call.http());
            if (!body) {
                reply(controlError(http::status::bad_request, QStringLiteral("The body must be a JSON object.")));
                return;
            }
            reply(handler(*self, call, *body));
        });
    };
    control(http::verb::get, "/_fake/requests", [](Impl& self, const Call&, const QJsonObject&) {
        std::lock_guard lock(self.mutex);
        return controlJson(http::status::ok, QJsonObject {{QStringLiteral("requests"), self.requests}});
    });
    control(http::verb::get, "/_fake/messages", [](Impl& self, const Call&, const QJsonObject&) {
        QJsonArray result;
        for (const TwilioMessage& message : self.messages.all()) {
            result.append(message.toControlJson());
        }
        return controlJson(http::status::ok, QJsonObject {{QStringLiteral("messages"), result}});
    });
    control(http::verb::get, "/_fake/deliveries", [](Impl& self, const Call&, const QJsonObject&) {
        return controlJson(http::status::ok, QJsonObject {{QStringLiteral("deliveries"), self.sender.attempts()}});
    });
    control(http::verb::get, "/_fake/config",
        [](Impl& self, const Call&, const QJsonObject&) { return controlJson(http::status::ok, self.configJson()); });
    control(http::verb::post, "/_fake/config", [](Impl& self, const Call&, const QJsonObject& body) {
        const Result<void> done = self.configure(body);
        return done ? controlJson(http::status::ok, self.configJson())
                    : controlError(http::status::bad_request, done.error().userMessage());
    });
    control(http::verb::post, "/_fake/fail-next", [](Impl& self, const Call&, const QJsonObject& body) {
        const Result<void> done = self.failNext(body);
        return done ? controlJson(http::status::ok, QJsonObject {{QStringLiteral("ok"), true}})
                    : controlError(http::status::bad_request, done.error().userMessage());
    });
    control(http::verb::post, "/_fake/reset", [](Impl& self, const Call&, const QJsonObject&) {
        self.reset();
        return controlJson(http::status::ok, QJsonObject {{QStringLiteral("ok"), true}});
    });
    control(
        http::verb::post, "/_fake/messages/{sid}/status", [](Impl& self, const Call& call, const QJsonObject& body) {
            const QString sid = QString::fromStdString(call.param("sid"));
            const QJsonValue code = body.value(QStringLiteral("error_code"));
            const Result<void> done = self.pushStatus(sid, body.value(QStringLiteral("status")).toString(),
                code.isDouble() ? std::optional<int>(code.toInt()) : std::nullopt,
                body.value(QStringLiteral("duplicate")).toBool());
            if (!done) {
                return controlError(
                    done.error().code() == Error::Code::NotFound ? http::status::not_found : http::status::bad_request,
                    done.error().userMessage());
            }
            return controlJson(http::status::ok, self.messages.find(sid)->toControlJson());
        });
    // Inbound answers once the webhook was delivered (or given up on), with what the receiver said.
    router.addAsync(http::verb::post, "/_fake/inbound", kMaxControlBody, [weak](const Call& call, const Reply& reply) {
        const auto self = weak.lock();
        if (!self) {
            return;
        }
        if (!isLoopback(call.peer)) {
            reply(controlError(http::status::forbidden, QStringLiteral("The control API answers loopback only.")));
            return;
        }
        const std::optional<QJsonObject> body = controlBody(call.http());
        if (!body) {
            reply(controlError(http::status::bad_request, QStringLiteral("The body must be a JSON object.")));
            return;
        }
        const Result<QString> sid = self->inbound(body->value(QStringLiteral("from")).toString(),
            body->value(QStringLiteral("to")).toString(), body->value(QStringLiteral("body")).toString(),
            [reply](const QString& messageSid, const QString& optOutType, const QJsonObject& attempt) {
                reply(controlJson(http::status::ok,
                    QJsonObject {{QStringLiteral("message_sid"), messageSid},
                        {QStringLiteral("opt_out_type"),
                            optOutType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(optOutType)},
                        {QStringLiteral("webhook"),
                            attempt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attempt)}}));
            });
        if (!sid) {
            reply(controlError(http::status::bad_request, sid.error().userMessage()));
        }
    });

    // Anything else under an account: Twilio's 404 rather than the relay's.
    for (const http::verb method : {http::verb::get, http::verb::post, http::verb::delete_}) {
        for (const std::string& path : {account + "/{resource}", account + "/Messages/{message}/{sub}"}) {
            router.addAsync(method, path, kMaxApiBody, [](const Call& call, const Reply& reply) {
                reply(notFound(Router::pathOf(call.http().target())).toResponse());
            });
        }
    }
}

void TwilioSimulator::Impl::record(const QJsonObject& entry)
{
    std::lock_guard lock(mutex);
    requests.append(entry);
}

void TwilioSimulator::Impl::answer(QJsonObject& entry, const Reply& reply, Response response)
{
    entry.insert(QStringLiteral("status"), static_cast<int>(response.result_int()));
    const QJsonDocument body = QJsonDocument::fromJson(QByteArray::fromStdString(response.body()));
    if (body.isObject() && body.object().contains(QStringLiteral("code"))) {
        entry.insert(QStringLiteral("error_code"), body.object().value(QStringLiteral("code")));
    }
    if (!entry.contains(QStringLiteral("_shadow"))) {
        record(entry);
    }
    reply(std::move(response));
}

std::optional<FailRule> TwilioSimulator::Impl::takeFailRule(const Request& request, bool isCreate)
{
    std::lock_guard lock(mutex);
    if (failRules.empty()) {
        return std::nullopt;
    }
    FailRule& rule = failRules.front();
    if (!rule.method.isEmpty() && rule.method != fromUtf8(request.method_string())) {
        return std::nullopt;
    }
    if (rule.drop && !isCreate) {
        return std::nullopt;
    }
    FailRule taken = rule;
    if (--rule.remaining <= 0) {
        failRules.pop_front();
    }
    return taken;
}

void TwilioSimulator::Impl::api(const Call& call, const Reply& reply, Operation operation, bool isCreate)
{
    const Request& request = call.http();
    const std::string_view target = request.target();
    const std::string_view path = Router::pathOf(target);
    QJsonObject entry {
        {QStringLiteral("method"), fromUtf8(request.method_string())},
        {QStringLiteral("path"), fromUtf8(path)},
        {QStringLiteral("target"), fromUtf8(target)},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };

    // Parameters: the form body of a POST, the query string of a GET.
    webhooks::FormParams params;
    const bool isPost = request.method() == http::verb::post;
    const std::string_view contentType = request[http::field::content_type];
    entry.insert(QStringLiteral("content_type"), fromUtf8(contentType));
    QByteArrayView encoded;
    if (isPost && contentType.starts_with("application/x-www-form-urlencoded")) {
        encoded = QByteArrayView(request.body().data(), static_cast<qsizetype>(request.body().size()));
    } else if (!isPost && target.size() > path.size() + 1) {
        const std::string_view query = target.substr(path.size() + 1);
        encoded = QByteArrayView(query.data(), static_cast<qsizetype>(query.size()));
    }
    if (!encoded.isEmpty()) {
        Result<webhooks::FormParams> parsed = webhooks::parseFormBody(encoded);
        if (!parsed) {
            entry.insert(QStringLiteral("auth_ok"), QJsonValue(QJsonValue::Null));
            answer(entry, reply,
                TwilioError {0, 400, QStringLiteral("The request parameters are not valid form encoding.")}
                    .toResponse());
            return;
        }
        params = std::move(parsed).value();
    }
    entry.insert(QStringLiteral("params"), paramsJson(params));

    // Unknown parameters: recorded (Twilio ignores them), refused in strict mode.
    const TwilioMessageParams& spec = TwilioMessageParams::embedded();
    const QSet<QString>& allowed = isPost ? spec.createParams : spec.listQuery;
    QStringList unknown;
    for (const auto& [name, value] : params) {
        if (!allowed.contains(name) && !unknown.contains(name)) {
            unknown << name;
        }
    }
    entry.insert(QStringLiteral("unknown_params"), QJsonArray::fromStringList(unknown));

    // HTTP Basic AccountSid:AuthToken.
    const std::string_view authorization = request[http::field::authorization];
    QString user;
    bool authOk = false;
    if (authorization.starts_with("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(
            QByteArray(authorization.substr(6).data(), static_cast<qsizetype>(authorization.size() - 6)));
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            user = QString::fromUtf8(decoded.left(colon));
            authOk = user == accountSid && QString::fromUtf8(decoded.mid(colon + 1)) == authToken;
        }
    }
    entry.insert(QStringLiteral("auth_ok"), authOk);
    entry.insert(QStringLiteral("auth_user"), user);
    if (!authOk) {
        answer(
            entry, reply, TwilioError {twilio_code::kAuthenticate, 401, QStringLiteral("Authenticate")}.toResponse());
        return;
    }
    if (QString::fromStdString(call.param("account")) != accountSid) {
        answer(entry, reply, notFound(path).toResponse());
        return;
    }

    if (const std::optional<FailRule> rule = takeFailRule(request, isCreate)) {
        entry.insert(QStringLiteral("injected"),
            rule->drop ? QStringLiteral("drop_after_commit") : QStringLiteral("status %1").arg(rule->status));
        if (rule->drop || rule->commit) {
            // Process it for real (the message exists and moves on), then lose or replace the answer.
            QJsonObject processed = entry;
            processed.insert(QStringLiteral("_shadow"), true); // answer() must not log it a second time
            Response committed;
            (this->*operation)(
                call, params, processed, [&committed](Response response) { committed = std::move(response); });
            entry.insert(QStringLiteral("committed_status"), static_cast<int>(committed.result_int()));
            if (const QJsonDocument body = QJsonDocument::fromJson(QByteArray::fromStdString(committed.body()));
                body.object().contains(QStringLiteral("sid"))) {
                entry.insert(QStringLiteral("committed_sid"), body.object().value(QStringLiteral("sid")));
            }
        }
        if (rule->drop) {
            entry.insert(QStringLiteral("status"), 0);
            record(entry);
            qCInfo(lcTwilioSandbox) << "dropping the connection after a create, as asked";
            return; // the Reply dies unanswered: the connection closes without a response
        }
        const int status = rule->status;
        const int code = status == 429 ? twilio_code::kTooManyRequests
            : status == 500            ? twilio_code::kInternalError
            : status == 503            ? twilio_code::kServiceUnavailable
                                       : 0;
        const QString message = status == 429 ? QStringLiteral("Too Many Requests")
            : status == 500                   ? QStringLiteral("Internal Server Error")
            : status == 503                   ? QStringLiteral("Service Unavailable")
                                              : QStringLiteral("Injected failure");
        Response response = TwilioError {code, status, message}.toResponse();
        if (rule->retryAfter >= 0) {
            response.set(http::field::retry_after, std::to_string(rule->retryAfter));
        }
        answer(entry, reply, std::move(response));
        return;
    }
    if (!unknown.isEmpty() && currentConfig().strictParams) {
        answer(entry, reply,
            TwilioError {0, 400,
                QStringLiteral("Unknown parameter(s) %1: not in Twilio's spec for this operation (the simulator's "
                               "strict mode; Twilio itself ignores them).")
                    .arg(unknown.join(u", "))}
                .toResponse());
        return;
    }
    (this->*operation)(call, params, entry, reply);
}

std::variant<TwilioMessage, TwilioError> TwilioSimulator::Impl::validateCreate(const webhooks::FormParams& params) const
{
    const Config settings = currentConfig();
    const QString to = first(params, QStringLiteral("To"));
    const QString from = first(params, QStringLiteral("From"));
    const QString service = first(params, QStringLiteral("MessagingServiceSid"));
    const QString body = first(params, QStringLiteral("Body"));
    const QString callback = first(params, QStringLiteral("StatusCallback"));
    const QStringList media = all(params, QStringLiteral("MediaUrl"));
    const QString content = first(params, QStringLiteral("ContentSid"));
    const auto fail = [](int code, const QString& message) { return TwilioError {code, 400, message}; };

    if (to.isEmpty()) {
        return fail(twilio_code::kToRequired, QStringLiteral("A 'To' phone number is required."));
    }
    if (!isE164(to) || to == QLatin1String("+15005550001")) {
        return fail(twilio_code::kInvalidTo, QStringLiteral("Invalid 'To' Phone Number: %1").arg(to));
    }
    if (from.isEmpty() && service.isEmpty()) {
        return fail(twilio_code::kFromRequired, QStringLiteral("A 'From' phone number is required."));
    }
    if (!service.isEmpty() && !isMessagingServiceSid(service)) {
        return fail(twilio_code::kInvalidMessagingService,
            QStringLiteral("The Messaging Service Sid %1 is invalid.").arg(service));
    }
    if (!from.isEmpty() && !settings.ownedNumbers.contains(from)) {
        return fail(twilio_code::kFromNotOwned,
            QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone number or short code "
                           "for your account.")
                .arg(from));
    }
    if (body.isEmpty() && media.isEmpty() && content.isEmpty()) {
        return fail(twilio_code::kBodyRequired, QStringLiteral("Message body is required."));
    }
    if (smsCharacterCount(body) > kMaxBodyCharacters) {
        return fail(twilio_code::kBodyTooLong,
            QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    }
    if (!callback.isEmpty() && !isCallbackUrl(callback)) {
        return fail(twilio_code::kInvalidStatusCallback,
            QStringLiteral("The StatusCallback URL %1 is not a valid URL.").arg(callback));
    }
    const QString senderNumber = !from.isEmpty() ? from : settings.ownedNumbers.value(0);
    if (to == senderNumber) {
        return fail(twilio_code::kSameToFrom, QStringLiteral("'To' and 'From' number cannot be the same: %1").arg(to));
    }
    if (to == QLatin1String("+15005550002")) {
        return fail(twilio_code::kUnroutable,
            QStringLiteral("The 'To' phone number: %1, is not currently reachable using the 'From' phone number: %2 "
                           "via SMS.")
                .arg(to, senderNumber));
    }
    // Opt-outs: per sender, or across the whole sender pool of a Messaging Service.
    bool optedOut = to == QLatin1String("+15005550004");
    for (const QString& number : service.isEmpty() ? QStringList {senderNumber} : settings.ownedNumbers) {
        optedOut = optedOut || messages.isOptedOut(number, to);
    }
    if (optedOut) {
        return fail(twilio_code::kUnsubscribed, QStringLiteral("Attempt to send to unsubscribed recipient"));
    }

    TwilioMessage message;
    message.sid = newTwilioSid(media.isEmpty() ? u"SM" : u"MM");
    message.accountSid = accountSid;
    message.messagingServiceSid = service;
    message.sender = senderNumber;
    message.to = to;
    message.body = body;
    message.statusCallback = callback;
    message.direction = QStringLiteral("outbound-api");
    message.numSegments = body.isEmpty() ? 1 : smsEncoding(body).segments;
    message.numMedia = static_cast<int>(media.size());
    message.created = message.updated = QDateTime::currentDateTimeUtc();
    // Without a Messaging Service a message starts queued; with one, accepted until a sender is picked.
    // No status callback is sent for the initial status.
    message.status = service.isEmpty() ? QStringLiteral("queued") : QStringLiteral("accepted");
    if (!service.isEmpty()) {
        message.plan << QStringLiteral("queued");
    }
    if (to == QLatin1String("+15005550009")) {
        message.plan << QStringLiteral("sending") << QStringLiteral("failed");
        message.planErrorCode = twilio_code::kUnreachableHandset;
    } else if (to == QLatin1String("+15005550010")) {
        message.plan << QStringLiteral("sending") << QStringLiteral("sent") << QStringLiteral("undelivered");
        message.planErrorCode = twilio_code::kUnknownHandset;
    } else {
        message.plan << QStringLiteral("sending") << QStringLiteral("sent") << QStringLiteral("delivered");
    }
    return message;
}

void TwilioSimulator::Impl::create(
    const Call&, const webhooks::FormParams& params, QJsonObject& entry, const Reply& reply)
{
    std::variant<TwilioMessage, TwilioError> checked = validateCreate(params);
    if (const auto* failure = std::get_if<TwilioError>(&checked)) {
        answer(entry, reply, failure->toResponse());
        return;
    }
    const TwilioMessage message = messages.add(std::get<TwilioMessage>(std::move(checked)));
    entry.insert(QStringLiteral("message_sid"), message.sid);
    qCInfo(lcTwilioSandbox).noquote() << "created" << message.sid << "status" << message.status;
    scheduleNext(message.sid);
    answer(entry, reply, Router::jsonResponse(http::status::created, message.toResource()));
}

void TwilioSimulator::Impl::fetch(const Call& call, const webhooks::FormParams&, QJsonObject& entry, const Reply& reply)
{
    const QString segment = QString::fromStdString(call.param("message"));
    const std::string_view path = Router::pathOf(call.http().target());
    if (!segment.endsWith(QLatin1String(".json"))) {
        answer(entry, reply, notFound(path).toResponse());
        return;
    }
    const std::optional<TwilioMessage> message = messages.find(segment.chopped(5));
    if (!message || message->accountSid != accountSid) {
        answer(entry, reply, notFound(path).toResponse());
        return;
    }
    answer(entry, reply, Router::jsonResponse(http::status::ok, message->toResource()));
}

void TwilioSimulator::Impl::list(
    const Call&, const webhooks::FormParams& params, QJsonObject& entry, const Reply& reply)
{
    TwilioMessageFilter filter;
    filter.to = first(params, QStringLiteral("To"));
    filter.from = first(params, QStringLiteral("From"));
    const auto date = [&](const QString& name, std::optional<QDate>& into) {
        const QString text = first(params, name);
        if (text.isEmpty()) {
            return true;
        }
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (parsed.isValid()) {
            into = parsed;
        }
        return parsed.isValid();
    };
    if (!date(QStringLiteral("DateSent"), filter.sentOn) || !date(QStringLiteral("DateSent<"), filter.sentOnOrBefore)
        || !date(QStringLiteral("DateSent>"), filter.sentOnOrAfter)) {
        answer(entry, reply,
            TwilioError {0, 400, QStringLiteral("DateSent must be a date in the form YYYY-MM-DD.")}.toResponse());
        return;
    }
    bool ok = false;
    int pageSize = first(params, QStringLiteral("PageSize")).toInt(&ok);
    if (!ok || pageSize < 1) {
        pageSize = kDefaultPageSize;
    }
    pageSize = std::min(pageSize, kMaxPageSize);
    int page = std::max(0, first(params, QStringLiteral("Page")).toInt());

    const QList<TwilioMessage> found = messages.list(accountSid, filter);
    qsizetype offset = qsizetype {page} * pageSize;
    // PageToken "PA<sid>": the page after that message; "PB<sid>": the page before it.
    const QString token = first(params, QStringLiteral("PageToken"));
    if (token.size() > 2) {
        const QString sid = token.mid(2);
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (found[i].sid == sid) {
                offset = token.startsWith(u"PA") ? i + 1 : std::max<qsizetype>(0, i - pageSize);
                break;
            }
        }
    }
    offset = std::min(offset, found.size());
    const QList<TwilioMessage> items = found.mid(offset, pageSize);

    const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(accountSid);
    const auto pageUri = [&](int number, const QString& pageToken) -> QString {
        QStringList query;
        for (const QString& name : {QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("DateSent"),
                 QStringLiteral("DateSent<"), QStringLiteral("DateSent>")}) {
            const QString value = first(params, name);
            if (!value.isEmpty()) {
                query << QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
            }
        }
        query << QStringLiteral("PageSize=%1").arg(pageSize) << QStringLiteral("Page=%1").arg(number);
        if (!pageToken.isEmpty()) {
            query << u"PageToken=" + pageToken;
        }
        return base + u'?' + query.join(u'&');
    };
    QJsonArray rendered;
    for (const TwilioMessage& message : items) {
        rendered.append(message.toResource());
    }
    const bool more = offset + items.size() < found.size();
    const QJsonObject body {
        {QStringLiteral("messages"), rendered},
        {QStringLiteral("page"), page},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("start"), static_cast<qint64>(offset)},
        {QStringLiteral("end"), static_cast<qint64>(items.isEmpty() ? offset : offset + items.size() - 1)},
        {QStringLiteral("uri"), pageUri(page, token)},
        {QStringLiteral("first_page_uri"), pageUri(0, {})},
        {QStringLiteral("next_page_uri"),
            more ? QJsonValue(pageUri(page + 1, QString(u"PA" + items.last().sid))) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("previous_page_uri"),
            page > 0 && !items.isEmpty() ? QJsonValue(pageUri(page - 1, QString(u"PB" + items.first().sid)))
                                         : QJsonValue(QJsonValue::Null)},
    };
    answer(entry, reply, Router::jsonResponse(http::status::ok, body));
}

void TwilioSimulator::Impl::scheduleNext(const QString& sid)
{
    const Config settings = currentConfig();
    const std::optional<TwilioMessage> message = messages.find(sid);
    std::lock_guard lock(mutex);
    if (stopped || !settings.autoProgress || !message || message->plan.isEmpty()) {
        timers.erase(sid);
        return;
    }
    auto timer = std::make_shared<asio::steady_timer>(io, settings.statusStep);
    if (const auto previous = timers.find(sid); previous != timers.end()) {
        previous->second->cancel(); // one timer per message, also when auto_progress is switched back on
    }
    timers[sid] = timer;
    timer->async_wait([weak = weak_from_this(), sid, timer](const boost::system::error_code& ec) {
        const auto self = weak.lock();
        if (ec || !self) {
            return;
        }
        {
            std::lock_guard stateLock(self->mutex);
            if (self->stopped || !self->config.autoProgress) {
                self->timers.erase(sid);
                return;
            }
        }
        if (const std::optional<TwilioMessage> moved = self->messages.advance(sid, QDateTime::currentDateTimeUtc())) {
            qCDebug(lcTwilioSandbox).noquote() << sid << "is now" << moved->status;
            self->statusChanged(*moved, false);
        }
        self->scheduleNext(sid);
    });
}

void TwilioSimulator::Impl::statusChanged(const TwilioMessage& message, bool duplicate)
{
    if (message.statusCallback.isEmpty()) {
        return;
    }
    TwilioDelivery delivery;
    delivery.kind = QStringLiteral("status");
    delivery.url = message.statusCallback;
    delivery.messageSid = message.sid;
    delivery.idempotencyToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString status = message.status;
    delivery.params = {
        {QStringLiteral("MessageSid"), message.sid},
        {QStringLiteral("SmsSid"), message.sid},
        {QStringLiteral("AccountSid"), message.accountSid},
        {QStringLiteral("From"), message.sender},
        {QStringLiteral("To"), message.to},
        {QStringLiteral("MessageStatus"), status},
        {QStringLiteral("SmsStatus"), status},
        {QStringLiteral("ApiVersion"), QLatin1String(kTwilioApiVersion)},
    };
    if (!message.messagingServiceSid.isEmpty()) {
        delivery.params.append({QStringLiteral("MessagingServiceSid"), message.messagingServiceSid});
    }
    if ((status == QLatin1String("failed") || status == QLatin1String("undelivered")) && message.errorCode) {
        delivery.params.append({QStringLiteral("ErrorCode"), QString::number(*message.errorCode)});
    }
    if (status == QLatin1String("delivered") || status == QLatin1String("undelivered")) {
        delivery.params.append(
            {QStringLiteral("RawDlrDoneDate"), message.updated.toUTC().toString(QStringLiteral("yyMMddHHmm"))});
    }

    const Config settings = currentConfig();
    const int copies = duplicate || settings.duplicateCallbacks ? 2 : 1;
    if (settings.reversedCallbacks) {
        std::vector<TwilioDelivery> held;
        {
            std::lock_guard lock(mutex);
            auto& pending = heldCallbacks[message.sid];
            for (int i = 0; i < copies; ++i) {
                pending.push_back(delivery);
            }
            if (!isTerminal(status)) {
                return;
            }
            held = std::move(pending);
            heldCallbacks.erase(message.sid);
        }
        for (auto it = held.rbegin(); it != held.rend(); ++it) {
            sender.enqueue(std::move(*it));
        }
        return;
    }
    for (int i = 0; i < copies; ++i) {
        sender.enqueue(delivery);
    }
}

Result<QString> TwilioSimulator::Impl::inbound(const QString& from, const QString& to, const QString& body,
    const std::function<void(const QString& sid, const QString& optOutType, const QJsonObject& attempt)>& done)
{
    const Config settings = currentConfig();
    if (!isE164(from)) {
        return Error(Error::Code::InvalidInput, QStringLiteral("\"from\" must be an E.164 number."));
    }
    if (!settings.ownedNumbers.contains(to)) {
        return Error(Error::Code::InvalidInput,
            QStringLiteral("\"to\" must be one of the account's numbers: %1").arg(settings.ownedNumbers.join(u", ")));
    }
    const QString keyword = body.trimmed().toUpper();
    QString optOutType;
    if (stopKeywords().contains(keyword)) {
        optOutType = QStringLiteral("STOP");
        messages.optOut(to, from);
    } else if (startKeywords().contains(keyword)) {
        optOutType = QStringLiteral("START");
        messages.optIn(to, from);
    } else if (helpKeywords().contains(keyword)) {
        optOutType = QStringLiteral("HELP");
    }

    TwilioMessage message;
    message.sid = newTwilioSid(u"SM");
    message.accountSid = accountSid;
    message.sender = from;
    message.to = to;
    message.body = body;
    message.status = QStringLiteral("received");
    message.direction = QStringLiteral("inbound");
    message.numSegments = smsEncoding(body).segments;
    message.created = message.updated = message.sent = QDateTime::currentDateTimeUtc();
    message = messages.add(std::move(message));
    qCInfo(lcTwilioSandbox).noquote() << "inbound" << message.sid << (optOutType.isEmpty() ? QString() : optOutType);

    if (settings.inboundUrl.isEmpty()) {
        if (done) {
            done(message.sid, optOutType, {});
        }
        return message.sid;
    }
    TwilioDelivery delivery;
    delivery.kind = QStringLiteral("inbound");
    delivery.url = settings.inboundUrl.toString(QUrl::FullyEncoded);
    delivery.messageSid = message.sid;
    delivery.idempotencyToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    delivery.params = {
        {QStringLiteral("ToCountry"), QStringLiteral("US")},
        {QStringLiteral("SmsMessageSid"), message.sid},
        {QStringLiteral("NumMedia"), QStringLiteral("0")},
        {QStringLiteral("SmsSid"), message.sid},
        {QStringLiteral("SmsStatus"), QStringLiteral("received")},
        {QStringLiteral("Body"), body},
        {QStringLiteral("To"), to},
        {QStringLiteral("NumSegments"), QString::number(message.numSegments)},
        {QStringLiteral("MessageSid"), message.sid},
        {QStringLiteral("AccountSid"), accountSid},
        {QStringLiteral("From"), from},
        {QStringLiteral("ApiVersion"), QLatin1String(kTwilioApiVersion)},
    };
    if (!optOutType.isEmpty()) {
        delivery.params.append({QStringLiteral("OptOutType"), optOutType});
    }
    if (done) {
        delivery.done = [done, sid = message.sid, optOutType](
                            const QJsonObject& attempt) { done(sid, optOutType, attempt); };
    }
    sender.enqueue(std::move(delivery));
    return message.sid;
}

Result<void> TwilioSimulator::Impl::pushStatus(
    const QString& sid, const QString& status, std::optional<int> errorCode, bool duplicate)
{
    if (!TwilioMessageParams::embedded().statusEnum.contains(status)) {
        return Error(Error::Code::InvalidInput,
            QStringLiteral("\"status\" must be one of %1.")
                .arg(TwilioMessageParams::embedded().statusEnum.join(u", ")));
    }
    if (!errorCode && status == QLatin1String("failed")) {
        errorCode = twilio_code::kUnreachableHandset;
    } else if (!errorCode && status == QLatin1String("undelivered")) {
        errorCode = twilio_code::kUnknownHandset;
    }
    const std::optional<TwilioMessage> message =
        messages.setStatus(sid, status, errorCode, QDateTime::currentDateTimeUtc());
    if (!message) {
        return Error(Error::Code::NotFound, QStringLiteral("There is no message %1.").arg(sid));
    }
    statusChanged(*message, duplicate);
    return {};
}

Result<void> TwilioSimulator::Impl::failNext(const QJsonObject& json)
{
    FailRule rule;
    rule.drop = json.value(QStringLiteral("drop_after_commit")).toBool();
    rule.commit = json.value(QStringLiteral("commit")).toBool();
    rule.status = json.value(QStringLiteral("status")).toInt(rule.drop ? 0 : 429);
    rule.remaining = json.value(QStringLiteral("count")).toInt(1);
    rule.retryAfter = json.value(QStringLiteral("retry_after")).toInt(rule.status == 429 ? 1 : -1);
    rule.method = json.value(QStringLiteral("method")).toString().toUpper();
    if (!rule.drop && (rule.status < 400 || rule.status > 599)) {
        return Error(Error::Code::InvalidInput, QStringLiteral("\"status\" must be an HTTP error status (400-599)."));
    }
    if (rule.remaining < 1) {
        return Error(Error::Code::InvalidInput, QStringLiteral("\"count\" must be at least 1."));
    }
    std::lock_guard lock(mutex);
    failRules.push_back(rule);
    return {};
}

Result<void> TwilioSimulator::Impl::configure(const QJsonObject& json)
{
    static const QStringList kKeys {QStringLiteral("auto_progress"), QStringLiteral("status_step_ms"),
        QStringLiteral("strict_params"), QStringLiteral("duplicate_callbacks"), QStringLiteral("callback_order"),
        QStringLiteral("inbound_url"), QStringLiteral("owned_numbers")};
    for (const QString& key : json.keys()) {
        if (!kKeys.contains(key)) {
            return Error(Error::Code::InvalidInput,
                QStringLiteral("Unknown setting \"%1\"; known: %2.").arg(key, kKeys.join(u", ")));
        }
    }
    const QString order = json.value(QStringLiteral("callback_order")).toString(QStringLiteral("in_order"));
    if (order != QLatin1String("in_order") && order != QLatin1String("reversed")) {
        return Error(Error::Code::InvalidInput, QStringLiteral("\"callback_order\" is in_order or reversed."));
    }
    bool resume = false;
    {
        std::lock_guard lock(mutex);
        if (json.contains(QStringLiteral("auto_progress"))) {
            resume = !config.autoProgress && json.value(QStringLiteral("auto_progress")).toBool();
            config.autoProgress = json.value(QStringLiteral("auto_progress")).toBool();
        }
        if (json.contains(QStringLiteral("status_step_ms"))) {
            config.statusStep = std::chrono::milliseconds(json.value(QStringLiteral("status_step_ms")).toInt(100));
        }
        if (json.contains(QStringLiteral("strict_params"))) {
            config.strictParams = json.value(QStringLiteral("strict_params")).toBool();
        }
        if (json.contains(QStringLiteral("duplicate_callbacks"))) {
            config.duplicateCallbacks = json.value(QStringLiteral("duplicate_callbacks")).toBool();
        }
        if (json.contains(QStringLiteral("callback_order"))) {
            config.reversedCallbacks = order == QLatin1String("reversed");
        }
        if (json.contains(QStringLiteral("inbound_url"))) {
            config.inboundUrl = QUrl(json.value(QStringLiteral("inbound_url")).toString());
        }
        if (json.contains(QStringLiteral("owned_numbers"))) {
            QStringList numbers;
            for (const QJsonValue number : json.value(QStringLiteral("owned_numbers")).toArray()) {
                numbers << number.toString();
            }
            config.ownedNumbers = numbers;
        }
    }
    if (resume) {
        for (const TwilioMessage& message : messages.all()) {
            scheduleNext(message.sid);
        }
    }
    return {};
}

QJsonObject TwilioSimulator::Impl::configJson() const
{
    const Config settings = currentConfig();
    return QJsonObject {
        {QStringLiteral("account_sid"), accountSid},
        {QStringLiteral("auto_progress"), settings.autoProgress},
        {QStringLiteral("status_step_ms"), static_cast<qint64>(settings.statusStep.count())},
        {QStringLiteral("strict_params"), settings.strictParams},
        {QStringLiteral("duplicate_callbacks"), settings.duplicateCallbacks},
        {QStringLiteral("callback_order"),
            settings.reversedCallbacks ? QStringLiteral("reversed") : QStringLiteral("in_order")},
        {QStringLiteral("inbound_url"), settings.inboundUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("owned_numbers"), QJsonArray::fromStringList(settings.ownedNumbers)},
    };
}

void TwilioSimulator::Impl::reset()
{
    {
        std::lock_guard lock(mutex);
        for (auto& [sid, timer] : timers) {
            timer->cancel();
        }
        timers.clear();
        heldCallbacks.clear();
        failRules.clear();
        requests = QJsonArray();
    }
    messages.clear();
    sender.reset();
}

void TwilioSimulator::Impl::stop()
{
    {
        std::lock_guard lock(mutex);
        if (stopped) {
            return;
        }
        stopped = true;
        for (auto& [sid, timer] : timers) {
            timer->cancel();
        }
        timers.clear();
    }
    if (server) {
        server->stop();
    }
    sender.stop();
}

TwilioSimulator::TwilioSimulator(asio::io_context& io, TwilioSimulatorOptions options)
    : m_impl(std::make_shared<Impl>(io, std::move(options)))
{
    m_impl->addRoutes();
    m_impl->server = std::make_unique<HttpServer>(io, m_impl->router, HttpServer::Limits {});
}

TwilioSimulator::~TwilioSimulator()
{
    stop();
}

Result<quint16> TwilioSimulator::listen(const QString& host, quint16 port)
{
    return m_impl->server->listen(host, port);
}

void TwilioSimulator::stop()
{
    m_impl->stop();
}

QString TwilioSimulator::accountSid() const
{
    return m_impl->accountSid;
}

QString TwilioSimulator::authToken() const
{
    return m_impl->authToken;
}

QJsonArray TwilioSimulator::requests() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->requests;
}

QJsonArray TwilioSimulator::messages() const
{
    QJsonArray result;
    for (const TwilioMessage& message : m_impl->messages.all()) {
        result.append(message.toControlJson());
    }
    return result;
}

QJsonArray TwilioSimulator::deliveries() const
{
    return m_impl->sender.attempts();
}

Result<void> TwilioSimulator::failNext(const QJsonObject& rule)
{
    return m_impl->failNext(rule);
}

Result<void> TwilioSimulator::configure(const QJsonObject& config)
{
    return m_impl->configure(config);
}

QJsonObject TwilioSimulator::config() const
{
    return m_impl->configJson();
}

Result<QString> TwilioSimulator::receiveInbound(const QString& from, const QString& to, const QString& body)
{
    return m_impl->inbound(from, to, body, {});
}

Result<void> TwilioSimulator::pushStatus(const QString& sid, const QString& status, bool duplicate)
{
    return m_impl->pushStatus(sid, status, std::nullopt, duplicate);
}

void TwilioSimulator::reset()
{
    m_impl->reset();
}

} // namespace clientele::relay::sandbox
