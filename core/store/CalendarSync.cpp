#include "core/store/CalendarSync.h"

#include <QLoggingCategory>
#include <QPromise>
#include <utility>

#include "core/FutureWatch.h"

#include "core/ports/CalendarProvider.h"
#include "core/store/SettingRows.h"
#include "core/store/Store.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

Q_LOGGING_CATEGORY(lcCalendarSync, "cl.core.calendarsync", QtInfoMsg)

struct Loaded
{
    QList<CalendarSyncRows::Calendar> calendars;
    QString zoneId;
};

} // namespace

struct CalendarSync::Round
{
    QPromise<Result<Outcome>> promise;
    QList<CalendarSyncRows::Calendar> calendars;
    QString zoneId;
    QDateTime now;
    QDateTime from;
    QDateTime to;
    qsizetype nextCalendar = 0;
    CalendarSyncRows::Calendar receiving;
    QList<CalendarSyncRows::PushOp> ops;
    qsizetype nextOp = 0;
    QList<std::pair<QString, QString>> duplicates; // calendar id, event id
    Outcome outcome;
};

CalendarSync::CalendarSync(Store& store, CalendarProvider& provider, QString kind, QString account, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(provider)
    , m_kind(std::move(kind))
    , m_account(std::move(account))
{
}

CalendarSync::~CalendarSync() = default;

QFuture<Result<QUuid>> CalendarSync::chooseCalendar(
    const RemoteCalendar& calendar, const CalendarSyncRows::Choice& choice)
{
    return m_store.run([kind = m_kind, account = m_account, calendar, choice](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) {
            return CalendarSyncRows::saveCalendar(scope, kind, account, calendar, choice, sync::UuidV7::create());
        });
    });
}

QFuture<Result<QList<CalendarSyncRows::Calendar>>> CalendarSync::calendars()
{
    return m_store.run([kind = m_kind, account = m_account](
                           StoreSession& session) { return CalendarSyncRows::calendars(session.db(), kind, account); });
}

QFuture<Result<QList<CalendarSyncRows::Proposal>>> CalendarSync::proposals(Store& store)
{
    return store.run([](StoreSession& session) { return CalendarSyncRows::pendingProposals(session.db()); });
}

QFuture<Result<void>> CalendarSync::accept(Store& store, const QUuid& proposalId, const QDateTime& nowUtc)
{
    return store.run([proposalId, nowUtc](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) { return CalendarSyncRows::accept(scope, proposalId, nowUtc); });
    });
}

QFuture<Result<void>> CalendarSync::dismiss(Store& store, const QUuid& proposalId, const QDateTime& nowUtc)
{
    return store.run([proposalId, nowUtc](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) { return CalendarSyncRows::dismiss(scope, proposalId, nowUtc); });
    });
}

QFuture<Result<CalendarSync::Outcome>> CalendarSync::run(const QDateTime& nowUtc)
{
    if (!m_round.isFinished()) {
        return m_round;
    }
    auto round = std::make_shared<Round>();
    round->now = nowUtc.toUTC();
    round->from = round->now.addDays(-kDaysBefore);
    round->to = round->now.addDays(kDaysAfter);
    round->promise.start();
    m_round = round->promise.future();
    onFinished(this, m_store.run([kind = m_kind, account = m_account](StoreSession& session) -> Result<Loaded> {
        Result<QList<CalendarSyncRows::Calendar>> calendars = CalendarSyncRows::calendars(session.db(), kind, account);
        if (!calendars) {
            return calendars.error();
        }
        Result<domain::PracticeProfile> profile = SettingRows::loadProfile(session.db());
        if (!profile) {
            return profile.error();
        }
        const QString zone = profile.value().timeZoneId;
        return Loaded {calendars.value(), zone.isEmpty() ? QStringLiteral("UTC") : zone};
    }),
        [this, round](const Result<Loaded>& loaded) {
            if (!loaded) {
                finish(round, loaded.error());
                return;
            }
            round->calendars = loaded.value().calendars;
            round->zoneId = loaded.value().zoneId;
            pullNext(round);
        });
    return m_round;
}

