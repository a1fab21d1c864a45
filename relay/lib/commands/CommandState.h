#pragma once

#include <QString>

namespace clientele::relay::command_state {

// The life of a command (SYNC.md §3.9). "running" is a lease: a runner that dies leaves the row to be
// claimed again once the lease ends. SMS adds "sending" (committed before the call), "sent",
// "delivered", "undelivered" and "unknown" (sent, but the answer was lost: reconciled, never resent).
inline const QString kPending = QStringLiteral("pending");
inline const QString kRunning = QStringLiteral("running");
inline const QString kSucceeded = QStringLiteral("succeeded");
inline const QString kFailed = QStringLiteral("failed");
inline const QString kSending = QStringLiteral("sending");
inline const QString kSent = QStringLiteral("sent");
inline const QString kDelivered = QStringLiteral("delivered");
inline const QString kUndelivered = QStringLiteral("undelivered");
inline const QString kUnknown = QStringLiteral("unknown");

inline bool isFinal(const QString& state)
{
    return state == kSucceeded || state == kFailed || state == kDelivered || state == kUndelivered;
}

} // namespace clientele::relay::command_state
