#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTest>
#include <chrono>
#include <optional>

#include "core/Result.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/oauth/ReadyFuture.h"
#include "tests/support/EventLoopAwait.h"

namespace clientele::test {

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