void CalendarSync::pullNext(const std::shared_ptr<Round>& round)
{
    while (round->nextCalendar < round->calendars.size() && !round->calendars.at(round->nextCalendar).blocks
        && !round->calendars.at(round->nextCalendar).receives) {
        ++round->nextCalendar;
    }
    if (round->nextCalendar == round->calendars.size()) {
        removeDuplicates(round);
        return;
    }
    const CalendarSyncRows::Calendar calendar = round->calendars.at(round->nextCalendar++);
    onFinished(this, m_provider.changes(calendar.remoteId, calendar.syncState, round->from, round->to),
        [this, round, calendar](const Result<EventChanges>& changes) {
            if (!changes) {
                finish(round, changes.error());
                return;
            }
            if (changes.value().wasFullResync) {
                qCInfo(lcCalendarSync) << "full listing of calendar source" << calendar.sourceId;
            }
            onFinished(this,
                m_store.run([calendar, listed = changes.value(), from = round->from, to = round->to,
                                zone = round->zoneId, now = round->now](StoreSession& session) {
                    return inTransaction(session, [&](WriteScope& scope) {
                        return CalendarSyncRows::applyChanges(scope, calendar, listed, from, to, zone, now);
                    });
                }),
                [this, round, calendarId = calendar.remoteId](const Result<CalendarSyncRows::PullOutcome>& applied) {
                    if (!applied) {
                        finish(round, applied.error());
                        return;
                    }
                    CalendarSyncRows::PullOutcome& total = round->outcome.pulled;
                    total.blocksAdded += applied.value().blocksAdded;
                    total.blocksUpdated += applied.value().blocksUpdated;
                    total.blocksRemoved += applied.value().blocksRemoved;
                    total.linked += applied.value().linked;
                    total.proposals += applied.value().proposals;
                    total.meetingLinks += applied.value().meetingLinks;
                    for (const QString& eventId : applied.value().duplicateEventIds) {
                        round->duplicates.append({calendarId, eventId});
                    }
                    pullNext(round);
                });
        });
}

void CalendarSync::removeDuplicates(const std::shared_ptr<Round>& round)
{
    if (round->duplicates.isEmpty()) {
        planPush(round);
        return;
    }
    const auto [calendarId, eventId] = round->duplicates.takeFirst();
    onFinished(this, m_provider.deleteEvent(calendarId, eventId), [this, round](const Result<void>& deleted) {
        if (!deleted) {
            finish(round, deleted.error()); // the next pull finds the duplicate again
            return;
        }
        ++round->outcome.duplicatesRemoved;
        removeDuplicates(round);
    });
}

void CalendarSync::planPush(const std::shared_ptr<Round>& round)
{
    const auto receiving = std::find_if(round->calendars.cbegin(), round->calendars.cend(),
        [](const CalendarSyncRows::Calendar& calendar) { return calendar.receives; });
    if (receiving == round->calendars.cend()) {
        finish(round, {});
        return;
    }
    round->receiving = *receiving;
    onFinished(this, m_store.run([calendar = *receiving, from = round->from, to = round->to](StoreSession& session) {
        return CalendarSyncRows::planPush(session, calendar, from, to);
    }),
        [this, round](const Result<QList<CalendarSyncRows::PushOp>>& ops) {
            if (!ops) {
                finish(round, ops.error());
                return;
            }
            round->ops = ops.value();
            pushNext(round);
        });
}

