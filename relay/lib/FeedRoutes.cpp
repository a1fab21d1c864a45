#include "relay/lib/FeedRoutes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <variant>

#include "core/feeds/CalendarFeedSeal.h"
#include "relay/lib/DeviceAuth.h"
#include "relay/lib/HttpHelpers.h"
#include "relay/lib/RelayContext.h"

namespace clientele::relay {

namespace {

using feeds::CalendarFeedSeal;

// A practice's sessions for a year and a half fit easily; a calendar app refuses much larger feeds.
constexpr std::size_t kFeedLimit = std::size_t {8} * 1024 * 1024;

bool isFeedId(const QString& id)
{
    if (id.size() != 64) {
        return false;
    }
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

// The same answer for a token that is malformed, unknown or does not open the feed: nothing tells a
// guesser which it was.
Response noFeed()
{
    return error(http::status::not_found, "not_found", QStringLiteral("There is no calendar here."));
}

std::string httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toStdString();
}

void putFeed(RelayContext& context, Call call, Reply reply)
{
    const QString feedId = toQString(call.param("feed"));
    if (!isFeedId(feedId)) {
        reply(error(http::status::bad_request, "invalid",
            QStringLiteral("A feed id is 64 lowercase hex characters, derived from the feed's token.")));
        return;
    }
    if (call.http().body().empty()) {
        reply(error(http::status::bad_request, "invalid", QStringLiteral("The feed is empty.")));
        return;
    }
    context.onStorage(std::move(reply), [&context, call = std::move(call), feedId]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        const std::string& body = call.http().body();
        const FeedRecord feed {feedId, std::get<DeviceRecord>(caller).vaultId,
            QByteArray(body.data(), static_cast<qsizetype>(body.size())), context.nowMs()};
        if (Result<void> stored = context.store.putFeed(feed); !stored) {
            return errorFrom(stored.error());
        }
        context.metrics.add("clientele_relay_feeds_published_total");
        return json(http::status::ok, {{QStringLiteral("updated_at"), feed.updatedAtMs}});
    });
}

void deleteFeed(RelayContext& context, Call call, Reply reply)
{
    const QString feedId = toQString(call.param("feed"));
    if (!isFeedId(feedId)) {
        reply(error(http::status::bad_request, "invalid", QStringLiteral("A feed id is 64 lowercase hex characters.")));
        return;
    }
    context.onStorage(std::move(reply), [&context, call = std::move(call), feedId]() {
        std::variant<DeviceRecord, Response> caller = authenticateDevice(context, call);
        if (auto* refused = std::get_if<Response>(&caller)) {
            return std::move(*refused);
        }
        // Off means off: the vault's feed goes, whatever address it had.
        if (Result<void> removed = context.store.deleteFeeds(std::get<DeviceRecord>(caller).vaultId); !removed) {
            return errorFrom(removed.error());
        }
        Response gone(http::status::no_content, 11);
        return gone;
    });
}

void getFeed(RelayContext& context, Call call, Reply reply)
{
    std::string text = call.param("token");
    if (text.size() > 4 && text.compare(text.size() - 4, 4, ".ics") == 0) {
        text.resize(text.size() - 4);
    }
    const QByteArray token = CalendarFeedSeal::tokenFromText(toQString(text));
    if (token.isEmpty()) {
        reply(noFeed());
        return;
    }
    context.onStorage(std::move(reply), [&context, call = std::move(call), token]() {
        Result<std::optional<FeedRecord>> stored = context.store.feed(CalendarFeedSeal::feedId(token));
        if (!stored) {
            return errorFrom(stored.error());
        }
        if (!stored.value()) {
            context.metrics.add("clientele_relay_feed_fetches_total", {{"result", "unknown"}});
            return noFeed();
        }
        const FeedRecord& feed = *stored.value();
        const std::string etag = '"'
            + QCryptographicHash::hash(feed.sealed, QCryptographicHash::Sha256).toHex().left(32).toStdString() + '"';
        if (call.http()[http::field::if_none_match] == etag) {
            context.metrics.add("clientele_relay_feed_fetches_total", {{"result", "unchanged"}});
            Response unchanged(http::status::not_modified, 11);
            unchanged.set(http::field::etag, etag);
            return unchanged;
        }
        Result<QByteArray> calendar = CalendarFeedSeal::open(token, feed.sealed);
        if (!calendar) {
            context.metrics.add("clientele_relay_feed_fetches_total", {{"result", "refused"}});
            return noFeed();
        }
        context.metrics.add("clientele_relay_feed_fetches_total", {{"result", "served"}});
        Response served(http::status::ok, 11);
        served.set(http::field::content_type, "text/calendar; charset=utf-8");
        served.set(http::field::etag, etag);
        served.set(http::field::last_modified, httpDate(feed.updatedAtMs));
        // Calendar apps poll; the feed is personal, so no shared cache may keep it.
        served.set(http::field::cache_control, "private, max-age=300");
        served.set("X-Robots-Tag", "noindex");
        served.body().assign(calendar->constData(), static_cast<std::size_t>(calendar->size()));
        served.prepare_payload();
        return served;
    });
}

} // namespace

void addFeedRoutes(Router& router, RelayContext& context)
{
    router.addAsync(http::verb::put, "/v1/vaults/{vault}/feeds/{feed}", kFeedLimit,
        [&context](Call call, Reply reply) { putFeed(context, std::move(call), std::move(reply)); });
    router.addAsync(http::verb::delete_, "/v1/vaults/{vault}/feeds/{feed}", 0,
        [&context](Call call, Reply reply) { deleteFeed(context, std::move(call), std::move(reply)); });
    router.addAsync(http::verb::get, "/feeds/{token}", 0,
        [&context](Call call, Reply reply) { getFeed(context, std::move(call), std::move(reply)); });
}

} // namespace clientele::relay
