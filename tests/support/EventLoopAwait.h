#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTest>
#include <chrono>
#include <optional>

#include "core/Result.h"

namespace clientele::test {

// Runs the event loop until the future is done: for adapters whose replies (network, child
// processes) arrive on the test's own thread. The value, or nullopt after the timeout.
// (Named apart from StoreTestSupport.h's await, which blocks on a store future: a test may need both.)
template<typename T>
std::optional<T> awaitEvents(QFuture<T> future, std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    const QDeadlineTimer deadline(timeout);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QTest::qWait(2);
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        return std::nullopt;
    }
    return future.result();
}

// Why an awaited Result failed, for QVERIFY2 (which builds its message either way); empty when it
// succeeded.
template<typename T>
QByteArray why(const std::optional<Result<T>>& result)
{
    if (!result) {
        return QByteArrayLiteral("no answer before the timeout");
    }
    return result->hasValue() ? QByteArray() : result->error().toString().toUtf8();
}

} // namespace clientele::test
