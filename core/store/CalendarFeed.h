#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

#include "core/Result.h"
#include "core/store/CalendarExport.h"

namespace clientele {

class SqlCipherDatabase;
class StoreSession;
class WriteScope;

// The practice's subscribable calendar feed: whether it is published, its secret token and how it
// names clients, kept as settings (synced, so every device of the practice publishes the same feed
// at the same URL), and its body: the sessions from a month ago on, canceled ones included so
// subscribed calendars drop them, without places or video links (whoever has the address could use
// them), sealed with the token (feeds::CalendarFeedSeal) for the relay.
class CalendarFeed final
{
public:
    struct Settings
    {
        bool published = false;
        QByteArray token; // the secret in the URL; empty until first published
        // Others often see a subscribed calendar (a shared family account, a phone on the desk):
        // initials unless the practitioner chooses otherwise.
        CalendarExport::ClientLabel label = CalendarExport::ClientLabel::Initials;
    };

    struct Body
    {
        QString feedId; // where the relay files it
        bool published = false; // false: the feed is off, and the relay should no longer have it
        QByteArray sealed; // published only
        QByteArray digest; // of the calendar without its DTSTAMPs: unchanged sessions, no upload
    };

    static constexpr int kDaysBefore = 30;
    static constexpr int kRefreshMinutes = 15;

    static Result<Settings> load(SqlCipherDatabase& db);
    // Publishing without a token makes one.
    static Result<Settings> save(WriteScope& scope, Settings settings);
    // A new token: the old URL stops working once its feed is deleted from the relay.
    static Result<Settings> resetToken(WriteScope& scope);

    // The sealed body to upload, or (published = false) the feed to withdraw; nullopt when the feed
    // never had an address.
    static Result<std::optional<Body>> render(StoreSession& session, const QDateTime& now);
};

} // namespace clientele
