#include "core/store/CalendarSyncScheduler.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QSet>

#include "core/FutureWatch.h"
#include "core/oauth/OAuthSession.h"
#include "core/oauth/OAuthTokenKeychain.h"
#include "core/oauth/ReadyFuture.h"
#include "core/ports/Clock.h"
#include "core/ports/OAuthTokenEndpoint.h"
#include "core/store/CalendarSync.h"
#include "core/store/ConnectedAccounts.h"

Q_LOGGING_CATEGORY(lcCalendarSync, "clientele.calendar.sync")

namespace clientele {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("clientele::CalendarSyncScheduler", source);
}

// What Settings shows for a failed round. The adapters and the session already say what to do
// (a revoked sign-in says to reconnect); an empty message must still read as a failure.
QString problemOf(const Error& error)
{
    return error.userMessage().isEmpty()
        ? text(QT_TRANSLATE_NOOP("clientele::CalendarSyncScheduler", "The calendar could not be synced."))
        : error.userMessage();
}

} // namespace

// Everything one connected account's rounds use, alive as long as a round holds it. Members are
// destroyed in reverse: the engine before the calendar API before the session before the endpoint.
struct CalendarSyncScheduler::Link
{
    ConnectedAccount account;
    QString unavailable; // why this account cannot sync here; empty when it can
    std::unique_ptr<OAuthTokenEndpoint> endpoint;
    std::unique_ptr<OAuthSession> session;
    std::unique_ptr<CalendarProvider> calendar;
    std::unique_ptr<CalendarSync> sync;
};

struct CalendarSyncScheduler::Pass
{
    QPromise<void> done;
    int pending = 0;
    bool changedBookings = false;
};

CalendarSyncScheduler::CalendarSyncScheduler(Store& store, ConnectedAccounts& accounts, const Clock& clock,
    CalendarSyncServices services, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_clock(clock)
    , m_services(std::move(services))
    , m_options(options)
{
    m_timer.setInterval(m_options.interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)syncNow(); });
    m_soon.setSingleShot(true);
    m_soon.setInterval(m_options.afterChange);
    connect(&m_soon, &QTimer::timeout, this, [this] { (void)syncNow(); });
}

CalendarSyncScheduler::~CalendarSyncScheduler() = default;

void CalendarSyncScheduler::start()
{
    m_timer.start();
    (void)syncNow();
}

void CalendarSyncScheduler::changedLocally()
{
    m_soon.start();
}

QFuture<void> CalendarSyncScheduler::syncNow()
{
    if (m_running) {
        if (!m_next) {
            m_next = std::make_shared<Pass>();
            m_next->done.start();
        }
        return m_next->done.future();
    }
    m_running = std::make_shared<Pass>();
    m_running->done.start();
    QFuture<void> done = m_running->done.future();
    runPass();
    return done;
}

void CalendarSyncScheduler::runPass()
{
    m_soon.stop(); // this pass sends what changed until now
    const std::shared_ptr<Pass> pass = m_running;
    withLinks([this, pass](const Result<QList<std::shared_ptr<Link>>>& links) {
        if (!links) {
            qCWarning(lcCalendarSync).noquote() << "no sync round:" << links.error().toString();
            passFinished();
            return;
        }
        pass->pending = static_cast<int>(links->size()) + 1; // + 1: until every round has started
        const auto roundDone = [this, pass] {
            if (--pass->pending == 0) {
                passFinished();
            }
        };
        for (const std::shared_ptr<Link>& link : *links) {
            const QDateTime now = m_clock.nowUtc();
            if (!link->sync) {
                onFinished(this, m_accounts.recordSync(link->account.id, now, link->unavailable),
                    [roundDone](const Result<void>&) { roundDone(); });
                continue;
            }
            onFinished(this, link->sync->run(now),
                [this, link, now, pass, roundDone](const Result<CalendarSync::Outcome>& outcome) {
                    QString problem;
                    if (outcome) {
                        pass->changedBookings = pass->changedBookings || outcome->changedBookings();
                        qCInfo(lcCalendarSync)
                            << "synced" << link->account.providerId << "pulled"
                            << outcome->pulled.blocksAdded + outcome->pulled.blocksUpdated << "proposals"
                            << outcome->pulled.proposals << "created" << outcome->created << "updated"
                            << outcome->updated << "deleted" << outcome->deleted;
                    } else {
                        problem = problemOf(outcome.error());
                        qCWarning(lcCalendarSync).noquote() << "sync of a" << link->account.providerId
                                                            << "account failed:" << outcome.error().toString();
                    }
                    // Kept on failure, so the next round tries again with the same state.
                    onFinished(this, m_accounts.recordSync(link->account.id, now, problem),
                        [roundDone](const Result<void>&) { roundDone(); });
                });
        }
        roundDone();
    });
}

void CalendarSyncScheduler::passFinished()
{
    std::shared_ptr<Pass> finished = std::move(m_running);
    // The next pass starts before anyone hears of this one, so a listener asking for a round joins it.
    if (m_next) {
        m_running = std::move(m_next);
        runPass();
    }
    Q_EMIT synced(finished->changedBookings);
    finished->done.finish();
}

