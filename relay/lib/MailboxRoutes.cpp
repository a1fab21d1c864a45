#include "relay/lib/MailboxRoutes.h"

#include <QJsonArray>
#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <variant>

#include "relay/lib/DeviceAuth.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"

namespace clientele::relay {

namespace asio = boost::asio;

namespace {

constexpr std::size_t kBatchLimit = std::size_t {2} * 1024 * 1024;
constexpr int kDefaultPullLimit = 100;
constexpr int kMaxPullLimit = 1000;
constexpr int kMaxWaitSeconds = 25; // below common 60 s proxy idle timeouts
constexpr qint64 kMaxClockAheadMs = qint64 {10} * 60 * 1000; // SYNC.md §3.3 drift policy

struct PullRequest
{
    QString vaultId;
    qint64 after = 0;
    int limit = kDefaultPullLimit;
    int waitSeconds = 0;
};

Response pulledJson(const PulledBatches& pulled)
{
    QJsonArray batches;
    for (const BatchRecord& batch : pulled.batches) {
        batches.append(QJsonObject {
            {QStringLiteral("seq"), batch.seq},
            {QStringLiteral("batch_id"), batch.batchId},
            {QStringLiteral("device_id"), batch.deviceId},
            {QStringLiteral("key_id"), batch.keyId},
            {QStringLiteral("hlc_max"), batch.hlcMax},
            {QStringLiteral("received_at"), batch.receivedAtMs},
            {QStringLiteral("blob"), QString::fromLatin1(batch.blob.toBase64())},
        });
    }
    return json(http::status::ok, {{QStringLiteral("batches"), batches}, {QStringLiteral("head_seq"), pulled.headSeq}});
}

Result<PulledBatches> look(RelayContext& context, const PullRequest& pull)
{
    return context.store.pullBatches(pull.vaultId, pull.after, pull.limit);
}

// Something to answer with now: batches, or a failure.
bool hasNews(const Result<PulledBatches>& pulled)
{
    return !pulled || !pulled->batches.isEmpty();
}

Response answer(const Result<PulledBatches>& pulled)
{
    return pulled ? pulledJson(*pulled) : errorFrom(pulled.error());
}

// One long-poll: answered once, by whichever comes first of a wake-up and the timer.
struct Waiting : std::enable_shared_from_this<Waiting>
{
    Waiting(RelayContext& relay, PullRequest pullRequest, Reply replyTo)
        : context(relay)
        , pull(std::move(pullRequest))
        , reply(std::move(replyTo))
        , timer(asio::make_strand(relay.io))
    {
    }

    // Claims the right to answer; true once.
    bool claim()
    {
        if (answered.exchange(true)) {
            return false;
        }
        context.metrics.add("clientele_relay_long_polls_active", {}, -1);
        return true;
    }

    void answerFromStorage()
    {
        asio::post(
            context.storage, [self = shared_from_this()] { self->reply(answer(look(self->context, self->pull))); });
    }

    void start()
    {
        context.metrics.add("clientele_relay_long_polls_active", {}, 1);
        waiterId = context.waiters.add(pull.vaultId.toStdString(), [self = shared_from_this()] {
            if (self->claim()) {
                asio::post(self->timer.get_executor(), [self] { self->timer.cancel(); });
                self->answerFromStorage();
            }
        });
        // Look again after registering: a batch stored between the first look and now would
        // otherwise wait for the timer.
        Result<PulledBatches> secondLook = look(context, pull);
        if (hasNews(secondLook)) {
            if (claim()) {
                context.waiters.remove(pull.vaultId.toStdString(), waiterId);
                reply(answer(secondLook));
            }
            return;
        }
        asio::post(timer.get_executor(), [self = shared_from_this()] {
            self->timer.expires_after(std::chrono::seconds(self->pull.waitSeconds));
            self->timer.async_wait([self](const boost::system::error_code& ec) {
                if (!ec && self->claim()) {
                    self->context.waiters.remove(self->pull.vaultId.toStdString(), self->waiterId);
                    self->answerFromStorage();
                }
            });
        });
    }

