#pragma once

#include "core/ports/RelayEnrollment.h"
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

} // namespace clientele::test
