#include "core/store/Reminders.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

#include "core/Logging.h"
#include "core/domain/Booking.h"
#include "core/domain/PracticeProfile.h"
#include "core/domain/Service.h"
#include "core/ports/Clock.h"
#include "core/store/BookingRows.h"
#include "core/store/ChangeWriter.h"
#include "core/store/ClientRows.h"
#include "core/store/CommandOutbox.h"
#include "core/store/EmailOutbox.h"
#include "core/store/EmailSettings.h"
#include "core/store/Emails.h"
#include "core/store/ServiceRows.h"
#include "core/store/SettingRows.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/SqlStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreSession.h"
#include "core/store/StoredValues.h"
#include "core/store/TextMessages.h"
#include "core/store/Transactions.h"
#include "core/sync/UuidV7.h"

namespace clientele {

namespace {

using domain::ReminderRule;

const QString kTable = QStringLiteral("booking_reminder");

QString translated(const char* text)
{
    return QCoreApplication::translate("Reminders", text);
}

bool isQuiet(const QTime& time, const ReminderPolicy& policy)
{
    if (policy.quietStart == policy.quietEnd) {
        return false;
    }
    if (policy.quietStart > policy.quietEnd) { // over midnight: 21:00–08:00
        return time >= policy.quietStart || time < policy.quietEnd;
    }
    return time >= policy.quietStart && time < policy.quietEnd;
}

// The same reminder always gets the same id: the booking, the rule and the start it was made for.
QUuid reminderId(const QUuid& bookingId, const ReminderRule& rule, const QDateTime& startUtc)
{
    static const QUuid kReminders(QStringLiteral("{8d3b2a71-5c0e-4f6a-b1d9-7e4c2f0a9b13}"));
    return QUuid::createUuidV5(kReminders,
        QStringLiteral("%1/%2/%3/%4")
            .arg(bookingId.toString(QUuid::WithoutBraces))
            .arg(rule.offsetMinutes)
            .arg(rule.channel == ReminderRule::Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email"))
            .arg(startUtc.toMSecsSinceEpoch()));
}

// A reminder dealt with before: how, and its text.
struct Stored
{
    QString state;
    QUuid messageId;
};

Result<std::optional<Stored>> storedReminder(SqlCipherDatabase& db, const QUuid& id)
{
    Result<std::optional<SqlStatement>> row =
        StoredValues::findRow(db, QStringLiteral("SELECT state, message_id FROM booking_reminder WHERE id = ?1"), id);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return std::optional<Stored>();
    }
    return std::optional(Stored {(*row)->text(0), (*row)->isNull(1) ? QUuid() : QUuid::fromRfc4122((*row)->blob(1))});
}

Result<void> record(WriteScope& scope, const QUuid& id, const domain::Booking& booking, const ReminderRule& rule,
    const QDateTime& due, const QString& state, const QString& reason, const QUuid& messageId)
{
    QCborMap fields {{QStringLiteral("booking_id"), booking.id().toRfc4122()},
        {QStringLiteral("offset_minutes"), rule.offsetMinutes},
        {QStringLiteral("channel"),
            rule.channel == ReminderRule::Channel::Sms ? QStringLiteral("sms") : QStringLiteral("email")},
        {QStringLiteral("starts_at"), booking.schedule().start().toMSecsSinceEpoch()},
        {QStringLiteral("due_at"), due.toMSecsSinceEpoch()}, {QStringLiteral("state"), state},
        {QStringLiteral("reason"), reason.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(reason)},
        {QStringLiteral("message_id"),
            messageId.isNull() ? QCborValue(QCborValue::Null) : QCborValue(messageId.toRfc4122())},
        {QStringLiteral("at"), scope.clock().nowUtc().toMSecsSinceEpoch()}};
    return scope.changes().insert(kTable, id, fields);
}

QString reminderText(
    const domain::PracticeProfile& profile, const domain::Service& service, const domain::Booking& booking)
{
    const QLocale locale(profile.localeName.isEmpty() ? QLocale().name() : profile.localeName);
    const QDateTime local = booking.schedule().localStart();
    return translated(QT_TRANSLATE_NOOP("Reminders",
                          "Reminder from %1: your %2 is on %3 at %4. Reply C to confirm or R to ask for another time."))
        .arg(profile.name, service.name(), locale.toString(local.date(), QLocale::LongFormat),
            locale.toString(local.time(), QLocale::ShortFormat));
}

Result<QList<QUuid>> sessionsAhead(SqlCipherDatabase& db, const QDateTime& now, const ReminderPolicy& policy)
{
    Result<SqlStatement> query = db.prepare(
        QStringLiteral("SELECT id FROM booking WHERE deleted = 0 AND status IN ('pending', 'awaiting_signature', "
                       "'awaiting_payment', 'confirmed') AND start_utc > ?1 AND start_utc <= ?2 ORDER BY start_utc"));
    if (!query) {
        return query.error();
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    query.value().bind(1, nowMs).bind(2, nowMs + std::chrono::milliseconds(policy.lookAhead).count());
    QList<QUuid> ids;
    for (;;) {
        Result<bool> row = query.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return ids;
        }
        ids.append(QUuid::fromRfc4122(query.value().blob(0)));
    }
}

// One round, in one transaction: what is due is queued or skipped and recorded together.
class ReminderRound final
{
public:
    ReminderRound(WriteScope& scope, const QDateTime& now, const ReminderPolicy& policy)
        : m_scope(scope)
        , m_now(now)
        , m_policy(policy)
    {
    }