void CalendarSync::pushNext(const std::shared_ptr<Round>& round)
{
    if (round->nextOp == round->ops.size()) {
        finish(round, {});
        return;
    }
    const CalendarSyncRows::PushOp& op = round->ops.at(round->nextOp);
    const QString calendarId = round->receiving.remoteId;
    switch (op.kind) {
    case CalendarSyncRows::PushOp::Kind::Create:
        onFinished(this, m_provider.createEvent(calendarId, op.draft),
            [this, round](const Result<RemoteEvent>& written) { pushed(round, written); });
        return;
    case CalendarSyncRows::PushOp::Kind::Update:
        onFinished(this, m_provider.updateEvent(calendarId, op.eventId, op.draft, op.etag),
            [this, round, calendarId, eventId = op.eventId](const Result<RemoteEvent>& written) {
                if (!written && written.error().code() == Error::Code::Conflict) {
                    ++round->outcome.conflicts;
                    onFinished(this, m_provider.readEvent(calendarId, eventId),
                        [this, round](const Result<RemoteEvent>& now) { conflicted(round, now); });
                    return;
                }
                if (!written && written.error().code() == Error::Code::NotFound) {
                    RemoteEvent gone;
                    gone.id = eventId;
                    gone.status = RemoteEventStatus::Cancelled;
                    conflicted(round, gone);
                    return;
                }
                pushed(round, written);
            });
        return;
    case CalendarSyncRows::PushOp::Kind::Delete:
        onFinished(this, m_provider.deleteEvent(calendarId, op.eventId), [this, round](const Result<void>& deleted) {
            if (!deleted) {
                finish(round, deleted.error());
                return;
            }
            onFinished(this,
                m_store.run([calendar = round->receiving, done = round->ops.at(round->nextOp)](StoreSession& session) {
                    return inTransaction(session,
                        [&](WriteScope& scope) { return CalendarSyncRows::recordDeleted(scope, calendar, done); });
                }),
                [this, round](const Result<void>& recorded) {
                    if (!recorded) {
                        finish(round, recorded.error());
                        return;
                    }
                    ++round->outcome.deleted;
                    ++round->nextOp;
                    pushNext(round);
                });
        });
        return;
    }
}

void CalendarSync::pushed(const std::shared_ptr<Round>& round, const Result<RemoteEvent>& written)
{
    if (!written) {
        // Offline or throttled beyond the transport's patience: what is not written stays to do,
        // as the difference between bookings and links, for the next round.
        qCInfo(lcCalendarSync) << "push stopped:" << written.error().detail();
        finish(round, written.error());
        return;
    }
    const CalendarSyncRows::PushOp op = round->ops.at(round->nextOp);
    onFinished(this, m_store.run([calendar = round->receiving, op, event = written.value()](StoreSession& session) {
        return inTransaction(
            session, [&](WriteScope& scope) { return CalendarSyncRows::recordWritten(scope, calendar, op, event); });
    }),
        [this, round, kind = op.kind](const Result<bool>& recorded) {
            if (!recorded) {
                finish(round, recorded.error());
                return;
            }
            round->outcome.meetingLinks += recorded.value() ? 1 : 0;
            if (kind == CalendarSyncRows::PushOp::Kind::Create) {
                ++round->outcome.created;
            } else {
                ++round->outcome.updated;
            }
            ++round->nextOp;
            pushNext(round);
        });
}

void CalendarSync::conflicted(const std::shared_ptr<Round>& round, const Result<RemoteEvent>& current)
{
    if (!current) {
        finish(round, current.error());
        return;
    }
    onFinished(this,
        m_store.run([calendar = round->receiving, event = current.value(), now = round->now](StoreSession& session) {
            return inTransaction(session,
                [&](WriteScope& scope) { return CalendarSyncRows::applyOwnEvent(scope, calendar, event, now); });
        }),
        [this, round](const Result<CalendarSyncRows::PullOutcome>& applied) {
            if (!applied) {
                finish(round, applied.error());
                return;
            }
            round->outcome.pulled.linked += applied.value().linked;
            round->outcome.pulled.proposals += applied.value().proposals;
            round->outcome.pulled.meetingLinks += applied.value().meetingLinks;
            ++round->nextOp;
            pushNext(round);
        });
}

void CalendarSync::finish(const std::shared_ptr<Round>& round, const Result<void>& result)
{
    if (result) {
        round->promise.addResult(Result<Outcome>(round->outcome));
    } else {
        round->promise.addResult(Result<Outcome>(result.error()));
    }
    round->promise.finish();
}

} // namespace clientele
