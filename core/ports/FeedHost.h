#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QUrl>

#include "core/Result.h"

namespace clientele {

// Where the subscribable calendar feed lives for calendar apps to fetch: the practice's relay
// (RelayFeedHost). The body arrives sealed (CalendarFeed), so the host never needs the token; only
// the subscription URL carries it. Futures finish on the thread that called.
class FeedHost
{
public:
    virtual ~FeedHost() = default;

    virtual QFuture<Result<void>> put(const QString& feedId, const QByteArray& sealed) = 0;
    // Removing a feed that is not there succeeds.
    virtual QFuture<Result<void>> remove(const QString& feedId) = 0;
    // The address calendar apps subscribe to for this token (its text form, CalendarFeedSeal::tokenText).
    virtual QUrl subscriptionUrl(const QString& tokenText) const = 0;
};

} // namespace clientele
