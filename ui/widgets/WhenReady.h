#pragma once

#include <QFuture>
#include <utility>

#include "core/FutureWatch.h"

namespace clientele::ui {

// Runs `done(result)` on `context`'s thread when `future` finishes, unless `context` has been destroyed
// by then (a page closed or the practice locked while the store was still working). See onFinished.
template<typename T, typename Done>
void whenReady(QObject* context, QFuture<T> future, Done done)
{
    onFinished(context, std::move(future), std::move(done));
}

} // namespace clientele::ui
