#pragma once

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>
#include <chrono>
#include <functional>
#include <memory>

#include "core/Result.h"
#include "core/oauth/ConnectableProviders.h"
#include "core/ports/CalendarProvider.h"
#include "core/store/CalendarSyncRows.h"

namespace clientele {

class CalendarSync;
class Clock;
class ConnectedAccounts;
class OAuthSession;
class OAuthTokenEndpoint;
class SecretStore;
class Store;
struct ConnectedAccount;

// What syncing connected calendars needs from the app: where the accounts' tokens are, the providers
// this build offers, and the adapters (the token endpoint and the calendar API of each provider).
struct CalendarSyncServices
{
    SecretStore* keychain = nullptr;
    QString keychainAccount; // the practice's vault id
    QList<ConnectableProvider> providers;
    std::function<std::unique_ptr<OAuthTokenEndpoint>(const OAuthProviderConfig&)> tokenEndpointFor;
    // The calendar API of `provider` (Google or Graph at its apiBase), with tokens from `session`,
    // which outlives it.
    std::function<std::unique_ptr<CalendarProvider>(const ConnectableProvider& provider, OAuthSession& session)>
        calendarFor;
};

// One calendar of a connected account as Settings shows it: what the provider lists, and what the
// practitioner chose for it (chosen = false: Clientele neither reads nor writes it).
struct CalendarChoice
{
    RemoteCalendar calendar;
    bool chosen = false;
    CalendarSyncRows::Choice choice;
};

// Keeps the practice in sync with every connected account's calendars (issue 7): a round for each
// account when the practice opens, every `interval` after, soon after a local change (so a booking
// reaches Google or Outlook within seconds, not minutes), and when asked. Each round's time and error
// are recorded on the account for Settings. A round that fails (offline, throttled, signed out) ends
// with its error and is simply run again later: the engine works from state, so nothing is lost or
// sent twice. Lives on the UI thread; the store and the network never block it.
class CalendarSyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarSyncScheduler)

public:
    struct Options
    {
        std::chrono::milliseconds interval {std::chrono::minutes(5)};
        std::chrono::milliseconds afterChange {std::chrono::seconds(3)};
    };

    CalendarSyncScheduler(Store& store, ConnectedAccounts& accounts, const Clock& clock, CalendarSyncServices services,
        Options options, QObject* parent = nullptr);
    ~CalendarSyncScheduler() override;

    // Runs the first round now, then on the timer.
    void start();
    // A round for every connected account now. While one runs, asking again runs one more after it
    // (what changed meanwhile is sent) and answers when that one is done.
    QFuture<void> syncNow();
    // Something changed on this computer (a booking): a round in `afterChange`, however many changes
    // come in between.
    void changedLocally();

    // The account's calendars at the provider, with the practitioner's choice for each.
    QFuture<Result<QList<CalendarChoice>>> calendarsOf(const QUuid& accountId);
    // Connects, changes or (chosen = false: blocks and receives off) releases one of its calendars.
    QFuture<Result<void>> choose(
        const QUuid& accountId, const RemoteCalendar& calendar, const CalendarSyncRows::Choice& choice);

Q_SIGNALS:
    // A round for every account finished: last-sync times, busy time and proposals may have changed,
    // and with changedBookings some bookings too (video links the calendars made).
    void synced(bool changedBookings);

private:
    struct Link;
    struct Pass;

    // The link of each connected account, made on first need; links of accounts gone are dropped.
    // `next` runs on this object's thread, and not at all once it is gone. (No QFuture::then with
    // a context here or in CalendarSync: Qt 6.4 asserts that the context outlives the future, and a
    // lock destroys these while the store still works.)
    void withLinks(std::function<void(const Result<QList<std::shared_ptr<Link>>>&)> next);
    // A new link; one that cannot sync says why in its `unavailable`.
    std::shared_ptr<Link> linkFor(const ConnectedAccount& account);
    // The account's link if it can sync, else null and why not.
    std::shared_ptr<Link> syncingLink(const QUuid& accountId, Error& unavailable) const;
    void runPass();
    void passFinished();

    Store& m_store;
    ConnectedAccounts& m_accounts;
    const Clock& m_clock;
    CalendarSyncServices m_services;
    Options m_options;
    QTimer m_timer;
    QTimer m_soon;
    QHash<QUuid, std::shared_ptr<Link>> m_links;
    std::shared_ptr<Pass> m_running; // the pass running now
    std::shared_ptr<Pass> m_next; // asked for while one ran
};

} // namespace clientele
