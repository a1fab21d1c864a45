#pragma once

#include <QDeadlineTimer>
#include <QFuture>
#include <QThread>
#include <chrono>
#include <optional>

namespace clientele {

// Waits for a future that is resolved on another thread, for at most `timeout`. For command-line
// tools and tests only: the desktop UI continues with QFuture::then and never waits. Polling keeps
// it independent of whose event loop resolves the future, and a stuck producer cannot hang the
// caller.
// True when the future finished within the timeout.
template<typename T>
bool waitUntilFinished(const QFuture<T>& future, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!future.isFinished()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(1);
    }
    return true;
}

template<typename T>
std::optional<T> waitFor(QFuture<T> future, std::chrono::milliseconds timeout)
{
    if (!waitUntilFinished(future, timeout)) {
        return std::nullopt;
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        return std::nullopt;
    }
    return future.result();
}

} // namespace clientele
