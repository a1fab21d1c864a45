#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace clientele {

// A thread with its own event loop that runs work in order and hands results back as futures
// (STYLE.md §6: one storage thread owns the connection; callers continue with .then(context, …)).
// Work submitted after stop() is dropped; its future is cancelled.
class WorkerThread final
{
public:
    explicit WorkerThread(const QString& name);
    // Stops the loop after the queued work. A thread stuck in a foreign call (a keychain daemon that
    // never answers) is abandoned rather than joined, so shutting down never hangs.
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // The object that lives in the worker thread: parent for objects created there.
    QObject* context() const { return m_context; }
    bool isCurrentThread() const { return QThread::currentThread() == m_thread; }

    // Runs work() on the worker thread; its return value resolves the future.
    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work>>
    {
        using R = std::invoke_result_t<Work>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([promise, work]() mutable {
            if constexpr (std::is_void_v<R>) {
                work();
            } else {
                promise->addResult(work());
            }
            promise->finish();
        });
        return future;
    }

    // Runs start(promise) on the worker thread; start() (or something it schedules there, such as a
    // signal handler) resolves the promise later. For APIs that finish asynchronously.
    template<typename R>
    QFuture<R> runAsync(std::function<void(std::shared_ptr<QPromise<R>>)> start)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([promise, start]() { start(promise); });
        return future;
    }

private:
    void post(std::function<void()> task);

    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;
};

} // namespace clientele
