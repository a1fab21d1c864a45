#include "core/store/CommandSender.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

#include "core/Backoff.h"
#include "core/Failpoint.h"
#include "core/FutureWatch.h"
#include "core/Logging.h"
#include "core/ports/Clock.h"
#include "core/store/Store.h"

namespace clientele {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("CommandSender", text);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

CommandSender::CommandSender(Store& store, const Clock& clock, CommandRelay& relay, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_relay(relay)
    , m_options(options)
    , m_outbox(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CommandSender::wake);
}

CommandSender::~CommandSender() = default;

void CommandSender::start()
{
    wake();
}

void CommandSender::wake()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_timer.stop();
    round();
}

std::chrono::milliseconds CommandSender::retryDelay(const Options& options, int attempts)
{
    return backoffDelay(options.firstRetry, options.maxRetry, attempts);
}

OutboxSchedule CommandSender::schedule() const
{
    // Nothing is scheduled further ahead than the longest pause: later than that, the clock went back.
    return {std::max(m_options.maxRetry, m_options.maxCheck) * 2, m_options.followFor};
}

QDateTime CommandSender::jittered(std::chrono::milliseconds delay) const
{
    return m_clock.nowUtc().addMSecs(withJitter(delay, m_options.jitter).count());
}

void CommandSender::round()
{
    m_storeTrouble = false;
    onFinished(this, m_outbox.due(m_clock.nowUtc(), m_options.batch, schedule()),
        [this](const Result<QList<OutboxCommand>>& due) {
            if (!due) {
                Q_EMIT failed(due.error());
                m_storeTrouble = true;
                finishRound(false);
                return;
            }
            const bool more = due->size() >= m_options.batch;
            if (due->isEmpty()) {
                finishRound(false);
                return;
            }
            m_again = m_again || more;
            next(due.value());
        });
}

void CommandSender::next(QList<OutboxCommand> due)
{
    if (due.isEmpty()) {
        finishRound(false);
        return;
    }
    OutboxCommand command = due.takeFirst();
    const bool tooLate =
        command.state == OutboxState::Queued && command.expiresAt.isValid() && m_clock.nowUtc() > command.expiresAt;
    if (tooLate && !command.posted) {
        withdrawTooLate(command, std::move(due)); // it never left: nothing to ask the relay
    } else if (tooLate) {
        checkTooLate(command, std::move(due));
    } else if (command.state == OutboxState::Queued) {
        post(command, std::move(due)); // never posted, or the post got no answer: the same id again
    } else {
        check(command, std::move(due));
    }
}

void CommandSender::withdrawTooLate(OutboxCommand command, QList<OutboxCommand> rest)
{
    // A reminder after its moment would confuse: withdrawn, not sent late.
    command.state = OutboxState::Cancelled;
    command.updatedAt = m_clock.nowUtc();
    command.lastError = translated(QT_TRANSLATE_NOOP("CommandSender",
        "Not sent: it could not go out in time (this computer was offline), and it would have come too late."));
    save(command, std::move(rest));
}

void CommandSender::checkTooLate(const OutboxCommand& command, QList<OutboxCommand> rest)
{
    // Posted, but the answer never came: the relay may have it. Asked first; only one the relay never
    // got is withdrawn, and one it has is followed like any other.
    onFinished(this, m_relay.status(command.id),
        [this, command, rest = std::move(rest)](const Result<RelayCommandState>& answer) mutable {
            if (!answer && answer.error().code() == Error::Code::NotFound) {
                withdrawTooLate(command, std::move(rest));
                return;
            }
            if (!answer) {
                OutboxCommand waiting = command;
                waiting.updatedAt = m_clock.nowUtc();
                failedAnswer(waiting, answer.error(), false);
                save(waiting, std::move(rest));
                return;
            }
            OutboxCommand known = command;
            known.state = OutboxState::Sending; // the relay has it: its state, not a post
            answered(known, answer, std::move(rest));
        });
}

void CommandSender::post(const OutboxCommand& command, QList<OutboxCommand> rest)
{
    // The attempt is committed before the request leaves: from here on the relay may have it, so
    // it can no longer be withdrawn, and a crash repeats the same id.
    OutboxCommand attempt = command;
    attempt.attempts += 1;
    attempt.posted = true;
    attempt.updatedAt = m_clock.nowUtc();
    onFinished(this, m_outbox.record(attempt), [this, rest](const Result<OutboxCommand>& recorded) mutable {
        if (!recorded) {
            Q_EMIT failed(recorded.error());
            m_storeTrouble = true;
            next(std::move(rest));
            return;
        }
        if (recorded->state != OutboxState::Queued) {
            next(std::move(rest)); // withdrawn meanwhile
            return;
        }
        const OutboxCommand& sending = recorded.value();
        failpoint("desktop.command.before_post");
        onFinished(this, m_relay.post(sending.id, sending.type, sending.params),
            [this, sending, rest = std::move(rest)](const Result<RelayCommandState>& answer) mutable {
                failpoint("desktop.command.after_post");
                answered(sending, answer, std::move(rest));
            });
    });
}

