#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <chrono>
#include <memory>

#include "core/FutureWait.h"
#include "core/SecureBytes.h"

namespace clientele::test {

inline std::shared_ptr<const SecureBytes> secretOf(const char* text)
{
    auto secret = std::make_shared<SecureBytes>();
    secret->append(text);
    return secret;
}

// Waits for a store future in a test (the storage thread resolves it).
template<typename T>
T await(QFuture<T> future)
{
    std::optional<T> value = waitFor(std::move(future), std::chrono::minutes(2));
    Q_ASSERT(value.has_value());
    return std::move(*value);
}

inline QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace clientele::test

#include <QTemporaryDir>

#include "core/fakes/FakeClock.h"
#include "core/store/KeyFile.h"
#include "core/store/Store.h"
#include "core/sync/UuidV7.h"

namespace clientele::test {

// A new practice in a temporary folder, open, with a clock the test moves.
struct TestPractice
{
    QTemporaryDir dir;
    PracticeFiles files {dir.path() + QStringLiteral("/practice")};
    FakeClock clock {QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC)};
    std::shared_ptr<const SecureBytes> key = std::make_shared<SecureBytes>(KeyFile::randomKey());
    std::unique_ptr<Store> store = std::make_unique<Store>(clock);

    TestPractice()
    {
        const QUuid vault = sync::UuidV7::create();
        auto code = secretOf("TEST-CODE");
        const auto keyFileBytes =
            KeyFile::wrap(vault, *key, *code, KeyFile::SecretKind::Passphrase, KeyFile::KdfProfile::Interactive);
        const auto created = await(store->create(files, vault, key, keyFileBytes.value()));
        Q_ASSERT(created.hasValue());
    }

    // Closes and opens the practice again, as a restart would.
    Result<void> reopen()
    {
        store = std::make_unique<Store>(clock);
        auto keyCopy = key;
        return await(store->open(files, [keyCopy]() -> Result<std::shared_ptr<const SecureBytes>> { return keyCopy; }));
    }

    template<typename Work>
    auto run(Work work)
    {
        return await(store->run(std::move(work)));
    }
};

} // namespace clientele::test