    Result<Reminders::Round> run()
    {
        Result<domain::PracticeProfile> profile = SettingRows::loadProfile(m_scope.db());
        if (!profile) {
            return profile.error();
        }
        m_profile = profile.value();
        if (Result<void> withdrawn = withdrawStale(); !withdrawn) {
            return withdrawn.error();
        }
        Result<QList<QUuid>> sessions = sessionsAhead(m_scope.db(), m_now, m_policy);
        if (!sessions) {
            return sessions.error();
        }
        for (const QUuid& id : std::as_const(sessions.value())) {
            if (Result<void> done = session(id); !done) {
                return done.error();
            }
        }
        return m_round;
    }

private:
    // A reminder queued for a session cancelled or moved since (offline, say) that is still in the
    // outbox: withdrawn, with the reason. One that may have reached the relay goes as it is. A moved
    // session gets reminders of its own: their ids come from its new start.
    Result<void> withdrawStale()
    {
        struct Stale
        {
            QUuid reminderId;
            QUuid commandId;
            bool cancelled = false;
        };
        Result<SqlStatement> query = m_scope.db().prepare(QStringLiteral(
            "SELECT r.id, o.command_id, b.deleted = 1 OR b.status IN ('canceled', 'no_show', 'completed') "
            "FROM booking_reminder r JOIN booking b ON b.id = r.booking_id "
            "JOIN command_outbox o ON o.subject_table = 'message' AND o.subject_id = r.message_id "
            "WHERE r.deleted = 0 AND r.state = 'queued' AND o.state = 'queued' AND o.posted = 0 "
            "AND (b.deleted = 1 OR b.status IN ('canceled', 'no_show', 'completed') OR b.start_utc <> r.starts_at)"));
        if (!query) {
            return query.error();
        }
        // Read completely before writing: the writes change what the statement would see.
        Result<QList<Stale>> stale = StoredValues::readRows<Stale>(query.value(), [](const SqlStatement& row) {
            return Stale {QUuid::fromRfc4122(row.blob(0)), QUuid::fromRfc4122(row.blob(1)), row.int64(2) != 0};
        });
        if (!stale) {
            return stale.error();
        }
        for (const Stale& reminder : std::as_const(stale.value())) {
            const QString reason = reminder.cancelled
                ? translated(QT_TRANSLATE_NOOP("Reminders", "Not sent: the session was canceled or is over."))
                : translated(QT_TRANSLATE_NOOP("Reminders", "Not sent: the session was moved."));
            // Without a reason on the command: its text becomes a draft again rather than a failure to
            // deliver (nothing went wrong); the reminder keeps the reason.
            if (Result<OutboxCommand> withdrawn = CommandOutbox::withdrawIn(m_scope, reminder.commandId, {});
                !withdrawn) {
                return withdrawn.error();
            }
            if (Result<void> marked = m_scope.changes().update(kTable, reminder.reminderId,
                    QCborMap {
                        {QStringLiteral("state"), QStringLiteral("withdrawn")}, {QStringLiteral("reason"), reason}});
                !marked) {
                return marked;
            }
            ++m_round.withdrawn;
        }
        return withdrawStaleEmails();
    }

