#include "core/WorkerThread.h"

#include <QMetaObject>

#include "core/Logging.h"

namespace clientele {

namespace {
constexpr int kJoinTimeoutMs = 3000;
}

WorkerThread::WorkerThread(const QString& name)
    : m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

WorkerThread::~WorkerThread()
{
    m_thread->quit();
    if (m_thread->wait(kJoinTimeoutMs)) {
        delete m_thread;
        return;
    }
    // Deliberately leaked: joining a thread blocked in a foreign library would hang the process.
    qCWarning(lcApp) << "Worker thread" << m_thread->objectName() << "did not stop; abandoning it";
}

void WorkerThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

} // namespace clientele
