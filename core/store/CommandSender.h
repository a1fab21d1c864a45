#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>

#include "core/Error.h"
#include "core/ports/CommandRelay.h"
#include "core/store/CommandOutbox.h"

namespace clientele {

class Clock;
class Store;

// Sends the outbox's commands to the relay and follows them until the relay is done (SYNC.md §3.9).
//
// Exactly once: before each post the attempt is committed (attempts + 1, posted), and every post of
// a command carries the same id, which the relay takes as its idempotency key. A crash before the post
// sends it at the next start; a crash after it posts it again and gets the relay's state back instead
// of a second payment link or text. Posting commits nothing else, so the business change that
// queued the command is never undone by a failure here.
//
// Offline or relay down: the command stays queued and is tried again after a pause that doubles from
// `firstRetry` up to `maxRetry`, each with ±`jitter` so many devices do not return at once. A refusal
// (bad parameters, a number that replied STOP) fails the command with the reason; a device the relay
// no longer accepts, or an outcome that cannot be known, needs the user's attention. A text that left
// is followed until the relay knows whether it was delivered. A command that expires (a reminder) is
// withdrawn instead of sent once its time has passed, after asking the relay when it may have it.
// Lives on the UI thread; the store and the network never block it. The relay client must outlive
// the sender (a request cut short by its end would leave the round unfinished).
class CommandSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandSender)

public:
    struct Options
    {
        std::chrono::milliseconds firstRetry {std::chrono::seconds(5)};
        std::chrono::milliseconds maxRetry {std::chrono::minutes(5)};
        double jitter = 0.2;
        // How soon to ask again about a command the relay is working on; later for older ones.
        std::chrono::milliseconds firstCheck {std::chrono::seconds(2)};
        std::chrono::milliseconds maxCheck {std::chrono::minutes(1)};
        // How long a text that left is followed for its delivery report.
        std::chrono::milliseconds followFor {std::chrono::hours(48)};
        int batch = 20;
    };

    CommandSender(Store& store, const Clock& clock, CommandRelay& relay, Options options, QObject* parent = nullptr);
    ~CommandSender() override;

    // Looks at the outbox now, and again whenever its next command falls due.
    void start();
    // A command was queued or retried, or the network came back: look now.
    void wake();

    // Something open is due later (the timer runs); false once every command is finished.
    bool isWaiting() const { return m_timer.isActive(); }

    // The pause before attempt `attempts + 1` of a command that could not reach the relay, without jitter.
    static std::chrono::milliseconds retryDelay(const Options& options, int attempts);

Q_SIGNALS:
    // A command's state changed (or it was tried and is waiting again).
    void changed(const clientele::OutboxCommand& command);
    // The store could not be read or written; tried again later.
    void failed(const clientele::Error& error);
    // A round finished with nothing due now (isWaiting(): more is due later).
    void idle();

private:
    void round();
    void next(QList<OutboxCommand> due);
    void post(const OutboxCommand& command, QList<OutboxCommand> rest);
    void withdrawTooLate(OutboxCommand command, QList<OutboxCommand> rest);
    void checkTooLate(const OutboxCommand& command, QList<OutboxCommand> rest);
    void check(const OutboxCommand& command, QList<OutboxCommand> rest);
    void answered(OutboxCommand command, const Result<RelayCommandState>& answer, QList<OutboxCommand> rest);
    void failedAnswer(OutboxCommand& command, const Error& error, bool posted);
    void save(const OutboxCommand& command, QList<OutboxCommand> rest);
    void finishRound(bool more);
    void scheduleNext();
    QDateTime jittered(std::chrono::milliseconds delay) const;
    OutboxSchedule schedule() const;

    Store& m_store;
    const Clock& m_clock;
    CommandRelay& m_relay;
    Options m_options;
    CommandOutbox m_outbox;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
    bool m_storeTrouble = false; // this round could not read or write the practice
};

} // namespace clientele