void CalendarSyncScheduler::withLinks(std::function<void(const Result<QList<std::shared_ptr<Link>>>&)> next)
{
    onFinished(
        this, m_accounts.list(), [this, next = std::move(next)](const Result<QList<ConnectedAccount>>& accounts) {
            if (!accounts) {
                next(accounts.error());
                return;
            }
            QHash<QUuid, std::shared_ptr<Link>> current;
            QList<std::shared_ptr<Link>> ordered;
            for (const ConnectedAccount& account : *accounts) {
                std::shared_ptr<Link> link = m_links.value(account.id);
                // Reconnecting gives new tokens (and saves a new connected time): a new session.
                if (!link || link->account.keychainPurpose != account.keychainPurpose
                    || link->account.connectedAtUtc != account.connectedAtUtc) {
                    link = linkFor(account);
                }
                link->account = account;
                current.insert(account.id, link);
                ordered.append(link);
            }
            // Links of disconnected accounts go; a round still running keeps its own alive.
            m_links = std::move(current);
            next(ordered);
        });
}

std::shared_ptr<CalendarSyncScheduler::Link> CalendarSyncScheduler::linkFor(const ConnectedAccount& account)
{
    auto link = std::make_shared<Link>();
    link->account = account;
    const ConnectableProvider* provider = findProvider(m_services.providers, account.providerId);
    const QString cannotSync = text(QT_TRANSLATE_NOOP(
        "clientele::CalendarSyncScheduler", "This version of Clientele cannot sync this kind of account."));
    if (provider == nullptr || !m_services.calendarFor || !m_services.tokenEndpointFor) {
        link->unavailable = cannotSync;
        return link;
    }
    if (m_services.keychain == nullptr) {
        link->unavailable = text(QT_TRANSLATE_NOOP("clientele::CalendarSyncScheduler",
            "The system keychain, where this account's sign-in is kept, is not available."));
        return link;
    }
    link->endpoint = m_services.tokenEndpointFor(provider->config);
    link->session = std::make_unique<OAuthSession>(provider->config,
        OAuthTokenKeychain(*m_services.keychain, m_services.keychainAccount, account.providerId, account.account),
        *link->endpoint, m_clock);
    link->calendar = m_services.calendarFor(*provider, *link->session);
    if (!link->calendar) {
        link->unavailable = cannotSync;
        return link;
    }
    // Its calendars are kept under the account's provider and email, which disconnecting forgets.
    link->sync = std::make_unique<CalendarSync>(m_store, *link->calendar, account.providerId, account.account);
    return link;
}

std::shared_ptr<CalendarSyncScheduler::Link> CalendarSyncScheduler::syncingLink(
    const QUuid& accountId, Error& unavailable) const
{
    std::shared_ptr<Link> link = m_links.value(accountId);
    if (link && link->sync) {
        return link;
    }
    unavailable = Error(Error::Code::Unavailable,
        link ? link->unavailable
             : text(QT_TRANSLATE_NOOP(
                 "clientele::CalendarSyncScheduler", "This account is no longer connected on this computer.")));
    return nullptr;
}

QFuture<Result<QList<CalendarChoice>>> CalendarSyncScheduler::calendarsOf(const QUuid& accountId)
{
    auto promise = std::make_shared<QPromise<Result<QList<CalendarChoice>>>>();
    promise->start();
    QFuture<Result<QList<CalendarChoice>>> answer = promise->future();
    const auto fail = [promise](const Error& error) {
        promise->addResult(Result<QList<CalendarChoice>>(error));
        promise->finish();
    };
    withLinks([this, accountId, promise, fail](const Result<QList<std::shared_ptr<Link>>>& links) {
        if (!links) {
            fail(links.error());
            return;
        }
        Error unavailable;
        const std::shared_ptr<Link> link = syncingLink(accountId, unavailable);
        if (!link) {
            fail(unavailable);
            return;
        }
        onFinished(this, link->calendar->calendars(),
            [this, link, promise, fail](const Result<QList<RemoteCalendar>>& remote) {
                if (!remote) {
                    fail(remote.error());
                    return;
                }
                onFinished(this, link->sync->calendars(),
                    [remote = *remote, promise, fail](const Result<QList<CalendarSyncRows::Calendar>>& chosen) {
                        if (!chosen) {
                            fail(chosen.error());
                            return;
                        }
                        QList<CalendarChoice> choices;
                        for (const RemoteCalendar& calendar : remote) {
                            CalendarChoice entry {calendar, false, {}};
                            entry.choice.blocks = calendar.primary; // what a first choice would suggest
                            for (const CalendarSyncRows::Calendar& known : *chosen) {
                                if (known.remoteId == calendar.id) {
                                    entry.chosen = known.blocks || known.receives;
                                    entry.choice = {known.blocks, known.receives, known.label};
                                }
                            }
                            choices.append(entry);
                        }
                        promise->addResult(Result<QList<CalendarChoice>>(choices));
                        promise->finish();
                    });
            });
    });
    return answer;
}

QFuture<Result<void>> CalendarSyncScheduler::choose(
    const QUuid& accountId, const RemoteCalendar& calendar, const CalendarSyncRows::Choice& choice)
{
    Error unavailable;
    const std::shared_ptr<Link> link = syncingLink(accountId, unavailable);
    if (!link) {
        return readyFuture(Result<void>(unavailable));
    }
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    onFinished(this, link->sync->chooseCalendar(calendar, choice), [this, promise](const Result<QUuid>& saved) {
        if (saved) {
            changedLocally(); // its events become busy time, bookings go into it
        }
        promise->addResult(saved ? Result<void>() : Result<void>(saved.error()));
        promise->finish();
    });
    return promise->future();
}

} // namespace clientele
