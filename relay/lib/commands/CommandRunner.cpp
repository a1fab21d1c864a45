#include "relay/lib/commands/CommandRunner.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <boost/asio/post.hpp>
#include <limits>

#include "core/Failpoint.h"
#include "core/Logging.h"
#include "relay/lib/RelayContext.h"
#include "relay/lib/commands/CommandOutcome.h"
#include "relay/lib/commands/CommandState.h"
#include "relay/lib/commands/SmsCommands.h"
#include "relay/lib/commands/StripeCommands.h"
#include "relay/lib/events/VaultEvents.h"
#include "relay/lib/providers/StripeClient.h"
#include "relay/lib/providers/TwilioClient.h"

namespace clientele::relay {

namespace asio = boost::asio;

namespace {

constexpr int kClaimBatch = 20;
constexpr auto kPassInterval = std::chrono::milliseconds(500);
constexpr qint64 kGiveUpAfterMs = qint64 {23} * 3600 * 1000;

// 1, 2, 4 … seconds up to five minutes, with a fifth of jitter so that retries of many commands
// spread out; Retry-After from the provider wins when longer.
qint64 backoffMs(int attempts, int retryAfterSeconds)
{
    const qint64 base = qint64 {1000} << std::min(attempts, 9);
    const qint64 capped = std::min<qint64>(base, qint64 {300} * 1000);
    const qint64 jitter = QRandomGenerator::global()->bounded(capped / 5 + 1);
    return std::max<qint64>(capped + jitter, qint64 {retryAfterSeconds} * 1000);
}

QJsonObject commandEvent(const CommandRecord& command)
{
    QJsonObject event {
        {QStringLiteral("provider"), QStringLiteral("relay")},
        {QStringLiteral("type"), QStringLiteral("command.updated")},
        {QStringLiteral("command_id"), command.id},
        {QStringLiteral("command_type"), command.type},
        {QStringLiteral("state"), command.state},
    };
    if (!command.result.isEmpty()) {
        event.insert(QStringLiteral("result"), QJsonDocument::fromJson(command.result).object());
    }
    if (!command.errorCode.isEmpty()) {
        event.insert(QStringLiteral("error"),
            QJsonObject {
                {QStringLiteral("code"), command.errorCode}, {QStringLiteral("message"), command.errorMessage}});
    }
    return event;
}

} // namespace

CommandRunner::CommandRunner(RelayContext& context)
    : m_context(context)
    , m_timer(context.io)
{
    if (!context.config.stripeSecretKey.isEmpty()) {
        m_stripe = std::make_unique<StripeClient>(context.config.stripeApiBase, context.config.stripeSecretKey);
    }
    if (!context.config.twilioAccountSid.isEmpty() && !context.config.twilioAuthToken.isEmpty()
        && !context.config.twilioFrom.isEmpty()) {
        m_twilio = std::make_unique<TwilioClient>(
            context.config.twilioApiBase, context.config.twilioAccountSid, context.config.twilioAuthToken);
    }
}

CommandRunner::~CommandRunner()
{
    stop();
    m_pool.join();
}

void CommandRunner::start()
{
    kick();
    schedule();
}

void CommandRunner::schedule()
{
    m_timer.expires_after(kPassInterval);
    m_timer.async_wait([this](const boost::system::error_code& ec) {
        if (ec || m_stopping) {
            return;
        }
        kick();
        schedule();
    });
}

void CommandRunner::stop()
{
    m_stopping = true;
    asio::post(m_timer.get_executor(), [this] { m_timer.cancel(); });
}

void CommandRunner::kick()
{
    if (m_stopping || m_passQueued.exchange(true)) {
        return;
    }
    asio::post(m_pool, [this] {
        m_passQueued = false;
        pass();
    });
}

void CommandRunner::pass()
{
    const qint64 now = m_context.nowMs();
    const qint64 leaseMs = qint64 {m_context.config.commandLeaseSeconds} * 1000;
    bool more = false;
    // Stripe: "running" rows whose lease ran out belong to an instance that died mid-attempt;
    // running them again is safe, the idempotency key makes Stripe replay its first answer.
    more |= runClaimed(QStringLiteral("stripe."), {command_state::kPending, command_state::kRunning},
        command_state::kRunning, now, leaseMs);
    // SMS: "sending" is committed before Twilio is called and is never claimed for sending again.
    more |= runClaimed(QStringLiteral("twilio.sms."), {command_state::kPending}, command_state::kSending, now, leaseMs);
    // A "sending" row whose lease ran out (the instance died during the call), or an "unknown" one
    // whose grace period is over: look the message up at Twilio.
    more |= runClaimed(QStringLiteral("twilio.sms."), {command_state::kSending, command_state::kUnknown},
        command_state::kUnknown, now, leaseMs);
    if (more) {
        kick();
    }
}

bool CommandRunner::runClaimed(
    const QString& typePrefix, const QStringList& states, const QString& claimedState, qint64 now, qint64 leaseMs)
{
    Result<QList<CommandRecord>> claimed =
        m_context.store.claimDueCommands(typePrefix, states, claimedState, now, leaseMs, kClaimBatch);
    if (!claimed) {
        qCWarning(lcRelay).noquote() << "Claiming commands failed:" << claimed.error().toString();
        return false;
    }
    for (CommandRecord& command : claimed.value()) {
        if (m_stopping) {
            return false; // claimed rows come back when their lease ends
        }
        failpoint("relay.command.before_provider");
        const CommandOutcome outcome = attempt(command, claimedState == command_state::kUnknown);
        failpoint("relay.command.after_provider");
        record(std::move(command), outcome);
    }
    return claimed->size() == kClaimBatch;
}

CommandOutcome CommandRunner::attempt(const CommandRecord& command, bool reconcile)
{
    if (m_context.nowMs() - command.createdAtMs > kGiveUpAfterMs && !reconcile) {
        return CommandOutcome::failed(
            QStringLiteral("gave_up"), QStringLiteral("The provider could not be reached for a day."));
    }
    if (command.type.startsWith(u"stripe.")) {
        return m_stripe ? runStripeCommand(m_context, *m_stripe, command)
                        : CommandOutcome::failed(QStringLiteral("not_configured"),
                            QStringLiteral("This relay has no Stripe key configured."));
    }
    if (command.type == u"twilio.sms.send") {
        if (!m_twilio) {
            return CommandOutcome::failed(
                QStringLiteral("not_configured"), QStringLiteral("This relay has no Twilio account configured."));
        }
        return reconcile ? reconcileSms(*m_twilio, command) : sendSms(m_context, *m_twilio, command);
    }
    return CommandOutcome::failed(
        QStringLiteral("unknown_type"), QStringLiteral("This relay does not run %1").arg(command.type));
}

void CommandRunner::record(CommandRecord command, const CommandOutcome& outcome)
{
    const qint64 now = m_context.nowMs();
    const bool sms = command.type.startsWith(u"twilio.sms.");
    command.updatedAtMs = now;
    command.errorCode = outcome.errorCode;
    command.errorMessage = outcome.errorMessage;
    bool final = true;
    switch (outcome.kind) {
    case CommandOutcome::Kind::Succeeded:
        // An SMS is accepted now; Twilio's status callbacks finish it (delivered, undelivered, failed).
        command.state = sms ? command_state::kSent : command_state::kSucceeded;
        command.result = QJsonDocument(outcome.result).toJson(QJsonDocument::Compact);
        command.providerRef = outcome.providerRef;
        command.nextAttemptAtMs = std::numeric_limits<qint64>::max();
        final = !sms;
        break;
    case CommandOutcome::Kind::Failed:
        command.state = command_state::kFailed;
        break;
    case CommandOutcome::Kind::RetryLater:
        final = false;
        if (sms && outcome.errorCode == QLatin1String(kSmsUnknownCode)) {
            command.state = command_state::kUnknown;
            command.nextAttemptAtMs = now + qint64 {m_context.config.commandLeaseSeconds} * 1000;
        } else {
            command.state = command_state::kPending;
            command.nextAttemptAtMs = now + backoffMs(command.attempts, outcome.retryAfterSeconds);
        }
        break;
    }
    if (Result<void> saved = m_context.store.updateCommand(command, final); !saved) {
        // The lease runs out and the command is tried again: harmless with the same idempotency key,
        // and for an SMS the "sending" row is reconciled, never resent.
        qCWarning(lcRelay).noquote() << "Storing the outcome of command" << command.id
                                     << "failed:" << saved.error().toString();
        return;
    }
    const bool retried = command.state == command_state::kPending;
    m_context.metrics.add("clientele_relay_commands_total",
        {{"type", command.type.toStdString()},
            {"state", retried ? std::string("retried") : command.state.toStdString()}});
    if (sms && (command.state == command_state::kSent || command.state == command_state::kFailed)) {
        m_context.metrics.add("clientele_relay_sms_total", {{"state", command.state.toStdString()}});
    }
    if (retried) {
        qCInfo(lcRelay).noquote() << "Command" << command.id << command.type << "will be retried:" << outcome.errorCode;
        return;
    }
    qCInfo(lcRelay).noquote() << "Command" << command.id << command.type << command.state << outcome.errorCode;
    tellVault(m_context, command);
}

void tellVault(RelayContext& context, const CommandRecord& command)
{
    const QByteArray event = QJsonDocument(commandEvent(command)).toJson(QJsonDocument::Compact);
    if (Result<bool> delivered =
            deliverToVault(context, command.vaultId, u"command:" + command.id + u':' + command.state, event);
        !delivered) {
        qCWarning(lcRelay).noquote() << "Telling the vault about command" << command.id
                                     << "failed:" << delivered.error().toString();
    }
}

} // namespace clientele::relay