    // The same for reminders by email still waiting in this computer's email outbox.
    Result<void> withdrawStaleEmails()
    {
        Result<SqlStatement> query = m_scope.db().prepare(QStringLiteral(
            "SELECT r.id, r.message_id, b.deleted = 1 OR b.status IN ('canceled', 'no_show', 'completed') "
            "FROM booking_reminder r JOIN booking b ON b.id = r.booking_id "
            "JOIN email_outbox e ON e.message_id = r.message_id "
            "WHERE r.deleted = 0 AND r.state = 'queued' AND e.state = 'queued' "
            "AND (b.deleted = 1 OR b.status IN ('canceled', 'no_show', 'completed') OR b.start_utc <> r.starts_at)"));
        if (!query) {
            return query.error();
        }
        struct Stale
        {
            QUuid reminderId;
            QUuid messageId;
            bool cancelled = false;
        };
        Result<QList<Stale>> stale = StoredValues::readRows<Stale>(query.value(), [](const SqlStatement& row) {
            return Stale {QUuid::fromRfc4122(row.blob(0)), QUuid::fromRfc4122(row.blob(1)), row.int64(2) != 0};
        });
        if (!stale) {
            return stale.error();
        }
        for (const Stale& reminder : std::as_const(stale.value())) {
            if (Result<QueuedEmail> withdrawn = EmailOutbox::withdrawIn(m_scope, reminder.messageId); !withdrawn) {
                return withdrawn.error();
            }
            const QString reason = reminder.cancelled
                ? translated(QT_TRANSLATE_NOOP("Reminders", "Not sent: the session was canceled or is over."))
                : translated(QT_TRANSLATE_NOOP("Reminders", "Not sent: the session was moved."));
            if (Result<void> marked = m_scope.changes().update(kTable, reminder.reminderId,
                    QCborMap {
                        {QStringLiteral("state"), QStringLiteral("withdrawn")}, {QStringLiteral("reason"), reason}});
                !marked) {
                return marked;
            }
            ++m_round.withdrawn;
        }
        return {};
    }

    // Its withdrawn text's command back in the queue (the same ids, so still once per device).
    Result<void> requeue(const QUuid& id, const Stored& stored, const QDateTime& expires)
    {
        Result<std::optional<QueuedEmail>> email = emailOf(stored.messageId);
        if (!email) {
            return email.error();
        }
        if (email->has_value()) {
            // A reminder by email: its withdrawn email waits again, unless it was tried meanwhile.
            if ((*email)->state != OutboxState::Cancelled || (*email)->attempts > 0) {
                return {};
            }
            if (Result<QueuedEmail> queued = EmailOutbox::requeueIn(m_scope, stored.messageId, expires); !queued) {
                return queued.error();
            }
            ++m_round.queued;
            return m_scope.changes().update(kTable, id,
                QCborMap {{QStringLiteral("state"), QStringLiteral("queued")},
                    {QStringLiteral("reason"), QCborValue(QCborValue::Null)}});
        }
        Result<SqlStatement> command = m_scope.db().prepare(
            QStringLiteral("SELECT command_id FROM command_outbox WHERE subject_table = 'message' AND subject_id = ?1 "
                           "AND state = 'cancelled' AND posted = 0"));
        if (!command) {
            return command.error();
        }
        command.value().bindBlob(1, stored.messageId.toRfc4122());
        Result<bool> found = command.value().step();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return {}; // withdrawn on another computer: its outbox sends it, or not
        }
        const QUuid commandId = QUuid::fromRfc4122(command.value().blob(0));
        command.value().reset();
        if (Result<OutboxCommand> queued = CommandOutbox::requeueIn(m_scope, commandId, expires); !queued) {
            return queued.error();
        }
        ++m_round.queued;
        return m_scope.changes().update(kTable, id,
            QCborMap {{QStringLiteral("state"), QStringLiteral("queued")},
                {QStringLiteral("reason"), QCborValue(QCborValue::Null)}});
    }

    Result<std::optional<domain::Service>> service(const QUuid& id)
    {
        if (const auto cached = m_services.constFind(id); cached != m_services.cend()) {
            return *cached;
        }
        Result<std::optional<domain::Service>> loaded = ServiceRows::load(m_scope.db(), id);
        if (loaded) {
            m_services.insert(id, loaded.value());
        }
        return loaded;
    }

