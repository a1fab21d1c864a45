#pragma once

#include <QStringList>
#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <memory>

namespace clientele::relay {

struct RelayContext;
struct CommandRecord;
struct CommandOutcome;
class StripeClient;
class TwilioClient;

// Appends "command.updated" for the command's current state to its vault's mailbox.
void tellVault(RelayContext& context, const CommandRecord& command);

// Executes stored commands (SYNC.md §3.9): claims due ones with a lease, runs one attempt each on
// its own small pool (provider calls block for up to 30 s and must not hold the storage thread),
// stores the outcome, and tells the vault through its mailbox. Transient failures come back with
// exponential backoff and the same idempotency key; after 23 hours a command fails for good,
// before Stripe forgets the key.
class CommandRunner final
{
public:
    explicit CommandRunner(RelayContext& context);
    ~CommandRunner();
    CommandRunner(const CommandRunner&) = delete;
    CommandRunner& operator=(const CommandRunner&) = delete;

    // Starts the periodic pass (retries, leases of dead instances).
    void start();
    // Runs a pass soon, e.g. right after a command was posted.
    void kick();
    void stop();

private:
    void pass();
    bool runClaimed(
        const QString& typePrefix, const QStringList& states, const QString& claimedState, qint64 now, qint64 leaseMs);
    CommandOutcome attempt(const CommandRecord& command, bool reconcile);
    void schedule();
    void record(CommandRecord command, const CommandOutcome& outcome);

    RelayContext& m_context;
    std::unique_ptr<StripeClient> m_stripe;
    std::unique_ptr<TwilioClient> m_twilio;
    boost::asio::thread_pool m_pool {2};
    boost::asio::steady_timer m_timer;
    std::atomic<bool> m_passQueued {false};
    std::atomic<bool> m_stopping {false};
};

} // namespace clientele::relay
