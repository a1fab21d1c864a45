#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <type_traits>
#include <utility>

namespace clientele {

// Runs `done(result)` (or `done()` for QFuture<void>) on `context`'s thread when `future` finishes,
// unless `context` has been destroyed by then: the watcher is a child of the context and goes with
// it. Use this instead of QFuture::then(context, …) wherever the context may die first (a store
// answer arriving after a lock): Qt 6.4 asserts that the context of a continuation is still alive
// when the future finishes. A future cancelled without a result (its producer went away) calls
// nothing, as there is nothing to hand on.
template<typename T, typename Done>
void onFinished(QObject* context, QFuture<T> future, Done done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<T>) {
            done();
        } else if (watcher->future().resultCount() > 0) {
            done(watcher->future().result());
        }
    });
    watcher->setFuture(std::move(future));
}

} // namespace clientele
