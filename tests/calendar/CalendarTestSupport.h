#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTest>
#include <chrono>
#include <optional>

#include "core/Result.h"
#include "core/adapters/calendar/AccessTokenSource.h"
#include "core/oauth/ReadyFuture.h"

namespace clientele::test {

// Runs the event loop until the future is done; the value, or nullopt after the timeout.
template<typename T>
std::optional<T> await(QFuture<T> future, std::chrono::milliseconds timeout = std::chrono::seconds(20))
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

// Why an awaited Result failed, for QVERIFY2; empty when it succeeded.
template<typename T>
QByteArray why(const std::optional<Result<T>>& result)
{
    if (!result) {
        return QByteArrayLiteral("no answer before the timeout");
    }
    return result->hasValue() ? QByteArray() : result->error().toString().toUtf8();
}

inline QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

// A token source under the test's control: what it hands out, and how often it was asked to refresh.
struct TestTokens
{
    QByteArray current;
    QByteArray afterRefresh;
    int refreshes = 0;

    explicit TestTokens(const QByteArray& good)
        : current(good)
        , afterRefresh(good)
    {
    }

    AccessTokenSource source()
    {
        AccessTokenSource source;
        source.token = [this]() { return readyFuture(Result<QByteArray>(current)); };
        source.tokenAfterUnauthorized = [this](const QByteArray&) {
            ++refreshes;
            current = afterRefresh;
            return readyFuture(Result<QByteArray>(current));
        };
        return source;
    }
};

} // namespace clientele::test
