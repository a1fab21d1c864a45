#pragma once

#include <QFuture>
#include <QPromise>
#include <utility>

namespace clientele {

// A future that is already finished with `value`: for answers known at once (bad input, nothing to do).
template<typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace clientele
