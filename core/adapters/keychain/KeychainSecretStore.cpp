#include "core/adapters/keychain/KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include "core/Logging.h"
#include "core/WorkerThread.h"

namespace clientele {

namespace {

Error keychainError(QKeychain::Error code, const QString& message)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("KeychainSecretStore", "The keychain has no entry for this practice."),
            message);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(Error::Code::PermissionDenied,
            QCoreApplication::translate("KeychainSecretStore", "Access to the keychain was denied."), message);
    default:
        return Error(Error::Code::Unavailable,
            QCoreApplication::translate("KeychainSecretStore", "The system keychain cannot be used."), message, true);
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
    , m_thread(std::make_unique<WorkerThread>(QStringLiteral("keychain")))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::keyOf(const QString& account, const QString& purpose) const
{
    return m_service + u'/' + account + u'/' + purpose;
}

QFuture<Result<SecretStore::Secret>> KeychainSecretStore::read(const QString& account, const QString& purpose)
{
    const QString service = m_service;
    const QString key = keyOf(account, purpose);
    QObject* context = m_thread->context();
    return m_thread->runAsync<Result<Secret>>([service, key, context](auto promise) {
        auto* job = new QKeychain::ReadPasswordJob(service, context);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [promise, job]() {
            if (job->error() != QKeychain::NoError) {
                promise->addResult(Result<Secret>(keychainError(job->error(), job->errorString())));
            } else {
                QByteArray data = job->binaryData();
                auto secret = std::make_shared<SecureBytes>(
                    reinterpret_cast<const unsigned char*>(data.constData()), static_cast<std::size_t>(data.size()));
                data.fill('\0');
                promise->addResult(Result<Secret>(Secret(std::move(secret))));
            }
            promise->finish();
        });
        job->start();
    });
}

QFuture<Result<void>> KeychainSecretStore::write(
    const QString& account, const QString& purpose, const SecureBytes& secret)
{
    const QString service = m_service;
    const QString key = keyOf(account, purpose);
    QObject* context = m_thread->context();
    // QtKeychain takes a QByteArray; it is wiped once the job has it.
    auto data = std::make_shared<QByteArray>(
        reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    return m_thread->runAsync<Result<void>>([service, key, context, data](auto promise) {
        auto* job = new QKeychain::WritePasswordJob(service, context);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setBinaryData(*data);
        data->fill('\0');
        QObject::connect(job, &QKeychain::Job::finished, context, [promise, job]() {
            promise->addResult(job->error() == QKeychain::NoError
                    ? Result<void>()
                    : Result<void>(keychainError(job->error(), job->errorString())));
            promise->finish();
        });
        job->start();
    });
}

QFuture<Result<void>> KeychainSecretStore::remove(const QString& account, const QString& purpose)
{
    const QString service = m_service;
    const QString key = keyOf(account, purpose);
    QObject* context = m_thread->context();
    return m_thread->runAsync<Result<void>>([service, key, context](auto promise) {
        auto* job = new QKeychain::DeletePasswordJob(service, context);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [promise, job]() {
            const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            promise->addResult(gone ? Result<void>() : Result<void>(keychainError(job->error(), job->errorString())));
            promise->finish();
        });
        job->start();
    });
}

} // namespace clientele
