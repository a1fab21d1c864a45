#include "core/store/Store.h"

#include <QSaveFile>

#include "core/FutureWait.h"
#include "core/Logging.h"
#include "core/store/StoreOpener.h"

namespace clientele {

Store::Store(const Clock& clock)
    : m_clock(clock)
{
}

Store::~Store()
{
    // Close on the thread that owns the connection, then let the thread stop.
    auto state = m_state;
    (void)waitUntilFinished(m_thread.run([state]() { state->session.reset(); }), std::chrono::seconds(30));
}

Error Store::lockedError()
{
    return Error(Error::Code::Locked, QCoreApplication::translate("Store", "The practice is locked. Unlock it first."),
        QStringLiteral("no open session"));
}

QFuture<Result<void>> Store::open(const PracticeFiles& files, const KeySource& keySource)
{
    auto state = m_state;
    auto open = m_open;
    const Clock* clock = &m_clock;
    return m_thread.run([state, open, files, keySource, clock]() -> Result<void> {
        if (state->session) {
            return {};
        }
        Result<std::shared_ptr<const SecureBytes>> key = keySource();
        if (!key) {
            return key.error();
        }
        Result<std::unique_ptr<StoreSession>> session = StoreOpener::open(files, *key.value(), *clock);
        if (!session) {
            return session.error();
        }
        state->session = std::move(session).value();
        open->store(true);
        qCInfo(lcStorage) << "Practice unlocked";
        return {};
    });
}

QFuture<Result<void>> Store::create(const PracticeFiles& files, const QUuid& vaultId,
    const std::shared_ptr<const SecureBytes>& key, const QByteArray& keyFileBytes)
{
    auto state = m_state;
    auto open = m_open;
    const Clock* clock = &m_clock;
    return m_thread.run([state, open, files, vaultId, key, keyFileBytes, clock]() -> Result<void> {
        if (state->session) {
            return Error(Error::Code::Conflict, QCoreApplication::translate("Store", "A practice is already open."),
                QStringLiteral("create while open"));
        }
        Result<std::unique_ptr<StoreSession>> session = StoreOpener::create(files, *key, *clock, vaultId);
        if (!session) {
            return session.error();
        }
        QSaveFile keyFile(files.keyFilePath());
        if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(keyFileBytes) != keyFileBytes.size()
            || !keyFile.commit()) {
            const QString reason = keyFile.errorString();
            session.value().reset();
            QFile::remove(files.databasePath());
            QFile::remove(files.databasePath() + u"-wal");
            QFile::remove(files.databasePath() + u"-shm");
            return Error(Error::Code::Io,
                QCoreApplication::translate("Store", "The key file could not be written to %1.").arg(files.directory),
                reason);
        }
        QFile::setPermissions(files.keyFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        state->session = std::move(session).value();
        open->store(true);
        qCInfo(lcStorage) << "Practice created";
        return {};
    });
}

QFuture<Result<void>> Store::lock()
{
    auto state = m_state;
    auto open = m_open;
    return m_thread.run([state, open]() -> Result<void> {
        if (state->session) {
            state->session.reset();
            qCInfo(lcStorage) << "Practice locked";
        }
        open->store(false);
        return {};
    });
}

} // namespace clientele