void CommandSender::check(const OutboxCommand& command, QList<OutboxCommand> rest)
{
    onFinished(this, m_relay.status(command.id),
        [this, command, rest = std::move(rest)](
            const Result<RelayCommandState>& answer) mutable { answered(command, answer, std::move(rest)); });
}

void CommandSender::answered(OutboxCommand command, const Result<RelayCommandState>& answer, QList<OutboxCommand> rest)
{
    const QDateTime now = m_clock.nowUtc();
    const bool posted = command.state == OutboxState::Queued; // else: asked how it stands
    command.updatedAt = now;
    if (!answer) {
        failedAnswer(command, answer.error(), posted);
        save(command, std::move(rest));
        return;
    }
    CommandOutbox::takeRelayState(command, answer.value());
    if (command.isOpen() || command.isFollowed()) {
        // Ask again, less often the older the command is. A text that left is followed until it is
        // delivered or not; one whose answer was lost, until the relay has found out.
        const auto age = std::chrono::milliseconds(command.createdAt.msecsTo(now));
        command.nextAttemptAt = now.addMSecs(std::clamp(age / 4, m_options.firstCheck, m_options.maxCheck).count());
    }
    save(command, std::move(rest));
}

void CommandSender::failedAnswer(OutboxCommand& command, const Error& error, bool posted)
{
    command.lastError = error.userMessage();
    if (error.isRetryable()) {
        // Offline, relay down or busy: the same id again later; a command the relay has stays with it.
        command.nextAttemptAt = jittered(retryDelay(m_options, command.attempts));
    } else if (error.code() == Error::Code::NotFound && posted) {
        // Posting was answered "no such route": not a relay that runs commands.
        command.state = OutboxState::NeedsAttention;
        command.lastError = translated(
            QT_TRANSLATE_NOOP("CommandSender", "The relay at this address does not take payment or text requests."));
    } else if (error.code() == Error::Code::NotFound && !command.type.startsWith(u"twilio.")) {
        // The relay lost it (restored from a backup, say): the payment service keeps the first
        // result per id, so posting the same id again is safe. Not now: after a pause.
        command.state = OutboxState::Queued;
        command.nextAttemptAt = jittered(retryDelay(m_options, command.attempts));
    } else if (error.code() == Error::Code::InvalidInput || error.code() == Error::Code::Conflict) {
        command.state = OutboxState::Failed;
    } else {
        // Shut out (401/403), not a relay, or a text the relay lost: the user decides.
        command.state = OutboxState::NeedsAttention;
    }
    // The status and the relay's code only: its message may quote a phone number.
    qCInfo(lcRelay).noquote() << "command" << idText(command.id) << outboxStateKey(command.state) << "after"
                              << error.detail().section(u':', 0, 0);
}

void CommandSender::save(const OutboxCommand& command, QList<OutboxCommand> rest)
{
    onFinished(
        this, m_outbox.record(command), [this, rest = std::move(rest)](const Result<OutboxCommand>& saved) mutable {
            if (!saved) {
                Q_EMIT failed(saved.error());
            } else {
                Q_EMIT changed(saved.value());
            }
            next(std::move(rest));
        });
}

void CommandSender::finishRound(bool more)
{
    m_running = false;
    if (m_storeTrouble) {
        // The practice could not be read or written: not again at once (what is due stays due).
        m_storeTrouble = false;
        m_again = false;
        m_timer.start(m_options.firstRetry);
        return;
    }
    if (m_again || more) {
        m_again = false;
        wake();
        return;
    }
    scheduleNext();
}

void CommandSender::scheduleNext()
{
    onFinished(
        this, m_outbox.nextDue(m_clock.nowUtc(), schedule()), [this](const Result<std::optional<QDateTime>>& due) {
            if (m_running) {
                return; // woken meanwhile; that round schedules
            }
            if (!due) {
                Q_EMIT failed(due.error());
                m_timer.start(m_options.firstRetry);
                return;
            }
            if (!due->has_value()) {
                Q_EMIT idle();
                return;
            }
            // Never longer than maxRetry, so a clock that jumped does not leave commands waiting.
            const qint64 wait = std::clamp<qint64>(m_clock.nowUtc().msecsTo(**due), 0, m_options.maxRetry.count());
            if (wait == 0) {
                wake();
                return;
            }
            m_timer.start(std::chrono::milliseconds(wait));
            Q_EMIT idle();
        });
}

} // namespace clientele