    RelayContext& context;
    PullRequest pull;
    Reply reply;
    asio::steady_timer timer;
    std::uint64_t waiterId = 0;
    std::atomic<bool> answered {false};
};

void pushBatch(RelayContext& context, Call call, Reply reply)
{
    const Request& request = call.http();
    const std::string batchId(request["X-Batch-Id"]);
    bool keyOk = false;
    const int keyId = toQString(request["X-Key-Id"]).toInt(&keyOk);
    bool hlcOk = true;
    const std::string_view hlcHeader = request["X-Hlc-Max"];
    const qint64 hlcMax = hlcHeader.empty() ? 0 : toQString(hlcHeader).toLongLong(&hlcOk);
    if (!isUuid(batchId) || !keyOk || keyId < 1 || !hlcOk || hlcMax < 0) {
        reply(error(http::status::bad_request, "invalid",
            QStringLiteral("A batch needs X-Batch-Id (a lowercase UUID), X-Key-Id (a positive number) and optionally "
                           "X-Hlc-Max (a non-negative number).")));
        return;
    }
    if (request.body().empty()) {
        reply(error(http::status::bad_request, "invalid", QStringLiteral("The batch is empty.")));
        return;
    }
    // SYNC.md §3.3: a device whose clock runs far ahead would stamp changes no other device could
    // ever beat; it is told before its batch reaches anyone.
    if ((hlcMax >> 16) > context.nowMs() + kMaxClockAheadMs) {
        reply(error(http::status::conflict, "clock_skew",
            QStringLiteral("The batch is stamped more than 10 minutes ahead of the relay's clock.")));
        return;
    }
    context.onStorage(std::move(reply), [&context, call = std::move(call), batchId, keyId, hlcMax]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        const DeviceRecord& device = std::get<DeviceRecord>(caller);
        const std::string& body = call.http().body();
        const BatchRecord batch {0, toQString(batchId), device.id, keyId, hlcMax, context.nowMs(),
            QByteArray(body.data(), static_cast<qsizetype>(body.size()))};
        Result<AppendedBatch> appended = context.store.appendBatch(device.vaultId, batch);
        if (!appended) {
            return errorFrom(appended.error());
        }
        if (!appended->duplicate) {
            context.metrics.add("clientele_relay_batches_appended_total");
            context.waiters.notify(device.vaultId.toStdString());
        }
        QJsonObject answer {{QStringLiteral("seq"), appended->seq}, {QStringLiteral("head_seq"), appended->headSeq}};
        if (appended->duplicate) {
            answer.insert(QStringLiteral("duplicate"), true);
        }
        return json(appended->duplicate ? http::status::ok : http::status::created, answer);
    });
}

void pullBatches(RelayContext& context, Call call, Reply reply)
{
    const Request& request = call.http();
    PullRequest pull;
    pull.vaultId = toQString(call.param("vault"));
    bool ok = true;
    const QString after = queryValue(request, QStringLiteral("after"));
    const QString limit = queryValue(request, QStringLiteral("limit"));
    const QString wait = queryValue(request, QStringLiteral("wait"));
    if (!after.isEmpty()) {
        pull.after = after.toLongLong(&ok);
    }
    bool limitOk = true;
    if (!limit.isEmpty()) {
        pull.limit = limit.toInt(&limitOk);
    }
    bool waitOk = true;
    if (!wait.isEmpty()) {
        pull.waitSeconds = wait.toInt(&waitOk);
    }
    if (!ok || !limitOk || !waitOk || pull.after < 0 || pull.limit < 1 || pull.limit > kMaxPullLimit
        || pull.waitSeconds < 0 || pull.waitSeconds > kMaxWaitSeconds) {
        reply(error(http::status::bad_request, "invalid",
            QStringLiteral("after must be a seq ≥ 0, limit 1 to %1, wait 0 to %2 seconds")
                .arg(kMaxPullLimit)
                .arg(kMaxWaitSeconds)));
        return;
    }
    asio::post(context.storage, [&context, call = std::move(call), pull, reply = std::move(reply)]() mutable {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            reply(std::move(*refused));
            return;
        }
        // The cursor a device asks from is the one it has durably applied.
        (void)context.store.setPulledSeq(std::get<DeviceRecord>(caller).id, pull.after);
        Result<PulledBatches> first = look(context, pull);
        if (hasNews(first) || pull.waitSeconds == 0) {
            reply(answer(first));
            return;
        }
        auto waiting = std::make_shared<Waiting>(context, pull, std::move(reply));
        waiting->start();
    });
}

} // namespace

void addMailboxRoutes(Router& router, RelayContext& context)
{
    router.addAsync(http::verb::post, "/v1/vaults/{vault}/batches", kBatchLimit,
        [&context](Call call, Reply reply) { pushBatch(context, std::move(call), std::move(reply)); });
    router.addAsync(http::verb::get, "/v1/vaults/{vault}/batches", 0,
        [&context](Call call, Reply reply) { pullBatches(context, std::move(call), std::move(reply)); });
}

} // namespace clientele::relay
