#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <type_traits>
#include <utility>

namespace clientele::ui {

// Runs `done(result)` on `context`'s thread when `future` finishes, unless `context` has been destroyed
// by then (a page closed or the practice locked while the store was still working): the watcher is
// a child of the context, so it goes away with it and the callback never touches a dead widget.
template<typename T, typename Done>
void whenReady(QObject* context, QFuture<T> future, Done done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<T>) {
            done();
        } else if (watcher->future().resultCount() > 0) {
            done(watcher->future().result());
        } // else cancelled without an answer (its producer went away): there is nothing to hand on
    });
    watcher->setFuture(std::move(future));
}

} // namespace clientele::ui
