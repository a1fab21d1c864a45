#include "core/fakes/MemorySecretStore.h"

#include <QPromise>

namespace clientele {

namespace {

template<typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

template<typename T>
QFuture<T> never()
{
    // The promise lives on, unresolved, as a hanging keychain would.
    static QList<std::shared_ptr<QPromise<T>>> pending;
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    pending.append(promise);
    return promise->future();
}

Error unavailable()
{
    return Error(Error::Code::Unavailable, QStringLiteral("The system keychain cannot be used."),
        QStringLiteral("MemorySecretStore set unavailable"), true);
}

} // namespace

QFuture<Result<SecretStore::Secret>> MemorySecretStore::read(const QString& account, const QString& purpose)
{
    const QMutexLocker lock(&m_mutex);
    if (m_hanging) {
        return never<Result<Secret>>();
    }
    if (m_unavailable) {
        return ready(Result<Secret>(unavailable()));
    }
    const auto found = m_entries.constFind(account + u'/' + purpose);
    if (found == m_entries.constEnd()) {
        return ready(Result<Secret>(
            Error(Error::Code::NotFound, QStringLiteral("The keychain has no entry for this practice."), purpose)));
    }
    return ready(Result<Secret>(found.value()));
}

QFuture<Result<void>> MemorySecretStore::write(
    const QString& account, const QString& purpose, const SecureBytes& secret)
{
    const QMutexLocker lock(&m_mutex);
    if (m_hanging) {
        return never<Result<void>>();
    }
    if (m_unavailable) {
        return ready(Result<void>(unavailable()));
    }
    m_entries.insert(account + u'/' + purpose, std::make_shared<SecureBytes>(secret.data(), secret.size()));
    return ready(Result<void>());
}

QFuture<Result<void>> MemorySecretStore::remove(const QString& account, const QString& purpose)
{
    const QMutexLocker lock(&m_mutex);
    if (m_hanging) {
        return never<Result<void>>();
    }
    if (m_unavailable) {
        return ready(Result<void>(unavailable()));
    }
    m_entries.remove(account + u'/' + purpose);
    return ready(Result<void>());
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    const QMutexLocker lock(&m_mutex);
    m_unavailable = unavailable;
}

void MemorySecretStore::setHanging(bool hanging)
{
    const QMutexLocker lock(&m_mutex);
    m_hanging = hanging;
}

int MemorySecretStore::entryCount() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_entries.size());
}

} // namespace clientele