    Result<void> session(const QUuid& id)
    {
        Result<std::optional<domain::Booking>> booking = BookingRows::load(m_scope.db(), id);
        if (!booking) {
            return booking.error();
        }
        if (!booking->has_value() || (*booking)->schedule().isNull()) {
            return {};
        }
        Result<std::optional<domain::Service>> offered = service((*booking)->serviceId());
        if (!offered) {
            return offered.error();
        }
        if (!offered->has_value()) {
            return {};
        }
        for (const ReminderRule& rule : (*offered)->reminderPlan()) {
            // By email only from a computer that sends email; one that does not leaves the reminder
            // unrecorded, for a computer that does.
            if (rule.channel == ReminderRule::Channel::Email && !sendsEmail()) {
                continue;
            }
            if (Result<void> done = reminder(**booking, **offered, rule); !done) {
                return done;
            }
        }
        return {};
    }

    Result<void> reminder(const domain::Booking& booking, const domain::Service& service, const ReminderRule& rule)
    {
        const QDateTime start = booking.schedule().start();
        const QDateTime due = Reminders::dueAt(start, rule.offsetMinutes, booking.schedule().timeZone(), m_policy);
        if (due > m_now) {
            if (!m_round.nextDue || due < *m_round.nextDue) {
                m_round.nextDue = due;
            }
            return {};
        }
        // Quiet now where the session is (the computer woke at night): later, when it is over.
        const QTimeZone zone = booking.schedule().timeZone();
        const QDateTime localNow = m_now.toTimeZone(zone);
        if (isQuiet(localNow.time(), m_policy)) {
            const QDateTime quietOver =
                QDateTime(localNow.time() >= m_policy.quietEnd ? localNow.date().addDays(1) : localNow.date(),
                    m_policy.quietEnd, zone)
                    .toUTC();
            if (!m_round.nextDue || quietOver < *m_round.nextDue) {
                m_round.nextDue = quietOver;
            }
            return {};
        }
        const QUuid id = reminderId(booking.id(), rule, start);
        Result<std::optional<Stored>> done = storedReminder(m_scope.db(), id);
        if (!done) {
            return done.error();
        }
        const bool withdrawnBefore = done->has_value() && (*done)->state == u"withdrawn";
        if (done->has_value() && !withdrawnBefore) {
            return {};
        }
        const QDateTime latest = due.addSecs(std::chrono::seconds(m_policy.lateGrace).count());
        if (m_now > latest) {
            if (withdrawnBefore) {
                return {}; // withdrawn, and too late now: it stays so
            }
            ++m_round.skipped;
            qCInfo(lcStorage).noquote() << "Reminder" << id.toString(QUuid::WithoutBraces) << "skipped: too late";
            return record(m_scope, id, booking, rule, due, QStringLiteral("skipped"),
                translated(QT_TRANSLATE_NOOP("Reminders",
                    "Not sent: its moment had passed (this computer was off, or the session was booked later), and a "
                    "late reminder would confuse.")),
                {});
        }
        // Not sent later than the grace, the session, or the next quiet hours where the session is.
        const QDateTime dueLocal = due.toTimeZone(zone);
        const QDateTime nextQuiet =
            QDateTime(dueLocal.time() < m_policy.quietStart ? dueLocal.date() : dueLocal.date().addDays(1),
                m_policy.quietStart, zone)
                .toUTC();
        const QDateTime expires = std::min({latest, start, nextQuiet});
        if (withdrawnBefore) {
            // Withdrawn when the session moved away from this time, and back now: the same text again.
            return requeue(id, **done, expires);
        }
        if (rule.channel == ReminderRule::Channel::Email) {
            return emailReminder(id, booking, service, rule, due, expires);
        }
        Result<domain::Message> text = TextMessages::sendIn(
            m_scope, booking.clientId(), booking.id(), reminderText(m_profile, service, booking), expires, id);
        if (!text) {
            if (text.error().code() != Error::Code::InvalidInput && text.error().code() != Error::Code::NotFound) {
                return text.error();
            }
            ++m_round.skipped;
            return record(m_scope, id, booking, rule, due, QStringLiteral("skipped"), text.error().userMessage(), {});
        }
        ++m_round.queued;
        return record(m_scope, id, booking, rule, due, QStringLiteral("queued"), {}, text->id());
    }

