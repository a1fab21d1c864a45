#pragma once

#include "core/ports/CommandRelay.h"
#include "core/ports/RelayEnrollment.h"
#include "core/store/CommandSender.h"
#include "tests/outbox/OutboxTestSupport.h"
#include "tests/outbox/SandboxRelay.h"
#include "tests/support/EventLoopAwait.h"

namespace clientele::test {

// The real relay in sandbox mode with a vault created on it the way the app creates one (through
// the RelayEnrollment port): the vault's id and this device's credentials, or why it did not work.
inline Result<RelayEnrollment::Enrolled> startSandboxVault(
    RelayProcess& relay, const QTemporaryDir& dir, RelayEnrollment& enrollment)
{
    if (!startSandboxRelay(relay, dir)) {
        return Error(
            Error::Code::Network, QStringLiteral("The sandbox relay did not start: %1").arg(relay.transcript()));
    }
    const std::optional<Result<RelayEnrollment::Enrolled>> enrolled =
        awaitEvents(enrollment.createVault(relay.url(QStringLiteral("/")), QStringLiteral("Studio laptop")));
    if (!enrolled) {
        return Error(Error::Code::Timeout, QStringLiteral("Creating a vault on the sandbox relay timed out"));
    }
    return *enrolled;
}

// The vault's Stripe account at the sandbox relay, made through the outbox like any command (from a
// practice of its own, thrown away after): true once the relay has answered it.
inline bool connectSandboxStripe(
    RelayEnrollment& enrollment, const QUrl& relay, const QString& vaultId, const SecretStore::Secret& credentials)
{
    TestPractice practice;
    const std::unique_ptr<CommandRelay> commands = enrollment.commandRelay(relay, vaultId, *credentials);
    const OutboxCommand account = queueCommand(practice, QStringLiteral("stripe.account.create"), accountParams());
    CommandSender sender(*practice.store, practice.clock, *commands, fastSenderOptions());
    sender.start();
    return advancingUntil(
        practice, [&] { return !await(CommandOutbox(*practice.store).find(account.id))->value().isOpen(); });
}

} // namespace clientele::test