    // The session's reminder email, through the practice's template, not sent after `expires`. The
    // message's id derives from the reminder's, so two computers that queue it show one message.
    Result<void> emailReminder(const QUuid& id, const domain::Booking& booking, const domain::Service& service,
        const ReminderRule& rule, const QDateTime& due, const QDateTime& expires)
    {
        Result<std::optional<domain::Client>> client = ClientRows::load(m_scope.db(), booking.clientId());
        if (!client) {
            return client.error();
        }
        if (!client->has_value()) {
            return {};
        }
        Result<QueuedEmail> email = Emails::queueIn(m_scope, email::SessionReminder {**client, booking, service},
            expires, QUuid::createUuidV5(id, QStringLiteral("email-message")));
        if (!email) {
            if (email.error().code() != Error::Code::InvalidInput && email.error().code() != Error::Code::NotFound) {
                return email.error();
            }
            ++m_round.skipped;
            return record(m_scope, id, booking, rule, due, QStringLiteral("skipped"), email.error().userMessage(), {});
        }
        ++m_round.queued;
        return record(m_scope, id, booking, rule, due, QStringLiteral("queued"), {}, email->messageId);
    }

    // This computer sends email and is the one the practice's reminder emails come from (the last
    // set up to send email), so two computers never both send one before their records meet.
    bool sendsEmail()
    {
        if (!m_sendsEmail) {
            const Result<email::EmailAccount> account = EmailSettings::accountIn(m_scope.db());
            const Result<bool> chosen = EmailSettings::sendsRemindersIn(m_scope.db(), m_scope.changes().deviceId());
            m_sendsEmail = account && account->delivery != email::EmailAccount::Delivery::Off && chosen && *chosen;
        }
        return *m_sendsEmail;
    }

    Result<std::optional<QueuedEmail>> emailOf(const QUuid& messageId)
    {
        Result<SqlStatement> query =
            m_scope.db().prepare(QStringLiteral("SELECT state, attempts FROM email_outbox WHERE message_id = ?1"));
        if (!query) {
            return query.error();
        }
        query.value().bindBlob(1, sync::UuidV7::toBytes(messageId));
        Result<bool> found = query.value().step();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return std::optional<QueuedEmail>();
        }
        QueuedEmail email;
        email.messageId = messageId;
        email.state = outboxStateFromKey(query.value().text(0)).value_or(OutboxState::NeedsAttention);
        email.attempts = static_cast<int>(query.value().int64(1));
        return std::optional(email);
    }

    WriteScope& m_scope;
    QDateTime m_now;
    ReminderPolicy m_policy;
    domain::PracticeProfile m_profile;
    QHash<QUuid, std::optional<domain::Service>> m_services;
    Reminders::Round m_round;
    std::optional<bool> m_sendsEmail;
};

} // namespace

Reminders::Reminders(Store& store)
    : m_store(store)
{
}

QDateTime Reminders::dueAt(
    const QDateTime& startUtc, int offsetMinutes, const QTimeZone& zone, const ReminderPolicy& policy)
{
    QDateTime due = startUtc.addSecs(-qint64 {offsetMinutes} * 60);
    const QDateTime local = due.toTimeZone(zone);
    if (!isQuiet(local.time(), policy)) {
        return due;
    }
    // The end of these quiet hours: today's end when it is still ahead, else tomorrow's.
    QDate endDate = local.date();
    if (local.time() >= policy.quietEnd) {
        endDate = endDate.addDays(1);
    }
    QDateTime quietOver = QDateTime(endDate, policy.quietEnd, zone).toUTC();
    if (quietOver < startUtc) {
        return quietOver;
    }
    // Too late for the session: just before the quiet hours began.
    QDate startDate = local.date();
    if (local.time() < policy.quietStart) {
        startDate = startDate.addDays(-1);
    }
    return QDateTime(startDate, policy.quietStart, zone).toUTC().addSecs(-60);
}

QFuture<Result<Reminders::Round>> Reminders::run(const QDateTime& now, const ReminderPolicy& policy)
{
    return m_store.run([now, policy](StoreSession& session) {
        return inTransaction(session, [&](WriteScope& scope) { return ReminderRound(scope, now, policy).run(); });
    });
}

} // namespace clientele
